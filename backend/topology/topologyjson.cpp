// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyjson.h"

#include "core/jsonnulls.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QJsonObject nodeToJson(const TopologyNode &node)
{
    QJsonObject object;
    object.insert("name"_L1, node.name);
    object.insert("host"_L1, textOrNull(node.host));
    object.insert("port"_L1, node.port > 0 ? QJsonValue(node.port) : QJsonValue(QJsonValue::Null));
    object.insert("role"_L1, roleName(node.role));
    object.insert("timeline"_L1, node.timeline > 0 ? QJsonValue(node.timeline) : QJsonValue(QJsonValue::Null));
    object.insert("upstream"_L1, textOrNull(node.upstream));
    object.insert("state"_L1, node.state);
    object.insert("sync_state"_L1, textOrNull(node.syncState));
    object.insert("replay_lag_bytes"_L1, numberOrNull(node.replayLagBytes));
    object.insert("lsn"_L1, node.lsn ? QJsonValue(node.lsn->toString()) : QJsonValue(QJsonValue::Null));
    object.insert("write_lag_bytes"_L1, numberOrNull(node.writeLagBytes));
    object.insert("flush_lag_bytes"_L1, numberOrNull(node.flushLagBytes));
    object.insert("write_lag_s"_L1, numberOrNull(node.writeLagSeconds));
    object.insert("flush_lag_s"_L1, numberOrNull(node.flushLagSeconds));
    object.insert("replay_lag_s"_L1, numberOrNull(node.replayLagSeconds));
    object.insert("replay_paused"_L1, node.replayPaused);
    object.insert("apply_delay_ms"_L1, numberOrNull(node.applyDelayMs));
    object.insert("server_version"_L1, textOrNull(node.serverVersion));
    object.insert("external"_L1, node.external);
    object.insert("connections"_L1, node.connections);
    object.insert("archive_failing"_L1, node.archiveFailing);
    object.insert("probe_latency_ms"_L1, node.probeLatencyMs >= 0 ? QJsonValue(double(node.probeLatencyMs)) : QJsonValue(QJsonValue::Null));
    object.insert("error"_L1, textOrNull(node.error));
    object.insert("patroni_role"_L1, textOrNull(node.ha ? node.ha->role : QString()));
    object.insert("patroni_state"_L1, textOrNull(node.ha ? node.ha->state : QString()));
    return object;
}

} // namespace

QJsonObject slotToJson(const SlotStatus &slot)
{
    QJsonObject object;
    object.insert("name"_L1, slot.name);
    object.insert("node"_L1, slot.node);
    object.insert("type"_L1, slot.type);
    object.insert("active"_L1, slot.active);
    object.insert("temporary"_L1, slot.temporary);
    object.insert("retained_bytes"_L1, numberOrNull(slot.retainedBytes));
    object.insert("logical_lag_bytes"_L1, slot.type == u"logical" ? numberOrNull(slot.logicalLagBytes) : QJsonValue(QJsonValue::Null));
    object.insert("wal_status"_L1, textOrNull(slot.walStatus));
    object.insert("safe_wal_size"_L1, numberOrNull(slot.safeWalSize));
    return object;
}

QJsonObject topologyToJson(const TopologySnapshot &snapshot)
{
    QJsonArray nodes;
    for (const TopologyNode &node : snapshot.nodes)
        nodes.append(nodeToJson(node));

    QJsonArray edges;
    for (const TopologyEdge &edge : snapshot.edges) {
        QJsonObject object;
        object.insert("kind"_L1, edgeKindName(edge.kind));
        object.insert("upstream"_L1, edge.upstream);
        object.insert("standby"_L1, edge.standby);
        object.insert("upstream_cluster"_L1, textOrNull(edge.upstreamCluster));
        object.insert("standby_cluster"_L1, textOrNull(edge.standbyCluster));
        object.insert("sync_state"_L1, textOrNull(edge.syncState));
        object.insert("state"_L1, edge.state);
        object.insert("streaming"_L1, edge.streaming);
        object.insert("slot"_L1, textOrNull(edge.slot));
        object.insert("replay_lag_bytes"_L1, numberOrNull(edge.replayLagBytes));
        object.insert("replay_lag_s"_L1, numberOrNull(edge.replayLagSeconds));
        object.insert("publications"_L1, QJsonArray::fromStringList(edge.publications)); // logical edges: what is subscribed to
        if (edge.kind == EdgeKind::Pooler) {
            object.insert("clients_active"_L1, numberOrNull(edge.clientsActive));
            object.insert("clients_waiting"_L1, numberOrNull(edge.clientsWaiting));
            object.insert("maxwait_s"_L1, numberOrNull(edge.maxWaitSeconds));
        }
        edges.append(object);
    }

    QJsonArray slots;
    for (const SlotStatus &slot : snapshot.replicationSlots)
        slots.append(slotToJson(slot));

    QJsonArray problems;
    for (const Problem &problem : snapshot.problems) {
        QJsonObject object;
        object.insert("kind"_L1, problemKindName(problem.kind));
        object.insert("node"_L1, textOrNull(problem.node));
        object.insert("message"_L1, problem.message);
        object.insert("severity"_L1, severityName(problem.severity));
        problems.append(object);
    }

    QJsonObject root;
    root.insert("cluster"_L1, snapshot.cluster);
    root.insert("taken_at"_L1, snapshot.takenAt.toString(Qt::ISODateWithMs));
    root.insert("healthy"_L1, snapshot.healthy());
    root.insert("nodes"_L1, nodes);
    root.insert("edges"_L1, edges);
    root.insert("slots"_L1, slots);
    root.insert("problems"_L1, problems);
    if (snapshot.ha) {
        root.insert("patroni"_L1, QJsonObject{{"reachable"_L1, snapshot.ha->reachable},
                                              {"paused"_L1, snapshot.ha->paused},
                                              {"leader"_L1, textOrNull(snapshot.ha->leader)}});
    }
    return root;
}

} // namespace pgv
