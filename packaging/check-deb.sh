#!/bin/sh
# Builds the .deb with cpack from the build folder and checks that it holds what a desktop needs.
set -eu
cmake=$1
build=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$build"
cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/postgresverse_*.deb)
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/pgverse ./usr/bin/pgversectl \
            ./usr/share/applications/io.github.postgresverse.pgverse.desktop \
            ./usr/share/metainfo/io.github.postgresverse.pgverse.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/io.github.postgresverse.pgverse.svg; do
    echo "$contents" | grep -q " $path\$" || { echo "missing from $deb: $path"; echo "$contents"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
echo "$depends" | grep -q libqt6widgets6 || { echo "Depends lacks the Qt libraries: $depends"; exit 1; }
echo "$depends" | grep -q libpqxx || { echo "Depends lacks libpqxx: $depends"; exit 1; }
echo "ok: $deb"
echo "Depends: $depends"
