// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace pgv {

struct TopologySnapshot;

/// Something that happened to the cluster, drawn as a marker on the lag chart's time axis.
struct ClusterEvent
{
    enum class Kind { NodeDown, NodeUp, TimelineChange, Switchover, ReplayPaused, ReplayResumed, AlertFired, AlertCleared, Action };
    qint64 timeMs = 0;
    Kind kind = Kind::NodeDown;
    QString node;
    QString label; // short text for the marker: "node3 down", "timeline 2", …

    friend bool operator==(const ClusterEvent &, const ClusterEvent &) = default;
};

QString eventKindName(ClusterEvent::Kind kind); // stable: node_down, node_up, timeline_change, …
std::optional<ClusterEvent::Kind> eventKindFromName(QStringView name);

/// What changed between two snapshots of one cluster. A node not yet probed is neither up nor down.
QList<ClusterEvent> detectEvents(const TopologySnapshot &before, const TopologySnapshot &after);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::ClusterEvent)
