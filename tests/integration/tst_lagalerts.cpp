// SPDX-License-Identifier: GPL-3.0-or-later
// Lag and alerts on a real lab: replay paused on one standby while the primary writes, then resumed;
// a standby stopped; and the CLI's lag and alerts commands on the same situations.
#include "lag/lagrecorder.h"
#include "monitor/clustermonitor.h"
#include "pg/pgsession.h"
#include "testlab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
constexpr int kSettleMs = 20000;

bool firing(const LagRecorder &recorder, AlertRuleKind rule, const QString &subject)
{
    const QList<Alert> alerts = recorder.alerts().firing();
    return std::any_of(alerts.cbegin(), alerts.cend(), [&](const Alert &a) { return a.rule.kind == rule && a.subject == subject; });
}

std::optional<Sample> newest(LagRecorder &recorder, const QString &standby)
{
    const SampleRing *ring = recorder.history()->series({standby, LagMetric::ReplayBytes});
    return ring ? ring->last() : std::nullopt;
}

QJsonObject json(const test::CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}
} // namespace

class TestLagAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE filler (id bigserial, payload text)"_s));
        // Rules a test can watch fire within seconds.
        QVERIFY(AlertRuleStore().save(u"lab"_s, {{AlertRuleKind::ReplayLagBytes, true, 256 * 1024, 1},
                                               {AlertRuleKind::ReplayPaused, true, 0, 0},
                                               {AlertRuleKind::NodeDown, true, 0, 1}}));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void pausedReplayGrowsItsLagFiresAndClears()
    {
        ProbeSettings settings;
        settings.intervalMs = 250;
        ClusterMonitor monitor(u"lab"_s, m_lab->manifest().toProfile().endpoints(), settings);
        LagRecorder recorder(nullptr);
        recorder.setCluster(u"lab"_s, settings.intervalMs);
        connect(&monitor, &ClusterMonitor::topologyChanged, &recorder, &LagRecorder::record);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().complete && monitor.snapshot().healthy(), kSettleMs);
        QTRY_VERIFY_WITH_TIMEOUT(newest(recorder, u"node2"_s) && newest(recorder, u"node3"_s), kSettleMs);

        QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_pause()"_s));
        QTRY_VERIFY_WITH_TIMEOUT(firing(recorder, AlertRuleKind::ReplayPaused, u"node2"_s), kSettleMs);
        const qint64 pausedAt = newest(recorder, u"node2"_s)->timeMs;
        for (int batch = 0; batch < 6; ++batch) {
            QVERIFY(m_lab->sql(u"node1"_s, u"INSERT INTO filler (payload) SELECT repeat('x', 500) FROM generate_series(1, 2000)"_s));
            QTest::qWait(300);
        }
        QTRY_VERIFY_WITH_TIMEOUT(firing(recorder, AlertRuleKind::ReplayLagBytes, u"node2"_s), kSettleMs);
        QVERIFY(!firing(recorder, AlertRuleKind::ReplayLagBytes, u"node3"_s));

        // node2's series climbed while it was paused; node3's stayed near zero.
        const SampleRing *paused = recorder.history()->series({u"node2"_s, LagMetric::ReplayBytes});
        const qsizetype from = paused->lowerBound(pausedAt);
        QVERIFY(paused->size() - from >= 5);
        QVERIFY2(paused->last()->value > paused->at(from).value + 1024 * 1024,
                 qPrintable(u"%1 -> %2"_s.arg(paused->at(from).value).arg(paused->last()->value)));
        QVERIFY2(newest(recorder, u"node3"_s)->value < 256 * 1024, qPrintable(QString::number(newest(recorder, u"node3"_s)->value)));
        const QList<ClusterEvent> &events = recorder.history()->events();
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const ClusterEvent &e) { return e.kind == ClusterEvent::Kind::ReplayPaused; }));
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const ClusterEvent &e) { return e.kind == ClusterEvent::Kind::AlertFired; }));

        // The command-line twin sees the same situation.
        const auto lag = test::runPgversectl({u"lag"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QCOMPARE(lag.exitCode, 0);
        const QJsonArray standbys = json(lag).value("standbys"_L1).toArray();
        QCOMPARE(standbys.size(), 2);
        for (const QJsonValue &value : standbys) {
            const QJsonObject standby = value.toObject();
            for (const char *key : {"name", "upstream", "write_lag_bytes", "flush_lag_bytes", "replay_lag_bytes", "write_lag_s",
                                    "flush_lag_s", "replay_lag_s", "replay_paused"})
                QVERIFY2(standby.contains(QLatin1StringView(key)), key);
            QCOMPARE(standby.value("replay_paused"_L1).toBool(), standby.value("name"_L1).toString() == u"node2");
        }
        const QJsonArray slots = json(lag).value("slots"_L1).toArray();
        QCOMPARE(slots.size(), 2);
        for (const char *key : {"name", "type", "active", "retained_bytes"})
            QVERIFY2(slots.first().toObject().contains(QLatin1StringView(key)), key);
        const auto alerts = test::runPgversectl({u"alerts"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QCOMPARE(alerts.exitCode, 1);
        QVERIFY(alerts.out.contains(u"\"replay_paused\""_s));

        QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_resume()"_s));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.alerts().firing().isEmpty(), kSettleMs);
        QTRY_COMPARE_WITH_TIMEOUT(newest(recorder, u"node2"_s)->value, 0.0, kSettleMs);
        QCOMPARE(test::runPgversectl({u"alerts"_s, u"--lab"_s, m_lab->dir()}).exitCode, 0);
    }

    void aStoppedStandbyRaisesNodeDown()
    {
        ProbeSettings settings;
        settings.intervalMs = 250;
        ClusterMonitor monitor(u"lab"_s, m_lab->manifest().toProfile().endpoints(), settings);
        LagRecorder recorder(nullptr);
        recorder.setCluster(u"lab"_s, settings.intervalMs);
        connect(&monitor, &ClusterMonitor::topologyChanged, &recorder, &LagRecorder::record);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().complete && monitor.snapshot().healthy(), kSettleMs);
        QString error;
        QVERIFY2(m_lab->lab().stopNode(u"node3"_s, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(firing(recorder, AlertRuleKind::NodeDown, u"node3"_s), kSettleMs);
        QCOMPARE(test::runPgversectl({u"alerts"_s, u"--lab"_s, m_lab->dir()}).exitCode, 1);

        // Switching to another cluster keeps the list: node3's alert stays, marked as last known.
        disconnect(&monitor, &ClusterMonitor::topologyChanged, &recorder, &LagRecorder::record);
        recorder.setCluster(u"elsewhere"_s, settings.intervalMs);
        QVERIFY(recorder.alerts().firing().isEmpty());
        const QList<Alert> kept = recorder.alertList();
        const auto keptDown = std::find_if(kept.cbegin(), kept.cend(), [](const Alert &alert) {
            return alert.cluster == u"lab" && alert.subject == u"node3" && alert.rule.kind == AlertRuleKind::NodeDown;
        });
        QVERIFY(keptDown != kept.cend());
        QVERIFY(keptDown->isFiring() && keptDown->unwatchedSince.isValid());
        // …and switching back resumes it: it resolves once node3 runs, with when it fired and cleared.
        recorder.setCluster(u"lab"_s, settings.intervalMs);
        connect(&monitor, &ClusterMonitor::topologyChanged, &recorder, &LagRecorder::record);
        QVERIFY(firing(recorder, AlertRuleKind::NodeDown, u"node3"_s));
        QVERIFY2(m_lab->lab().startNode(u"node3"_s, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!firing(recorder, AlertRuleKind::NodeDown, u"node3"_s), kSettleMs);
        const QList<Alert> after = recorder.alertList();
        const auto resolved = std::find_if(after.cbegin(), after.cend(), [](const Alert &alert) {
            return alert.subject == u"node3" && alert.rule.kind == AlertRuleKind::NodeDown && !alert.isFiring();
        });
        QVERIFY(resolved != after.cend());
        QVERIFY(resolved->firedAt.isValid() && resolved->resolvedAt >= resolved->firedAt && !resolved->unwatchedSince.isValid());
    }

    void theRulesForDelaysSlotsFullAndHeadlessClustersFire()
    {
        const auto firing = [&] {
            QStringList fired;
            const auto result = test::runPgversectl({u"alerts"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
            for (const QJsonValue &value : json(result).value("alerts"_L1).toArray()) {
                const QJsonObject alert = value.toObject();
                fired << u"%1:%2:%3"_s.arg(alert.value("rule"_L1).toString(), alert.value("subject"_L1).toString(), alert.value("severity"_L1).toString());
            }
            fired.sort();
            return fired;
        };
        QCOMPARE(firing(), QStringList());

        // node3 applies WAL a minute late on purpose; a slot nobody uses has 192 MB of the primary's 512 MB left.
        QVERIFY(m_lab->sql(u"node3"_s, u"ALTER SYSTEM SET recovery_min_apply_delay = '1min'"_s));
        QVERIFY(m_lab->sql(u"node3"_s, u"SELECT pg_reload_conf()"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"ALTER SYSTEM SET max_slot_wal_keep_size = '512MB'"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"SELECT pg_reload_conf()"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"SELECT pg_create_physical_replication_slot('forgotten', true)"_s));
        for (int segment = 0; segment < 20; ++segment) // each switch after a write moves the WAL on by a whole segment
            QVERIFY(m_lab->sql(u"node1"_s, u"INSERT INTO filler (payload) VALUES ('x'); SELECT pg_switch_wal()"_s));
        const QString slots = m_lab->sql(u"node1"_s, u"SELECT string_agg(slot_name || '=' || safe_wal_size, ', ') FROM pg_replication_slots"_s).value_or(QString());
        // node3's replay lag grows too while it waits (the lag rules may fire beside): the new rules must be there.
        QTRY_VERIFY2_WITH_TIMEOUT(firing().contains(u"delayed_standby:node3:warning"_s) && firing().contains(u"slot_wal_at_risk:forgotten@node1:error"_s),
                                  qPrintable(firing().join(u", "_s) + u"; safe_wal_size: "_s + slots), kSettleMs);
        // The standbys' own slots, in use and caught up, keep their headroom: they are not at risk.
        const QStringList risky = firing().filter(u"slot_wal_at_risk"_s);
        QVERIFY2(risky.size() == 1, qPrintable(risky.join(u", "_s) + u"; safe_wal_size: "_s + slots));
        qInfo("safe_wal_size: %s", qPrintable(slots));
        QVERIFY(m_lab->sql(u"node1"_s, u"SELECT pg_drop_replication_slot('forgotten')"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"ALTER SYSTEM RESET max_slot_wal_keep_size"_s));
        QVERIFY(m_lab->sql(u"node3"_s, u"ALTER SYSTEM RESET recovery_min_apply_delay"_s));
        for (const QString &node : {u"node1"_s, u"node3"_s})
            QVERIFY(m_lab->sql(node, u"SELECT pg_reload_conf()"_s));
        QTRY_COMPARE_WITH_TIMEOUT(firing(), QStringList(), kSettleMs);

        // Every connection slot of the primary taken: connections exhausted, and neither node down nor no primary.
        {
            std::vector<std::unique_ptr<PgSession>> sessions;
            const auto info = ConnInfo::parse(m_lab->conninfo(u"node1"_s));
            for (int i = 0; i < 200; ++i) {
                auto session = std::make_unique<PgSession>();
                PgError error;
                if (!session->open(*info, {}, QDeadlineTimer(5000), &error))
                    break;
                sessions.push_back(std::move(session));
            }
            QVERIFY(sessions.size() < 200);
            QCOMPARE(firing(), QStringList({u"connections_exhausted:node1:error"_s}));
        }

        // The primary stopped: no primary, about the whole cluster and critical, beside node1's node down.
        QString error;
        QVERIFY2(m_lab->lab().stopNode(u"node1"_s, &error), qPrintable(error));
        const QStringList headless = firing();
        QVERIFY2(m_lab->lab().startNode(u"node1"_s, &error), qPrintable(error));
        QVERIFY2(headless.contains(u"no_primary::critical"_s) && headless.contains(u"node_down:node1:error"_s), qPrintable(headless.join(u", "_s)));
        QTRY_COMPARE_WITH_TIMEOUT(firing(), QStringList(), kSettleMs);
    }

    void theRecorderReadsAndWritesRulesOffTheCallingThread()
    {
        QList<AlertRule> rules = defaultAlertRules();
        rules.first().enabled = false;
        QVERIFY(AlertRuleStore().save(u"rules-elsewhere"_s, rules));
        auto recorder = std::make_unique<LagRecorder>(nullptr);
        QSignalSpy changed(recorder.get(), &LagRecorder::alertsChanged);
        recorder->setCluster(u"rules-elsewhere"_s);
        // The file is read on the recorder's worker: the rules arrive by alertsChanged, not within setCluster.
        QTRY_VERIFY(!recorder->alerts().rules().isEmpty() && !recorder->alerts().rules().first().enabled);
        QVERIFY(changed.size() >= 2);
        // A change is written on that worker too, and is there for the next reader once the recorder is gone.
        rules.first().enabled = true;
        recorder->setRules(rules);
        recorder.reset();
        QVERIFY(AlertRuleStore().rules(u"rules-elsewhere"_s).first().enabled);
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_GUILESS_MAIN(TestLagAlerts)
#include "tst_lagalerts.moc"
