// SPDX-License-Identifier: GPL-3.0-or-later
// Lag samples, events and alerts from probe documents recorded on a real lab.
#include "alerts/alertengine.h"
#include "lag/lagcsv.h"
#include "lag/laghistory.h"
#include "lag/lagseries.h"
#include "lag/samplering.h"
#include "lag/topologyevents.h"
#include "probefixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {
TopologySnapshot at(TopologySnapshot snapshot, qint64 timeMs)
{
    snapshot.takenAt = QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC);
    return snapshot;
}

TopologySnapshot healthy(qint64 timeMs = 1'800'000'000'000)
{
    return at(assembleTopology(labInput(healthyProbes())), timeMs);
}

TopologySnapshot paused(qint64 timeMs)
{
    QHash<QString, NodeProbe> probes = healthyProbes();
    probes.insert(u"node1"_s, reachableProbe(u"node1"_s, recordedProbe(u"paused-node1"_s)));
    probes.insert(u"node2"_s, reachableProbe(u"node2"_s, recordedProbe(u"paused-node2"_s)));
    return at(assembleTopology(labInput(probes)), timeMs);
}

TopologySnapshot node3Down(qint64 timeMs)
{
    QHash<QString, NodeProbe> probes = healthyProbes();
    probes.insert(u"node3"_s, failedProbe(u"node3"_s, PgError::Kind::ConnectFailed, u"refused"_s));
    return at(assembleTopology(labInput(probes)), timeMs);
}

double valueOf(const QList<LagPoint> &points, const QString &subject, LagMetric metric)
{
    for (const LagPoint &point : points) {
        if (point.key == SeriesKey{subject, metric})
            return point.value;
    }
    return -1;
}
} // namespace

class TestLag : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ringKeepsTheNewestSamplesInOrder()
    {
        SampleRing ring(4);
        QVERIFY(ring.isEmpty());
        for (int i = 0; i < 6; ++i)
            ring.append(1000 * i, i);
        QCOMPARE(ring.size(), 4);
        QCOMPARE(ring.at(0).timeMs, 2000);
        QCOMPARE(ring.at(3).value, 5.0);
        QCOMPARE(ring.last()->timeMs, 5000);
        ring.append(4000, 99); // older than the newest: ignored
        QCOMPARE(ring.last()->value, 5.0);
        QCOMPARE(ring.lowerBound(3500), 2);
        QCOMPARE(ring.lowerBound(0), 0);
        QCOMPARE(ring.lowerBound(9000), 4);
        QCOMPARE(ring.memoryBytes(), std::size_t(4 * 8));
    }
    void ringSpansMoreThanItsOffsetsCanCount()
    {
        SampleRing ring(3);
        const qint64 start = 1'700'000'000'000;
        const qint64 fiftyDays = 50ll * 24 * 3600 * 1000;
        ring.append(start, 1);
        ring.append(start + 1000, 2);
        ring.append(start + fiftyDays, 3); // beyond a 32-bit millisecond offset from the first
        QCOMPARE(ring.last()->timeMs, start + fiftyDays);
        QCOMPARE(ring.last()->value, 3.0);
        QCOMPARE(ring.size(), 1); // the older ones could not be kept together with it
        for (int i = 1; i <= 3; ++i)
            ring.append(start + fiftyDays + i * 1000, 3 + i); // the ring fills up from where it was cut, then wraps
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.at(0).value, 4.0);
        QCOMPARE(ring.at(2).timeMs, start + fiftyDays + 3000);
        QCOMPARE(ring.memoryBytes(), std::size_t(3 * 8));
    }
    void ringStoresBytesExactlyUpTo16MiB()
    {
        SampleRing ring(2);
        ring.append(0, 16 * 1024 * 1024 - 1);
        QCOMPARE(ring.last()->value, double(16 * 1024 * 1024 - 1));
        ring.append(1, 5e9);
        QVERIFY(std::abs(ring.last()->value - 5e9) / 5e9 < 1e-7);
    }

    void csvExportWritesUtcTimesQuotedSubjectsAndExactValues()
    {
        // Around midnight, on a leap day, a year boundary, and with every millisecond digit used.
        const QList<qint64> times{QDateTime(QDate(2024, 2, 28), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch(),
                                  QDateTime(QDate(2024, 2, 29), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(),
                                  QDateTime(QDate(2024, 12, 31), QTime(12, 34, 56, 7), Qt::UTC).toMSecsSinceEpoch(),
                                  QDateTime(QDate(2025, 1, 1), QTime(9, 8, 7, 65), Qt::UTC).toMSecsSinceEpoch()};
        LagCsvExport data;
        data.metric = LagMetric::SlotRetainedBytes;
        LagCsvSeries series{u"slot \"a\"@node1"_s, {}};
        for (const qint64 time : times)
            series.samples << Sample{time, 16777216.0 + double(time % 1000)};
        data.series << series;
        QTemporaryDir folder;
        QString error;
        QVERIFY2(writeLagCsv(folder.filePath(u"lag.csv"_s), data, &error), qPrintable(error));
        QFile file(folder.filePath(u"lag.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 1 + times.size() + 1); // the last line ends too
        QCOMPARE(lines.first(), QByteArray("time_utc,subject,metric,value"));
        for (qsizetype i = 0; i < times.size(); ++i) {
            const QByteArray expected = QDateTime::fromMSecsSinceEpoch(times[i], Qt::UTC).toString(Qt::ISODateWithMs).toUtf8()
                                        + ",\"slot \"\"a\"\"@node1\",slot_retained_bytes," + QByteArray::number(16777216 + times[i] % 1000);
            QCOMPARE(lines[i + 1], expected);
        }

        QVERIFY(!writeLagCsv(folder.filePath(u"missing/lag.csv"_s), data, &error));
        QVERIFY(!error.isEmpty());
    }

    void lagPointsCoverBytesSecondsAndSlots()
    {
        const QList<LagPoint> points = deriveLagPoints(healthy());
        for (LagMetric metric : {LagMetric::WriteBytes, LagMetric::FlushBytes, LagMetric::ReplayBytes, LagMetric::WriteSeconds,
                                 LagMetric::FlushSeconds, LagMetric::ReplaySeconds}) {
            QCOMPARE(valueOf(points, u"node2"_s, metric), 0.0);
            QCOMPARE(valueOf(points, u"node3"_s, metric), 0.0);
        }
        // The recorded primary was idle: pg_stat_replication's lags were NULL, which counts as caught up.
        QCOMPARE(valueOf(points, u"node2@node1"_s, LagMetric::SlotRetainedBytes), 0.0);
        QCOMPARE(valueOf(points, u"node1"_s, LagMetric::ReplayBytes), -1.0); // no lag series for a primary
        const QList<LagPoint> lagging = deriveLagPoints(paused(1'800'000'010'000));
        QVERIFY(valueOf(lagging, u"node2"_s, LagMetric::ReplayBytes) > 100000);
        QCOMPARE(valueOf(lagging, u"node3"_s, LagMetric::ReplayBytes), 0.0);
        QCOMPARE(lagging.first().timeMs, 1'800'000'010'000);
    }

    void historyAnnouncesWhatItStores()
    {
        LagHistory history(100);
        QSignalSpy appended(&history, &LagHistory::pointsAppended);
        history.append(deriveLagPoints(healthy(1000)));
        history.append(deriveLagPoints(paused(2000)));
        QCOMPARE(appended.count(), 2);
        const SampleRing *replay = history.series({u"node2"_s, LagMetric::ReplayBytes});
        QVERIFY(replay);
        QCOMPARE(replay->size(), 2);
        QVERIFY(replay->last()->value > 100000);
        QCOMPARE(history.keys().first(), (SeriesKey{u"node2"_s, LagMetric::WriteBytes}));
        history.clear();
        QVERIFY(history.keys().isEmpty());
    }

    void eventsMarkWhatChanged()
    {
        const qint64 t = 1'800'000'000'000;
        QCOMPARE(detectEvents(healthy(t), healthy(t + 1000)), QList<ClusterEvent>());
        const QList<ClusterEvent> down = detectEvents(healthy(t), node3Down(t + 1000));
        QCOMPARE(down.size(), 1);
        QCOMPARE(down.first().kind, ClusterEvent::Kind::NodeDown);
        QCOMPARE(down.first().node, u"node3"_s);
        QCOMPARE(down.first().timeMs, t + 1000);
        QCOMPARE(detectEvents(node3Down(t), healthy(t + 1000)).first().kind, ClusterEvent::Kind::NodeUp);
        QCOMPARE(detectEvents(healthy(t), paused(t + 1000)).first().kind, ClusterEvent::Kind::ReplayPaused);
        QCOMPARE(detectEvents(TopologySnapshot{}, healthy(t)), QList<ClusterEvent>()); // first sight is no event

        TopologySnapshot promoted = healthy(t + 2000);
        promoted.nodes[0].role = NodeRole::Standby;
        promoted.nodes[1].role = NodeRole::Primary;
        promoted.nodes[1].timeline = 2;
        const QList<ClusterEvent> switched = detectEvents(healthy(t), promoted);
        QVERIFY(std::any_of(switched.cbegin(), switched.cend(), [](const ClusterEvent &e) {
            return e.kind == ClusterEvent::Kind::Switchover && e.label.contains(u"node1"_s) && e.label.contains(u"node2"_s);
        }));
        QVERIFY(std::any_of(switched.cbegin(), switched.cend(), [](const ClusterEvent &e) { return e.kind == ClusterEvent::Kind::TimelineChange; }));
    }

    void alertsFireAfterTheirHoldTimeAndResolve()
    {
        AlertEngine engine(u"lab"_s, {{AlertRuleKind::ReplayLagBytes, true, 65536, 5}});
        const qint64 t = 1'800'000'000'000;
        QVERIFY(engine.evaluate(paused(t)).isEmpty());          // holding, not yet 5 s
        QVERIFY(engine.evaluate(paused(t + 4000)).isEmpty());
        const QList<Alert> fired = engine.evaluate(paused(t + 5000));
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first().subject, u"node2"_s);
        QVERIFY(fired.first().isFiring());
        QCOMPARE(fired.first().since.toMSecsSinceEpoch(), t);
        QVERIFY(fired.first().value > 65536);
        QVERIFY(engine.evaluate(paused(t + 6000)).isEmpty()); // still firing: no new change
        QCOMPARE(engine.firing().size(), 1);
        QVERIFY(engine.acknowledge(u"node2"_s, AlertRuleKind::ReplayLagBytes));
        QVERIFY(engine.firing().first().acknowledged);
        const QList<Alert> resolved = engine.evaluate(healthy(t + 7000));
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().state, Alert::State::Resolved);
        QVERIFY(engine.firing().isEmpty());
        QCOMPARE(engine.alerts().size(), 1); // kept as resolved
    }
    void aConditionThatStopsHoldingNeverFires()
    {
        AlertEngine engine(u"lab"_s, {{AlertRuleKind::ReplayLagBytes, true, 65536, 5}});
        const qint64 t = 1'800'000'000'000;
        engine.evaluate(paused(t));
        engine.evaluate(healthy(t + 3000)); // the hold restarts
        QVERIFY(engine.evaluate(paused(t + 6000)).isEmpty());
        QCOMPARE(engine.evaluate(paused(t + 11000)).size(), 1);
    }
    void everyRuleKindSeesItsCondition()
    {
        QList<AlertRule> rules = defaultAlertRules();
        for (AlertRule &rule : rules)
            rule.holdSeconds = 0;
        rules[int(AlertRuleKind::ReplayLagBytes)].threshold = 1000;
        rules[int(AlertRuleKind::SlotRetainedBytes)].threshold = 1000;
        AlertEngine engine(u"lab"_s, rules);
        QCOMPARE(engine.evaluate(healthy()).size(), 0);
        QStringList fired;
        for (const Alert &alert : engine.evaluate(paused(1'800'000'001'000)))
            fired << ruleName(alert.rule.kind) + u':' + alert.subject;
        fired.sort();
        // The recorded pause was short: its time lag (well under the default 30 s) fires nothing.
        QCOMPARE(fired, QStringList({u"replay_lag_bytes:node2"_s, u"replay_paused:node2"_s}));

        AlertEngine downEngine(u"lab"_s, rules);
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject primary = recordedProbe(u"healthy-node1"_s);
        QJsonArray slots;
        for (const QJsonValue &value : primary.value("slots"_L1).toArray()) {
            QJsonObject slot = value.toObject();
            if (slot.value("name"_L1).toString() == u"node3") {
                slot.insert("active"_L1, false);
                slot.insert("restart_lsn"_L1, u"0/4000000"_s);
            }
            slots.append(slot);
        }
        primary.insert("slots"_L1, slots);
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, primary));
        probes.insert(u"node3"_s, failedProbe(u"node3"_s, PgError::Kind::ConnectFailed, u"refused"_s));
        QStringList down;
        for (const Alert &alert : downEngine.evaluate(at(assembleTopology(labInput(probes)), 1'800'000'000'000)))
            down << ruleName(alert.rule.kind) + u':' + alert.subject;
        down.sort();
        QCOMPARE(down, QStringList({u"node_down:node3"_s, u"slot_retained_bytes:node3@node1"_s}));
    }
    void theNewRulesSeeTheirConditionsWithTheProblemsSeverity()
    {
        QList<AlertRule> rules = defaultAlertRules();
        for (AlertRule &rule : rules)
            rule.holdSeconds = 0;
        const auto firedBy = [&](const TopologySnapshot &snapshot) {
            AlertEngine engine(u"lab"_s, rules);
            QStringList fired;
            for (const Alert &alert : engine.evaluate(snapshot))
                fired << u"%1:%2:%3"_s.arg(ruleName(alert.rule.kind), alert.subject, severityName(alert.severity));
            fired.sort();
            return fired;
        };

        // node3 applies WAL 30 s late on purpose; node1's slot for node2 has 1 MiB left, the one for node3 is lost.
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject delayed = recordedProbe(u"healthy-node3"_s);
        delayed.insert("apply_delay_ms"_L1, 30000);
        probes.insert(u"node3"_s, reachableProbe(u"node3"_s, delayed));
        QJsonObject primary = recordedProbe(u"healthy-node1"_s);
        QJsonArray slots;
        for (const QJsonValue &value : primary.value("slots"_L1).toArray()) {
            QJsonObject slot = value.toObject();
            if (slot.value("name"_L1).toString() == u"node2")
                slot.insert("safe_wal_size"_L1, 1024 * 1024);
            else
                slot.insert("wal_status"_L1, u"lost"_s);
            slots.append(slot);
        }
        primary.insert("slots"_L1, slots);
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, primary));
        const TopologySnapshot risky = at(assembleTopology(labInput(probes)), 1'800'000'000'000);
        QCOMPARE(risky.node(u"node3"_s)->applyDelayMs, std::optional<qint64>(30000));
        QCOMPARE(firedBy(risky), QStringList({u"delayed_standby:node3:warning"_s, u"slot_wal_at_risk:node2@node1:error"_s,
                                              u"slot_wal_at_risk:node3@node1:error"_s}));
        AlertEngine engine(u"lab"_s, rules);
        for (const Alert &alert : engine.evaluate(risky)) {
            if (alert.rule.kind == AlertRuleKind::DelayedStandby)
                QVERIFY2(alert.message.contains(u"30.0 s late"_s), qPrintable(alert.message));
            if (alert.subject == u"node2@node1")
                QVERIFY2(alert.message.contains(u"1.0 MiB left"_s), qPrintable(alert.message));
        }

        // The primary refuses every new client: connections exhausted, not a node down, and no "no primary".
        probes = healthyProbes();
        NodeProbe full = failedProbe(u"node1"_s, PgError::Kind::Rejected, u"FATAL:  sorry, too many clients already"_s);
        full.errorSqlState = u"53300"_s;
        probes.insert(u"node1"_s, full);
        QCOMPARE(firedBy(at(assembleTopology(labInput(probes)), 1'800'000'000'000)), QStringList({u"connections_exhausted:node1:error"_s}));

        // The primary is gone: no primary, about the whole cluster and critical, beside its node down.
        probes = healthyProbes();
        probes.insert(u"node1"_s, failedProbe(u"node1"_s, PgError::Kind::ConnectFailed, u"refused"_s));
        const TopologySnapshot headless = at(assembleTopology(labInput(probes)), 1'800'000'000'000);
        QCOMPARE(firedBy(headless), QStringList({u"no_primary::critical"_s, u"node_down:node1:error"_s}));

        // Every alert that has a topology problem beside it is as severe as that problem (replay paused: a warning).
        for (const TopologySnapshot &snapshot : {paused(1'800'000'001'000), headless, risky}) {
            AlertEngine all(u"lab"_s, rules);
            for (const Alert &alert : all.evaluate(snapshot)) {
                for (const Problem &problem : snapshot.problems) {
                    if (problemKindName(problem.kind) == ruleName(alert.rule.kind) && problem.node == alert.subject)
                        QVERIFY2(problem.severity == alert.severity, qPrintable(alert.message));
                }
            }
        }
    }
    void disabledRulesStaySilent()
    {
        AlertEngine engine(u"lab"_s, {{AlertRuleKind::ReplayPaused, false, 0, 0}});
        QVERIFY(engine.evaluate(paused(1'800'000'000'000)).isEmpty());
    }
    void rulesRoundTripPerCluster()
    {
        test::ServerReachableTempDir dir;
        AlertRuleStore store(dir.filePath(u"alerts.ini"_s));
        QCOMPARE(store.rules(u"prod"_s), defaultAlertRules());
        QList<AlertRule> rules = defaultAlertRules();
        rules[0].threshold = 123456;
        rules[0].holdSeconds = 7;
        rules[2].enabled = false;
        QVERIFY(store.save(u"prod"_s, rules));
        QCOMPARE(AlertRuleStore(dir.filePath(u"alerts.ini"_s)).rules(u"prod"_s), rules);
        QCOMPARE(store.rules(u"other"_s), defaultAlertRules());
        QVERIFY(describeRule(rules[0]).contains(u"120.6 KiB"_s));
        QVERIFY(describeRule(rules[0]).contains(u"7 s"_s));
    }
};

QTEST_GUILESS_MAIN(TestLag)
#include "tst_lag.moc"
