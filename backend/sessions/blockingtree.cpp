// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockingtree.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace pgv {

namespace {

double xactAge(const NodeSessions &sessions, int pid)
{
    const SessionInfo *session = sessions.session(pid);
    return session ? session->xactAgeSeconds.value_or(0) : 0;
}

int subtreeSize(const BlockedSession &session)
{
    int size = 1;
    for (const BlockedSession &child : session.blocked)
        size += subtreeSize(child);
    return size;
}

void sortChildren(QList<BlockedSession> &children)
{
    for (BlockedSession &child : children)
        sortChildren(child.blocked);
    std::stable_sort(children.begin(), children.end(), [](const BlockedSession &a, const BlockedSession &b) {
        const int sizeA = subtreeSize(a);
        const int sizeB = subtreeSize(b);
        if (sizeA != sizeB)
            return sizeA > sizeB;
        return a.lock.value_or(WaitedLock()).waitingSeconds.value_or(0) > b.lock.value_or(WaitedLock()).waitingSeconds.value_or(0);
    });
}

} // namespace

BlockingTree buildBlockingTree(const NodeSessions &sessions)
{
    BlockingTree tree;
    // Who waits for whom, in the order the server listed the sessions.
    QHash<int, QList<int>> waitersOf;
    QHash<int, const SessionInfo *> waiting;
    QList<int> blockers;
    for (const SessionInfo &session : sessions.sessions) {
        if (!session.isWaitingOnLock())
            continue;
        waiting.insert(session.pid, &session);
        for (int blocker : session.blockedBy) {
            if (!waitersOf.contains(blocker))
                blockers << blocker;
            waitersOf[blocker] << session.pid;
        }
    }
    tree.waitingCount = int(waiting.size());

    // Each waiter hangs under the first blocker that reaches it breadth-first from the roots: the blocker nearest a
    // root, which for a queue behind one lock is the holder.
    QSet<int> placed;
    const auto growFrom = [&](BlockingRoot &root) {
        struct Pending
        {
            int pid;
            QList<BlockedSession> *into;
        };
        QList<Pending> level{{root.pid, &root.blocked}};
        placed.insert(root.pid);
        while (!level.isEmpty()) {
            QList<Pending> next;
            for (const Pending &parent : std::as_const(level)) {
                for (int pid : waitersOf.value(parent.pid)) {
                    if (placed.contains(pid))
                        continue;
                    placed.insert(pid);
                    const SessionInfo *session = waiting.value(pid);
                    BlockedSession entry;
                    entry.pid = pid;
                    entry.lock = session->lock;
                    for (int other : session->blockedBy) {
                        if (other != parent.pid)
                            entry.alsoBlockedBy << other;
                    }
                    parent.into->append(entry);
                }
            }
            // The entries are in place now (no more appends to these lists): point at them for the next level.
            for (const Pending &parent : std::as_const(level)) {
                for (BlockedSession &child : *parent.into) {
                    if (!child.blocked.isEmpty() || !waitersOf.contains(child.pid))
                        continue;
                    next.append({child.pid, &child.blocked});
                }
            }
            level = next;
        }
    };

    for (int blocker : std::as_const(blockers)) {
        if (waiting.contains(blocker))
            continue;
        BlockingRoot root;
        root.pid = blocker;
        if (blocker == 0 && sessions.prepared.size() == 1)
            root.prepared = sessions.prepared.first();
        tree.roots << root;
    }
    for (BlockingRoot &root : tree.roots)
        growFrom(root);
    // What is left waits in a cycle (or behind one): a deadlock the server breaks after deadlock_timeout. The oldest
    // transaction of each stands as its root.
    while (true) {
        int oldest = -1;
        for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
            if (!placed.contains(it.key()) && (oldest < 0 || xactAge(sessions, it.key()) > xactAge(sessions, oldest)
                                               || (xactAge(sessions, it.key()) == xactAge(sessions, oldest) && it.key() < oldest)))
                oldest = it.key();
        }
        if (oldest < 0)
            break;
        BlockingRoot root;
        root.pid = oldest;
        root.inCycle = true;
        tree.roots << root;
        growFrom(tree.roots.last());
    }
    // What waits for a root, directly or behind others, whether it is drawn under this root or another it also waits for.
    const auto countBehind = [&waitersOf](int pid) {
        QSet<int> seen{pid};
        QList<int> pending{pid};
        while (!pending.isEmpty()) {
            for (int waiter : waitersOf.value(pending.takeLast())) {
                if (!seen.contains(waiter)) {
                    seen.insert(waiter);
                    pending << waiter;
                }
            }
        }
        return int(seen.size()) - 1;
    };
    for (BlockingRoot &root : tree.roots) {
        sortChildren(root.blocked);
        root.blockedCount = countBehind(root.pid);
    }
    std::stable_sort(tree.roots.begin(), tree.roots.end(), [&sessions](const BlockingRoot &a, const BlockingRoot &b) {
        if (a.blockedCount != b.blockedCount)
            return a.blockedCount > b.blockedCount;
        return xactAge(sessions, a.pid) > xactAge(sessions, b.pid);
    });
    return tree;
}

} // namespace pgv
