// SPDX-License-Identifier: GPL-3.0-or-later
// The logical picture across clusters from probe documents recorded on a real lab with its analytics subscriber
// (tests/data/probes/logical-*.json: node1 publishing orders_pub, node2 its standby, analytics subscribing), edited
// into each state a subscription can be in. tst_logical drives the same states on live servers.
#include "alerts/alertengine.h"
#include "lag/lagseries.h"
#include "logical/logicaljson.h"
#include "monitor/nodeprober.h"
#include "probefixtures.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

struct Estate
{
    QJsonObject publisher = recordedProbe(u"logical-publisher"_s);
    QJsonObject standby = recordedProbe(u"logical-standby"_s);
    QJsonObject subscriber = recordedProbe(u"logical-subscriber"_s);
    bool publisherDown = false;

    QList<SnapshotPtr> snapshots(const QDateTime &at = QDateTime::currentDateTimeUtc()) const
    {
        TopologyInput cluster;
        cluster.cluster = u"lab"_s;
        cluster.nodes = {{u"node1"_s, u"127.0.0.1"_s, 55432}, {u"node2"_s, u"127.0.0.1"_s, 55433}};
        cluster.probes = {{u"node1"_s, publisherDown ? failedProbe(u"node1"_s, PgError::Kind::ConnectFailed, u"refused"_s)
                                                     : reachableProbe(u"node1"_s, publisher)},
                          {u"node2"_s, reachableProbe(u"node2"_s, standby)}};
        TopologyInput analytics;
        analytics.cluster = u"lab-analytics"_s;
        analytics.nodes = {{u"analytics"_s, u"127.0.0.1"_s, 55434}};
        analytics.probes = {{u"analytics"_s, reachableProbe(u"analytics"_s, subscriber)}};
        TopologySnapshot first = assembleTopology(cluster);
        TopologySnapshot second = assembleTopology(analytics);
        first.takenAt = second.takenAt = at;
        return {shareSnapshot(first), shareSnapshot(second)};
    }

    QJsonObject subscription() const { return subscriber.value("subscriptions"_L1).toArray().first().toObject(); }
    void setSubscription(const QJsonObject &edited)
    {
        subscriber.insert("subscriptions"_L1, QJsonArray{edited});
    }
    void editSubscription(const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject edited = subscription();
        edit(edited);
        setSubscription(edited);
    }
};

QStringList kinds(const LogicalEstate &estate)
{
    QStringList names;
    for (const LogicalProblem &problem : estate.problems)
        names << problem.kind;
    names.sort();
    return names;
}

} // namespace

class TestLogicalEstate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theRecordedLabStreams()
    {
        const Estate estate;
        const QList<SnapshotPtr> snapshots = estate.snapshots();
        // The logical walsender on node1 is the subscriber's, not a standby of the cluster.
        QCOMPARE(snapshots[0]->nodes.size(), 2);
        QCOMPARE(snapshots[0]->logicalSenders.size(), 1);
        QCOMPARE(snapshots[0]->logicalSenders[0].application, u"orders_sub"_s);
        QVERIFY(snapshots[0]->healthy());

        const LogicalEstate logical = assessLogical(snapshots);
        QVERIFY2(logical.healthy(), qPrintable(kinds(logical).join(u", "_s)));
        QCOMPARE(logical.subscriptions.size(), 1);
        const LogicalSubscription &subscription = logical.subscriptions[0];
        QCOMPARE(subscription.state, u"streaming"_s);
        QCOMPARE(subscription.cluster, u"lab-analytics"_s);
        QCOMPARE(subscription.publisherCluster, u"lab"_s);
        QCOMPARE(subscription.publisherNode, u"node1"_s);
        QCOMPARE(subscription.publications, QStringList{u"orders_pub"_s});
        QVERIFY(subscription.lagBytes.has_value());
        QCOMPARE(logical.replicationSlots.size(), 1);
        QCOMPARE(logical.replicationSlots[0].slot.plugin, u"pgoutput"_s);
        QCOMPARE(logical.replicationSlots[0].slot.database, u"shop"_s);

        const QList<TopologyEdge> edges = logicalEdges(logical);
        QCOMPARE(edges.size(), 1);
        QCOMPARE(edges[0].kind, EdgeKind::Logical);
        QCOMPARE(edges[0].upstream, u"node1"_s);
        QCOMPARE(edges[0].upstreamCluster, u"lab"_s);
        QCOMPARE(edges[0].standby, u"analytics"_s);
        QCOMPARE(edges[0].standbyCluster, u"lab-analytics"_s);
        QCOMPARE(edges[0].publications, QStringList{u"orders_pub"_s});
        QVERIFY(edges[0].streaming);
    }

    void aMonitorThatMayNotReadTheConnectionStringFindsThePublisherByItsWalsender()
    {
        Estate estate;
        estate.editSubscription([](QJsonObject &s) { s.insert("conninfo"_L1, QJsonValue::Null); });
        const LogicalEstate logical = assessLogical(estate.snapshots());
        QCOMPARE(logical.subscriptions[0].publisherNode, u"node1"_s);
        QCOMPARE(logical.subscriptions[0].state, u"streaming"_s);
    }

    void aSubscriptionListingEveryMemberIsDrawnFromTheOneItStreamsFrom()
    {
        // As a Patroni lab's subscription does: every member, target_session_attrs picking the leader.
        Estate estate;
        estate.editSubscription([](QJsonObject &s) {
            s.insert("conninfo"_L1, u"host=127.0.0.1,127.0.0.1 port=55433,55432 user=replicator dbname=shop target_session_attrs=read-write"_s);
        });
        LogicalEstate logical = assessLogical(estate.snapshots());
        QCOMPARE(logical.subscriptions[0].publisherNode, u"node1"_s); // listed second, but its walsender is there
        QCOMPARE(logical.subscriptions[0].state, u"streaming"_s);
        // Between two connections (no walsender anywhere): the member that takes writes.
        QJsonArray physicalOnly;
        for (const QJsonValue &sender : estate.publisher.value("replication"_L1).toArray()) {
            if (sender.toObject().value("database"_L1).isNull())
                physicalOnly << sender;
        }
        estate.publisher.insert("replication"_L1, physicalOnly);
        logical = assessLogical(estate.snapshots());
        QCOMPARE(logical.subscriptions[0].publisherNode, u"node1"_s);
    }

    void aStandbysCopyOfALogicalSlotIsNoProblem()
    {
        // Patroni keeps a copy of each permanent logical slot on every replica: inactive there by nature.
        Estate estate;
        QJsonObject copy = estate.publisher.value("slots"_L1).toArray().at(1).toObject();
        QCOMPARE(copy.value("type"_L1).toString(), u"logical"_s);
        copy.insert("active"_L1, false);
        copy.insert("active_pid"_L1, QJsonValue::Null);
        estate.standby.insert("slots"_L1, QJsonArray{copy});
        const LogicalEstate logical = assessLogical(estate.snapshots());
        QCOMPARE(logical.replicationSlots.size(), 2);
        QVERIFY2(kinds(logical).isEmpty(), qPrintable(kinds(logical).join(u", "_s)));
        // The same slot inactive on the primary is one.
        QJsonArray slots = estate.publisher.value("slots"_L1).toArray();
        QJsonObject idle = slots.at(1).toObject();
        idle.insert("active"_L1, false);
        idle.insert("active_pid"_L1, QJsonValue::Null);
        slots.replace(1, idle);
        estate.publisher.insert("slots"_L1, slots);
        QVERIFY(kinds(assessLogical(estate.snapshots())).contains(u"slot_inactive"_s));
    }

    void eachStateWithItsProblem_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("disabled") << u"disabled"_s << u"disabled"_s << QStringList{u"subscription_disabled"_s};
        QTest::newRow("slot dropped") << u"no slot"_s << u"slot_missing"_s << QStringList{u"slot_missing"_s};
        QTest::newRow("publisher down") << u"publisher down"_s << u"publisher_down"_s << QStringList{u"publisher_down"_s};
        QTest::newRow("worker failing") << u"errors"_s << u"erroring"_s << QStringList{u"subscription_errors"_s};
        QTest::newRow("worker gone, no errors") << u"no worker"_s << u"catchup"_s << QStringList{u"apply_worker_down"_s};
        QTest::newRow("table syncing") << u"syncing"_s << u"syncing"_s << QStringList{};
        QTest::newRow("slot lost") << u"slot lost"_s << u"streaming"_s << QStringList{u"slot_wal_at_risk"_s};
    }
    void eachStateWithItsProblem()
    {
        QFETCH(QString, edit);
        QFETCH(QString, state);
        QFETCH(QStringList, problems);
        Estate estate;
        if (edit == u"disabled") {
            estate.editSubscription([](QJsonObject &s) { s.insert("enabled"_L1, false); s.remove("worker"_L1); });
        } else if (edit == u"no slot" || edit == u"slot lost") {
            QJsonArray slots;
            for (const QJsonValue &slot : estate.publisher.value("slots"_L1).toArray()) {
                QJsonObject object = slot.toObject();
                if (object.value("type"_L1).toString() == u"logical") {
                    if (edit == u"no slot")
                        continue;
                    object.insert("wal_status"_L1, u"lost"_s);
                }
                slots.append(object);
            }
            estate.publisher.insert("slots"_L1, slots);
        } else if (edit == u"publisher down") {
            estate.publisherDown = true;
        } else if (edit == u"errors" || edit == u"no worker") {
            estate.editSubscription([&](QJsonObject &s) {
                s.insert("worker"_L1, QJsonObject{{"pid"_L1, QJsonValue::Null}});
                s.insert("errors"_L1, QJsonObject{{"apply"_L1, edit == u"errors" ? 3 : 0}, {"sync"_L1, 0}});
            });
        } else if (edit == u"syncing") {
            estate.editSubscription([](QJsonObject &s) { s.insert("sync_workers"_L1, 1); });
        }
        const LogicalEstate logical = assessLogical(estate.snapshots());
        QCOMPARE(logical.subscriptions[0].state, state);
        QCOMPARE(kinds(logical), problems);
        QCOMPARE(logical.healthy(), false);
        for (const LogicalProblem &problem : logical.problems)
            QVERIFY2(problem.message.endsWith(u'.') || problem.message.endsWith(u';'), qPrintable(problem.message));
    }

    void risingErrorsAreErroringEvenWhileTheWorkerRuns()
    {
        Estate estate;
        const LogicalEstate before = assessLogical(estate.snapshots());
        estate.editSubscription([](QJsonObject &s) { s.insert("errors"_L1, QJsonObject{{"apply"_L1, 1}, {"sync"_L1, 0}}); });
        const LogicalEstate after = assessLogical(estate.snapshots(), {}, &before);
        QCOMPARE(after.subscriptions[0].state, u"erroring"_s);
        // Counters that only stand still read as streaming again: they count what went wrong before.
        const LogicalEstate later = assessLogical(estate.snapshots(), {}, &after);
        QCOMPARE(later.subscriptions[0].state, u"streaming"_s);
    }

    void tablesSyncingForLongAreStuck()
    {
        Estate estate;
        estate.editSubscription([](QJsonObject &s) { s.insert("sync_workers"_L1, 1); });
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const LogicalEstate first = assessLogical(estate.snapshots(start));
        QCOMPARE(first.subscriptions[0].state, u"syncing"_s);
        QVERIFY(!kinds(first).contains(u"tables_syncing"_s));
        const LogicalEstate later = assessLogical(estate.snapshots(start.addSecs(301)), {}, &first);
        QCOMPARE(later.subscriptions[0].syncingSince, start);
        QVERIFY(kinds(later).contains(u"tables_syncing"_s));
    }

    void tablesReadInTheirDatabaseDecideSyncing()
    {
        Estate estate;
        LogicalDetails details;
        details.tables[LogicalDetails::key(u"lab-analytics"_s, u"analytics"_s, u"orders_sub"_s)]
            = {{u"public.orders"_s, u"ready"_s}, {u"public.customers"_s, SubscriptionTable::stateName(u'd')}};
        const LogicalEstate logical = assessLogical(estate.snapshots(), details);
        QCOMPARE(logical.subscriptions[0].state, u"syncing"_s);
        QCOMPARE(logical.subscriptions[0].tables[1].state, u"data_copy"_s);
        const QJsonObject json = logicalToJson(logical);
        const QJsonObject subscription = json.value("subscriptions"_L1).toArray().first().toObject();
        QCOMPARE(subscription.value("tables"_L1).toArray().size(), 2);
        for (const char *key : {"name", "cluster", "node", "database", "enabled", "publisher", "publications", "slot", "state", "lag_bytes",
                                "lag_s", "received_lsn", "latest_end_lsn", "worker_pid", "apply_error_count", "sync_error_count", "tables"})
            QVERIFY2(subscription.contains(QLatin1StringView(key)), key);
        const QJsonObject slot = json.value("slots"_L1).toArray().first().toObject();
        for (const char *key : {"node", "name", "database", "plugin", "active", "confirmed_flush_lsn", "retained_bytes", "lag_bytes", "wal_status"})
            QVERIFY2(slot.contains(QLatin1StringView(key)), key);
        for (const char *key : {"publications", "subscriptions", "slots", "problems"})
            QVERIFY2(json.contains(QLatin1StringView(key)), key);
    }

    void eachSubscriptionHasALagSeriesInTimeAndAnAlert()
    {
        // The publisher's side alone (what the lag recorder and the alerts of the HA cluster see): the subscription's
        // slot joined to the walsender streaming from it by pid.
        Estate estate;
        const auto publisherSnapshot = [&](qint64 ms) {
            SnapshotPtr snapshot = estate.snapshots(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)).first();
            return snapshot;
        };
        const auto lagOf = [](const TopologySnapshot &snapshot, LagMetric metric) {
            for (const LagPoint &point : deriveLagPoints(snapshot)) {
                if (point.key == SeriesKey{u"orders_sub@node1"_s, metric})
                    return point.value;
            }
            return -1.0;
        };
        // Caught up: confirmed_flush_lsn is the WAL end, and the walsender's last replay_lag is no lag.
        QCOMPARE(lagOf(*publisherSnapshot(1'800'000'000'000), LagMetric::LogicalLagBytes), 0.0);
        QCOMPARE(lagOf(*publisherSnapshot(1'800'000'000'000), LagMetric::LogicalLagSeconds), 0.0);
        QCOMPARE(lagOf(*publisherSnapshot(1'800'000'000'000), LagMetric::ReplaySeconds), -1.0);

        // Behind: 1 MiB not yet confirmed and the walsender 3.5 s behind.
        QJsonArray senders = estate.publisher.value("replication"_L1).toArray();
        QJsonObject sender = senders[1].toObject();
        QCOMPARE(sender.value("application_name"_L1).toString(), u"orders_sub"_s);
        sender.insert("replay_lag_s"_L1, 3.5);
        senders[1] = sender;
        estate.publisher.insert("replication"_L1, senders);
        estate.publisher.insert("current_lsn"_L1, u"0/4582868"_s);
        QCOMPARE(lagOf(*publisherSnapshot(1'800'000'000'000), LagMetric::LogicalLagBytes), double(0x100000));
        QCOMPARE(lagOf(*publisherSnapshot(1'800'000'000'000), LagMetric::LogicalLagSeconds), 3.5);
        QVERIFY(!isBytesMetric(LagMetric::LogicalLagSeconds));
        QCOMPARE(metricFromName(metricName(LagMetric::LogicalLagSeconds)), LagMetric::LogicalLagSeconds);

        // The default rule: over 2 s for 10 s.
        const QList<AlertRule> defaults = defaultAlertRules();
        const auto rule = std::find_if(defaults.cbegin(), defaults.cend(), [](const AlertRule &r) { return r.kind == AlertRuleKind::LogicalLagSeconds; });
        QVERIFY(rule != defaults.cend());
        QVERIFY(rule->enabled);
        QCOMPARE(rule->threshold, 2.0);
        QCOMPARE(rule->holdSeconds, 10);
        QCOMPARE(ruleFromName(u"logical_lag_seconds"), AlertRuleKind::LogicalLagSeconds);
        AlertEngine engine(u"lab"_s, {*rule});
        QVERIFY(engine.evaluate(*publisherSnapshot(1'800'000'000'000)).isEmpty());
        QVERIFY(engine.evaluate(*publisherSnapshot(1'800'000'009'000)).isEmpty()); // held 9 s: not yet
        const QList<Alert> fired = engine.evaluate(*publisherSnapshot(1'800'000'010'000));
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired[0].subject, u"orders_sub@node1"_s);
        QCOMPARE(fired[0].state, Alert::State::Firing);
        QVERIFY2(fired[0].message.contains(u"3.5"_s), qPrintable(fired[0].message));

        // Under the threshold again: resolved. A slot no walsender streams from has no time lag (slot_inactive says why).
        sender.insert("replay_lag_s"_L1, 1.5);
        senders[1] = sender;
        estate.publisher.insert("replication"_L1, senders);
        const QList<Alert> resolved = engine.evaluate(*publisherSnapshot(1'800'000'011'000));
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved[0].state, Alert::State::Resolved);
        estate.publisher.insert("replication"_L1, QJsonArray{senders[0]});
        QCOMPARE(lagOf(*publisherSnapshot(1'800'000'012'000), LagMetric::LogicalLagSeconds), -1.0);
    }

    void theProbeNamesOnlyWhatTheServerHas()
    {
        for (const int version : {130000, 140000, 150000, 160000, 170000, 180000}) {
            for (const bool superuser : {false, true}) {
                const QString sql = NodeProber::probeSql(version, superuser);
                QVERIFY2(!sql.contains(u"{{"_s), qPrintable(sql));
                QCOMPARE(sql.contains(u"pg_stat_subscription_stats"_s), version >= 150000);
                QCOMPARE(sql.contains(u"leader_pid"_s), version == 160000);
                QCOMPARE(sql.contains(u"worker_type = 'apply'"_s), version >= 170000);
                QCOMPARE(sql.contains(u"worker_type = 'table synchronization'"_s), version >= 170000);
                QCOMPARE(sql.contains(u"subfailover"_s), version >= 170000);
                QCOMPARE(sql.contains(u"synced, 'invalidation_reason', invalidation_reason"_s), version >= 170000);
                QCOMPARE(sql.contains(u"e.confl_insert_exists"_s), version >= 180000);
                QCOMPARE(sql.contains(u"confl_multiple_unique_conflicts"_s), version >= 180000);
                QCOMPARE(sql.contains(u"pg_stat_wal)"_s), version >= 140000);
                QCOMPARE(sql.contains(u"subconninfo"_s), superuser);
            }
        }
    }

    void anInactiveSlotSaysHowSoonItsRoomRunsOut()
    {
        // pg_stat_wal: 1 MiB/s on average since the statistics were reset an hour ago.
        Estate estate;
        estate.publisher.insert("wal_written"_L1, QJsonObject{{"bytes"_L1, 3600.0 * 1048576}, {"seconds"_L1, 3600.0}});
        QJsonArray slots = estate.publisher.value("slots"_L1).toArray();
        QJsonObject idle = slots.at(1).toObject();
        idle.insert("active"_L1, false);
        idle.insert("active_pid"_L1, QJsonValue::Null);
        idle.insert("safe_wal_size"_L1, 90.0 * 1048576);
        slots.replace(1, idle);
        estate.publisher.insert("slots"_L1, slots);
        const auto message = [&] {
            for (const LogicalProblem &problem : assessLogical(estate.snapshots()).problems) {
                if (problem.kind == u"slot_inactive")
                    return problem.message;
            }
            return QString();
        };
        QVERIFY2(message().contains(u"At 1.0 MiB/s, this server's average WAL rate, that is about 90.0 s."_s), qPrintable(message()));
        // No max_slot_wal_keep_size: how much more it keeps every hour.
        idle.insert("safe_wal_size"_L1, QJsonValue::Null);
        slots.replace(1, idle);
        estate.publisher.insert("slots"_L1, slots);
        QVERIFY2(message().contains(u"the disk holding pg_wal is the limit. At 1.0 MiB/s, this server's average WAL rate, it retains 3.5 GiB more every hour."_s),
                 qPrintable(message()));
        // Statistics reset a moment ago say nothing yet.
        estate.publisher.insert("wal_written"_L1, QJsonObject{{"bytes"_L1, 1048576.0}, {"seconds"_L1, 5.0}});
        QVERIFY2(!message().contains(u"/s"_s), qPrintable(message()));
    }

    void whatLaterServersAddIsReadAndShown()
    {
        // A PostgreSQL 18 subscriber's document (as its probe builds it) and a PostgreSQL 17 publisher's slot.
        Estate estate;
        estate.editSubscription([](QJsonObject &s) {
            QJsonObject errors = s.value("errors"_L1).toObject();
            errors.insert("conflicts"_L1, QJsonObject{{"insert_exists"_L1, 2}, {"update_missing"_L1, 1}, {"delete_missing"_L1, 0}});
            s.insert("errors"_L1, errors);
            s.insert("failover"_L1, true);
        });
        QJsonArray slots = estate.publisher.value("slots"_L1).toArray();
        QJsonObject slot = slots.at(1).toObject();
        slot.insert("failover"_L1, true);
        slot.insert("synced"_L1, false);
        slot.insert("invalidation_reason"_L1, QJsonValue::Null);
        slots.replace(1, slot);
        estate.publisher.insert("slots"_L1, slots);
        LogicalEstate logical = assessLogical(estate.snapshots());
        QJsonObject json = logicalToJson(logical);
        const QJsonObject subscription = json.value("subscriptions"_L1).toArray().first().toObject();
        QCOMPARE(subscription.value("failover"_L1).toBool(), true);
        QCOMPARE(subscription.value("conflicts"_L1).toObject().value("insert_exists"_L1).toInt(), 2);
        QCOMPARE(subscription.value("conflicts"_L1).toObject().value("update_missing"_L1).toInt(), 1);
        QJsonObject shownSlot;
        for (const QJsonValue &value : json.value("slots"_L1).toArray()) {
            if (value.toObject().value("name"_L1).toString() == u"orders_sub")
                shownSlot = value.toObject();
        }
        QCOMPARE(shownSlot.value("failover"_L1).toBool(), true);
        QCOMPARE(shownSlot.value("synced"_L1).toBool(true), false);
        QVERIFY(shownSlot.value("invalidation_reason"_L1).isNull());
        QVERIFY(kinds(logical).isEmpty());
        // An invalidated slot (PostgreSQL 17 says why) is critical, with its fix.
        slot.insert("invalidation_reason"_L1, u"rows_removed"_s);
        slots.replace(1, slot);
        estate.publisher.insert("slots"_L1, slots);
        logical = assessLogical(estate.snapshots());
        QVERIFY(kinds(logical).contains(u"slot_wal_at_risk"_s));
        // A PostgreSQL 15 server's document has none of it: null, not false or zero.
        const QJsonObject old = logicalToJson(assessLogical(Estate().snapshots())).value("subscriptions"_L1).toArray().first().toObject();
        QVERIFY(old.value("failover"_L1).isNull());
        QVERIFY(old.value("conflicts"_L1).isNull());
    }
};

QTEST_GUILESS_MAIN(TestLogicalEstate)
#include "tst_logicalestate.moc"
