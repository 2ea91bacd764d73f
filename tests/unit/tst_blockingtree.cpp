// SPDX-License-Identifier: GPL-3.0-or-later
// The blocking tree from sessions as pg_stat_activity and pg_blocking_pids() give them, in the situations flat lists
// get wrong (pg_activity #240): a queue behind one lock, a chain, several blockers, a prepared transaction (pid 0),
// a deadlock not yet broken, and a chain twenty levels deep. tst_sessions checks the same on a real server.
#include "sessions/sessionsjson.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

SessionInfo session(int pid, QList<int> blockedBy = {}, double xactAge = 10)
{
    SessionInfo info;
    info.pid = pid;
    info.user = u"app"_s;
    info.state = blockedBy.isEmpty() ? u"idle in transaction"_s : u"active"_s;
    info.xactAgeSeconds = xactAge;
    info.blockedBy = std::move(blockedBy);
    if (!info.blockedBy.isEmpty()) {
        info.waitEventType = u"Lock"_s;
        WaitedLock lock;
        lock.lockType = u"transactionid"_s;
        lock.mode = u"ShareLock"_s;
        lock.transactionId = u"735"_s;
        lock.waitingSeconds = xactAge;
        info.lock = lock;
    }
    info.query = u"UPDATE t SET v = v + 1 WHERE id = 1"_s;
    return info;
}

NodeSessions node(QList<SessionInfo> sessions)
{
    NodeSessions result;
    result.node = u"node1"_s;
    result.sessions = std::move(sessions);
    return result;
}

/// Every pid in the forest, as often as it appears.
QList<int> pidsIn(const QList<BlockedSession> &blocked)
{
    QList<int> pids;
    for (const BlockedSession &entry : blocked)
        pids << entry.pid << pidsIn(entry.blocked);
    return pids;
}

} // namespace

class TestBlockingTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aQueueBehindOneLockIsOneLevel()
    {
        // pg_blocking_pids() names the holder and every waiter queued ahead: 101 waits for 100; 102 for 100 and 101…
        const BlockingTree tree = buildBlockingTree(node({session(100), session(101, {100}, 5), session(102, {100, 101}, 4),
                                                          session(103, {100, 101, 102}, 3)}));
        QCOMPARE(tree.roots.size(), 1);
        QCOMPARE(tree.roots[0].pid, 100);
        QCOMPARE(tree.roots[0].blockedCount, 3);
        QCOMPARE(pidsIn(tree.roots[0].blocked), QList<int>({101, 102, 103})); // longest waiting first
        QCOMPARE(tree.roots[0].blocked[2].alsoBlockedBy, QList<int>({101, 102}));
        QCOMPARE(tree.waitingCount, 3);
    }

    void aChainNestsAndTheRootWithMostBelowComesFirst()
    {
        const BlockingTree tree = buildBlockingTree(node({session(7, {}, 50), session(8, {7}), session(9, {8}), session(20, {}, 900),
                                                          session(21, {20})}));
        QCOMPARE(tree.roots.size(), 2);
        QCOMPARE(tree.roots[0].pid, 7); // unblocks two, where 20 (older) unblocks one
        QCOMPARE(tree.roots[0].blockedCount, 2);
        QCOMPARE(tree.roots[0].blocked.size(), 1);
        QCOMPARE(tree.roots[0].blocked[0].pid, 8);
        QCOMPARE(tree.roots[0].blocked[0].blocked[0].pid, 9);
        QCOMPARE(tree.roots[1].pid, 20);
    }

    void aSessionWithTwoBlockersAppearsOnce()
    {
        // Two sessions share a lock another waits to take exclusively: it waits for both.
        const BlockingTree tree = buildBlockingTree(node({session(1), session(2), session(3, {1, 2})}));
        QList<int> all;
        for (const BlockingRoot &root : tree.roots)
            all << pidsIn(root.blocked);
        QCOMPARE(all, QList<int>{3});
        QCOMPARE(tree.roots.size(), 2); // both are root blockers; one of them shows the waiter, naming the other
        const BlockingRoot &shown = tree.roots[0].blocked.isEmpty() ? tree.roots[1] : tree.roots[0];
        QCOMPARE(shown.blocked[0].alsoBlockedBy.size(), 1);
        QCOMPARE(tree.roots[0].blockedCount, 1); // each holds it up
        QCOMPARE(tree.roots[1].blockedCount, 1);
    }

    void aPreparedTransactionBlocksAsPidZero()
    {
        NodeSessions sessions = node({session(40, {0})});
        sessions.prepared << PreparedTransaction{u"pay-1"_s, u"733"_s, u"app"_s, u"shop"_s, 120, 5};
        BlockingTree tree = buildBlockingTree(sessions);
        QCOMPARE(tree.roots.size(), 1);
        QCOMPARE(tree.roots[0].pid, 0);
        QVERIFY(tree.roots[0].prepared);
        QCOMPARE(tree.roots[0].prepared->gid, u"pay-1"_s);
        const QJsonObject root = blockingTreesToJson({sessions}).value("roots"_L1).toArray().first().toObject();
        QCOMPARE(root.value("state"_L1).toString(), u"prepared"_s);
        QCOMPARE(root.value("prepared_gid"_L1).toString(), u"pay-1"_s);
        QCOMPARE(root.value("xact_age_s"_L1).toDouble(), 120.0);
        // With two prepared transactions pg_blocking_pids() cannot say which one: none is named.
        sessions.prepared << PreparedTransaction{u"pay-2"_s, u"734"_s, u"app"_s, u"shop"_s, 60, 4};
        tree = buildBlockingTree(sessions);
        QVERIFY(!tree.roots[0].prepared);
    }

    void aDeadlockNotYetBrokenHasItsOldestTransactionAsRoot()
    {
        const BlockingTree tree = buildBlockingTree(node({session(5, {6}, 30), session(6, {5}, 90), session(11, {6}, 1)}));
        QCOMPARE(tree.roots.size(), 1);
        QCOMPARE(tree.roots[0].pid, 6);
        QVERIFY(tree.roots[0].inCycle);
        QCOMPARE(tree.roots[0].blockedCount, 2);
        QList<int> below = pidsIn(tree.roots[0].blocked);
        std::sort(below.begin(), below.end());
        QCOMPARE(below, QList<int>({5, 11}));
    }

    void aChainTwentyDeepAndTheJsonContract()
    {
        QList<SessionInfo> sessions{session(1000)};
        for (int depth = 1; depth <= 20; ++depth)
            sessions << session(1000 + depth, {1000 + depth - 1});
        const NodeSessions chain = node(sessions);
        const BlockingTree tree = buildBlockingTree(chain);
        QCOMPARE(tree.roots.size(), 1);
        QCOMPARE(tree.roots[0].blockedCount, 20);
        const QJsonObject document = blockingTreesToJson({chain});
        QJsonObject root = document.value("roots"_L1).toArray().first().toObject();
        for (const char *key : {"node", "pid", "user", "state", "xact_age_s", "query", "lock", "blocked_count", "blocked"})
            QVERIFY2(root.contains(QLatin1StringView(key)), key);
        QCOMPARE(root.value("lock"_L1).toString(), u"ShareLock on transaction 735"_s);
        QJsonObject level = root;
        int depth = 0;
        while (!level.value("blocked"_L1).toArray().isEmpty()) {
            level = level.value("blocked"_L1).toArray().first().toObject();
            for (const char *key : {"pid", "lock", "waiting_s", "blocked"})
                QVERIFY2(level.contains(QLatin1StringView(key)), key);
            ++depth;
        }
        QCOMPARE(depth, 20);
        QCOMPARE(level.value("pid"_L1).toInt(), 1020);
    }

    void sessionsJsonLeavesIdleOnesOutUnlessAll()
    {
        SessionInfo idle = session(300);
        idle.state = u"idle"_s;
        SessionInfo background = session(301);
        background.state.clear();
        background.backendType = u"checkpointer"_s;
        SessionInfo idleBlocker = session(302);
        idleBlocker.state = u"idle"_s; // a session-level advisory lock outlives its transaction
        const NodeSessions sessions = node({idle, background, idleBlocker, session(303, {302}), session(304)});
        const auto pids = [](const QJsonObject &document) {
            QList<int> listed;
            for (const QJsonValue &row : document.value("sessions"_L1).toArray())
                listed << row.toObject().value("pid"_L1).toInt();
            return listed;
        };
        QCOMPARE(pids(sessionsToJson({sessions}, false)), QList<int>({302, 303, 304}));
        QCOMPARE(pids(sessionsToJson({sessions}, true)), QList<int>({300, 301, 302, 303, 304}));
        const QJsonObject row = sessionsToJson({sessions}, false).value("sessions"_L1).toArray().at(1).toObject();
        for (const char *key : {"node", "pid", "user", "database", "application", "client", "backend_type", "state", "wait_event_type",
                                "wait_event", "xact_age_s", "query_age_s", "state_age_s", "backend_xmin", "xmin_age", "blocked_by", "query"})
            QVERIFY2(row.contains(QLatin1StringView(key)), key);
        QCOMPARE(row.value("blocked_by"_L1).toArray(), QJsonArray({302}));
    }
};

QTEST_GUILESS_MAIN(TestBlockingTree)
#include "tst_blockingtree.moc"
