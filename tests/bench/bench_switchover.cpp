// SPDX-License-Identifier: GPL-3.0-or-later
// Write unavailability and lost rows over twenty planned lab switchovers under a reconnecting writer, with the WAL
// archived to pgBackRest as after a first backup (archive-push on every segment, the setting that made promotions
// stall for 5 s). Unavailability: the longest time between two acknowledged commits of the writer.
// Reports p50, p95 and max of the write gap and of the promote step.
#include "actions/actionrunner.h"
#include "actions/labswitchover.h"
#include "backup/pgbackrest.h"
#include "sequencewriter.h"
#include "testlab.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

class BenchSwitchover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE seq (n bigint PRIMARY KEY)"_s));
        const PgBackRest pgbackrest(m_lab->lab());
        QString error;
        QVERIFY2(pgbackrest.writeConfig(u"node1"_s, &error) && pgbackrest.enableArchiving(&error), qPrintable(error));
        const CommandResult stanza = pgbackrest.run({u"stanza-create"_s}, 120000);
        QVERIFY2(stanza.ok(), qPrintable(stanza.failureSummary(u"pgbackrest stanza-create"_s)));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void twentySwitchoversWithArchiving()
    {
        QStringList order;
        for (int round = 0; round < 20; ++round)
            order << QStringList{u"node2"_s, u"node3"_s, u"node1"_s}[round % 3];
        QList<qint64> gaps;
        QList<qint64> promotions;
        int totalLost = 0;
        qint64 totalCommits = 0;
        for (int round = 0; round < order.size(); ++round) {
            test::SequenceWriter writer(m_lab->writableConnInfo(), qint64(round + 1) * 1'000'000'000);
            writer.start();
            QTest::qWait(700);
            LabSwitchover switchover(m_lab->lab(), order[round]);
            ActionObserver observer;
            const ActionRun run = runAction(switchover, {m_lab->manifest().name, false}, nullptr, observer);
            QTest::qWait(500);
            writer.stop();
            QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(run.outcome.message));
            const std::vector<qint64> committed = writer.committed();
            const int lost = test::lostCommits(*m_lab, order[round], committed);
            totalLost += lost;
            totalCommits += qint64(committed.size());
            gaps << writer.longestGapMs();
            if (run.steps.size() > 3)
                promotions << run.steps[3].milliseconds;
            QStringList steps;
            for (int i = 0; i < 4 && i < run.steps.size(); ++i)
                steps << QString::number(run.steps[i].milliseconds);
            qInfo("switchover %d to %s: write gap %lld ms, %zu commits, %d lost (checkpoint/stop/replay/promote ms: %s)", round + 1,
                  qPrintable(order[round]), static_cast<long long>(writer.longestGapMs()), committed.size(), lost, qPrintable(steps.join(u'/')));
            // A promotion that takes long shows the candidate's own account of it.
            if (run.steps.size() > 3 && run.steps[3].milliseconds > 2000)
                printLogTail(order[round], 30);
        }
        const auto tail = [](QList<qint64> values) {
            std::sort(values.begin(), values.end());
            const auto at = [&](double q) { return values.isEmpty() ? 0ll : static_cast<long long>(values[qsizetype(q * double(values.size() - 1) + 0.5)]); };
            return u"p50 %1, p95 %2, max %3"_s.arg(at(0.5)).arg(at(0.95)).arg(values.isEmpty() ? 0ll : static_cast<long long>(values.last()));
        };
        qInfo("lab driver, %lld switchovers with pgBackRest archiving: write gap ms %s; promote step ms %s; %lld commits, %d lost "
              "(targets: write gap p95 < 1000 ms, 0 lost)",
              static_cast<long long>(gaps.size()), qPrintable(tail(gaps)), qPrintable(tail(promotions)), static_cast<long long>(totalCommits), totalLost);
        QCOMPARE(totalLost, 0);
    }

private:
    void printLogTail(const QString &node, int lines) const
    {
        QFile log(m_lab->manifest().logFile(node));
        if (!log.open(QIODevice::ReadOnly))
            return;
        const QList<QByteArray> all = log.readAll().split('\n');
        for (qsizetype i = std::max<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
            qInfo("  %s log: %s", qPrintable(node), all[i].constData());
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_GUILESS_MAIN(BenchSwitchover)
#include "bench_switchover.moc"
