// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyedgemodel.h"

#include "core/units.h"

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
/// The same edge: same kind and ends. What it carries (state, lag) may differ.
bool sameEnds(const TopologyEdge &a, const TopologyEdge &b)
{
    return a.kind == b.kind && a.upstream == b.upstream && a.standby == b.standby && a.upstreamCluster == b.upstreamCluster
           && a.standbyCluster == b.standbyCluster;
}
} // namespace

TopologyEdgeModel::TopologyEdgeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TopologyEdgeModel::setEdges(const QList<TopologyEdge> &edges, const QString &cluster)
{
    QList<TopologyEdge> named = edges;
    for (TopologyEdge &edge : named) {
        if (edge.upstreamCluster.isEmpty())
            edge.upstreamCluster = cluster;
        if (edge.standbyCluster.isEmpty())
            edge.standbyCluster = cluster;
    }
    const bool sameShape = named.size() == m_edges.size()
                           && std::equal(named.cbegin(), named.cend(), m_edges.cbegin(), sameEnds);
    if (!sameShape) {
        beginResetModel();
        m_edges = std::move(named);
        endResetModel();
        return;
    }
    m_edges = std::move(named);
    if (!m_edges.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_edges.size()) - 1, ColumnCount - 1));
}

int TopologyEdgeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edges.size());
}

int TopologyEdgeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopologyEdgeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopologyEdge &edge = m_edges.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UpstreamColumn:
            return edge.upstream;
        case StandbyColumn:
            return edge.standby;
        case KindColumn:
            return edgeKindName(edge.kind);
        case StateColumn:
            return edge.state;
        case LagColumn:
            return edge.replayLagBytes ? QVariant(formatBytes(*edge.replayLagBytes)) : QVariant();
        default:
            return {};
        }
    case KindRole:
        return int(edge.kind);
    case UpstreamRole:
        return edge.upstream;
    case StandbyRole:
        return edge.standby;
    case UpstreamClusterRole:
        return edge.upstreamCluster;
    case StandbyClusterRole:
        return edge.standbyCluster;
    case SyncStateRole:
        return edge.syncState;
    case StateRole:
        return edge.state;
    case StreamingRole:
        return edge.streaming;
    case ReplayLagBytesRole:
        return edge.replayLagBytes ? QVariant(*edge.replayLagBytes) : QVariant();
    case SlotRole:
        return edge.slot;
    case ReplayLagSecondsRole:
        return edge.replayLagSeconds ? QVariant(*edge.replayLagSeconds) : QVariant();
    case PublicationsRole:
        return edge.publications;
    case ClientsActiveRole:
        return edge.clientsActive ? QVariant(*edge.clientsActive) : QVariant();
    case ClientsWaitingRole:
        return edge.clientsWaiting ? QVariant(*edge.clientsWaiting) : QVariant();
    case MaxWaitSecondsRole:
        return edge.maxWaitSeconds ? QVariant(*edge.maxWaitSeconds) : QVariant();
    default:
        return {};
    }
}

QVariant TopologyEdgeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UpstreamColumn:
        return tr("From");
    case StandbyColumn:
        return tr("To");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    case LagColumn:
        return tr("Replay lag");
    default:
        return {};
    }
}

QHash<int, QByteArray> TopologyEdgeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(UpstreamRole, "upstream");
    names.insert(StandbyRole, "standby");
    names.insert(UpstreamClusterRole, "upstreamCluster");
    names.insert(StandbyClusterRole, "standbyCluster");
    names.insert(SyncStateRole, "syncState");
    names.insert(StateRole, "state");
    names.insert(StreamingRole, "streaming");
    names.insert(ReplayLagBytesRole, "replayLagBytes");
    names.insert(SlotRole, "slot");
    names.insert(ReplayLagSecondsRole, "replayLagSeconds");
    return names;
}

} // namespace pgv
