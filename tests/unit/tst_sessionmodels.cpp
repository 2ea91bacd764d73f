// SPDX-License-Identifier: GPL-3.0-or-later
// The Sessions page's models under QAbstractItemModelTester while refreshes change their shape and values: the
// session list keeps rows (and so selections) across refreshes and drops ended sessions, its filter hides idle and
// background sessions unless they block someone, the blocking tree nests waiters under their blocker with ages
// that tick, and the horizon and vacuum tables mark what matters. tst_sessionspage runs them on a real server.
#include "blockingtreemodel.h"
#include "sessionlistmodel.h"
#include "sessionlockmodel.h"
#include "vacuummodels.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

const QDateTime ReadAt = QDateTime(QDate(2026, 12, 6), QTime(3, 0), Qt::UTC);

SessionInfo session(int pid, const QString &state, QList<int> blockedBy = {}, double xactAge = 10)
{
    SessionInfo info;
    info.pid = pid;
    info.user = u"app"_s;
    info.database = u"shop"_s;
    info.application = u"web"_s;
    info.backendType = u"client backend"_s;
    info.backendStart = u"2026-12-06T02:00:00+00:00"_s;
    info.state = state;
    info.xactAgeSeconds = xactAge;
    info.stateAgeSeconds = xactAge;
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
    info.query = u"UPDATE orders SET paid = true WHERE id = %1"_s.arg(pid);
    return info;
}

NodeSessions node(const QString &name, QList<SessionInfo> sessions)
{
    NodeSessions result;
    result.node = name;
    result.readAt = ReadAt;
    result.sessions = std::move(sessions);
    return result;
}

QStringList shownPids(const QAbstractItemModel &model)
{
    QStringList pids;
    for (int row = 0; row < model.rowCount(); ++row)
        pids << model.index(row, SessionListModel::PidColumn).data().toString();
    pids.sort();
    return pids;
}

} // namespace

class TestSessionModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theListKeepsItsRowsAcrossRefreshes()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions({node(u"node1"_s, {session(10, u"idle in transaction"_s), session(11, u"active"_s, {10}), session(12, u"idle"_s)}),
                           node(u"node2"_s, {session(20, u"active"_s)})});
        QCOMPARE(model.rowCount(), 4);
        const QPersistentModelIndex waiter = model.index(model.rowOf(u"node1"_s, 11), 0);
        QCOMPARE(model.index(waiter.row(), SessionListModel::BlockedByColumn).data().toString(), u"10"_s);
        QCOMPARE(model.index(waiter.row(), SessionListModel::WaitColumn).data().toString(), u"ShareLock on transaction 735"_s);

        // 10 ends (and with it the wait), 12 ends, 13 is new: 11 keeps its row, so a selection on it survives.
        model.setSessions({node(u"node1"_s, {session(11, u"active"_s), session(13, u"active"_s)}), node(u"node2"_s, {session(20, u"active"_s)})});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(waiter.isValid());
        QCOMPARE(waiter.data(SessionListModel::PidRole).toInt(), 11);
        QCOMPARE(model.index(waiter.row(), SessionListModel::BlockedByColumn).data().toString(), QString());
        QCOMPARE(model.rowOf(u"node1"_s, 10), -1);
        QVERIFY(model.rowOf(u"node1"_s, 13) >= 0);

        // The same pid with another backend_start is a new session: the old row goes, a new one comes.
        SessionInfo reused = session(11, u"active"_s);
        reused.backendStart = u"2026-12-06T02:59:00+00:00"_s;
        model.setSessions({node(u"node1"_s, {reused})});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!waiter.isValid());
        model.setSessions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void agesTickAndThresholdsMark()
    {
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSessions({node(u"node1"_s, {session(10, u"idle in transaction"_s, {}, 50)})});
        const QModelIndex age = model.index(0, SessionListModel::TransactionAgeColumn);
        QCOMPARE(age.data().toString(), u"50.0 s"_s);
        QVERIFY(!model.index(0, SessionListModel::StateColumn).data(Qt::ForegroundRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.tick(ReadAt.addSecs(80));
        QCOMPARE(changed.size(), 1);
        // The state's mark depends on the time too: the change covers it.
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(SessionListModel::StateColumn));
        QCOMPARE(age.data().toString(), u"2 min 10 s"_s);
        QCOMPARE(age.data(SessionListModel::SortRole).toDouble(), 130.0);
        // Idle in transaction past a minute: marked, with the reason in the tooltip.
        QVERIFY(model.index(0, SessionListModel::StateColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.index(0, SessionListModel::StateColumn).data(Qt::ToolTipRole).toString().contains(u"holds its locks"_s));
        model.setThresholds(SessionThresholds{3600, 3600});
        QVERIFY(!model.index(0, SessionListModel::StateColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.toText({0}).startsWith(u"Node\tPID\tState"_s));
        QVERIFY(model.toText({0}).contains(u"node1\t10\tidle in transaction"_s));
    }

    void theFilterHidesQuietSessionsUnlessTheyBlock()
    {
        SessionListModel model;
        SessionFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SessionInfo advisoryHolder = session(30, u"idle"_s); // a session-level advisory lock outlives its transaction
        SessionInfo checkpointer = session(31, QString());
        checkpointer.backendType = u"checkpointer"_s;
        SessionInfo monitor = session(32, u"active"_s);
        monitor.application = u"pgverse-monitor"_s;
        model.setSessions({node(u"node1"_s, {session(10, u"idle in transaction"_s), session(11, u"active"_s, {10}), session(12, u"idle"_s),
                                             advisoryHolder, session(33, u"active"_s, {30}), checkpointer, monitor}),
                           node(u"node2"_s, {session(20, u"active"_s)})});
        QCOMPARE(shownPids(filter), QStringList({u"10"_s, u"11"_s, u"20"_s, u"30"_s, u"33"_s}));
        filter.setShowQuiet(true);
        QCOMPARE(filter.rowCount(), 8);
        filter.setShowQuiet(false);
        filter.setState(SessionFilterModel::State::WaitingOnLock);
        QCOMPARE(shownPids(filter), QStringList({u"11"_s, u"33"_s}));
        filter.setState(SessionFilterModel::State::IdleInTransaction);
        QCOMPARE(shownPids(filter), QStringList({u"10"_s}));
        filter.setState(SessionFilterModel::State::Any);
        filter.setNode(u"node2"_s);
        QCOMPARE(shownPids(filter), QStringList({u"20"_s}));
        filter.setNode({});
        filter.setSearch(u"id = 33"_s); // the query text
        QCOMPARE(shownPids(filter), QStringList({u"33"_s}));
        filter.setSearch(u"WEB"_s); // the application, any case
        QCOMPARE(filter.rowCount(), 5);
        // A refresh under a filter: rows come and go through the proxy.
        model.setSessions({node(u"node1"_s, {session(11, u"active"_s), session(40, u"active"_s)})});
        QCOMPARE(shownPids(filter), QStringList({u"11"_s, u"40"_s}));
    }

    void theTreeNestsWaitersUnderTheirBlocker()
    {
        BlockingTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 10 blocks 11, 11 blocks 12 (a chain); 14 waits for both 10 and 11 (drawn under 10, nearest the root);
        // 20 blocks 21 on node2.
        model.setSessions({node(u"node1"_s, {session(10, u"idle in transaction"_s, {}, 600), session(11, u"active"_s, {10}, 30),
                                             session(12, u"active"_s, {11}, 20), session(13, u"idle"_s), session(14, u"active"_s, {10, 11}, 5)}),
                           node(u"node2"_s, {session(20, u"idle in transaction"_s), session(21, u"active"_s, {20}, 5)})});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.waitingCount(), 4);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), u"pid 10"_s);
        QVERIFY(root.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(0, BlockingTreeModel::BlocksColumn).data().toInt(), 3);
        QCOMPARE(model.rowCount(root), 2);
        const QModelIndex first = model.indexOf(u"node1"_s, 11);
        QCOMPARE(model.parent(first), root);
        const QModelIndex second = model.index(0, 0, first);
        QCOMPARE(second.data(BlockingTreeModel::PidRole).toInt(), 12);
        const QModelIndex both = model.indexOf(u"node1"_s, 14);
        QCOMPARE(model.parent(both), root);
        QVERIFY(both.data(Qt::ToolTipRole).toString().contains(u"Also waits for 11"_s));
        QCOMPARE(model.indexOf(u"node2"_s, 21).parent().data(BlockingTreeModel::PidRole).toInt(), 20);
        QVERIFY(!model.indexOf(u"node1"_s, 13).isValid()); // waits for nobody, blocks nobody

        const QModelIndex waiting = first.siblingAtColumn(BlockingTreeModel::WaitingColumn);
        QCOMPARE(waiting.data().toString(), u"30.0 s"_s);
        model.tick(ReadAt.addSecs(100));
        QCOMPARE(waiting.data().toString(), u"2 min 10 s"_s);
        QVERIFY(model.toText().contains(u"\n  pid 11\t"_s));

        // A prepared transaction as root: pid 0, named by its gid.
        NodeSessions prepared = node(u"node1"_s, {session(11, u"active"_s, {0})});
        prepared.prepared << PreparedTransaction{u"transfer_42"_s, u"900"_s, u"app"_s, u"shop"_s, 3600, 10};
        model.setSessions({prepared});
        QCOMPARE(model.index(0, 0).data().toString(), u"prepared transfer_42"_s);
        NodeSessions unreadable = node(u"node2"_s, {});
        unreadable.error = u"Could not connect to node2"_s;
        model.setSessions({unreadable});
        QCOMPARE(model.rowCount(), 0);
    }

    void horizonAndVacuumTables()
    {
        HorizonModel horizon;
        VacuumTableModel tables;
        SessionLockModel locks;
        QAbstractItemModelTester horizonTester(&horizon, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tablesTester(&tables, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester locksTester(&locks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NodeVacuum primary;
        primary.node = u"node1"_s;
        primary.freezeMaxAge = 200'000'000;
        primary.horizon << HorizonHolder{HorizonHolder::Kind::Prepared, u"prepared transaction transfer_42"_s, u"700"_s, 5000, 3600.0, 0, false}
                        << HorizonHolder{HorizonHolder::Kind::Session, u"pid 10 (web, idle in transaction)"_s, u"900"_s, 20, 60.0, 10, false};
        TableVacuum orders;
        orders.database = u"shop"_s;
        orders.table = u"public.orders"_s;
        orders.deadTuples = 90'000;
        orders.liveTuples = 100'000;
        orders.autovacuumThreshold = 20'050;
        orders.xidAge = 250'000'000;
        primary.tables << orders;
        NodeVacuum standby;
        standby.node = u"node2"_s;
        standby.horizon << HorizonHolder{HorizonHolder::Kind::Session, u"pid 30 (report, active)"_s, u"800"_s, 100, 10.0, 30, false};
        horizon.setVacuum({primary, standby});
        tables.setVacuum({primary, standby});
        QCOMPARE(horizon.rowCount(), 3);
        QVERIFY(horizon.index(0, 0).data(Qt::FontRole).value<QFont>().bold()); // node1's oldest
        QVERIFY(!horizon.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(horizon.index(2, 0).data(Qt::FontRole).value<QFont>().bold()); // node2's oldest
        QVERIFY(horizon.index(0, HorizonModel::HolderColumn).data().toString().contains(u"← oldest"_s));
        QVERIFY2(horizon.clusterSummary().contains(u"transfer_42"_s) && horizon.clusterSummary().contains(u"node1"_s), qPrintable(horizon.clusterSummary()));
        QCOMPARE(tables.rowCount(), 1);
        QVERIFY(tables.index(0, VacuumTableModel::DeadColumn).data(Qt::ForegroundRole).isValid()); // past autovacuum's threshold
        QVERIFY(tables.index(0, VacuumTableModel::XidAgeColumn).data(Qt::ToolTipRole).toString().contains(u"wraparound"_s));
        QCOMPARE(tables.index(0, VacuumTableModel::DeadColumn).data(VacuumTableModel::SortRole).toLongLong(), 90'000);
        horizon.setVacuum({});
        QVERIFY(horizon.clusterSummary().startsWith(u"Nothing holds"_s));

        SessionLocks held;
        held.node = u"node1"_s;
        held.pid = 11;
        WaitedLock onTable;
        onTable.lockType = u"relation"_s;
        onTable.mode = u"RowExclusiveLock"_s;
        onTable.relation = u"orders"_s;
        WaitedLock onTransaction;
        onTransaction.lockType = u"transactionid"_s;
        onTransaction.mode = u"ShareLock"_s;
        onTransaction.transactionId = u"735"_s;
        onTransaction.waitingSeconds = 12;
        held.locks << SessionLock{onTransaction, false} << SessionLock{onTable, true};
        locks.setLocks(held);
        QCOMPARE(locks.index(0, SessionLockModel::LockColumn).data().toString(), u"transaction 735"_s);
        QCOMPARE(locks.index(0, SessionLockModel::GrantedColumn).data().toString(), u"waiting"_s);
        QCOMPARE(locks.index(1, SessionLockModel::LockColumn).data().toString(), u"orders"_s);
        locks.clear();
        QCOMPARE(locks.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSessionModels)
#include "tst_sessionmodels.moc"
