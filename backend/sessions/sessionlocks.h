// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions.h"

namespace pgv {

/// A heavyweight lock a session holds (granted) or waits for.
struct SessionLock
{
    WaitedLock lock; ///< what and in which mode; waitingSeconds only while not granted
    bool granted = false;
};

/// The locks of one session at one moment, waits first.
struct SessionLocks
{
    QString node;
    int pid = 0;
    QList<SessionLock> locks;
    bool truncated = false; ///< the session holds more than the 500 read
    QString error;
};

/// Reads the locks of session \a pid on \a endpoint from pg_locks (at most 500). One connection, one statement,
/// deadlines throughout: call it from a worker thread.
SessionLocks fetchSessionLocks(const NodeEndpoint &endpoint, int pid);

} // namespace pgv
