// SPDX-License-Identifier: GPL-3.0-or-later
// Sessions and the blocking tree on a real server: a transaction left open after an UPDATE (idle in transaction)
// with three sessions queued behind it (two UPDATEs of the same row, a LOCK TABLE), and a session-level advisory
// lock with a waiter. Waiters are real psql processes, named by application_name; read through the backend and
// through `pgversectl sessions` and `pgversectl locks`, whose JSON and exit codes are contracts.
#include "lab/serverbinaries.h"
#include "pg/pgsession.h"
#include "sessions/sessionsjson.h"
#include "sessions/vacuumjson.h"
#include "testenvironment.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

const SessionInfo *byApplication(const NodeSessions &sessions, const QString &application)
{
    for (const SessionInfo &session : sessions.sessions) {
        if (session.application == application)
            return &session;
    }
    return nullptr;
}

} // namespace

class TestSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE accounts (id int PRIMARY KEY, balance int NOT NULL); "
                                       "INSERT INTO accounts VALUES (1, 100), (2, 100)"_s));
        QString error;
        const auto binaries = ServerBinaries::locate(m_lab->manifest().binDir, &error);
        QVERIFY2(binaries, qPrintable(error));
        m_psql = binaries->tool(u"psql"_s);
    }
    void cleanupTestCase()
    {
        for (auto &process : m_waiters) {
            process->kill();
            process->waitForFinished();
        }
        m_lab.reset();
    }

    void aTreeOfRealWaitersAndItsCli()
    {
        // The holder: an UPDATE in a transaction left open, as an application that forgot to commit would.
        PgSession holder;
        PgError error;
        QVERIFY2(holder.open(*ConnInfo::parse(m_lab->conninfo(u"node1"_s) + u" application_name=holder"_s), {}, QDeadlineTimer(5000), &error),
                 qPrintable(error.message));
        QVERIFY(holder.exec(u"BEGIN; UPDATE accounts SET balance = balance - 1 WHERE id = 1"_s, QDeadlineTimer(5000), &error));
        PgSession advisory;
        QVERIFY(advisory.open(*ConnInfo::parse(m_lab->conninfo(u"node1"_s) + u" application_name=advisory_holder"_s), {}, QDeadlineTimer(5000), &error));
        QVERIFY(advisory.exec(u"SELECT pg_advisory_lock(4242)"_s, QDeadlineTimer(5000), &error));
        PgSession idle;
        QVERIFY(idle.open(*ConnInfo::parse(m_lab->conninfo(u"node1"_s) + u" application_name=just_idle"_s), {}, QDeadlineTimer(5000), &error));

        startWaiter(u"waiter_update_1"_s, u"UPDATE accounts SET balance = balance + 1 WHERE id = 1"_s);
        QVERIFY(waitUntilWaiting(u"waiter_update_1"_s));
        startWaiter(u"waiter_update_2"_s, u"UPDATE accounts SET balance = balance + 2 WHERE id = 1"_s);
        QVERIFY(waitUntilWaiting(u"waiter_update_2"_s));
        startWaiter(u"waiter_lock_table"_s, u"BEGIN; LOCK TABLE accounts IN ACCESS EXCLUSIVE MODE; COMMIT"_s);
        startWaiter(u"waiter_advisory"_s, u"SELECT pg_advisory_lock(4242)"_s);
        QVERIFY(waitUntilWaiting(u"waiter_lock_table"_s));
        QVERIFY(waitUntilWaiting(u"waiter_advisory"_s));

        const NodeSessions sessions = fetchSessions(endpoint());
        QVERIFY2(sessions.error.isEmpty(), qPrintable(sessions.error));
        const SessionInfo *holding = byApplication(sessions, u"holder"_s);
        QVERIFY(holding);
        QCOMPARE(holding->state, u"idle in transaction"_s);
        QVERIFY(holding->xactAgeSeconds.value_or(-1) >= 0);
        const SessionInfo *first = byApplication(sessions, u"waiter_update_1"_s);
        QCOMPARE(first->blockedBy, QList<int>{holding->pid});
        QVERIFY(first->lock);
        QCOMPARE(first->lock->lockType, u"transactionid"_s);
        QCOMPARE(first->lock->describe(), u"ShareLock on transaction %1"_s.arg(first->lock->transactionId));
        QVERIFY(first->lock->waitingSeconds.value_or(-1) >= 0); // PostgreSQL 15 has pg_locks.waitstart
        const SessionInfo *table = byApplication(sessions, u"waiter_lock_table"_s);
        QVERIFY(table->lock);
        QCOMPARE(table->lock->describe(), u"AccessExclusiveLock on accounts"_s);
        const SessionInfo *advisoryWaiter = byApplication(sessions, u"waiter_advisory"_s);
        QCOMPARE(advisoryWaiter->blockedBy, QList<int>{byApplication(sessions, u"advisory_holder"_s)->pid});
        QVERIFY2(advisoryWaiter->lock->describe().contains(u"advisory"_s), qPrintable(advisoryWaiter->lock->describe()));

        const BlockingTree tree = buildBlockingTree(sessions);
        QCOMPARE(tree.roots.size(), 2);
        QCOMPARE(tree.roots[0].pid, holding->pid); // three wait for it, one for the advisory lock
        QCOMPARE(tree.roots[0].blockedCount, 3);
        QCOMPARE(tree.roots[1].blockedCount, 1);
        QCOMPARE(tree.waitingCount, 4);

        // pgversectl locks: the same tree, and exit code 1 once a wait is over the threshold.
        QTest::qWait(1100);
        const auto locks = test::runPgversectl({u"locks"_s, u"--lab"_s, m_lab->dir(), u"--node"_s, u"node1"_s, u"--json"_s, u"--threshold"_s, u"1"_s});
        QCOMPARE(locks.exitCode, 1);
        const QJsonArray roots = QJsonDocument::fromJson(locks.out.toUtf8()).object().value("roots"_L1).toArray();
        QCOMPARE(roots.size(), 2);
        QCOMPARE(roots[0].toObject().value("pid"_L1).toInt(), holding->pid);
        QCOMPARE(roots[0].toObject().value("blocked_count"_L1).toInt(), 3);
        QCOMPARE(roots[0].toObject().value("state"_L1).toString(), u"idle in transaction"_s);
        QCOMPARE(test::runPgversectl({u"locks"_s, u"--lab"_s, m_lab->dir(), u"--threshold"_s, u"3600"_s}).exitCode, 0);
        const auto text = test::runPgversectl({u"locks"_s, u"--lab"_s, m_lab->dir(), u"--threshold"_s, u"3600"_s});
        QVERIFY2(text.out.contains(u"blocks 3 session"_s) && text.out.contains(u"waits"_s), qPrintable(text.out));

        // pgversectl sessions: idle sessions only with --all.
        const auto listed = test::runPgversectl({u"sessions"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        QStringList applications;
        for (const QJsonValue &row : QJsonDocument::fromJson(listed.out.toUtf8()).object().value("sessions"_L1).toArray()) {
            applications << row.toObject().value("application"_L1).toString();
            if (row.toObject().value("application"_L1).toString() == u"waiter_update_1")
                QCOMPARE(row.toObject().value("blocked_by"_L1).toArray(), QJsonArray({holding->pid}));
        }
        QVERIFY2(applications.contains(u"holder"_s) && applications.contains(u"advisory_holder"_s) && !applications.contains(u"just_idle"_s),
                 qPrintable(applications.join(u", "_s)));
        // Over the thresholds: the holder, idle in transaction, is marked in the JSON and named under the table.
        const auto flagged = test::runPgversectl({u"sessions"_s, u"--lab"_s, m_lab->dir(), u"--node"_s, u"node1"_s, u"--json"_s,
                                                  u"--idle-in-transaction"_s, u"0"_s, u"--long-transaction"_s, u"3600"_s});
        QCOMPARE(flagged.exitCode, 0);
        for (const QJsonValue &row : QJsonDocument::fromJson(flagged.out.toUtf8()).object().value("sessions"_L1).toArray()) {
            const QJsonObject session = row.toObject();
            QCOMPARE(session.value("idle_in_transaction_too_long"_L1).toBool(), session.value("application"_L1).toString() == u"holder");
            QCOMPARE(session.value("long_transaction"_L1).toBool(true), false);
        }
        const auto marked = test::runPgversectl({u"sessions"_s, u"--lab"_s, m_lab->dir(), u"--node"_s, u"node1"_s, u"--idle-in-transaction"_s, u"0"_s});
        QVERIFY2(marked.out.contains(u"! node1 pid %1 ("_s.arg(holding->pid)) && marked.out.contains(u", holder): idle in transaction for"_s),
                 qPrintable(marked.out));
        QCOMPARE(test::runPgversectl({u"sessions"_s, u"--lab"_s, m_lab->dir(), u"--long-transaction"_s, u"soon"_s}).exitCode, 2);
        QCOMPARE(test::runPgversectl({u"sessions"_s, u"--lab"_s, m_lab->dir(), u"--idle-in-transaction"_s, u"nan"_s}).exitCode, 2);
        QCOMPARE(test::runPgversectl({u"locks"_s, u"--lab"_s, m_lab->dir(), u"--threshold"_s, u"nan"_s}).exitCode, 2);
        // A shell set up for the lab's primary service (lab env) must not keep the standby from being read.
        qputenv("PGTARGETSESSIONATTRS", "read-write");
        const auto everything = test::runPgversectl({u"sessions"_s, u"--lab"_s, m_lab->dir(), u"--all"_s, u"--json"_s});
        qunsetenv("PGTARGETSESSIONATTRS");
        QVERIFY2(everything.err.isEmpty(), qPrintable(everything.err));
        QVERIFY2(everything.out.contains(u"just_idle"_s) && everything.out.contains(u"checkpointer"_s), qPrintable(everything.out.left(2000)));
        // Both nodes are read unless --node names one; a name the lab lacks is a usage error.
        QVERIFY(everything.out.contains(u"\"node\": \"node2\""_s) || everything.out.contains(u"\"node\":\"node2\""_s));
        QCOMPARE(test::runPgversectl({u"sessions"_s, u"--lab"_s, m_lab->dir(), u"--node"_s, u"node9"_s}).exitCode, 2);

        // The holders end: every waiter goes through, and the tree is empty.
        QVERIFY(holder.exec(u"ROLLBACK"_s, QDeadlineTimer(5000), &error));
        QVERIFY(advisory.exec(u"SELECT pg_advisory_unlock(4242)"_s, QDeadlineTimer(5000), &error));
        for (auto &process : m_waiters)
            QVERIFY(process->waitForFinished(10000) && process->exitCode() == 0);
        QVERIFY(buildBlockingTree(fetchSessions(endpoint())).roots.isEmpty());
        QCOMPARE(test::runPgversectl({u"locks"_s, u"--lab"_s, m_lab->dir(), u"--threshold"_s, u"0"_s}).exitCode, 0);
    }

    void whatHoldsTheHorizonBackAndVacuumHealth()
    {
        // Something of each kind that holds the horizon: a repeatable-read snapshot left open on the primary, a
        // prepared transaction, the standby's slot (hot_standby_feedback is on in labs) and a snapshot on the standby.
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE churn WITH (autovacuum_enabled = off) AS SELECT g FROM generate_series(1, 20000) g; "
                                       "CREATE TABLE conflicted (id int)"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE DATABASE shop"_s)); // not in a transaction block
        const auto shop = openSession(u"node1"_s, u"shop_writer"_s, u"shop"_s);
        QVERIFY(exec(*shop, u"CREATE TABLE orders WITH (autovacuum_enabled = off) AS SELECT g AS order_id FROM generate_series(1, 1000) g; "
                            "DELETE FROM orders WHERE order_id <= 300"_s));
        // A session that stays connected reports its table statistics when idle, at most every 10 s unless told.
        QVERIFY(exec(*shop, u"SELECT pg_stat_force_next_flush()"_s));
        const auto snapshot = openSession(u"node1"_s, u"old_snapshot"_s);
        QVERIFY(exec(*snapshot, u"BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM accounts"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"DELETE FROM churn WHERE g <= 8000"_s));
        const auto preparer = openSession(u"node1"_s, u"preparer"_s);
        QVERIFY(exec(*preparer, u"BEGIN; INSERT INTO accounts VALUES (100, 0); PREPARE TRANSACTION 'pgv_forgotten'"_s));
        const auto rollbackPrepared = qScopeGuard([this] { m_lab->sql(u"node1"_s, u"ROLLBACK PREPARED 'pgv_forgotten'"_s); });
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_lab->sql(u"node1"_s, u"SELECT txid_current()"_s));
        const auto reader = openSession(u"node2"_s, u"standby_report"_s);
        QVERIFY(exec(*reader, u"BEGIN ISOLATION LEVEL REPEATABLE READ; SELECT count(*) FROM conflicted"_s));

        // A VACUUM slowed to a crawl, so that it is still running when read.
        auto vacuuming = std::make_unique<QProcess>();
        vacuuming->start(m_psql, {u"-X"_s, u"-q"_s, u"-d"_s, m_lab->conninfo(u"node1"_s) + u" application_name=slow_vacuum"_s, u"-c"_s,
                                  u"SET vacuum_cost_delay = 100"_s, u"-c"_s, u"SET vacuum_cost_limit = 1"_s, u"-c"_s, u"VACUUM churn"_s});
        QVERIFY(vacuuming->waitForStarted());
        const auto stopVacuum = qScopeGuard([&] {
            m_lab->sql(u"node1"_s, u"SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE application_name = 'slow_vacuum'"_s);
            vacuuming->waitForFinished(10000);
        });

        NodeVacuum primary;
        QTRY_VERIFY_WITH_TIMEOUT((primary = fetchVacuumHealth(endpoint()), !primary.running.isEmpty() && table(primary, u"postgres"_s, u"public.churn"_s)
                                                                              && table(primary, u"postgres"_s, u"public.churn"_s)->deadTuples.value_or(0) == 8000
                                                                              && table(primary, u"shop"_s, u"public.orders"_s)
                                                                              && table(primary, u"shop"_s, u"public.orders"_s)->deadTuples.value_or(0) == 300),
                                 10000);
        QVERIFY2(primary.error.isEmpty() && primary.warnings.isEmpty(), qPrintable(primary.error + primary.warnings.join(u'\n')));
        QVERIFY(!primary.inRecovery);
        const TableVacuum *churn = table(primary, u"postgres"_s, u"public.churn"_s);
        QCOMPARE(churn->liveTuples.value_or(0), 12000);
        QVERIFY(!churn->autovacuumEnabled);
        QVERIFY(churn->autovacuumThreshold);
        // Shared catalogs are one table seen from every database: listed once.
        QCOMPARE(std::count_if(primary.tables.cbegin(), primary.tables.cend(),
                               [](const TableVacuum &candidate) { return candidate.table == u"pg_catalog.pg_database"; }),
                 1);

        const HorizonHolder *session = holderOf(primary, HorizonHolder::Kind::Session, u"old_snapshot"_s);
        QVERIFY(session);
        QVERIFY2(session->ageXids >= 6, qPrintable(QString::number(session->ageXids))); // the DELETE, the PREPARE, five txid_current()
        QVERIFY(session->ageSeconds.value_or(-1) >= 0);
        const HorizonHolder *prepared = holderOf(primary, HorizonHolder::Kind::Prepared, u"pgv_forgotten"_s);
        QVERIFY(prepared);
        QVERIFY(prepared->ageXids >= 5);
        QVERIFY(holderOf(primary, HorizonHolder::Kind::Slot, u"node2"_s));
        QVERIFY(primary.oldest());
        QCOMPARE(primary.oldest()->ageXids, primary.horizon.first().ageXids);

        QCOMPARE(primary.running.size(), 1);
        QCOMPARE(primary.running[0].table, u"public.churn"_s);
        QVERIFY(!primary.running[0].autovacuum);
        QVERIFY(!primary.running[0].phase.isEmpty());
        QVERIFY(primary.running[0].heapBlocksTotal.value_or(0) > 0);

        QCOMPARE(primary.freezeMaxAge, 200'000'000);
        QVERIFY(primary.databasesPastFreezeMaxAge().isEmpty());
        QStringList databases;
        for (const DatabaseAge &database : primary.databases)
            databases << database.database;
        QVERIFY2(databases.contains(u"shop"_s) && databases.contains(u"template0"_s), qPrintable(databases.join(u", "_s)));

        const NodeVacuum standby = fetchVacuumHealth(endpoint(u"node2"_s));
        QVERIFY2(standby.error.isEmpty(), qPrintable(standby.error));
        QVERIFY(standby.inRecovery);
        QVERIFY(holderOf(standby, HorizonHolder::Kind::Session, u"standby_report"_s));

        // The CLI: the contract's keys, both nodes, the cluster's oldest holder.
        const auto listed = test::runPgversectl({u"vacuum"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonObject document = QJsonDocument::fromJson(listed.out.toUtf8()).object();
        QSet<QString> nodes, kinds;
        for (const QJsonValue &row : document.value("horizon"_L1).toArray()) {
            nodes << row.toObject().value("node"_L1).toString();
            kinds << row.toObject().value("kind"_L1).toString();
        }
        QCOMPARE(nodes, QSet<QString>({u"node1"_s, u"node2"_s}));
        QCOMPARE(kinds, QSet<QString>({u"session"_s, u"prepared"_s, u"slot"_s}));
        QVERIFY(document.value("cluster_oldest"_L1).isObject());
        QVERIFY(document.value("running"_L1).toArray().size() == 1);
        const auto text = test::runPgversectl({u"vacuum"_s, u"--lab"_s, m_lab->dir(), u"--node"_s, u"node1"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"pgv_forgotten"_s) && text.out.contains(u"public.churn"_s) && text.out.contains(u"← oldest"_s),
                 qPrintable(text.out));

        // A standby cancels a query that holds a lock replay needs: counted in pg_stat_database_conflicts.
        QVERIFY(m_lab->sql(u"node2"_s, u"ALTER SYSTEM SET max_standby_streaming_delay = '100ms'"_s));
        QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_reload_conf()"_s));
        const auto resetDelay = qScopeGuard([this] {
            m_lab->sql(u"node2"_s, u"ALTER SYSTEM RESET max_standby_streaming_delay"_s);
            m_lab->sql(u"node2"_s, u"SELECT pg_reload_conf()"_s);
        });
        QTest::qWait(200);
        QVERIFY(m_lab->sql(u"node1"_s, u"BEGIN; LOCK TABLE conflicted IN ACCESS EXCLUSIVE MODE; COMMIT"_s));
        NodeVacuum conflicted;
        QTRY_VERIFY_WITH_TIMEOUT((conflicted = fetchVacuumHealth(endpoint(u"node2"_s)), !conflicted.conflicts.isEmpty()), 10000);
        QCOMPARE(conflicted.conflicts[0].database, u"postgres"_s);
        QVERIFY(conflicted.conflicts[0].lock >= 1);
        QVERIFY(!exec(*reader, u"SELECT 1"_s)); // the standby ended the session that held the lock
    }

    void terminatingTheRootBlockerUnblocksItsWaiters()
    {
        PgSession holder;
        PgError error;
        QVERIFY(holder.open(*ConnInfo::parse(m_lab->conninfo(u"node1"_s) + u" application_name=forgot_to_commit"_s), {}, QDeadlineTimer(5000), &error));
        QVERIFY(holder.exec(u"BEGIN; UPDATE accounts SET balance = balance - 1 WHERE id = 2"_s, QDeadlineTimer(5000), &error));
        const auto firstWaiter = startWaiter(u"queued_1"_s, u"UPDATE accounts SET balance = balance + 1 WHERE id = 2"_s);
        const auto secondWaiter = startWaiter(u"queued_2"_s, u"UPDATE accounts SET balance = balance + 2 WHERE id = 2"_s);
        QVERIFY(waitUntilWaiting(u"queued_1"_s));
        QVERIFY(waitUntilWaiting(u"queued_2"_s));
        const int holderPid = byApplication(fetchSessions(endpoint()), u"forgot_to_commit"_s)->pid;

        // Without --node the lab's two nodes leave the target open: a usage error.
        QCOMPARE(test::runPgversectl({u"sessions"_s, u"terminate"_s, u"--root-blocker"_s, u"--lab"_s, m_lab->dir()}).exitCode, 2);

        // A dry run names the session and what would run, and changes nothing.
        const auto dry = test::runPgversectl({u"sessions"_s, u"terminate"_s, u"--root-blocker"_s, u"--lab"_s, m_lab->dir(), u"--node"_s,
                                              u"node1"_s, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(dry.exitCode, 0);
        const QJsonObject planned = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(planned.value("action"_L1).toString(), u"terminate-session"_s);
        QCOMPARE(planned.value("executed"_L1).toBool(true), false);
        const QJsonArray plannedSteps = planned.value("steps"_L1).toArray();
        QCOMPARE(plannedSteps[0].toObject().value("title"_L1).toString(), u"pg_terminate_backend(%1, 5000)"_s.arg(holderPid));
        QVERIFY2(plannedSteps[0].toObject().value("detail"_L1).toString().contains(u"forgot_to_commit"_s), qPrintable(dry.out));
        QVERIFY(holder.exec(u"SELECT 1"_s, QDeadlineTimer(5000), &error));

        // One session named by the tree needs no typed confirmation; its end lets both waiters through.
        const auto ended = test::runPgversectl({u"sessions"_s, u"terminate"_s, u"--root-blocker"_s, u"--lab"_s, m_lab->dir(), u"--node"_s,
                                                u"node1"_s, u"--json"_s});
        QCOMPARE(ended.exitCode, 0);
        const QJsonObject run = QJsonDocument::fromJson(ended.out.toUtf8()).object();
        QCOMPARE(run.value("result"_L1).toString(), u"succeeded"_s);
        QCOMPARE(run.value("parameters"_L1).toObject().value("pids"_L1).toArray(), QJsonArray({holderPid}));
        QVERIFY2(run.value("log"_L1).toVariant().toStringList().join(u'\n').contains(u"no session waits for a lock now"_s), qPrintable(ended.out));
        QVERIFY(firstWaiter->waitForFinished(10000) && firstWaiter->exitCode() == 0);
        QVERIFY(secondWaiter->waitForFinished(10000) && secondWaiter->exitCode() == 0);
        QVERIFY(!holder.exec(u"SELECT 1"_s, QDeadlineTimer(5000), &error)); // its connection was ended
        QVERIFY(!byApplication(fetchSessions(endpoint()), u"forgot_to_commit"_s));

        // The run is in the audit log, which is still intact.
        const auto audit = test::runPgversectl({u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(audit.exitCode, 0);
        QFile log(m_environment.dataDir() + u"/audit.jsonl"_s);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray entries = log.readAll();
        QVERIFY(entries.contains("\"terminate-session\"") && entries.contains(QByteArray::number(holderPid)));

        // Nothing waits now: --root-blocker is refused, saying so.
        const auto nothing = test::runPgversectl({u"sessions"_s, u"terminate"_s, u"--root-blocker"_s, u"--lab"_s, m_lab->dir(), u"--node"_s, u"node1"_s});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.out.contains(u"no blocker"_s) || nothing.err.contains(u"no blocker"_s), qPrintable(nothing.out + nothing.err));
    }

    void aPreparedTransactionAsRootBlockerIsNotSignalled()
    {
        PgSession preparer;
        PgError error;
        QVERIFY(preparer.open(*ConnInfo::parse(m_lab->conninfo(u"node1"_s)), {}, QDeadlineTimer(5000), &error));
        QVERIFY(preparer.exec(u"BEGIN; UPDATE accounts SET balance = 0 WHERE id = 2; PREPARE TRANSACTION 'pgv_signal_test'"_s, QDeadlineTimer(5000), &error));
        auto cleanUp = qScopeGuard([&] { m_lab->sql(u"node1"_s, u"ROLLBACK PREPARED 'pgv_signal_test'"_s); });
        const auto waiter = startWaiter(u"behind_prepared"_s, u"UPDATE accounts SET balance = 1 WHERE id = 2"_s);
        QVERIFY(waitUntilWaiting(u"behind_prepared"_s));
        const auto refused = test::runPgversectl({u"sessions"_s, u"terminate"_s, u"--root-blocker"_s, u"--lab"_s, m_lab->dir(), u"--node"_s,
                                                  u"node1"_s, u"--json"_s});
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject run = QJsonDocument::fromJson(refused.out.toUtf8()).object();
        QCOMPARE(run.value("result"_L1).toString(), u"refused"_s);
        QVERIFY2(refused.out.contains(u"ROLLBACK PREPARED 'pgv_signal_test'"_s), qPrintable(refused.out));
        cleanUp.dismiss();
        QVERIFY(m_lab->sql(u"node1"_s, u"ROLLBACK PREPARED 'pgv_signal_test'"_s));
        QVERIFY(waiter->waitForFinished(10000) && waiter->exitCode() == 0);
    }

    void cancellingAQueryKeepsTheSession()
    {
        const auto sleeper = startWaiter(u"long_report"_s, u"SELECT pg_sleep(60)"_s);
        QVERIFY(waitUntilState(u"long_report"_s, u"active"_s));
        const int sleeperPid = byApplication(fetchSessions(endpoint()), u"long_report"_s)->pid;
        const auto cancelled = test::runPgversectl({u"sessions"_s, u"cancel"_s, QString::number(sleeperPid), u"--lab"_s, m_lab->dir(), u"--node"_s,
                                                    u"node1"_s, u"--json"_s});
        QCOMPARE(cancelled.exitCode, 0);
        const QJsonObject run = QJsonDocument::fromJson(cancelled.out.toUtf8()).object();
        QCOMPARE(run.value("action"_L1).toString(), u"cancel-query"_s);
        QCOMPARE(run.value("steps"_L1).toArray()[0].toObject().value("title"_L1).toString(), u"pg_cancel_backend(%1)"_s.arg(sleeperPid));
        QVERIFY(sleeper->waitForFinished(10000));
        QVERIFY2(QString::fromUtf8(sleeper->readAllStandardError()).contains(u"canceling statement due to user request"_s), "psql saw no cancel");

        // A session that runs nothing has nothing to cancel; a pid that is not there is named.
        const auto idle = openSession(u"node1"_s, u"resting"_s);
        QVERIFY(exec(*idle, u"SELECT 1"_s));
        const int idlePid = byApplication(fetchSessions(endpoint()), u"resting"_s)->pid;
        const auto nothingToCancel = test::runPgversectl({u"sessions"_s, u"cancel"_s, QString::number(idlePid), u"--lab"_s, m_lab->dir(),
                                                          u"--node"_s, u"node1"_s});
        QCOMPARE(nothingToCancel.exitCode, 1);
        QVERIFY2(QString(nothingToCancel.out + nothingToCancel.err).contains(u"nothing to cancel"_s), qPrintable(nothingToCancel.out));
        const auto gone = test::runPgversectl({u"sessions"_s, u"cancel"_s, u"999999"_s, u"--lab"_s, m_lab->dir(), u"--node"_s, u"node1"_s});
        QCOMPARE(gone.exitCode, 1);
        QCOMPARE(test::runPgversectl({u"sessions"_s, u"cancel"_s, u"abc"_s, u"--lab"_s, m_lab->dir(), u"--node"_s, u"node1"_s}).exitCode, 2);
    }

    void walsendersGroupsAndReadOnlyProfiles()
    {
        // The walsender that feeds node2 is refused, saying why.
        const NodeSessions sessions = fetchSessions(endpoint());
        const auto walsender = std::find_if(sessions.sessions.cbegin(), sessions.sessions.cend(),
                                            [](const SessionInfo &session) { return session.backendType == u"walsender"; });
        QVERIFY(walsender != sessions.sessions.cend());
        const auto refused = test::runPgversectl({u"sessions"_s, u"terminate"_s, QString::number(walsender->pid), u"--lab"_s, m_lab->dir(),
                                                  u"--node"_s, u"node1"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"walsender"_s), qPrintable(refused.out));
        QVERIFY(fetchSessions(endpoint()).session(walsender->pid));

        // A group asks for the cluster's name: without a terminal and without --yes nothing is changed.
        const auto first = openSession(u"node1"_s, u"batch_job"_s);
        const auto second = openSession(u"node1"_s, u"batch_job"_s);
        QVERIFY(exec(*first, u"BEGIN; SELECT 1"_s) && exec(*second, u"BEGIN; SELECT 1"_s));
        const QStringList group{u"sessions"_s, u"terminate"_s, u"--application"_s, u"batch_job"_s, u"--state"_s, u"idle in transaction"_s,
                                u"--lab"_s, m_lab->dir(), u"--node"_s, u"node1"_s};
        QCOMPARE(test::runPgversectl(group).exitCode, 2);
        // A minimum age that is not a number would match every session of the group: refused as a usage error.
        QCOMPARE(test::runPgversectl(group + QStringList{u"--min-age"_s, u"nan"_s, u"--yes"_s}).exitCode, 2);
        QVERIFY(exec(*first, u"SELECT 1"_s));

        // A saved profile that is read-only refuses, whatever the group.
        QCOMPARE(test::runPgversectl({u"profile"_s, u"add"_s, u"watch_only"_s, u"--node"_s, u"node1@"_s + m_lab->conninfo(u"node1"_s),
                                      u"--read-only"_s}).exitCode, 0);
        const auto readOnly = test::runPgversectl({u"sessions"_s, u"terminate"_s, u"--application"_s, u"batch_job"_s, u"--profile"_s,
                                                   u"watch_only"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(readOnly.exitCode, 1);
        QVERIFY2(readOnly.out.contains(u"read-only"_s), qPrintable(readOnly.out));
        QVERIFY(exec(*second, u"SELECT 1"_s));

        // With --yes the group ends, both of it and nothing else.
        const auto ended = test::runPgversectl(group + QStringList{u"--yes"_s, u"--json"_s});
        QCOMPARE(ended.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ended.out.toUtf8()).object().value("parameters"_L1).toObject().value("pids"_L1).toArray().size(), 2);
        QVERIFY(!exec(*first, u"SELECT 1"_s));
        QVERIFY(!exec(*second, u"SELECT 1"_s));
        QVERIFY(fetchSessions(endpoint()).session(walsender->pid));
    }

    void anUnreachableNodeIsReportedNotFatal()
    {
        QVERIFY(m_lab->freeze(u"node2"_s));
        const auto thaw = qScopeGuard([this] { m_lab->thaw(u"node2"_s); });
        const auto listed = test::runPgversectl({u"sessions"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QCOMPARE(listed.exitCode, 0); // node1 was read
        const QJsonArray errors = QJsonDocument::fromJson(listed.out.toUtf8()).object().value("errors"_L1).toArray();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors[0].toObject().value("node"_L1).toString(), u"node2"_s);
        QVERIFY(listed.err.contains(u"node2"_s));
    }

private:
    NodeEndpoint endpoint(const QString &node = u"node1"_s) const { return {node, *ConnInfo::parse(m_lab->conninfo(node)), {}}; }

    std::unique_ptr<PgSession> openSession(const QString &node, const QString &application, const QString &database = u"postgres"_s) const
    {
        auto session = std::make_unique<PgSession>();
        PgError error;
        if (!session->open(*ConnInfo::parse(m_lab->conninfo(node) + u" dbname="_s + database + u" application_name="_s + application), {},
                           QDeadlineTimer(5000), &error))
            qWarning("%s", qPrintable(error.message));
        return session;
    }

    static bool exec(PgSession &session, const QString &sql)
    {
        PgError error;
        const bool done = session.exec(sql, QDeadlineTimer(10000), &error).has_value();
        if (!done)
            qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(error.message));
        return done;
    }

    static const TableVacuum *table(const NodeVacuum &vacuum, const QString &database, const QString &name)
    {
        for (const TableVacuum &candidate : vacuum.tables) {
            if (candidate.database == database && candidate.table == name)
                return &candidate;
        }
        return nullptr;
    }

    static const HorizonHolder *holderOf(const NodeVacuum &vacuum, HorizonHolder::Kind kind, const QString &containing)
    {
        for (const HorizonHolder &holder : vacuum.horizon) {
            if (holder.kind == kind && holder.holder.contains(containing))
                return &holder;
        }
        return nullptr;
    }

    /// A psql running \a statement as \a application; killed at the end of the suite if still running.
    QProcess *startWaiter(const QString &application, const QString &statement)
    {
        auto process = std::make_unique<QProcess>();
        process->start(m_psql, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s,
                                m_lab->conninfo(u"node1"_s) + u" application_name="_s + application, u"-c"_s, statement});
        if (!process->waitForStarted())
            qWarning("psql did not start: %s", qPrintable(process->errorString()));
        m_waiters.push_back(std::move(process));
        return m_waiters.back().get();
    }

    bool waitUntilState(const QString &application, const QString &state) const
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            const NodeSessions sessions = fetchSessions(endpoint());
            if (const SessionInfo *session = byApplication(sessions, application); session && session->state == state)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    bool waitUntilWaiting(const QString &application) const
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000) {
            const NodeSessions sessions = fetchSessions(endpoint());
            if (const SessionInfo *session = byApplication(sessions, application); session && session->isWaitingOnLock())
                return true;
            QTest::qWait(50);
        }
        return false;
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    QString m_psql;
    std::vector<std::unique_ptr<QProcess>> m_waiters;
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
