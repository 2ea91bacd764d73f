// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"
#include "topologyedgemodel.h"

#include <QAbstractItemModel>

namespace pgv {

/// The replication tree: primaries (and nodes whose upstream is unknown) at the top, each standby under the node it
/// streams from. Updated in place while the tree keeps its shape, so views do not flicker or lose their selection.
/// The tree is for lists; the edges of the cluster (every kind, several per node) are in edgeModel(). The cluster's
/// poolers follow the nodes as top-level rows (PoolerRole true; their address, version and state in the node roles,
/// their clients in the pooler roles), so the graph draws them as cards.
class TopologyModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, StateColumn, TimelineColumn, LsnColumn, SyncColumn, LagColumn, AddressColumn, ColumnCount };
    enum Roles {
        NodeNameRole = Qt::UserRole + 1,
        NodeRoleRole,       // int(pgv::NodeRole)
        StateRole,
        ServerVersionRole,
        TimelineRole,
        LsnRole,            // text, empty when unknown
        UpstreamRole,
        SyncStateRole,
        ReplayLagBytesRole, // qint64, invalid when unknown
        ReplayLagSecondsRole,
        ReplayPausedRole,
        AddressRole,
        ErrorRole,
        ExternalRole,
        ProblemsRole,       // QStringList of problem messages about this node
        SeverityRole,       // int(pgv::ProblemSeverity) of the worst problem, invalid when none
        ConnectionsRole,
        DepthRole,
        HaRoleRole,  // Patroni's role for the node, empty without Patroni
        HaStateRole,
        PoolerRole,          // bool: the row is a connection pooler, not a server
        PoolerPausedRole,    // bool
        PoolerRoutesToRole,  // the node (or host:port) it routes to
        ClientsActiveRole,   // int, over its routed pools
        ClientsWaitingRole,  // int
        MaxWaitSecondsRole,  // double: the longest wait of a client
    };

    explicit TopologyModel(QObject *parent = nullptr);

    /// Shows \a snapshot (null: nothing), keeping a reference to it rather than a copy.
    void setSnapshot(const SnapshotPtr &snapshot);
    const TopologySnapshot &snapshot() const { return *m_snapshot; }
    const QString &cluster() const { return m_snapshot->cluster; }
    /// The snapshot's edges, updated with it.
    TopologyEdgeModel *edgeModel() const { return m_edges; }
    /// The index of the node named \a name in column 0, or an invalid index.
    QModelIndex indexOfNode(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Item
    {
        int node = -1;   // index into m_snapshot.nodes
        int parent = -1; // index into m_items
        int row = 0;
        QList<int> children;
    };
    /// Items in tree order; m_roots are the top-level items.
    static void buildTree(const TopologySnapshot &snapshot, QList<Item> *items, QList<int> *roots);
    static bool sameShape(const QList<Item> &a, const QList<Item> &b, const TopologySnapshot &sa, const TopologySnapshot &sb);
    /// An item's name: its node's, or (past the nodes) its pooler's.
    static QString itemName(const TopologySnapshot &snapshot, const Item &item);
    QVariant poolerData(const QModelIndex &index, const PoolerStatus &pooler, int role) const;
    /// The messages of the problems about \a name (a node or a pooler), and the worst severity among them.
    std::pair<QStringList, std::optional<ProblemSeverity>> problemsOf(const QString &name) const;
    void emitChanged(const QModelIndex &parent);

    SnapshotPtr m_snapshot = emptySnapshot();
    TopologyEdgeModel *m_edges;
    QList<Item> m_items;
    QList<int> m_roots;
};

} // namespace pgv
