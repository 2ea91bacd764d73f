// SPDX-License-Identifier: GPL-3.0-or-later
// Write unavailability of Patroni switchovers under a reconnecting writer: five through PostgresVerse's Patroni driver,
// five through `patronictl switchover --force`, on the same lab. The driver should be no slower (ratio <= 1.05).
#include "actions/actionrunner.h"
#include "actions/patroniaction.h"
#include "patroni/patronicluster.h"
#include "sequencewriter.h"
#include "testlab.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

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
        QList<qint64> driver;
        QList<qint64> patronictl;
        int lost = 0;
        for (int round = 0; round < 10; ++round) {
            const bool viaDriver = round % 2 == 0;
            // Both tools start from the same settled cluster: every member streams on the leader's timeline.
            QTRY_VERIFY_WITH_TIMEOUT(settled(), 60000);
            const QString from = leader();
            const QString to = from == u"node1" ? u"node2"_s : from == u"node2" ? u"node3"_s : u"node1"_s;
            test::SequenceWriter writer(m_lab->writableConnInfo(), qint64(round + 1) * 1'000'000'000);
            writer.start();
            QTest::qWait(1500);
            if (viaDriver) {
                PatroniRoleChange switchover(PatroniRoleChange::Kind::Switchover, m_profile, m_profile.patroniEndpoint(), to);
                ActionObserver observer;
                const ActionRun run = runAction(switchover, {m_profile.name, false}, nullptr, observer);
                QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(run.outcome.message));
            } else {
                QProcess process;
                process.start(QStandardPaths::findExecutable(u"patronictl"_s),
                              {u"-c"_s, m_lab->manifest().patroniConfig(from), u"switchover"_s, u"--leader"_s, from, u"--candidate"_s, to, u"--force"_s});
                QVERIFY(process.waitForFinished(120000));
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
                QTRY_COMPARE_WITH_TIMEOUT(leader(), to, 60000);
            }
            QTest::qWait(3000); // the writer reconnects by itself, however long the change took to report
            writer.stop();
            const std::vector<qint64> committed = writer.committed();
            QSet<qint64> stored;
            const QString list = m_lab->sql(to, u"SELECT string_agg(n::text, ',') FROM seq WHERE n >= %1"_s.arg(committed.front())).value_or(QString());
            for (const QString &value : list.split(u','))
                stored.insert(value.toLongLong());
            for (qint64 n : committed)
                lost += !stored.contains(n);
            (viaDriver ? driver : patronictl) << writer.longestGapMs();
            qInfo("%s %s -> %s: write gap %lld ms", viaDriver ? "driver    " : "patronictl", qPrintable(from), qPrintable(to),
                  static_cast<long long>(writer.longestGapMs()));
        }
        qInfo("Patroni switchovers, median write gap: driver %lld ms, patronictl %lld ms, ratio %.2f (target <= 1.05); %d acknowledged rows lost",
              static_cast<long long>(median(driver)), static_cast<long long>(median(patronictl)), double(median(driver)) / double(median(patronictl)), lost);
        QCOMPARE(lost, 0);
    }

private:
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
