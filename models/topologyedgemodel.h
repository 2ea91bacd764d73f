// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"

#include <QAbstractTableModel>

namespace pgv {

/// The edges of the estate, one row each: physical replication, subscriptions, poolers, within a cluster or between
/// clusters. Views draw edges from here, never from the shape of a tree. Each end names its cluster (an edge read
/// from a snapshot gets the snapshot's cluster where it named none). Updated in place while the edges stay the same.
class TopologyEdgeModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UpstreamColumn, StandbyColumn, KindColumn, StateColumn, LagColumn, ColumnCount };
    enum Roles {
        KindRole = Qt::UserRole + 1, // int(pgv::EdgeKind)
        UpstreamRole,
        StandbyRole,
        UpstreamClusterRole,
        StandbyClusterRole,
        SyncStateRole,
        StateRole,
        StreamingRole,
        ReplayLagBytesRole, // qint64, invalid when unknown
        SlotRole,
        ReplayLagSecondsRole, // double, invalid when unknown
        PublicationsRole,     // QStringList: what a logical edge's subscription subscribes to
        ClientsActiveRole,    // int: a pooler edge's clients (its routed pools together)
        ClientsWaitingRole,   // int
        MaxWaitSecondsRole,   // double: the longest wait among them
    };

    explicit TopologyEdgeModel(QObject *parent = nullptr);

    /// The edges of \a cluster's snapshot, or edges between clusters (each end naming its cluster).
    void setEdges(const QList<TopologyEdge> &edges, const QString &cluster = {});
    const QList<TopologyEdge> &edges() const { return m_edges; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<TopologyEdge> m_edges;
};

} // namespace pgv
