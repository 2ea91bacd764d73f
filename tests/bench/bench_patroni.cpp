// SPDX-License-Identifier: GPL-3.0-or-later
// Write unavailability of Patroni switchovers under a reconnecting writer: through PostgresVerse's Patroni driver and
// through `patronictl switchover --force`, in pairs on the same lab (4 in CI, PGV_BENCH_PATRONI_PAIRS for more). The driver should be no slower (ratio <= 1.05).
#include "actions/actionrunner.h"
#include "actions/patroniaction.h"
#include "patroni/patronicluster.h"
#include "sequencewriter.h"
#include "testlab.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}
} // namespace

class BenchPatroni : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2, true);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        m_profile = m_lab->manifest().toProfile();
        QVERIFY(m_lab->sql(leader(), u"CREATE TABLE seq (n bigint PRIMARY KEY)"_s));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void driverAgainstPatronictl()
    {
        // Pairs run back to back, alternating which tool goes first; the figure is the median of the paired ratios.
        QList<qint64> driver;
        QList<qint64> patronictl;
        QList<double> ratios;
        int lost = 0;
        const int Pairs = pairs();
        for (int pair = 0; pair < Pairs; ++pair) {
            qint64 gaps[2] = {0, 0};
            for (const bool viaDriver : {pair % 2 == 0, pair % 2 != 0}) {
                const std::optional<qint64> gap = switchOver(viaDriver, pair, lost);
                QVERIFY(gap);
                gaps[viaDriver ? 0 : 1] = *gap;
                (viaDriver ? driver : patronictl) << *gap;
            }
            ratios << double(gaps[0]) / double(gaps[1]);
        }
        std::sort(ratios.begin(), ratios.end());
        qInfo("Patroni switchovers, median write gap: driver %lld ms, patronictl %lld ms; ratio %.2f (median of %d paired ratios, "
              "middle half %.2f–%.2f; target <= 1.05); %d acknowledged rows lost",
              static_cast<long long>(median(driver)), static_cast<long long>(median(patronictl)),
              (ratios[Pairs / 2 - 1] + ratios[Pairs / 2]) / 2, Pairs, ratios[Pairs / 4], ratios[Pairs - 1 - Pairs / 4], lost);
        QCOMPARE(lost, 0);
    }

private:
    /// 4 pairs in CI (the full run's time budget), PGV_BENCH_PATRONI_PAIRS (even) for the notes.
    static int pairs()
    {
        const int asked = qEnvironmentVariableIntValue("PGV_BENCH_PATRONI_PAIRS");
        return asked >= 2 ? asked + asked % 2 : 4;
    }

    /// One switchover from the current leader to the next member under a writer; its longest write gap.
    std::optional<qint64> switchOver(bool viaDriver, int pair, int &lost)
    {
        // Both tools start from the same settled cluster: every member streams on the leader's timeline.
        if (!QTest::qWaitFor([&] { return settled(); }, 60000)) {
            qWarning("the cluster did not settle");
            return std::nullopt;
        }
        const QString from = leader();
        const QString to = from == u"node1" ? u"node2"_s : from == u"node2" ? u"node3"_s : u"node1"_s;
        test::SequenceWriter writer(m_lab->writableConnInfo(), qint64(2 * pair + (viaDriver ? 1 : 2)) * 1'000'000'000);
        writer.start();
        QTest::qWait(1500);
        if (viaDriver) {
            PatroniRoleChange switchover(PatroniRoleChange::Kind::Switchover, m_profile, m_profile.patroniEndpoint(), to);
            ActionObserver observer;
            const ActionRun run = runAction(switchover, {m_profile.name, false}, nullptr, observer);
            if (run.outcome.result != ActionOutcome::Result::Succeeded) {
                qWarning("driver: %s", qPrintable(run.outcome.message));
                return std::nullopt;
            }
        } else {
            QProcess process;
            process.start(QStandardPaths::findExecutable(u"patronictl"_s),
                          {u"-c"_s, m_lab->manifest().patroniConfig(from), u"switchover"_s, u"--leader"_s, from, u"--candidate"_s, to, u"--force"_s});
            if (!process.waitForFinished(120000) || process.exitCode() != 0) {
                qWarning("patronictl: %s", process.readAllStandardError().constData());
                return std::nullopt;
            }
            if (!QTest::qWaitFor([&] { return leader() == to; }, 60000))
                return std::nullopt;
        }
        // The writer reconnects by itself, however long the change took to report: wait until it commits again
        // steadily on the new leader, and a second longer for a late stall.
        const std::size_t before = writer.committed().size();
        if (!QTest::qWaitFor([&] { return writer.committed().size() > before + 100; }, 60000))
            return std::nullopt;
        QTest::qWait(1000);
        writer.stop();
        const std::vector<qint64> committed = writer.committed();
        QSet<qint64> stored;
        const QString list = m_lab->sql(to, u"SELECT string_agg(n::text, ',') FROM seq WHERE n >= %1"_s.arg(committed.front())).value_or(QString());
        for (const QString &value : list.split(u','))
            stored.insert(value.toLongLong());
        for (qint64 n : committed)
            lost += !stored.contains(n);
        qInfo("%s %s -> %s: write gap %lld ms", viaDriver ? "driver    " : "patronictl", qPrintable(from), qPrintable(to),
              static_cast<long long>(writer.longestGapMs()));
        return writer.longestGapMs();
    }

    bool settled() const
    {
        const auto cluster = PatroniCluster::fromJson(PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s).json().object());
        if (!cluster || !cluster->leader() || cluster->members.size() != 3)
            return false;
        return std::all_of(cluster->members.cbegin(), cluster->members.cend(), [&](const PatroniMember &member) {
            return member.isLeader() || ((member.state == u"streaming" || member.state == u"running") && member.timeline == cluster->leader()->timeline);
        });
    }
    QString leader() const
    {
        const auto cluster = PatroniCluster::fromJson(PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s).json().object());
        return cluster && cluster->leader() ? cluster->leader()->name : QString();
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    Profile m_profile;
};

QTEST_GUILESS_MAIN(BenchPatroni)
#include "bench_patroni.moc"
