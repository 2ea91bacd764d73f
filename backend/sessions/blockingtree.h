// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions.h"

namespace pgv {

/// A session waiting for a lock, under the session it waits for, with those that wait for it in turn.
struct BlockedSession
{
    int pid = 0;
    std::optional<WaitedLock> lock;
    /// The other sessions it waits for too (pg_blocking_pids() names every holder and every waiter queued ahead):
    /// it is drawn once, under the blocker nearest a root, and these are named beside it.
    QList<int> alsoBlockedBy;
    QList<BlockedSession> blocked;
};

/// A session that blocks others and waits for nobody (or, in a deadlock the server has not broken yet, the oldest
/// transaction of the cycle); pid 0 is a prepared transaction, which has no session.
struct BlockingRoot
{
    int pid = 0;
    /// pid 0: the prepared transaction, when the node has exactly one (pg_blocking_pids() does not say which).
    std::optional<PreparedTransaction> prepared;
    bool inCycle = false;
    /// The sessions that wait for it, directly or behind one another (some may be drawn under another root they
    /// wait for too).
    int blockedCount = 0;
    QList<BlockedSession> blocked;
};

/// Who blocks whom on one node: root blockers first, the ones whose end would unblock the most sessions first.
/// Each waiting session appears exactly once, so a queue of N sessions behind one lock is N entries, not 2^N.
struct BlockingTree
{
    QList<BlockingRoot> roots;
    int waitingCount = 0;
};

BlockingTree buildBlockingTree(const NodeSessions &sessions);

} // namespace pgv
