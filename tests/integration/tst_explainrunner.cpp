// SPDX-License-Identifier: GPL-3.0-or-later
// The explain runner on a real lab: ANALYZE of a write is rolled back, Cancel stops the server's statement,
// statement_timeout applies, a standby refuses writes with advice, the history keeps runs, and the
// pg_stat_statements panel's query lists what ran.
#include "explain/explainhistory.h"
#include "explain/explainrunner.h"
#include "explain/statstatements.h"
#include "plan/planparser.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestExplainRunner : public QObject
{
    Q_OBJECT
private:
    ExplainRequest request(const QString &node, const QString &sql) const
    {
        ExplainRequest request;
        request.profile = u"lab"_s;
        request.node = node;
        request.connInfo = *ConnInfo::parse(m_lab->conninfo(node), nullptr);
        request.sql = sql;
        return request;
    }

    ExplainOutcome runAsync(const ExplainRequest &request, int cancelAfterMs = -1)
    {
        ExplainRunner runner;
        QSignalSpy finished(&runner, &ExplainRunner::finished);
        if (!runner.start(request))
            qFatal("the runner refused to start");
        if (cancelAfterMs >= 0) {
            QTest::qWait(cancelAfterMs);
            runner.cancel();
        }
        if (!finished.wait(60000))
            qFatal("no outcome within 60 s");
        return finished.first().first().value<ExplainOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL);"
                                       "INSERT INTO accounts SELECT g, 100 FROM generate_series(1, 1000) g; ANALYZE accounts"_s));
    }

    void analyzeOfAWriteIsRolledBack()
    {
        const ExplainOutcome outcome = runAsync(request(u"node1"_s, u"UPDATE accounts SET balance = 0 WHERE id <= 10;"_s));
        QVERIFY2(outcome.status == ExplainOutcome::Status::Ok, qPrintable(outcome.error));
        QVERIFY(outcome.modifiesData);
        QVERIFY(outcome.rolledBack);
        QVERIFY(outcome.plan && outcome.analysis);
        QCOMPARE(outcome.plan->root().type, u"ModifyTable"_s);
        QCOMPARE(outcome.plan->root().operation, u"Update"_s);
        QVERIFY(outcome.plan->executionMs.has_value());
        QVERIFY(outcome.server.endsWith(u':' + QString::number(m_lab->manifest().nodes.first().port)));
        QCOMPARE(m_lab->sql(u"node1"_s, u"SELECT count(*) FROM accounts WHERE balance = 0"_s), u"0"_s);
    }

    void cancelStopsTheServerStatement()
    {
        QElapsedTimer timer;
        timer.start();
        const ExplainOutcome outcome = runAsync(request(u"node1"_s, u"SELECT pg_sleep(30)"_s), 700);
        QCOMPARE(explainStatusName(outcome.status), u"cancelled"_s);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        // The backend is free again: no pg_sleep left running on the server.
        QCOMPARE(m_lab->sql(u"node1"_s, u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(30)%' "
                                        "AND pid <> pg_backend_pid()"_s),
                 u"0"_s);
    }

    void statementTimeoutStopsLongStatements()
    {
        ExplainRequest slow = request(u"node1"_s, u"SELECT pg_sleep(10)"_s);
        slow.statementTimeoutMs = 300;
        const ExplainOutcome outcome = runAsync(slow);
        QCOMPARE(explainStatusName(outcome.status), u"timed_out"_s);
        QVERIFY2(outcome.error.contains(u"statement_timeout"_s), qPrintable(outcome.error));
    }

    void standbyRefusesWritesWithAdvice()
    {
        const ExplainOutcome outcome = runAsync(request(u"node2"_s, u"DELETE FROM accounts"_s));
        QCOMPARE(explainStatusName(outcome.status), u"failed"_s);
        QVERIFY2(outcome.error.contains(u"run statements that write on the primary"_s), qPrintable(outcome.error));
        // Reads on the standby work and report where they ran.
        const ExplainOutcome read = runAsync(request(u"node2"_s, u"SELECT sum(balance) FROM accounts"_s));
        QVERIFY2(read.status == ExplainOutcome::Status::Ok, qPrintable(read.error));
        QVERIFY(read.server.endsWith(u':' + QString::number(m_lab->manifest().nodes.at(1).port)));
    }

    void readOnlyProfilesNeverWrite()
    {
        ExplainRequest write = request(u"node1"_s, u"INSERT INTO accounts VALUES (5000, 1)"_s);
        write.allowWrites = false;
        const ExplainOutcome refused = runExplain(write, nullptr);
        QVERIFY2(refused.error.contains(u"read-only"_s), qPrintable(refused.error));
        QVERIFY(refused.server.isEmpty()); // refused before connecting
        // Without ANALYZE the plan is shown; a function that writes is stopped by the READ ONLY transaction.
        write.options.analyze = false;
        write.options.buffers = false;
        const ExplainOutcome planOnly = runExplain(write, nullptr);
        QVERIFY2(planOnly.status == ExplainOutcome::Status::Ok, qPrintable(planOnly.error));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE FUNCTION sneaky() RETURNS int LANGUAGE sql AS "
                                       "'INSERT INTO accounts VALUES (6000, 1) RETURNING 1'"_s));
        ExplainRequest sneaky = request(u"node1"_s, u"SELECT sneaky()"_s);
        sneaky.allowWrites = false;
        const ExplainOutcome stopped = runExplain(sneaky, nullptr);
        QCOMPARE(explainStatusName(stopped.status), u"failed"_s);
        QVERIFY2(stopped.error.contains(u"read-only transaction"_s), qPrintable(stopped.error));
        QCOMPARE(m_lab->sql(u"node1"_s, u"SELECT count(*) FROM accounts WHERE id >= 5000"_s), u"0"_s);
    }

    void badInputFailsBeforeConnecting()
    {
        ExplainRequest bad = request(u"node1"_s, u"SELECT * FROM accounts WHERE id = $1"_s);
        ExplainCancellation unused;
        const ExplainOutcome outcome = runExplain(bad, &unused);
        QVERIFY(outcome.error.contains(u"$1"_s));
        QVERIFY(outcome.server.isEmpty());
        ExplainRequest wrongPort = request(u"node1"_s, u"SELECT 1"_s);
        wrongPort.connInfo.set(u"port"_s, u"1"_s);
        const ExplainOutcome unreachable = runExplain(wrongPort, nullptr);
        QVERIFY2(unreachable.error.contains(u"Could not connect"_s), qPrintable(unreachable.error));
        const ExplainOutcome syntax = runExplain(request(u"node1"_s, u"SELECT FROM WHERE"_s), nullptr);
        QCOMPARE(explainStatusName(syntax.status), u"failed"_s);
        QVERIFY2(syntax.error.contains(u"syntax error"_s), qPrintable(syntax.error));
    }

    void historyKeepsRunsNewestFirst()
    {
        test::IsolatedEnvironment isolated;
        ExplainHistory history;
        const ExplainOutcome first = runExplain(request(u"node1"_s, u"SELECT count(*) FROM accounts"_s), nullptr);
        ExplainRequest second = request(u"node1"_s, u"SELECT 1"_s);
        second.password = u"not-in-history"_s;
        const ExplainOutcome failed = runExplain(second, nullptr);
        QVERIFY(history.append(ExplainHistoryEntry::fromOutcome(first)));
        QVERIFY(history.append(ExplainHistoryEntry::fromOutcome(failed)));
        const QList<ExplainHistoryEntry> entries = history.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].sql, first.sql);
        QCOMPARE(entries[1].status, u"ok"_s);
        QVERIFY(entries[1].executionMs.has_value());
        QVERIFY(parsePlan(entries[1].planJson).has_value());
        QFile file(history.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("not-in-history"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    }

    void statementStatsListWhatRan()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(m_lab->sql(u"node1"_s, u"SELECT count(*) FROM accounts WHERE balance > %1"_s.arg(i)));
        NodeEndpoint endpoint{u"node1"_s, *ConnInfo::parse(m_lab->conninfo(u"node1"_s), nullptr), {}};
        const StatementStatsResult result = fetchStatementStats(endpoint, StatementOrder::Calls, 50);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        const auto it = std::find_if(result.statements.cbegin(), result.statements.cend(), [](const StatementStats &s) {
            return s.query.contains(u"FROM accounts WHERE balance > $1"_s);
        });
        QVERIFY(it != result.statements.cend());
        QVERIFY(it->calls >= 5);
        for (qsizetype i = 1; i < result.statements.size(); ++i)
            QVERIFY(result.statements[i - 1].calls >= result.statements[i].calls);
        // The normalized statement goes to the editor; the runner insists on values for its parameters.
        QVERIFY(explainProblem({}, inspectSql(it->query)).contains(u"$1"_s));

        QVERIFY(m_lab->sql(u"node1"_s, u"DROP EXTENSION pg_stat_statements"_s));
        const StatementStatsResult missing = fetchStatementStats(endpoint, StatementOrder::TotalTime, 10);
        QVERIFY2(missing.error.contains(u"CREATE EXTENSION pg_stat_statements"_s), qPrintable(missing.error));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE EXTENSION pg_stat_statements"_s));
    }

private:
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_GUILESS_MAIN(TestExplainRunner)
#include "tst_explainrunner.moc"
