// SPDX-License-Identifier: GPL-3.0-or-later
// PgBouncer (Debian's 1.18) in front of a real lab: `lab pooler add` starts two bouncers in transaction pooling mode,
// `pgversectl pooler` reads them by column name, pause/resume/reconnect/reload/kill are checked and audited actions,
// a switchover pauses them, routes them to the new primary and resumes them — clients through them see no error and
// lose no acknowledged commit — and every way it can end resumes them: a failure, a hung pooler refused up front,
// and a process killed while they hold their clients (status names them; pooler resume, then recover, mend it).
// A failover routes them to the promoted node.
#include "actions/actionlock.h"
#include "actions/labswitchover.h"
#include "pg/conninfo.h"
#include "sequencewriter.h"
#include "testenvironment.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestPooler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE seq (n bigint PRIMARY KEY)"_s));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void poolersAddedToARunningLab()
    {
        const auto added = test::runPgversectl({u"lab"_s, u"pooler"_s, u"add"_s, u"2"_s, u"--dir"_s, m_lab->dir(), u"--json"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
        QVERIFY(m_lab->reload());
        QCOMPARE(m_lab->manifest().poolers.size(), 2);
        const QJsonArray poolers = QJsonDocument::fromJson(added.out.toUtf8()).object().value("poolers"_L1).toArray();
        QCOMPARE(poolers.size(), 2);
        for (const QJsonValue &value : poolers) {
            const QJsonObject pooler = value.toObject();
            QVERIFY(pooler.value("running"_L1).toBool());
            QCOMPARE(pooler.value("routes_to"_L1).toString(), u"node1"_s);
            QCOMPARE(pooler.value("pool_mode"_L1).toString(), u"transaction"_s);
            // Its auth file holds passwords: owner-only, as its configuration.
            for (const char *file : {"auth_file", "config_file"})
                QCOMPARE(QFileInfo(pooler.value(QLatin1StringView(file)).toString()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        }
        // Through the pooler, as `lab env`'s services reach it: the primary answers.
        QCOMPARE(throughPooler(u"pooler1"_s, u"SELECT pg_is_in_recovery()::text"_s), u"false"_s);
        QCOMPARE(throughPooler(u"pooler2"_s, u"SELECT current_database()"_s, u"shop"_s).isEmpty(), true); // shop does not exist here yet
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE DATABASE shop"_s));
        QCOMPARE(throughPooler(u"pooler2"_s, u"SELECT current_database()"_s, u"shop"_s), u"shop"_s);
        // lab stop and start handle them; status lists them.
        QCOMPARE(test::runPgversectl({u"lab"_s, u"stop"_s, u"--dir"_s, m_lab->dir()}).exitCode, 0);
        QVERIFY(!m_lab->lab().poolerPid(u"pooler1"_s));
        QCOMPARE(test::runPgversectl({u"lab"_s, u"start"_s, u"--dir"_s, m_lab->dir()}).exitCode, 0);
        QVERIFY(m_lab->lab().poolerPid(u"pooler1"_s));
        const auto status = test::runPgversectl({u"lab"_s, u"status"_s, u"--dir"_s, m_lab->dir()});
        QVERIFY2(status.out.contains(u"pooler2 (PgBouncer): running"_s), qPrintable(status.out));
    }

    void thePoolersAreReadByName()
    {
        QCOMPARE(throughPooler(u"pooler1"_s, u"SELECT 1"_s), u"1"_s);
        const auto read = test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QVERIFY2(read.exitCode == 0, qPrintable(read.out + read.err));
        const QJsonObject document = QJsonDocument::fromJson(read.out.toUtf8()).object();
        QCOMPARE(document.value("problems"_L1).toArray().size(), 0);
        const QJsonObject pooler = document.value("poolers"_L1).toArray().first().toObject();
        QCOMPARE(pooler.value("name"_L1).toString(), u"pooler1"_s);
        QVERIFY(pooler.value("version"_L1).toString().startsWith(u"PgBouncer 1."_s));
        QCOMPARE(pooler.value("reachable"_L1).toBool(), true);
        QCOMPARE(pooler.value("paused"_L1).toBool(), false);
        QCOMPARE(pooler.value("routes_to"_L1).toString(), u"node1"_s);
        bool seen = false;
        for (const QJsonValue &pool : pooler.value("pools"_L1).toArray())
            seen = seen || (pool.toObject().value("database"_L1).toString() == u"postgres" && pool.toObject().value("pool_mode"_L1).toString() == u"transaction");
        QVERIFY2(seen, qPrintable(read.out));
        // status draws a pooler edge from the node it routes to.
        const auto status = test::runPgversectl({u"status"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        int edges = 0;
        for (const QJsonValue &edge : QJsonDocument::fromJson(status.out.toUtf8()).object().value("edges"_L1).toArray())
            edges += edge.toObject().value("kind"_L1).toString() == u"pooler" && edge.toObject().value("upstream"_L1).toString() == u"node1" ? 1 : 0;
        QCOMPARE(edges, 2);
    }

    void pauseAndResumeAreCheckedAuditedActions()
    {
        const auto paused = test::runPgversectl({u"pooler"_s, u"pause"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s});
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.out + paused.err));
        QCOMPARE(QJsonDocument::fromJson(paused.out.toUtf8()).object().value("action"_L1).toString(), u"pooler-pause"_s);
        // Nobody's action holds them now: status says they were left paused, with the fix.
        const auto status = test::runPgversectl({u"status"_s, u"--lab"_s, m_lab->dir()});
        QCOMPARE(status.exitCode, 1);
        QVERIFY2(status.out.contains(u"pooler_left_paused"_s) && status.out.contains(u"pgversectl pooler resume pooler1"_s), qPrintable(status.out));
        // A paused pooler holds a new query until resume, which lets it finish.
        QProcess client;
        client.setProcessEnvironment(labEnvironment());
        client.start(u"psql"_s, {u"service=pooler1"_s, u"-Atc"_s, u"SELECT 42"_s});
        QVERIFY(client.waitForStarted());
        QVERIFY(!client.waitForFinished(700));
        const auto resumed = test::runPgversectl({u"pooler"_s, u"resume"_s, u"pooler1"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY(client.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(client.readAllStandardOutput()).trimmed(), u"42"_s);
        // One database resumed: only that one.
        const auto onlyShop = test::runPgversectl({u"pooler"_s, u"resume"_s, u"pooler2"_s, u"--database"_s, u"shop"_s, u"--lab"_s, m_lab->dir(),
                                                   u"--yes"_s, u"--json"_s});
        QVERIFY2(onlyShop.exitCode == 0, qPrintable(onlyShop.out + onlyShop.err));
        const auto partly = test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        const QJsonObject second = QJsonDocument::fromJson(partly.out.toUtf8()).object().value("poolers"_L1).toArray().at(1).toObject();
        QCOMPARE(second.value("paused_databases"_L1).toArray(), QJsonArray{u"postgres"_s});
        QCOMPARE(test::runPgversectl({u"pooler"_s, u"resume"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s}).exitCode, 0);
        QCOMPARE(test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir()}).exitCode, 0);
        // The others, and what is refused.
        for (const QString &command : {u"reconnect"_s, u"reload"_s})
            QCOMPARE(test::runPgversectl({u"pooler"_s, command, u"--lab"_s, m_lab->dir(), u"--yes"_s}).exitCode, 0);
        const auto killed = test::runPgversectl({u"pooler"_s, u"kill"_s, u"pooler2"_s, u"--database"_s, u"shop"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s});
        QVERIFY2(killed.exitCode == 0, qPrintable(killed.out + killed.err));
        QCOMPARE(throughPooler(u"pooler2"_s, u"SELECT current_database()"_s, u"shop"_s), u"shop"_s); // resumed after the kill
        const auto noDatabase = test::runPgversectl({u"pooler"_s, u"kill"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s});
        QCOMPARE(noDatabase.exitCode, 1);
        const auto unknown = test::runPgversectl({u"pooler"_s, u"pause"_s, u"--database"_s, u"nosuch"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.out.contains(u"nosuch"_s), qPrintable(unknown.out));
        const auto audit = test::runPgversectl({u"audit"_s, u"verify"_s, u"--json"_s});
        QVERIFY2(audit.exitCode == 0, qPrintable(audit.out + audit.err));
        for (const char *name : {"pooler-pause", "pooler-resume", "pooler-reload", "pooler-kill"})
            QVERIFY2(auditLog().contains(QLatin1StringView(name)), name);
    }

    void aSwitchoverHoldsTheClientsInsteadOfFailingThem()
    {
        // Writers through both poolers, plain connections (no multi-host, no target_session_attrs): they never learn
        // that the primary changed. Three switchovers: no error, no lost acknowledged commit.
        test::SequenceWriter first(m_lab->poolerConnInfo(u"pooler1"_s), 1000000);
        test::SequenceWriter second(m_lab->poolerConnInfo(u"pooler2"_s), 2000000);
        first.start();
        second.start();
        QThread::msleep(300);
        QStringList held;
        for (int i = 0; i < 3; ++i) {
            const QString target = i % 2 == 0 ? u"node2"_s : u"node1"_s;
            const auto switched = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, target, u"--yes"_s, u"--json"_s});
            QVERIFY2(switched.exitCode == 0, qPrintable(switched.out.left(4000) + switched.err.right(2000)));
            const QJsonObject run = QJsonDocument::fromJson(switched.out.toUtf8()).object();
            const qint64 heldMs = run.value("parameters"_L1).toObject().value("pooler_clients_held_ms"_L1).toInteger(-1);
            QVERIFY2(heldMs > 0 && heldMs < 10000, qPrintable(QString::number(heldMs)));
            held << QString::number(heldMs);
            const QJsonObject resumed = run.value("steps"_L1).toArray().at(LabSwitchover::resumePoolersStep()).toObject();
            QVERIFY2(resumed.value("note"_L1).toString().contains(u"routed to %1"_s.arg(target)), qPrintable(resumed.value("note"_L1).toString()));
            QThread::msleep(300);
        }
        first.stop();
        second.stop();
        qInfo("clients held %s ms; %zu + %zu commits, longest gaps %lld / %lld ms", qPrintable(held.join(u", "_s)), first.committed().size(),
              second.committed().size(), static_cast<long long>(first.longestGapMs()), static_cast<long long>(second.longestGapMs()));
        QCOMPARE(first.failedAttempts(), 0);
        QCOMPARE(second.failedAttempts(), 0);
        QVERIFY(first.committed().size() > 20 && second.committed().size() > 20);
        QCOMPARE(test::lostCommits(*m_lab, u"node2"_s, first.committed()), 0);
        QCOMPARE(test::lostCommits(*m_lab, u"node2"_s, second.committed()), 0);
        const auto read = test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QCOMPARE(read.exitCode, 0);
        for (const QJsonValue &pooler : QJsonDocument::fromJson(read.out.toUtf8()).object().value("poolers"_L1).toArray())
            QCOMPARE(pooler.toObject().value("routes_to"_L1).toString(), u"node2"_s);
    }

    void withoutThePauseThePoolersAreStillRouted()
    {
        test::SequenceWriter writer(m_lab->poolerConnInfo(u"pooler1"_s), 3000000);
        writer.start();
        QThread::msleep(300);
        const auto switched = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, u"node1"_s, u"--yes"_s, u"--json"_s,
                                                   u"--no-pooler-pause"_s});
        QVERIFY2(switched.exitCode == 0, qPrintable(switched.out.left(4000)));
        QThread::msleep(500);
        writer.stop();
        // Between transactions PgBouncer queues a client while no server takes it (server_login_retry 1 s), so a writer
        // of one-statement transactions fails only when one is in flight at the fast shutdown: the pause is what
        // makes that impossible. How often it happens under load is bench_pooler's to measure.
        qInfo("without the pause: %d failed attempts, longest gap %lld ms", writer.failedAttempts(), static_cast<long long>(writer.longestGapMs()));
        QCOMPARE(test::lostCommits(*m_lab, u"node1"_s, writer.committed()), 0);
        QCOMPARE(throughPooler(u"pooler1"_s, u"SELECT pg_is_in_recovery()::text"_s), u"false"_s); // still routed to the new primary
    }

    void aHungPoolerIsRefusedQuickly()
    {
        const pid_t pid = pid_t(m_lab->lab().poolerPid(u"pooler2"_s).value_or(0));
        QVERIFY(pid > 0);
        ::kill(pid, SIGSTOP);
        QElapsedTimer timer;
        timer.start();
        const auto refused = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, u"node2"_s, u"--yes"_s});
        const qint64 took = timer.elapsed();
        const auto read = test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        ::kill(pid, SIGCONT);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"Pooler pooler2 answers"_s), qPrintable(refused.out.left(3000)));
        QVERIFY2(took < 15000, qPrintable(QString::number(took)));
        QCOMPARE(m_lab->lab().runningPrimary().value_or(QString()), u"node1"_s);
        QCOMPARE(read.exitCode, 1);
        QVERIFY2(read.out.contains(u"pooler_unreachable"_s), qPrintable(read.out.left(3000)));
        QCOMPARE(test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir()}).exitCode, 0);
    }

    void aSwitchoverKilledWhileItHoldsTheClientsIsMended()
    {
        QProcess switchover;
        switchover.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s,
                         {u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, u"node2"_s, u"--yes"_s, u"--json"_s});
        QVERIFY(switchover.waitForStarted());
        const LockScope scope = labLockScope(m_lab->manifest().name, m_lab->dir());
        const int stopping = LabSwitchover::pausePoolersStep() + 1; // paused, the old primary stopping
        bool hit = false;
        QElapsedTimer timer;
        timer.start();
        while (!hit && timer.elapsed() < 60000 && switchover.state() != QProcess::NotRunning) {
            const auto journal = readActionJournal(scope);
            hit = journal && journal->stepIndex == stopping && journal->stepStatus == u"running";
            if (!hit)
                QThread::usleep(200);
        }
        if (hit)
            ::kill(pid_t(switchover.processId()), SIGKILL);
        switchover.waitForFinished(30000);
        QVERIFY2(hit, qPrintable(QString::fromUtf8(switchover.readAllStandardError().right(3000))));
        bool held = true;
        for (int i = 0; i < 250 && held; ++i) {
            readActionJournal(scope, &held);
            QThread::msleep(20);
        }
        const auto status = test::runPgversectl({u"status"_s, u"--lab"_s, m_lab->dir()});
        QVERIFY2(status.out.contains(u"pooler_left_paused"_s) && status.out.contains(u"action_interrupted"_s), qPrintable(status.out));
        // The clients first: resume runs beside the interrupted switchover and leaves its journal for recover.
        const auto resumed = test::runPgversectl({u"pooler"_s, u"resume"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY(readActionJournal(scope));
        const auto after = test::runPgversectl({u"status"_s, u"--lab"_s, m_lab->dir()});
        QVERIFY2(!after.out.contains(u"pooler_left_paused"_s) && after.out.contains(u"action_interrupted"_s), qPrintable(after.out));
        const auto recovered = test::runPgversectl({u"recover"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.out.left(4000) + recovered.err.right(1500)));
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        QVERIFY(!primary.isEmpty());
        QCOMPARE(test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir()}).exitCode, 0);
        QCOMPARE(throughPooler(u"pooler1"_s, u"SELECT pg_is_in_recovery()::text"_s), u"false"_s);
    }

    void aFailoverRoutesThePoolersToThePromotedNode()
    {
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        const QString standby = primary == u"node1" ? u"node2"_s : u"node1"_s;
        QVERIFY(waitUntilStandbyStreams(standby));
        QVERIFY(m_lab->crash(primary));
        const auto failover = test::runPgversectl({u"failover"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s, u"--rejoin"_s});
        QVERIFY2(failover.exitCode == 0, qPrintable(failover.out.left(4000) + failover.err.right(1500)));
        const auto read = test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QCOMPARE(read.exitCode, 0);
        for (const QJsonValue &pooler : QJsonDocument::fromJson(read.out.toUtf8()).object().value("poolers"_L1).toArray())
            QCOMPARE(pooler.toObject().value("routes_to"_L1).toString(), standby);
        QCOMPARE(throughPooler(u"pooler2"_s, u"SELECT pg_is_in_recovery()::text"_s), u"false"_s);
    }

private:
    QProcessEnvironment labEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PGSERVICEFILE"_s, m_lab->manifest().serviceFile());
        environment.insert(u"PGPASSFILE"_s, m_lab->manifest().passFile());
        environment.remove(u"PGSERVICE"_s);
        return environment;
    }

    /// What psql prints for \a query through \a pooler's service (empty on an error).
    QString throughPooler(const QString &pooler, const QString &query, const QString &database = u"postgres"_s) const
    {
        QProcess psql;
        psql.setProcessEnvironment(labEnvironment());
        psql.start(u"psql"_s, {u"service=%1 dbname=%2 connect_timeout=5"_s.arg(pooler, database), u"-Atc"_s, query});
        if (!psql.waitForFinished(15000) || psql.exitCode() != 0)
            return {};
        return QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
    }

    QString auditLog() const
    {
        QFile file(m_environment.dataDir() + u"/audit.jsonl"_s);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    bool waitUntilStandbyStreams(const QString &standby) const
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 30000) {
            if (m_lab->sql(standby, u"SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'"_s).value_or(QString()) == u"1")
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_GUILESS_MAIN(TestPooler)
#include "tst_pooler.moc"
