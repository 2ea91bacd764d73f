// SPDX-License-Identifier: GPL-3.0-or-later
// Topology assembly from probe documents recorded on a real lab, edited into each situation.
#include "probefixtures.h"
#include "alerts/alertengine.h"
#include "topology/clusterheadline.h"
#include "topology/topologyjson.h"

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

QJsonObject withoutReplicationClient(QJsonObject document, const QString &applicationName)
{
    QJsonArray kept;
    for (const QJsonValue &row : document.value("replication"_L1).toArray()) {
        if (row.toObject().value("application_name"_L1).toString() != applicationName)
            kept.append(row);
    }
    document.insert("replication"_L1, kept);
    return document;
}

QJsonObject withSlotInactive(QJsonObject document, const QString &slotName, const QString &restartLsn)
{
    QJsonArray slotArray;
    for (const QJsonValue &value : document.value("slots"_L1).toArray()) {
        QJsonObject slot = value.toObject();
        if (slot.value("name"_L1).toString() == slotName) {
            slot.insert("active"_L1, false);
            slot.insert("restart_lsn"_L1, restartLsn);
        }
        slotArray.append(slot);
    }
    document.insert("slots"_L1, slotArray);
    return document;
}

QJsonObject notStreaming(QJsonObject standby)
{
    standby.insert("wal_receiver"_L1, QJsonValue(QJsonValue::Null));
    return standby;
}

} // namespace

class TestTopology : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthyLabIsAPrimaryWithTwoStreamingStandbys()
    {
        const TopologySnapshot snapshot = assembleTopology(labInput(healthyProbes()));
        QVERIFY(snapshot.complete);
        QVERIFY2(snapshot.healthy(), qPrintable(problemKeys(snapshot).join(u", "_s)));
        QCOMPARE(snapshot.nodes.size(), 3);
        QCOMPARE(snapshot.node(u"node1")->role, NodeRole::Primary);
        QCOMPARE(snapshot.node(u"node1")->state, u"running"_s);
        QCOMPARE(snapshot.node(u"node1")->depth, 0);
        for (const QString &standby : {u"node2"_s, u"node3"_s}) {
            const TopologyNode *node = snapshot.node(standby);
            QCOMPARE(node->role, NodeRole::Standby);
            QCOMPARE(node->upstream, u"node1"_s);
            QCOMPARE(node->state, u"streaming"_s);
            QCOMPARE(node->syncState, u"async"_s);
            QCOMPARE(node->replayLagBytes, std::optional<qint64>(0));
            QCOMPARE(node->depth, 1);
            QCOMPARE(node->timeline, 1);
        }
        QCOMPARE(snapshot.edges.size(), 2);
        for (const TopologyEdge &edge : snapshot.edges) {
            QCOMPARE(edge.kind, EdgeKind::Physical);
            QCOMPARE(edge.upstream, u"node1"_s);
            QVERIFY(edge.upstreamCluster.isEmpty() && edge.standbyCluster.isEmpty());
            QVERIFY(edge.streaming);
            QCOMPARE(edge.slot, edge.standby); // the lab names each slot after its standby
        }
        // status --json: each edge says what it carries, and names no other cluster.
        const QJsonObject edge = topologyToJson(snapshot).value("edges"_L1).toArray().first().toObject();
        QCOMPARE(edge.value("kind"_L1).toString(), u"physical"_s);
        QVERIFY(edge.contains("upstream_cluster"_L1) && edge.value("upstream_cluster"_L1).isNull());
        QVERIFY(edge.contains("standby_cluster"_L1) && edge.value("standby_cluster"_L1).isNull());
    }

    void edgeKindsHaveTheNamesOfTheJsonContract()
    {
        for (EdgeKind kind : {EdgeKind::Physical, EdgeKind::Logical, EdgeKind::Pooler})
            QCOMPARE(edgeKindFromName(edgeKindName(kind)), std::optional<EdgeKind>(kind));
        QCOMPARE(edgeKindName(EdgeKind::Logical), u"logical"_s);
        QCOMPARE(edgeKindName(EdgeKind::Pooler), u"pooler"_s);
        QVERIFY(!edgeKindFromName(u"wal"));
        TopologyEdge between;
        between.kind = EdgeKind::Logical;
        between.upstream = u"node1"_s;
        between.standby = u"node1"_s;
        between.standbyCluster = u"reporting"_s;
        TopologySnapshot snapshot;
        snapshot.edges << between;
        const QJsonObject json = topologyToJson(snapshot).value("edges"_L1).toArray().first().toObject();
        QCOMPARE(json.value("kind"_L1).toString(), u"logical"_s);
        QCOMPARE(json.value("standby_cluster"_L1).toString(), u"reporting"_s);
        QVERIFY(json.value("upstream_cluster"_L1).isNull());
    }

    void aNodeNotYetProbedMakesTheSnapshotIncompleteButIsNoProblem()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        probes.remove(u"node3"_s);
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QVERIFY(!snapshot.complete);
        QCOMPARE(snapshot.node(u"node3")->role, NodeRole::Unknown);
        QCOMPARE(snapshot.node(u"node3")->state, u"connecting"_s);
        QVERIFY(snapshot.healthy());
    }

    void aStoppedStandbyIsDownAndItsSlotRetainsWal()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject primary = withoutReplicationClient(recordedProbe(u"healthy-node1"_s), u"node3"_s);
        primary = withSlotInactive(primary, u"node3"_s, u"0/4000000"_s);
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, primary));
        probes.insert(u"node3"_s, failedProbe(u"node3"_s, PgError::Kind::ConnectFailed, u"Connection refused"_s));
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));

        QCOMPARE(problemKeys(snapshot), QStringList({u"node_down:node3"_s, u"slot_inactive:node1"_s}));
        const TopologyNode *down = snapshot.node(u"node3");
        QCOMPARE(down->role, NodeRole::Down);
        QCOMPARE(down->state, u"unreachable"_s);
        QCOMPARE(down->upstream, u"node1"_s); // from the slot the primary keeps for it
        const auto slotProblem = std::find_if(snapshot.problems.cbegin(), snapshot.problems.cend(),
                                              [](const Problem &p) { return p.kind == ProblemKind::SlotInactive; });
        // healthy-node1 was at 0/4253FB8: 0x253FB8 bytes past the slot's restart point.
        QVERIFY2(slotProblem->message.contains(u"2.3 MiB so far"_s), qPrintable(slotProblem->message));
        QVERIFY(slotProblem->message.contains(u"pg_drop_replication_slot('node3')"_s));
        QVERIFY(snapshot.problems.first().message.contains(u"Connection refused"_s));
        const auto edge = std::find_if(snapshot.edges.cbegin(), snapshot.edges.cend(), [](const TopologyEdge &e) { return e.standby == u"node3"; });
        QVERIFY(edge != snapshot.edges.cend());
        QVERIFY(!edge->streaming);
    }

    void aFullPrimaryIsAliveNotDown()
    {
        // Every slot taken: the server answers "too many clients", which proves it is alive and may be committing.
        QHash<QString, NodeProbe> probes = healthyProbes();
        const QString message = u"connection to server at \"127.0.0.1\", port 55432 failed: FATAL:  sorry, too many clients already"_s;
        const PgError classified = classifyConnectFailure(message);
        QCOMPARE(classified.kind, PgError::Kind::Rejected);
        QCOMPARE(classified.sqlState, u"53300"_s);
        NodeProbe full = failedProbe(u"node1"_s, classified.kind, message);
        full.errorSqlState = classified.sqlState;
        probes.insert(u"node1"_s, full);
        const TopologySnapshot before = assembleTopology(labInput(healthyProbes()));
        const TopologySnapshot snapshot = assembleTopology(labInput(probes), &before);
        const QStringList keys = problemKeys(snapshot);
        QVERIFY2(keys.contains(u"connections_exhausted:node1"_s), qPrintable(keys.join(u", "_s)));
        QVERIFY2(!keys.contains(u"node_down:node1"_s) && !keys.join(u' ').contains(u"no_primary"_s), qPrintable(keys.join(u", "_s)));
        const TopologyNode *node = snapshot.node(u"node1");
        QCOMPARE(node->role, NodeRole::Unknown);
        QVERIFY(node->isRefusing());
        QVERIFY(!node->isChangingState());
        const auto problem = std::find_if(snapshot.problems.cbegin(), snapshot.problems.cend(),
                                          [](const Problem &p) { return p.kind == ProblemKind::ConnectionsExhausted; });
        QCOMPARE(problem->severity, ProblemSeverity::Critical); // it was the primary
        QVERIFY(problem->message.contains(u"Do not fail over"_s));
    }

    void aServerShuttingDownIsChangingState()
    {
        // What recover waits for after a killed stop: the server still says "shutting down" (57P03).
        QHash<QString, NodeProbe> probes = healthyProbes();
        const QString message = u"connection to server at \"127.0.0.1\", port 55433 failed: FATAL:  the database system is shutting down"_s;
        const PgError classified = classifyConnectFailure(message);
        QCOMPARE(classified.kind, PgError::Kind::Rejected);
        QCOMPARE(classified.sqlState, u"57P03"_s);
        NodeProbe stopping = failedProbe(u"node2"_s, classified.kind, message);
        stopping.errorSqlState = classified.sqlState;
        probes.insert(u"node2"_s, stopping);
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QVERIFY(snapshot.node(u"node2")->isRefusing());
        QVERIFY(snapshot.node(u"node2")->isChangingState());
        QVERIFY(!snapshot.node(u"node3")->isChangingState());
    }

    void connectFailuresAreClassifiedByWhoAnswered_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sqlState");
        const int rejected = int(PgError::Kind::Rejected);
        const int failed = int(PgError::Kind::ConnectFailed);
        QTest::newRow("refused") << u"connection to server at \"127.0.0.1\", port 5 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?"_s << failed << QString();
        QTest::newRow("no route") << u"could not translate host name \"nowhere\" to address: Name or service not known"_s << failed << QString();
        QTest::newRow("reserved") << u"… failed: FATAL:  remaining connection slots are reserved for non-replication superuser connections"_s << rejected << u"53300"_s;
        QTest::newRow("password") << u"… failed: FATAL:  password authentication failed for user \"x\""_s << rejected << u"28P01"_s;
        QTest::newRow("shutting down") << u"… failed: FATAL:  the database system is shutting down"_s << rejected << u"57P03"_s;
        QTest::newRow("other FATAL") << u"… failed: FATAL:  database \"nope\" does not exist"_s << rejected << QString();
    }
    void connectFailuresAreClassifiedByWhoAnswered()
    {
        QFETCH(QString, message);
        QFETCH(int, kind);
        QFETCH(QString, sqlState);
        const PgError error = classifyConnectFailure(message);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.sqlState, sqlState);
        QCOMPARE(error.message, message);
    }

    void aHungNodeIsReportedAsNotAnswering()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        probes.insert(u"node2"_s, failedProbe(u"node2"_s, PgError::Kind::TimedOut, u"no answer"_s));
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QCOMPARE(snapshot.node(u"node2")->role, NodeRole::Down);
        QCOMPARE(snapshot.node(u"node2")->state, u"timeout"_s);
        QCOMPARE(problemKeys(snapshot), QStringList{u"node_down:node2"_s});
        QVERIFY(snapshot.problems.first().message.contains(u"does not answer"_s));
        QCOMPARE(snapshot.node(u"node3")->state, u"streaming"_s);
    }

    void aDownNodeKeepsItsLastKnownUpstream()
    {
        const TopologySnapshot before = assembleTopology(labInput(healthyProbes()));
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject primary = recordedProbe(u"healthy-node1"_s);
        primary.insert("slots"_L1, QJsonArray());
        primary = withoutReplicationClient(primary, u"node2"_s);
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, primary));
        probes.insert(u"node2"_s, failedProbe(u"node2"_s, PgError::Kind::ConnectFailed, u"refused"_s));
        QCOMPARE(assembleTopology(labInput(probes)).node(u"node2")->upstream, QString());
        QCOMPARE(assembleTopology(labInput(probes), &before).node(u"node2")->upstream, u"node1"_s);
    }

    void pausedReplayIsReportedWithTheGrowingLag()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, recordedProbe(u"paused-node1"_s)));
        probes.insert(u"node2"_s, reachableProbe(u"node2"_s, recordedProbe(u"paused-node2"_s)));
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QVERIFY(problemKeys(snapshot).contains(u"replay_paused:node2"_s));
        const TopologyNode *paused = snapshot.node(u"node2");
        QVERIFY(paused->replayPaused);
        QVERIFY(paused->replayLagBytes.value_or(0) > 100000);
        QCOMPARE(paused->state, u"streaming"_s); // it still receives WAL
    }

    void aStalledReplaysLagInSecondsGrowsWithEveryProbe()
    {
        // replay_lag from the primary (0.014 s in the fixture) only moves when the standby reports back; the standby's
        // own age of its newest replayed commit (replay_age_s) counts once replay has stood still across two probes,
        // and never further back than the stall was first seen.
        QHash<QString, NodeProbe> probes = healthyProbes();
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, recordedProbe(u"paused-node1"_s)));
        QJsonObject standby = recordedProbe(u"paused-node2"_s);
        standby.insert("replay_age_s"_L1, 42.0);
        probes.insert(u"node2"_s, reachableProbe(u"node2"_s, standby));
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const auto at = [&](qint64 seconds, const TopologySnapshot *previous) {
            for (NodeProbe &probe : probes)
                probe.probedAt = start.addSecs(seconds);
            return assembleTopology(labInput(probes), previous);
        };
        const TopologySnapshot first = at(0, nullptr);
        QVERIFY(!first.node(u"node2")->replayStalledSince.isValid());
        QCOMPARE_LT(*first.node(u"node2")->replayLagSeconds, 0.1);
        const TopologySnapshot second = at(1, &first); // the position stood still: the stall is seen from here
        QCOMPARE(second.node(u"node2")->replayStalledSince, start.addSecs(1));
        QCOMPARE_LT(*second.node(u"node2")->replayLagSeconds, 0.1);
        const TopologySnapshot third = at(4, &second);
        QCOMPARE(*third.node(u"node2")->replayLagSeconds, 3.0);
        const auto edgeTo = [](const TopologySnapshot &snapshot, const QString &node) {
            return *std::find_if(snapshot.edges.cbegin(), snapshot.edges.cend(),
                                 [&](const TopologyEdge &edge) { return edge.standby == node; });
        };
        QCOMPARE(*edgeTo(third, u"node2"_s).replayLagSeconds, 3.0); // the edge, the chart and the alerts read the same
        const TopologySnapshot later = at(100, &third);
        QCOMPARE(*later.node(u"node2")->replayLagSeconds, 42.0); // the newest replayed commit is 42 s old
        // node3 replays as it receives: its lag stays the primary's measure.
        QCOMPARE(*later.node(u"node3")->replayLagSeconds, 0.009905);

        // The primary's view of the replay position is as old as the standby's last report: a standby that has
        // replayed all it received is not stalled, whatever that view says.
        QJsonObject idle = standby;
        idle.insert("receive_lsn"_L1, standby.value("replay_lsn"_L1));
        probes.insert(u"node2"_s, reachableProbe(u"node2"_s, idle));
        const TopologySnapshot caughtUpHere = at(50, &third);
        QVERIFY(caughtUpHere.node(u"node2")->replayLagBytes.value_or(0) > 0); // the primary still thinks it behind
        QVERIFY(!caughtUpHere.node(u"node2")->replayStalledSince.isValid());
        QCOMPARE(*caughtUpHere.node(u"node2")->replayLagSeconds, 0.014367);

        // Replay moves again: the stall is over.
        QJsonObject resumed = standby;
        resumed.insert("replay_lsn"_L1, u"0/42A25D8"_s);
        probes.insert(u"node2"_s, reachableProbe(u"node2"_s, resumed));
        QJsonObject primary = recordedProbe(u"paused-node1"_s);
        QJsonArray clients = primary.value("replication"_L1).toArray();
        QJsonObject row = clients.at(0).toObject();
        row.insert("replay_lsn"_L1, u"0/42A25D8"_s);
        clients.replace(0, row);
        primary.insert("replication"_L1, clients);
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, primary));
        const TopologySnapshot caughtUp = at(101, &later);
        QVERIFY(!caughtUp.node(u"node2")->replayStalledSince.isValid());
        QCOMPARE(*caughtUp.node(u"node2")->replayLagSeconds, 0.014367);
    }

    void anIdleStandbysByteLagComesFromTheFreshestReplayPosition()
    {
        // The primary last heard node2 at 0/4250000 (its report is up to 10 s old); node2 itself has replayed up to
        // the primary's end since. node3 was probed a moment before its report reached the primary.
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject primary = recordedProbe(u"healthy-node1"_s);
        QJsonArray clients = primary.value("replication"_L1).toArray();
        for (qsizetype i = 0; i < clients.size(); ++i) {
            QJsonObject row = clients.at(i).toObject();
            if (row.value("application_name"_L1).toString() == u"node2"_s)
                row.insert("replay_lsn"_L1, u"0/4250000"_s);
            clients.replace(i, row);
        }
        primary.insert("replication"_L1, clients);
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, primary));
        QJsonObject node3 = recordedProbe(u"healthy-node3"_s);
        node3.insert("receive_lsn"_L1, u"0/4250000"_s);
        node3.insert("replay_lsn"_L1, u"0/4250000"_s);
        probes.insert(u"node3"_s, reachableProbe(u"node3"_s, node3));
        TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QCOMPARE(snapshot.node(u"node2")->replayLagBytes, std::optional<qint64>(0));
        QCOMPARE(snapshot.node(u"node3")->replayLagBytes, std::optional<qint64>(0)); // the primary's view is newer
        for (const TopologyEdge &edge : std::as_const(snapshot.edges))
            QCOMPARE(edge.replayLagBytes, std::optional<qint64>(0));

        // Without a fresh probe of node2 (down, or on another timeline) the primary's view is all there is.
        QJsonObject otherTimeline = recordedProbe(u"healthy-node2"_s);
        otherTimeline.insert("timeline"_L1, 2);
        probes.insert(u"node2"_s, reachableProbe(u"node2"_s, otherTimeline));
        snapshot = assembleTopology(labInput(probes));
        QCOMPARE(snapshot.node(u"node2")->replayLagBytes, std::optional<qint64>(0x4253FB8 - 0x4250000));
    }

    void cascadingStandbysHangUnderTheirUpstream()
    {
        const QHash<QString, NodeProbe> probes = cascadedProbes();
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QVERIFY2(snapshot.healthy(), qPrintable(problemKeys(snapshot).join(u", "_s)));
        QCOMPARE(snapshot.node(u"node3")->upstream, u"node2"_s);
        QCOMPARE(snapshot.node(u"node3")->depth, 2);
        QCOMPARE(snapshot.node(u"node3")->replayLagBytes, std::optional<qint64>(0xB8)); // per hop, from node2's position
    }

    void twoWritablePrimariesAreASplitBrain()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject promoted = notStreaming(recordedProbe(u"healthy-node2"_s));
        promoted.insert("in_recovery"_L1, false);
        promoted.insert("current_lsn"_L1, u"0/5000000"_s);
        promoted.insert("timeline"_L1, 2);
        probes.insert(u"node2"_s, reachableProbe(u"node2"_s, promoted));
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QCOMPARE(snapshot.node(u"node2")->role, NodeRole::Primary);
        QVERIFY(problemKeys(snapshot).contains(u"split_brain:node1"_s));
        QVERIFY(problemKeys(snapshot).contains(u"split_brain:node2"_s));
        QCOMPARE(snapshot.problems.first().severity, ProblemSeverity::Critical);
    }

    void standbysWithoutAPrimary()
    {
        QHash<QString, NodeProbe> probes;
        probes.insert(u"node1"_s, failedProbe(u"node1"_s, PgError::Kind::ConnectFailed, u"refused"_s));
        probes.insert(u"node2"_s, reachableProbe(u"node2"_s, notStreaming(recordedProbe(u"healthy-node2"_s))));
        probes.insert(u"node3"_s, reachableProbe(u"node3"_s, notStreaming(recordedProbe(u"healthy-node3"_s))));
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QCOMPARE(problemKeys(snapshot),
                 QStringList({u"no_primary:"_s, u"node_down:node1"_s, u"not_streaming:node2"_s, u"not_streaming:node3"_s}));
        // Their configured upstream (primary_conninfo) still places them under node1.
        QCOMPARE(snapshot.node(u"node2")->upstream, u"node1"_s);
        QCOMPARE(snapshot.node(u"node2")->state, u"not streaming"_s);
    }

    void aStandbyOnAnotherTimelineDiverged()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject diverged = recordedProbe(u"healthy-node3"_s);
        diverged.insert("timeline"_L1, 2);
        probes.insert(u"node3"_s, reachableProbe(u"node3"_s, diverged));
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QCOMPARE(problemKeys(snapshot), QStringList{u"timeline_divergence:node3"_s});
        QVERIFY(snapshot.problems.first().message.contains(u"timeline 2"_s));
    }

    void aFailingArchiveOnThePrimaryIsAProblemAndAnAlert()
    {
        // pg_stat_archiver as the probe reads it: the last success, then the last failure.
        const auto withArchiver = [](const QString &node, const QString &archivedAt, const QString &failedAt) {
            QJsonObject probe = recordedProbe(u"healthy-"_s + node);
            probe.insert("archiver"_L1, QJsonObject{{"mode"_L1, u"on"_s},
                                                    {"last_archived_wal"_L1, u"000000010000000000000004"_s},
                                                    {"last_archived_time"_L1, archivedAt},
                                                    {"last_failed_wal"_L1, u"000000010000000000000005"_s},
                                                    {"last_failed_time"_L1, failedAt}});
            return reachableProbe(node, probe);
        };
        QHash<QString, NodeProbe> probes = healthyProbes();
        probes.insert(u"node1"_s, withArchiver(u"node1"_s, u"2026-12-02T01:00:00.000+00:00"_s, u"2026-12-02T01:05:00.123456+00:00"_s));
        TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QCOMPARE(problemKeys(snapshot), QStringList{u"archiving_failing:node1"_s});
        QVERIFY(snapshot.problems.first().message.contains(u"000000010000000000000005 at 01:05:00 UTC"_s));
        QVERIFY(snapshot.problems.first().message.contains(u"2026-12-02 01:00:00 UTC"_s));
        QVERIFY(topologyToJson(snapshot).value("nodes"_L1).toArray().first().toObject().value("archive_failing"_L1).toBool());

        AlertEngine engine(u"lab"_s, defaultAlertRules());
        snapshot.takenAt = QDateTime(QDate(2026, 12, 2), QTime(1, 6), Qt::UTC);
        QVERIFY(engine.evaluate(snapshot).isEmpty()); // held for a minute: one failed attempt is retried
        snapshot.takenAt = snapshot.takenAt.addSecs(61);
        const QList<Alert> fired = engine.evaluate(snapshot);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(fired.first().rule.kind, AlertRuleKind::ArchivingFailing);
        QVERIFY(fired.first().message.contains(u"000000010000000000000005"_s));

        // A later success clears it; a standby's archiver (with archive_mode=on a standby archives nothing) never counts.
        probes.insert(u"node1"_s, withArchiver(u"node1"_s, u"2026-12-02T01:07:00+00:00"_s, u"2026-12-02T01:05:00+00:00"_s));
        probes.insert(u"node2"_s, withArchiver(u"node2"_s, u"2026-12-02T01:00:00+00:00"_s, u"2026-12-02T01:05:00+00:00"_s));
        QVERIFY(assembleTopology(labInput(probes)).problems.isEmpty());
    }

    void aNodeOfAnotherClusterIsFlagged()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject stranger = recordedProbe(u"healthy-node3"_s);
        stranger.insert("system_identifier"_L1, u"1234"_s);
        probes.insert(u"node3"_s, reachableProbe(u"node3"_s, stranger));
        QCOMPARE(problemKeys(assembleTopology(labInput(probes))), QStringList{u"system_id_mismatch:node3"_s});
    }

    void otherReplicationClientsAppearWithoutBeingProblems()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        QJsonObject primary = recordedProbe(u"healthy-node1"_s);
        QJsonArray clients = primary.value("replication"_L1).toArray();
        QJsonObject backup = clients.first().toObject();
        backup.insert("application_name"_L1, u"pg_basebackup"_s);
        backup.insert("state"_L1, u"backup"_s);
        clients.append(backup);
        primary.insert("replication"_L1, clients);
        probes.insert(u"node1"_s, reachableProbe(u"node1"_s, primary));
        const TopologySnapshot snapshot = assembleTopology(labInput(probes));
        QVERIFY(snapshot.healthy());
        const TopologyNode *external = snapshot.node(u"pg_basebackup");
        QVERIFY(external);
        QVERIFY(external->external);
        QCOMPARE(external->upstream, u"node1"_s);
        QCOMPARE(external->state, u"backup"_s);
    }

    void profileNamesMayDifferFromApplicationNames()
    {
        TopologyInput input;
        input.cluster = u"prod"_s;
        input.nodes = {{u"alpha"_s, u"localhost"_s, 55432}, {u"beta"_s, u"localhost"_s, 55433}, {u"gamma"_s, u"localhost"_s, 55434}};
        input.probes.insert(u"alpha"_s, reachableProbe(u"alpha"_s, recordedProbe(u"healthy-node1"_s)));
        input.probes.insert(u"beta"_s, reachableProbe(u"beta"_s, recordedProbe(u"healthy-node2"_s)));
        input.probes.insert(u"gamma"_s, reachableProbe(u"gamma"_s, recordedProbe(u"healthy-node3"_s)));
        const TopologySnapshot snapshot = assembleTopology(input);
        QVERIFY2(snapshot.healthy(), qPrintable(problemKeys(snapshot).join(u", "_s)));
        QCOMPARE(snapshot.nodes.size(), 3); // matched by cluster_name, no phantom "node2"
        QCOMPARE(snapshot.node(u"beta")->upstream, u"alpha"_s);
        QCOMPARE(snapshot.node(u"gamma")->syncState, u"async"_s);
    }

    void patronisRoleChangeAnswerNamesTheLeader_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("leader");
        // Answers of Patroni 3.0 (Debian 12) to POST /switchover and /failover.
        QTest::newRow("as asked") << QByteArray("Successfully switched over to \"node2\"") << u"node2"_s;
        QTest::newRow("fell back") << QByteArray("Switched over to \"node1\" instead of \"node3\"") << u"node1"_s;
        QTest::newRow("failover") << QByteArray("Successfully failed over to \"node3\"") << u"node3"_s;
        QTest::newRow("scheduled") << QByteArray("Switchover scheduled") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }
    void patronisRoleChangeAnswerNamesTheLeader()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, leader);
        QCOMPARE(roleChangeLeaderIn(answer).value_or(QString()), leader);
    }

    void patronisViewIsMergedAndDisagreementsReported()
    {
        auto member = [](const QString &name, const QString &role, const QString &state, int port) {
            PatroniMember m;
            m.name = name;
            m.role = role;
            m.state = state;
            m.host = u"127.0.0.1"_s;
            m.port = port;
            m.timeline = 1;
            m.lagBytes = 0;
            return m;
        };
        PatroniStatus agreeing;
        agreeing.reachable = true;
        agreeing.cluster.members = {member(u"node1"_s, u"leader"_s, u"running"_s, 55432), member(u"node2"_s, u"replica"_s, u"streaming"_s, 55433),
                                    member(u"node3"_s, u"replica"_s, u"streaming"_s, 55434)};
        TopologyInput input = labInput(healthyProbes());
        input.patroni = agreeing;
        TopologySnapshot snapshot = assembleTopology(input);
        QVERIFY2(snapshot.healthy(), qPrintable(problemKeys(snapshot).join(u", "_s)));
        QVERIFY(snapshot.ha && snapshot.ha->reachable);
        QCOMPARE(snapshot.ha->leader, u"node1"_s);
        QVERIFY(snapshot.node(u"node2")->ha);
        QCOMPARE(snapshot.node(u"node2")->ha->role, u"replica"_s);
        QCOMPARE(topologyToJson(snapshot).value("nodes"_L1).toArray().at(0).toObject().value("patroni_role"_L1).toString(), u"leader"_s);

        PatroniStatus wrongLeader = agreeing;
        wrongLeader.cluster.members[0].role = u"replica"_s;
        wrongLeader.cluster.members[1].role = u"leader"_s;
        input.patroni = wrongLeader;
        QCOMPARE(problemKeys(assembleTopology(input)), QStringList({u"ha_disagreement:node1"_s, u"ha_disagreement:node2"_s}));

        PatroniStatus paused = agreeing;
        paused.cluster.paused = true;
        input.patroni = paused;
        QCOMPARE(problemKeys(assembleTopology(input)), QStringList{u"ha_paused:"_s});

        PatroniStatus unreachable;
        unreachable.error = u"connection refused"_s;
        input.patroni = unreachable;
        snapshot = assembleTopology(input);
        QCOMPARE(problemKeys(snapshot), QStringList{u"ha_unreachable:"_s});
        QVERIFY(snapshot.problems.first().message.contains(u"connection refused"_s));
    }

    void jsonFollowsTheDocumentedContract()
    {
        QHash<QString, NodeProbe> probes = healthyProbes();
        probes.insert(u"node3"_s, failedProbe(u"node3"_s, PgError::Kind::ConnectFailed, u"refused"_s));
        const QJsonObject json = topologyToJson(assembleTopology(labInput(probes)));
        const QJsonArray nodes = json.value("nodes"_L1).toArray();
        QCOMPARE(nodes.size(), 3);
        for (const QJsonValue &value : nodes) {
            const QJsonObject node = value.toObject();
            for (const char *key : {"name", "host", "port", "role", "timeline", "upstream", "state", "sync_state", "replay_lag_bytes", "lsn"})
                QVERIFY2(node.contains(QLatin1StringView(key)), key);
        }
        QCOMPARE(nodes[0].toObject().value("role"_L1).toString(), u"primary"_s);
        QVERIFY(nodes[0].toObject().value("upstream"_L1).isNull());
        QCOMPARE(nodes[1].toObject().value("role"_L1).toString(), u"standby"_s);
        QCOMPARE(nodes[1].toObject().value("upstream"_L1).toString(), u"node1"_s);
        QCOMPARE(nodes[1].toObject().value("replay_lag_bytes"_L1).toInt(-1), 0);
        QCOMPARE(nodes[1].toObject().value("lsn"_L1).toString(), u"0/4253FB8"_s);
        QCOMPARE(nodes[2].toObject().value("role"_L1).toString(), u"down"_s);
        const QJsonObject problem = json.value("problems"_L1).toArray().first().toObject();
        QCOMPARE(problem.value("kind"_L1).toString(), u"node_down"_s);
        QCOMPARE(problem.value("node"_L1).toString(), u"node3"_s);
        QVERIFY(!problem.value("message"_L1).toString().isEmpty());
    }
    void theHeadlineSaysHowTheClusterIsInOneLine()
    {
        TopologySnapshot healthy = assembleTopology(labInput(healthyProbes()));
        ClusterHeadline headline = clusterHeadline(healthy);
        QCOMPARE(headline.level, ClusterHeadline::Level::Healthy);
        QVERIFY2(headline.text.startsWith(u"Healthy: node1 is the primary (timeline 1); standbys streaming: 2"_s), qPrintable(headline.text));
        QVERIFY(!headline.offersFailover);

        QHash<QString, NodeProbe> probes = healthyProbes();
        probes.insert(u"node3"_s, failedProbe(u"node3"_s, PgError::Kind::ConnectFailed, u"refused"_s));
        headline = clusterHeadline(assembleTopology(labInput(probes)));
        QCOMPARE(headline.level, ClusterHeadline::Level::Degraded);
        QVERIFY2(headline.text.startsWith(u"Degraded: 1 of 2 standbys down"_s), qPrintable(headline.text));

        probes = healthyProbes();
        probes.insert(u"node1"_s, failedProbe(u"node1"_s, PgError::Kind::ConnectFailed, u"refused"_s));
        TopologySnapshot headless = assembleTopology(labInput(probes));
        headless.takenAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        HeadlineTracker tracker;
        tracker.update(headless);
        headless.takenAt = headless.takenAt.addSecs(7);
        headline = tracker.update(headless);
        QCOMPARE(headline.level, ClusterHeadline::Level::Critical);
        QVERIFY(headline.offersFailover);
        const QString since = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC).toLocalTime().toString(u"HH:mm:ss"_s);
        QVERIFY2(headline.text.startsWith(u"No primary since %1 — candidates node"_s.arg(since)), qPrintable(headline.text));
        QCOMPARE(headline.candidates.size(), 2);
        QVERIFY(headline.candidates[0].received >= headline.candidates[1].received); // most advanced first
        QCOMPARE(headline.candidates[0].behindBytes, 0);
        QCOMPARE(headline.candidates[1].behindBytes, headline.candidates[0].received->bytesSince(*headline.candidates[1].received));
        QVERIFY(headline.text.contains(u"0 B behind the most advanced"_s));
        // Back to healthy, then no primary again: the time is the new one.
        tracker.update(healthy);
        headless.takenAt = headless.takenAt.addSecs(3600);
        QVERIFY(tracker.update(headless).text.contains(headless.takenAt.toLocalTime().toString(u"HH:mm:ss"_s)));

        for (const QString &node : {u"node2"_s, u"node3"_s})
            probes.insert(node, failedProbe(node, PgError::Kind::ConnectFailed, u"refused"_s));
        headline = clusterHeadline(assembleTopology(labInput(probes)));
        QCOMPARE(headline.level, ClusterHeadline::Level::Critical);
        QVERIFY2(headline.text.startsWith(u"Every node is down (3 of 3)"_s), qPrintable(headline.text));
        QVERIFY(!headline.offersFailover);
        QCOMPARE(clusterHeadline(TopologySnapshot{}).level, ClusterHeadline::Level::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestTopology)
#include "tst_topology.moc"
