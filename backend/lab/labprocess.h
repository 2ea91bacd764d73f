// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <functional>
#include <sys/types.h>

namespace pgv {

/// The process helpers the lab, the Patroni lab, the actions and the test labs share: one copy of each.

/// Whether \a pid is a live process. A zombie is not: an exited postmaster is reparented to PID 1, which may take
/// its time to reap it.
bool isProcessAlive(qint64 pid);

/// The processes whose parent is \a parent, read from /proc (a postmaster's backends and auxiliary processes).
QList<pid_t> childProcesses(pid_t parent);

/// Checks \a condition every \a intervalMs until it holds (true) or \a timeoutMs has passed or \a cancelled says so
/// (false). Blocks: for worker threads and command-line tools only.
bool pollUntil(const std::function<bool()> &condition, int timeoutMs, const std::function<bool()> &cancelled = {}, int intervalMs = 5);

/// Writes \a text to \a path atomically, readable by its owner only (secrets, password and service files).
bool writePrivateFile(const QString &path, const QString &text, QString *error);

/// A random secret of 24 characters from the system's generator, without look-alike characters (0/O, 1/l/I), so that
/// one read off a screen can be typed back.
QString randomSecret();

} // namespace pgv
