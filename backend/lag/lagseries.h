// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pgv {

struct TopologySnapshot;

enum class LagMetric {
    WriteBytes,
    FlushBytes,
    ReplayBytes,
    WriteSeconds,
    FlushSeconds,
    ReplaySeconds,
    SlotRetainedBytes, // subject "slot@node"
    LogicalLagBytes,   // subject "slot@node": how far a logical slot's subscriber has confirmed
    LogicalLagSeconds, // subject "slot@node": the same in time, from the slot's walsender (a subscription's lag)
    PoolerClientsWaiting, // subject: the pooler; clients waiting for a server connection, over its pools
    PoolerMaxWaitSeconds, // subject: the pooler; the longest of those waits
};

/// What a metric's values count, for axes and tooltips.
enum class MetricUnit { Bytes, Seconds, Count };
MetricUnit metricUnit(LagMetric metric);

/// "replay_bytes", "slot_retained_bytes"…: stable names, used in the history file and exports.
QString metricName(LagMetric metric);
std::optional<LagMetric> metricFromName(QStringView name);
bool isBytesMetric(LagMetric metric);

/// One time series: what is measured (metric) of what (a standby's name, or slot@node).
struct SeriesKey
{
    QString subject;
    LagMetric metric = LagMetric::ReplayBytes;

    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
};

inline size_t qHash(const SeriesKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.subject, int(key.metric));
}

struct LagPoint
{
    SeriesKey key;
    qint64 timeMs = 0;
    double value = 0;
};

/// Every lag figure a snapshot holds, as points at the snapshot's time: write/flush/replay lag of each standby in
/// bytes and seconds (a NULL time lag on an idle link counts as 0, not as unknown), the WAL each slot retains, and
/// each reachable pooler's waiting clients and longest wait.
QList<LagPoint> deriveLagPoints(const TopologySnapshot &snapshot);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::LagPoint)
