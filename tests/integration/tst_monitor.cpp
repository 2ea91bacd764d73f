// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor against a real lab: a primary and two streaming standbys on loopback, started by this test.
#include "monitor/clustermonitor.h"
#include "monitor/workspace.h"
#include "profiles/profile.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
constexpr int kSettleMs = 20000;

const TopologyNode *nodeOf(const ClusterMonitor &monitor, const QString &name)
{
    return monitor.snapshot().node(name);
}

bool hasProblem(const ClusterMonitor &monitor, ProblemKind kind, const QString &node)
{
    const QList<Problem> &problems = monitor.snapshot().problems;
    return std::any_of(problems.cbegin(), problems.cend(), [&](const Problem &p) { return p.kind == kind && p.node == node; });
}

QString describe(const ClusterMonitor &monitor)
{
    QStringList lines;
    for (const TopologyNode &node : monitor.snapshot().nodes)
        lines << u"%1 %2 %3 upstream=%4 lag=%5"_s.arg(node.name, roleName(node.role), node.state, node.upstream)
                     .arg(node.replayLagBytes.value_or(-1));
    for (const Problem &problem : monitor.snapshot().problems)
        lines << problemKindName(problem.kind) + u' ' + problem.node;
    return lines.join(u"; "_s);
}

QString describeList(const QList<double> &values)
{
    QStringList texts;
    for (double value : values)
        texts << QString::number(value, 'f', 2);
    return texts.join(u' ');
}
} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE ticks (id bigserial PRIMARY KEY, payload text)"_s));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void init()
    {
        ProbeSettings settings;
        settings.intervalMs = 200;
        settings.queryTimeoutMs = 1000;
        settings.connectTimeoutMs = 2000;
        settings.maxBackoffMs = 1000;
        m_monitor = std::make_unique<ClusterMonitor>(u"lab"_s, m_lab->manifest().toProfile().endpoints(), settings);
        m_monitor->start();
    }
    void cleanup() { m_monitor.reset(); }

    void standbysStreamAndTheirLagConvergesToZero()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot().complete && m_monitor->snapshot().healthy(), kSettleMs);
        QCOMPARE(nodeOf(*m_monitor, u"node1"_s)->role, NodeRole::Primary);
        for (const QString &standby : {u"node2"_s, u"node3"_s}) {
            QCOMPARE(nodeOf(*m_monitor, standby)->role, NodeRole::Standby);
            QCOMPARE(nodeOf(*m_monitor, standby)->upstream, u"node1"_s);
            QCOMPARE(nodeOf(*m_monitor, standby)->state, u"streaming"_s);
        }
        QVERIFY(m_lab->sql(u"node1"_s, u"INSERT INTO ticks (payload) SELECT repeat('x', 200) FROM generate_series(1, 20000)"_s));
        const Lsn written = *Lsn::parse(*m_lab->sql(u"node1"_s, u"SELECT pg_current_wal_lsn()::text"_s));
        // Converged: every standby has replayed what was written, and reports no lag.
        QTRY_VERIFY2_WITH_TIMEOUT(nodeOf(*m_monitor, u"node2"_s)->lsn >= written && nodeOf(*m_monitor, u"node3"_s)->lsn >= written
                                      && nodeOf(*m_monitor, u"node2"_s)->replayLagBytes == 0
                                      && nodeOf(*m_monitor, u"node3"_s)->replayLagBytes == 0,
                                  qPrintable(describe(*m_monitor)), kSettleMs);
    }

    void aStoppedStandbyIsDownAndStreamsAgainAfterARestart()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot().healthy() && m_monitor->snapshot().complete, kSettleMs);
        QString error;
        QVERIFY2(m_lab->lab().stopNode(u"node3"_s, &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(nodeOf(*m_monitor, u"node3"_s)->role == NodeRole::Down, qPrintable(describe(*m_monitor)), kSettleMs);
        QVERIFY(hasProblem(*m_monitor, ProblemKind::NodeDown, u"node3"_s));
        QCOMPARE(nodeOf(*m_monitor, u"node3"_s)->state, u"unreachable"_s);
        QCOMPARE(nodeOf(*m_monitor, u"node3"_s)->upstream, u"node1"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(hasProblem(*m_monitor, ProblemKind::SlotInactive, u"node1"_s), qPrintable(describe(*m_monitor)), kSettleMs);

        QVERIFY2(m_lab->lab().startNode(u"node3"_s, &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(nodeOf(*m_monitor, u"node3"_s)->state == u"streaming" && m_monitor->snapshot().healthy(),
                                  qPrintable(describe(*m_monitor)), kSettleMs);
    }

    void pausedReplayIsReportedUntilResumed()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot().healthy() && m_monitor->snapshot().complete, kSettleMs);
        QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_pause()"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"INSERT INTO ticks (payload) SELECT 'paused' FROM generate_series(1, 5000)"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(hasProblem(*m_monitor, ProblemKind::ReplayPaused, u"node2"_s)
                                      && nodeOf(*m_monitor, u"node2"_s)->replayLagBytes.value_or(0) > 0,
                                  qPrintable(describe(*m_monitor)), kSettleMs);
        QVERIFY(nodeOf(*m_monitor, u"node2"_s)->replayPaused);
        QVERIFY(!hasProblem(*m_monitor, ProblemKind::ReplayPaused, u"node3"_s));
        QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_resume()"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(m_monitor->snapshot().healthy() && nodeOf(*m_monitor, u"node2"_s)->replayLagBytes == 0,
                                  qPrintable(describe(*m_monitor)), kSettleMs);
    }

    void aPausedStandbysLagInSecondsGrowsWithTheClock()
    {
        // One commit the paused standby has not replayed, then nothing: the primary's replay_lag moves only when the
        // standby reports back, every 10 s with no WAL arriving. The lag we show must grow with the clock.
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot().healthy() && m_monitor->snapshot().complete, kSettleMs);
        QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_pause()"_s));
        auto resume = qScopeGuard([this] { m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_resume()"_s); });
        QVERIFY(m_lab->sql(u"node1"_s, u"INSERT INTO ticks (payload) VALUES ('while paused')"_s));
        QElapsedTimer waiting;
        waiting.start();
        QList<double> lags;
        while (waiting.elapsed() < 5000) {
            QTest::qWait(250);
            lags << nodeOf(*m_monitor, u"node2"_s)->replayLagSeconds.value_or(-1);
        }
        QVERIFY2(lags.last() >= 3.5 && lags.last() <= 5.5, qPrintable(describe(*m_monitor)));
        double largestStep = 0;
        for (qsizetype i = 1; i < lags.size(); ++i) {
            QVERIFY2(lags[i] >= lags[i - 1] - 0.05, qPrintable(u"the lag went back: %1"_s.arg(describeList(lags))));
            largestStep = std::max(largestStep, lags[i] - lags[i - 1]);
        }
        QVERIFY2(largestStep < 1.0, qPrintable(u"the lag moved in steps: %1"_s.arg(describeList(lags))));
        QCOMPARE_LT(nodeOf(*m_monitor, u"node3"_s)->replayLagSeconds.value_or(-1), 1.0);
        resume.dismiss();
        QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_resume()"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(m_monitor->snapshot().healthy() && nodeOf(*m_monitor, u"node2"_s)->replayLagBytes == 0
                                      && nodeOf(*m_monitor, u"node2"_s)->replayLagSeconds.value_or(-1) < 1.0,
                                  qPrintable(describe(*m_monitor)), kSettleMs);
    }

    void aFrozenNodeTimesOutWhileTheOthersKeepUpdating()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot().healthy() && m_monitor->snapshot().complete, kSettleMs);
        QVERIFY(m_lab->freeze(u"node2"_s));
        auto thaw = qScopeGuard([this] { m_lab->thaw(u"node2"_s); });
        QTRY_VERIFY2_WITH_TIMEOUT(nodeOf(*m_monitor, u"node2"_s)->state == u"timeout", qPrintable(describe(*m_monitor)), kSettleMs);
        QVERIFY(hasProblem(*m_monitor, ProblemKind::NodeDown, u"node2"_s));

        // While node2 is frozen, node1 and node3 are still probed: count their fresh probes over two seconds.
        QSignalSpy probes(m_monitor.get(), &ClusterMonitor::nodeProbed);
        QTest::qWait(2000);
        int others = 0;
        for (const QList<QVariant> &arguments : std::as_const(probes)) {
            const auto probe = arguments.first().value<NodeProbe>();
            others += probe.reachable && probe.node != u"node2";
        }
        QVERIFY2(others >= 10, qPrintable(u"only %1 probes of the other nodes in 2 s"_s.arg(others)));
        QVERIFY(nodeOf(*m_monitor, u"node1"_s)->isUp());
        QVERIFY(nodeOf(*m_monitor, u"node3"_s)->isUp());

        thaw.dismiss();
        QVERIFY(m_lab->thaw(u"node2"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(nodeOf(*m_monitor, u"node2"_s)->state == u"streaming" && m_monitor->snapshot().healthy(),
                                  qPrintable(describe(*m_monitor)), kSettleMs);
    }

    void eachPollRoundIsOneSnapshot()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot().healthy() && m_monitor->snapshot().complete, kSettleMs);
        QSignalSpy probes(m_monitor.get(), &ClusterMonitor::nodeProbed);
        QSignalSpy snapshots(m_monitor.get(), &ClusterMonitor::topologyChanged);
        QTest::qWait(2000);
        // Three nodes polled every 200 ms: about ten rounds of three probes, and one assembly per round (not three).
        const qsizetype rounds = probes.size() / 3;
        QVERIFY2(rounds >= 6, qPrintable(u"%1 probes in 2 s"_s.arg(probes.size())));
        QVERIFY2(snapshots.size() >= rounds - 2 && snapshots.size() <= rounds + 2,
                 qPrintable(u"%1 snapshots for %2 probes"_s.arg(snapshots.size()).arg(probes.size())));
        // Each snapshot carries the round's probes of every node.
        const auto last = snapshots.last().first().value<SnapshotPtr>();
        QVERIFY(last);
        for (const QString &name : {u"node1"_s, u"node2"_s, u"node3"_s})
            QVERIFY(last->node(name) && last->node(name)->isUp());
    }

    void aFrozenNodeDoesNotHoldBackTheOthersSnapshot()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot().healthy() && m_monitor->snapshot().complete, kSettleMs);
        QVERIFY(m_lab->freeze(u"node2"_s));
        auto thaw = qScopeGuard([this] { m_lab->thaw(u"node2"_s); });
        // From a probe of node1 to the snapshot that carries it: the round's window (50 ms at this interval), not
        // node2's query timeout (1 s), whatever node2 does meanwhile.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> probedAt;
        QList<qint64> waits;
        connect(m_monitor.get(), &ClusterMonitor::nodeProbed, this, [&](const NodeProbe &probe) {
            if (probe.node == u"node1")
                probedAt << clock.elapsed();
        });
        connect(m_monitor.get(), &ClusterMonitor::topologyChanged, this, [&] {
            for (qint64 at : std::as_const(probedAt))
                waits << clock.elapsed() - at;
            probedAt.clear();
        });
        QTest::qWait(2500);
        QVERIFY2(waits.size() >= 6, qPrintable(u"%1 probes of node1 reached a snapshot in 2.5 s"_s.arg(waits.size())));
        const qint64 longest = *std::max_element(waits.cbegin(), waits.cend());
        QVERIFY2(longest < 500, qPrintable(u"a probe of node1 waited %1 ms for its snapshot"_s.arg(longest)));
        thaw.dismiss();
        QVERIFY(m_lab->thaw(u"node2"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(nodeOf(*m_monitor, u"node2"_s)->state == u"streaming" && m_monitor->snapshot().healthy(),
                                  qPrintable(describe(*m_monitor)), kSettleMs);
    }

    void stoppingTheMonitorIsPromptEvenWithAFrozenNode()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->snapshot().complete, kSettleMs);
        QVERIFY(m_lab->freeze(u"node3"_s));
        auto thaw = qScopeGuard([this] { m_lab->thaw(u"node3"_s); });
        QTest::qWait(300); // a probe of node3 is now waiting for an answer that will not come
        QElapsedTimer timer;
        timer.start();
        m_monitor->stop();
        QVERIFY2(timer.elapsed() < 500, qPrintable(u"stop() took %1 ms"_s.arg(timer.elapsed())));
    }

    void aWorkspaceMonitorsEachClusterOnce()
    {
        Profile orders = m_lab->manifest().toProfile();
        orders.name = u"orders"_s;
        orders.pollIntervalMs = 200;
        Profile reporting = orders;
        reporting.name = u"reporting"_s;
        Workspace workspace;
        QSignalSpy watchedSnapshots(&workspace, &Workspace::watchedTopologyChanged);
        workspace.open(orders);
        QVERIFY(!workspace.watch(orders)); // the current cluster is not watched beside itself
        QVERIFY(workspace.watch(reporting));
        QVERIFY(!workspace.watch(reporting)); // nor twice
        ClusterSession *beside = workspace.session(u"reporting"_s);
        QVERIFY(beside && beside != workspace.current());
        QCOMPARE(workspace.session(u"orders"_s), workspace.current());
        QTRY_VERIFY_WITH_TIMEOUT(workspace.current()->snapshot().complete && workspace.current()->snapshot().healthy()
                                     && beside->snapshot().complete && beside->snapshot().healthy(),
                                 kSettleMs);
        // Only the watched cluster's rounds arrive as watched snapshots, each shared, none empty.
        QVERIFY(!watchedSnapshots.isEmpty());
        for (const QList<QVariant> &emitted : std::as_const(watchedSnapshots))
            QCOMPARE(emitted.first().value<SnapshotPtr>()->cluster, u"reporting"_s);
        QCOMPARE(watchedSnapshots.last().first().value<SnapshotPtr>().get(), beside->sharedSnapshot().get());

        // Opening the watched cluster makes it the current one and stops watching it: one monitor per cluster.
        QSignalSpy unwatched(&workspace, &Workspace::unwatched);
        workspace.open(reporting);
        QCOMPARE(unwatched.size(), 1);
        QVERIFY(workspace.watched().isEmpty());
        QCOMPARE(workspace.current()->profile().name, u"reporting"_s);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.current()->snapshot().complete, kSettleMs);
        workspace.closeAll();
        QVERIFY(!workspace.current()->isOpen());
        QCOMPARE(workspace.current()->sharedSnapshot().get(), emptySnapshot().get());
    }

    void aPgMonitorRoleSeesTheSameTopology()
    {
        m_monitor.reset();
        Profile profile = m_lab->manifest().toProfile();
        for (ProfileNode &node : profile.nodes) {
            const LabNode *labNode = m_lab->manifest().node(node.name);
            node.conninfo = m_lab->manifest().conninfo(*labNode, m_lab->manifest().monitorUser);
        }
        QCOMPARE(m_lab->sql(u"node1"_s, u"SELECT rolsuper::text FROM pg_roles WHERE rolname = 'pgverse_monitor'"_s), u"false"_s);
        ClusterMonitor monitor(u"lab"_s, profile.endpoints(), profile.probeSettings());
        monitor.start();
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.snapshot().complete && monitor.snapshot().healthy(), qPrintable(describe(monitor)), kSettleMs);
        QCOMPARE(monitor.snapshot().node(u"node2")->upstream, u"node1"_s);
        QCOMPARE(monitor.snapshot().node(u"node2")->syncState, u"async"_s);
        QVERIFY(monitor.snapshot().node(u"node2")->replayLagBytes.has_value());
        const QList<NodeProbe> probes = monitor.latestProbes();
        for (const NodeProbe &probe : probes) {
            QVERIFY2(probe.reachable, qPrintable(probe.error));
            QVERIFY(!probe.systemIdentifier.isEmpty());
            if (probe.node == u"node1") {
                QCOMPARE(probe.replicationSlots.size(), 2);
                QCOMPARE(probe.replication.size(), 2);
                QVERIFY(probe.replication.first().replayLsn.has_value()); // pg_read_all_stats, through pg_monitor
            } else {
                QVERIFY(probe.walReceiver.has_value());
                QCOMPARE(probe.configuredUpstreamPort, m_lab->manifest().nodes.first().port);
            }
        }
    }

    void serviceEntriesAndPasswordFilesWorkAsInPsql()
    {
        m_monitor.reset();
        // service=nodeN from the lab's pg_service.conf, the password from the file PGPASSFILE names: libpq's own rules.
        qputenv("PGSERVICEFILE", m_lab->manifest().serviceFile().toLocal8Bit());
        qputenv("PGPASSFILE", m_lab->manifest().passFile().toLocal8Bit());
        auto restore = qScopeGuard([] {
            qunsetenv("PGSERVICEFILE");
            qunsetenv("PGPASSFILE");
        });
        const LabNode &primary = m_lab->manifest().nodes.first();
        const Profile profile = profileFromNodeArguments(
            {u"node1@host=127.0.0.1 port=%1 user=postgres dbname=postgres"_s.arg(primary.port), u"node2@service=node2"_s,
             u"node3@service=node3"_s});
        QVERIFY(profile.validate().isEmpty());
        ClusterMonitor monitor(u"lab"_s, profile.endpoints(), profile.probeSettings());
        monitor.start();
        QTRY_VERIFY2_WITH_TIMEOUT(monitor.snapshot().complete && monitor.snapshot().healthy(), qPrintable(describe(monitor)), kSettleMs);
        QCOMPARE(monitor.snapshot().node(u"node3")->upstream, u"node1"_s);
        QCOMPARE(monitor.snapshot().node(u"node3")->port, m_lab->manifest().nodes.at(2).port); // resolved through the service
    }

    void eachPollIsOneRoundTripOnTheServer()
    {
        m_monitor.reset();
        const QString log = m_lab->manifest().logFile(u"node1"_s);
        QVERIFY(m_lab->sql(u"node1"_s, u"ALTER SYSTEM SET log_statement = 'all'"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"SELECT pg_reload_conf()"_s));
        auto restore = qScopeGuard([this] {
            m_lab->sql(u"node1"_s, u"ALTER SYSTEM RESET log_statement"_s);
            m_lab->sql(u"node1"_s, u"SELECT pg_reload_conf()"_s);
        });
        QTest::qWait(300);
        const qint64 logStart = QFileInfo(log).size();

        ProbeSettings settings;
        settings.intervalMs = 100;
        ClusterMonitor monitor(u"lab"_s, m_lab->manifest().toProfile().endpoints(), settings);
        int node1Probes = 0;
        connect(&monitor, &ClusterMonitor::nodeProbed, this, [&](const NodeProbe &probe) {
            if (probe.node == u"node1") {
                ++node1Probes;
                QCOMPARE(probe.roundTrips, 1);
            }
        });
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(node1Probes >= 20, kSettleMs);
        monitor.stop();
        QTest::qWait(300);

        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        file.seek(logStart);
        int statements = 0;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            // A simple query logs "statement: …", a prepared one "execute <name>: …".
            if (line.contains("pgverse-monitor@") && (line.contains("statement:") || line.contains(" execute ")))
                ++statements;
        }
        QCOMPARE(statements, node1Probes); // the probe and nothing else, once per poll
    }

private:
    std::unique_ptr<test::TestLab> m_lab;
    std::unique_ptr<ClusterMonitor> m_monitor;
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
