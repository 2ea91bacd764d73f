// SPDX-License-Identifier: GPL-3.0-or-later
#include "topology.h"

using namespace Qt::StringLiterals;

namespace pgv {

QString roleName(NodeRole role)
{
    switch (role) {
    case NodeRole::Primary:
        return u"primary"_s;
    case NodeRole::Standby:
        return u"standby"_s;
    case NodeRole::Down:
        return u"down"_s;
    case NodeRole::Unknown:
        break;
    }
    return u"unknown"_s;
}

QString edgeKindName(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Logical:
        return u"logical"_s;
    case EdgeKind::Pooler:
        return u"pooler"_s;
    case EdgeKind::Physical:
        break;
    }
    return u"physical"_s;
}

std::optional<EdgeKind> edgeKindFromName(QStringView name)
{
    for (EdgeKind kind : {EdgeKind::Physical, EdgeKind::Logical, EdgeKind::Pooler}) {
        if (name == edgeKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString problemKindName(ProblemKind kind)
{
    switch (kind) {
    case ProblemKind::NodeDown:
        return u"node_down"_s;
    case ProblemKind::SplitBrain:
        return u"split_brain"_s;
    case ProblemKind::NoPrimary:
        return u"no_primary"_s;
    case ProblemKind::SystemIdMismatch:
        return u"system_id_mismatch"_s;
    case ProblemKind::TimelineDivergence:
        return u"timeline_divergence"_s;
    case ProblemKind::NotStreaming:
        return u"not_streaming"_s;
    case ProblemKind::SlotInactive:
        return u"slot_inactive"_s;
    case ProblemKind::ReplayPaused:
        return u"replay_paused"_s;
    case ProblemKind::HaDisagreement:
        return u"ha_disagreement"_s;
    case ProblemKind::HaPaused:
        return u"ha_paused"_s;
    case ProblemKind::HaUnreachable:
        return u"ha_unreachable"_s;
    case ProblemKind::ConnectionsExhausted:
        return u"connections_exhausted"_s;
    case ProblemKind::ConnectionRejected:
        return u"connection_rejected"_s;
    case ProblemKind::ActionInterrupted:
        return u"action_interrupted"_s;
    case ProblemKind::ArchivingFailing:
        return u"archiving_failing"_s;
    case ProblemKind::PoolerUnreachable:
        return u"pooler_unreachable"_s;
    case ProblemKind::PoolerRoutesToStandby:
        return u"pooler_routes_to_standby"_s;
    case ProblemKind::PoolerRoutesToDownNode:
        return u"pooler_routes_to_down_node"_s;
    case ProblemKind::PoolerRoutesElsewhere:
        return u"pooler_routes_elsewhere"_s;
    case ProblemKind::PoolerClientsWaiting:
        return u"pooler_clients_waiting"_s;
    case ProblemKind::PoolerPoolFull:
        return u"pooler_pool_full"_s;
    case ProblemKind::PoolerLeftPaused:
        return u"pooler_left_paused"_s;
    }
    return u"unknown"_s;
}

QString severityName(ProblemSeverity severity)
{
    switch (severity) {
    case ProblemSeverity::Warning:
        return u"warning"_s;
    case ProblemSeverity::Error:
        return u"error"_s;
    case ProblemSeverity::Critical:
        return u"critical"_s;
    }
    return u"error"_s;
}

const SnapshotPtr &emptySnapshot()
{
    static const SnapshotPtr empty = std::make_shared<const TopologySnapshot>();
    return empty;
}

const TopologyNode *TopologySnapshot::node(QStringView name) const
{
    for (const TopologyNode &candidate : nodes) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QString TopologySnapshot::poolerRoute(QStringView name) const
{
    for (const TopologyEdge &edge : edges) {
        if (edge.kind == EdgeKind::Pooler && edge.standby == name)
            return edge.upstream;
    }
    return {};
}

const PoolerStatus *TopologySnapshot::pooler(QStringView name) const
{
    for (const PoolerStatus &candidate : poolers) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

std::optional<double> TopologySnapshot::logicalLagSeconds(const SlotStatus &slot) const
{
    if (slot.type != u"logical" || !slot.activePid)
        return std::nullopt;
    for (const LogicalSender &sender : logicalSenders) {
        if (sender.node == slot.node && sender.pid == *slot.activePid)
            return slot.logicalLagBytes.value_or(0) == 0 ? 0.0 : sender.replayLagSeconds.value_or(0.0);
    }
    return std::nullopt;
}

bool TopologySnapshot::anyReachable() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const TopologyNode &n) { return n.isUp() && !n.external; });
}

} // namespace pgv
