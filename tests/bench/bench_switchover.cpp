// SPDX-License-Identifier: GPL-3.0-or-later
// Write unavailability and lost rows over five planned lab switchovers under a reconnecting writer.
// Unavailability: the longest time between two acknowledged commits of the writer.
#include "actions/actionrunner.h"
#include "actions/labswitchover.h"
#include "sequencewriter.h"
#include "testlab.h"

#include <QFile>
#include <QSet>
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
    }
    void cleanupTestCase() { m_lab.reset(); }

    void fiveSwitchovers()
    {
        const QStringList order{u"node2"_s, u"node3"_s, u"node1"_s, u"node2"_s, u"node1"_s};
        QList<qint64> gaps;
        int totalLost = 0;
        qint64 totalCommits = 0;
        for (int round = 0; round < order.size(); ++round) {
            test::SequenceWriter writer(m_lab->writableConnInfo(), qint64(round + 1) * 1'000'000'000);
            writer.start();
            QTest::qWait(1000);
            LabSwitchover switchover(m_lab->lab(), order[round]);
            ActionObserver observer;
            const ActionRun run = runAction(switchover, {m_lab->manifest().name, false}, nullptr, observer);
            QTest::qWait(1000);
            writer.stop();
            QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(run.outcome.message));
            const std::vector<qint64> committed = writer.committed();
            QSet<qint64> stored;
            const QString list = m_lab->sql(order[round], u"SELECT string_agg(n::text, ',') FROM seq WHERE n >= %1"_s.arg(committed.front())).value_or(QString());
            for (const QString &value : list.split(u','))
                stored.insert(value.toLongLong());
            int lost = 0;
            for (qint64 n : committed)
                lost += !stored.contains(n);
            totalLost += lost;
            totalCommits += qint64(committed.size());
            gaps << writer.longestGapMs();
            QStringList steps;
            for (int i = 0; i < 4 && i < run.steps.size(); ++i)
                steps << QString::number(run.steps[i].milliseconds);
            qInfo("switchover %d to %s: write gap %lld ms, %zu commits, %d lost (checkpoint/stop/replay/promote ms: %s)", round + 1,
                  qPrintable(order[round]), static_cast<long long>(writer.longestGapMs()), committed.size(), lost, qPrintable(steps.join(u'/')));
            // A promotion once took 5 s in CI, unexplained: when one is slow, the candidate's own account is printed.
            if (run.steps.size() > 3 && run.steps[3].milliseconds > 2000)
                printLogTail(order[round], 30);
        }
        QList<qint64> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        qInfo("lab driver, 5 switchovers: median write gap %lld ms (min %lld, max %lld), %lld commits, %d lost (targets: median < 1000 ms, 0 lost)",
              static_cast<long long>(sorted[2]), static_cast<long long>(sorted.first()), static_cast<long long>(sorted.last()),
              static_cast<long long>(totalCommits), totalLost);
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
