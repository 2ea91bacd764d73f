#!/bin/sh
# Runs a command with a private D-Bus session and an unlocked GNOME keyring (Secret Service) in a throwaway HOME,
# as a desktop session would provide; QtKeychain talks to it over D-Bus.
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
exec dbus-run-session -- sh -c 'printf %s throwaway | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' keyring "$@"
