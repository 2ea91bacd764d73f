// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyevents.h"

#include "topology/topology.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
struct KindName
{
    ClusterEvent::Kind kind;
    QLatin1StringView name;
};
constexpr KindName kKindNames[] = {
    {ClusterEvent::Kind::NodeDown, "node_down"_L1},         {ClusterEvent::Kind::NodeUp, "node_up"_L1},
    {ClusterEvent::Kind::TimelineChange, "timeline_change"_L1}, {ClusterEvent::Kind::Switchover, "switchover"_L1},
    {ClusterEvent::Kind::ReplayPaused, "replay_paused"_L1}, {ClusterEvent::Kind::ReplayResumed, "replay_resumed"_L1},
    {ClusterEvent::Kind::AlertFired, "alert_fired"_L1},     {ClusterEvent::Kind::AlertCleared, "alert_cleared"_L1},
    {ClusterEvent::Kind::Action, "action"_L1},
};
} // namespace

QString eventKindName(ClusterEvent::Kind kind)
{
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

std::optional<ClusterEvent::Kind> eventKindFromName(QStringView name)
{
    for (const KindName &entry : kKindNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QList<ClusterEvent> detectEvents(const TopologySnapshot &before, const TopologySnapshot &after)
{
    QList<ClusterEvent> events;
    const qint64 time = after.takenAt.toMSecsSinceEpoch();
    auto add = [&](ClusterEvent::Kind kind, const QString &node, const QString &label) { events << ClusterEvent{time, kind, node, label}; };
    QString oldPrimary;
    QString newPrimary;
    for (const TopologyNode &node : before.nodes) {
        if (node.role == NodeRole::Primary && oldPrimary.isEmpty())
            oldPrimary = node.name;
    }
    for (const TopologyNode &node : after.nodes) {
        if (node.external)
            continue;
        if (node.role == NodeRole::Primary && newPrimary.isEmpty())
            newPrimary = node.name;
        const TopologyNode *earlier = before.node(node.name);
        if (!earlier || earlier->role == NodeRole::Unknown || node.role == NodeRole::Unknown)
            continue;
        if (node.role == NodeRole::Down && earlier->role != NodeRole::Down)
            add(ClusterEvent::Kind::NodeDown, node.name, QCoreApplication::translate("ClusterEvent", "%1 down").arg(node.name));
        else if (node.role != NodeRole::Down && earlier->role == NodeRole::Down)
            add(ClusterEvent::Kind::NodeUp, node.name, QCoreApplication::translate("ClusterEvent", "%1 up").arg(node.name));
        if (node.isUp() && earlier->timeline > 0 && node.timeline > 0 && node.timeline != earlier->timeline)
            add(ClusterEvent::Kind::TimelineChange, node.name,
                QCoreApplication::translate("ClusterEvent", "%1 on timeline %2").arg(node.name).arg(node.timeline));
        if (node.isUp() && earlier->isUp() && node.replayPaused != earlier->replayPaused)
            add(node.replayPaused ? ClusterEvent::Kind::ReplayPaused : ClusterEvent::Kind::ReplayResumed, node.name,
                node.replayPaused ? QCoreApplication::translate("ClusterEvent", "%1 replay paused").arg(node.name)
                                  : QCoreApplication::translate("ClusterEvent", "%1 replay resumed").arg(node.name));
    }
    if (!oldPrimary.isEmpty() && !newPrimary.isEmpty() && oldPrimary != newPrimary)
        add(ClusterEvent::Kind::Switchover, newPrimary,
            QCoreApplication::translate("ClusterEvent", "primary %1 → %2").arg(oldPrimary, newPrimary));
    return events;
}

} // namespace pgv
