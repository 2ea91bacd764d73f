// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagseries.h"

#include "topology/topology.h"

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
struct MetricName
{
    LagMetric metric;
    QLatin1StringView name;
};
constexpr MetricName kMetricNames[] = {
    {LagMetric::WriteBytes, "write_bytes"_L1},
    {LagMetric::FlushBytes, "flush_bytes"_L1},
    {LagMetric::ReplayBytes, "replay_bytes"_L1},
    {LagMetric::WriteSeconds, "write_s"_L1},
    {LagMetric::FlushSeconds, "flush_s"_L1},
    {LagMetric::ReplaySeconds, "replay_s"_L1},
    {LagMetric::SlotRetainedBytes, "slot_retained_bytes"_L1},
    {LagMetric::LogicalLagBytes, "logical_lag_bytes"_L1},
    {LagMetric::LogicalLagSeconds, "logical_lag_s"_L1},
    {LagMetric::PoolerClientsWaiting, "pooler_clients_waiting"_L1},
    {LagMetric::PoolerMaxWaitSeconds, "pooler_max_wait_s"_L1},
};
} // namespace

QString metricName(LagMetric metric)
{
    for (const MetricName &entry : kMetricNames) {
        if (entry.metric == metric)
            return entry.name;
    }
    return {};
}

std::optional<LagMetric> metricFromName(QStringView name)
{
    for (const MetricName &entry : kMetricNames) {
        if (entry.name == name)
            return entry.metric;
    }
    return std::nullopt;
}

MetricUnit metricUnit(LagMetric metric)
{
    switch (metric) {
    case LagMetric::WriteBytes:
    case LagMetric::FlushBytes:
    case LagMetric::ReplayBytes:
    case LagMetric::SlotRetainedBytes:
    case LagMetric::LogicalLagBytes:
        return MetricUnit::Bytes;
    case LagMetric::WriteSeconds:
    case LagMetric::FlushSeconds:
    case LagMetric::ReplaySeconds:
    case LagMetric::LogicalLagSeconds:
    case LagMetric::PoolerMaxWaitSeconds:
        return MetricUnit::Seconds;
    case LagMetric::PoolerClientsWaiting:
        return MetricUnit::Count;
    }
    return MetricUnit::Count;
}

bool isBytesMetric(LagMetric metric)
{
    return metricUnit(metric) == MetricUnit::Bytes;
}

QList<LagPoint> deriveLagPoints(const TopologySnapshot &snapshot)
{
    QList<LagPoint> points;
    const qint64 time = snapshot.takenAt.toMSecsSinceEpoch();
    auto add = [&](const QString &subject, LagMetric metric, auto optionalValue) {
        if (optionalValue)
            points << LagPoint{{subject, metric}, time, double(*optionalValue)};
    };
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role != NodeRole::Standby)
            continue;
        add(node.name, LagMetric::WriteBytes, node.writeLagBytes);
        add(node.name, LagMetric::FlushBytes, node.flushLagBytes);
        add(node.name, LagMetric::ReplayBytes, node.replayLagBytes);
        add(node.name, LagMetric::WriteSeconds, node.writeLagSeconds);
        add(node.name, LagMetric::FlushSeconds, node.flushLagSeconds);
        add(node.name, LagMetric::ReplaySeconds, node.replayLagSeconds);
    }
    for (const SlotStatus &slot : snapshot.replicationSlots) {
        const QString subject = slot.name + u'@' + slot.node;
        add(subject, LagMetric::SlotRetainedBytes, slot.retainedBytes);
        if (slot.type == u"logical") {
            add(subject, LagMetric::LogicalLagBytes, slot.logicalLagBytes);
            add(subject, LagMetric::LogicalLagSeconds, snapshot.logicalLagSeconds(slot));
        }
    }
    for (const PoolerStatus &pooler : snapshot.poolers) {
        if (!pooler.reachable)
            continue;
        const PoolerClients clients = pooler.clientTotals();
        points << LagPoint{{pooler.name, LagMetric::PoolerClientsWaiting}, time, double(clients.waiting)}
               << LagPoint{{pooler.name, LagMetric::PoolerMaxWaitSeconds}, time, clients.longestWaitSeconds};
    }
    return points;
}

} // namespace pgv
