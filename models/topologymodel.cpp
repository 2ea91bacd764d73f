// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologymodel.h"
#include "statecolors.h"

#include "core/units.h"

#include <QColor>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

TopologyModel::TopologyModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_edges(new TopologyEdgeModel(this))
{
}

void TopologyModel::buildTree(const TopologySnapshot &snapshot, QList<Item> *items, QList<int> *roots)
{
    items->clear();
    roots->clear();
    QHash<QString, int> byName;
    for (int i = 0; i < snapshot.nodes.size(); ++i)
        byName.insert(snapshot.nodes[i].name, i);

    QHash<int, QList<int>> childrenOf; // node index -> child node indexes
    QList<int> rootNodes;
    for (int i = 0; i < snapshot.nodes.size(); ++i) {
        const int upstream = byName.value(snapshot.nodes[i].upstream, -1);
        if (upstream < 0 || upstream == i)
            rootNodes << i;
        else
            childrenOf[upstream] << i;
    }
    QSet<int> placed;
    // Breadth-first from the roots; a node on a cycle of upstreams is never reached and becomes a root itself.
    auto place = [&](int node, int parentItem) {
        Item item;
        item.node = node;
        item.parent = parentItem;
        item.row = parentItem < 0 ? int(roots->size()) : int((*items)[parentItem].children.size());
        items->append(item);
        const int itemIndex = int(items->size()) - 1;
        if (parentItem < 0)
            roots->append(itemIndex);
        else
            (*items)[parentItem].children << itemIndex;
        placed.insert(node);
        return itemIndex;
    };
    QList<int> queue;
    auto placeDescendants = [&] {
        while (!queue.isEmpty()) {
            const int itemIndex = queue.takeFirst();
            const QList<int> children = childrenOf.value((*items)[itemIndex].node);
            for (int child : children) {
                if (!placed.contains(child))
                    queue << place(child, itemIndex);
            }
        }
    };
    for (int node : std::as_const(rootNodes))
        queue << place(node, -1);
    placeDescendants();
    for (int node = 0; node < snapshot.nodes.size(); ++node) {
        if (!placed.contains(node)) {
            queue << place(node, -1);
            placeDescendants();
        }
    }
    for (qsizetype pooler = 0; pooler < snapshot.poolers.size(); ++pooler)
        place(int(snapshot.nodes.size() + pooler), -1);
}

QString TopologyModel::itemName(const TopologySnapshot &snapshot, const Item &item)
{
    return item.node < snapshot.nodes.size() ? snapshot.nodes[item.node].name : snapshot.poolers[item.node - snapshot.nodes.size()].name;
}

bool TopologyModel::sameShape(const QList<Item> &a, const QList<Item> &b, const TopologySnapshot &sa, const TopologySnapshot &sb)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a[i].parent != b[i].parent || a[i].row != b[i].row || itemName(sa, a[i]) != itemName(sb, b[i]))
            return false;
    }
    return true;
}

void TopologyModel::setSnapshot(const SnapshotPtr &shared)
{
    const SnapshotPtr incoming = shared ? shared : emptySnapshot();
    const TopologySnapshot &snapshot = *incoming;
    // Edges first: a view relaying out on the node model's reset finds this snapshot's edges already there.
    m_edges->setEdges(snapshot.edges, snapshot.cluster);
    QList<Item> items;
    QList<int> roots;
    buildTree(snapshot, &items, &roots);
    if (sameShape(items, m_items, snapshot, *m_snapshot)) {
        m_snapshot = incoming;
        m_items = items;
        m_roots = roots;
        emitChanged({});
        return;
    }
    beginResetModel();
    m_snapshot = incoming;
    m_items = items;
    m_roots = roots;
    endResetModel();
}

void TopologyModel::emitChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int row = 0; row < rows; ++row)
        emitChanged(index(row, 0, parent));
}

QModelIndex TopologyModel::indexOfNode(const QString &name) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (itemName(*m_snapshot, m_items[i]) == name)
            return createIndex(m_items[i].row, 0, quintptr(i));
    }
    return {};
}

QModelIndex TopologyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_items[int(parent.internalId())].children : m_roots;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex TopologyModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentItem = m_items[int(child.internalId())].parent;
    if (parentItem < 0)
        return {};
    return createIndex(m_items[parentItem].row, 0, quintptr(parentItem));
}

int TopologyModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_items[int(parent.internalId())].children.size());
}

int TopologyModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TopologyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int item = m_items[int(index.internalId())].node;
    if (item >= m_snapshot->nodes.size())
        return poolerData(index, m_snapshot->poolers[item - m_snapshot->nodes.size()], role);
    const TopologyNode &node = m_snapshot->nodes[item];
    const QString address = node.port > 0 ? node.host + u':' + QString::number(node.port) : node.host;
    const auto [problems, worst] = problemsOf(node.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node.name;
        case RoleColumn:
            return roleName(node.role);
        case StateColumn:
            return node.state;
        case TimelineColumn:
            return node.timeline > 0 ? QVariant(node.timeline) : QVariant();
        case LsnColumn:
            return node.lsn ? node.lsn->toString() : QString();
        case SyncColumn:
            return node.syncState;
        case LagColumn:
            return node.replayLagBytes && node.role != NodeRole::Primary ? formatBytes(*node.replayLagBytes) : QString();
        case AddressColumn:
            return address;
        }
        return {};
    case Qt::ToolTipRole:
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
    case Qt::ForegroundRole:
        if (node.role == NodeRole::Down || (worst && *worst >= ProblemSeverity::Error))
            return statecolors::bad();
        return {};
    case NodeNameRole:
        return node.name;
    case NodeRoleRole:
        return int(node.role);
    case StateRole:
        return node.state;
    case ServerVersionRole:
        return node.serverVersion;
    case TimelineRole:
        return node.timeline;
    case LsnRole:
        return node.lsn ? node.lsn->toString() : QString();
    case UpstreamRole:
        return node.upstream;
    case SyncStateRole:
        return node.syncState;
    case ReplayLagBytesRole:
        return node.replayLagBytes ? QVariant(*node.replayLagBytes) : QVariant();
    case ReplayLagSecondsRole:
        return node.replayLagSeconds ? QVariant(*node.replayLagSeconds) : QVariant();
    case ReplayPausedRole:
        return node.replayPaused;
    case AddressRole:
        return address;
    case ErrorRole:
        return node.error;
    case ExternalRole:
        return node.external;
    case ProblemsRole:
        return problems;
    case SeverityRole:
        return worst ? QVariant(int(*worst)) : QVariant();
    case ConnectionsRole:
        return node.connections;
    case DepthRole:
        return node.depth;
    case HaRoleRole:
        return node.ha ? node.ha->role : QString();
    case HaStateRole:
        return node.ha ? node.ha->state : QString();
    case PoolerRole:
        return false;
    }
    return {};
}

std::pair<QStringList, std::optional<ProblemSeverity>> TopologyModel::problemsOf(const QString &name) const
{
    QStringList problems;
    std::optional<ProblemSeverity> worst;
    for (const Problem &problem : m_snapshot->problems) {
        if (problem.node != name)
            continue;
        problems << problem.message;
        if (!worst || problem.severity > *worst)
            worst = problem.severity;
    }
    return {problems, worst};
}

QVariant TopologyModel::poolerData(const QModelIndex &index, const PoolerStatus &pooler, int role) const
{
    const QString address = pooler.host + u':' + QString::number(pooler.port);
    const PoolerClients clients = pooler.clientTotals();
    const QString state = !pooler.reachable ? tr("unreachable") : pooler.paused() ? tr("paused") : tr("routing");
    const auto [problems, worst] = problemsOf(pooler.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return pooler.name;
        case RoleColumn:
            return u"pooler"_s;
        case StateColumn:
            return state;
        case AddressColumn:
            return address;
        }
        return {};
    case Qt::ToolTipRole:
        return problems.isEmpty() ? QVariant() : QVariant(problems.join(u'\n'));
    case Qt::ForegroundRole:
        return !pooler.reachable || (worst && *worst >= ProblemSeverity::Error) ? QVariant(statecolors::bad()) : QVariant();
    case NodeNameRole:
        return pooler.name;
    case NodeRoleRole:
        return int(pooler.reachable ? NodeRole::Unknown : NodeRole::Down);
    case StateRole:
        return state;
    case ServerVersionRole:
        return pooler.version;
    case AddressRole:
        return address;
    case ErrorRole:
        return pooler.error;
    case ExternalRole:
        return false;
    case ProblemsRole:
        return problems;
    case SeverityRole:
        return worst ? QVariant(int(*worst)) : QVariant();
    case ConnectionsRole:
        return pooler.clientCount;
    case DepthRole:
        return 0;
    case PoolerRole:
        return true;
    case PoolerPausedRole:
        return pooler.reachable && pooler.paused();
    case PoolerRoutesToRole:
        return m_snapshot->poolerRoute(pooler.name);
    case ClientsActiveRole:
        return clients.active;
    case ClientsWaitingRole:
        return clients.waiting;
    case MaxWaitSecondsRole:
        return clients.longestWaitSeconds;
    }
    return {};
}

QVariant TopologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Node");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case TimelineColumn:
        return tr("Timeline");
    case LsnColumn:
        return tr("LSN");
    case SyncColumn:
        return tr("Sync");
    case LagColumn:
        return tr("Replay lag");
    case AddressColumn:
        return tr("Address");
    }
    return {};
}

QHash<int, QByteArray> TopologyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeNameRole, "nodeName");
    names.insert(NodeRoleRole, "nodeRole");
    names.insert(StateRole, "state");
    names.insert(TimelineRole, "timeline");
    names.insert(LsnRole, "lsn");
    names.insert(UpstreamRole, "upstream");
    names.insert(ReplayLagBytesRole, "replayLagBytes");
    names.insert(SeverityRole, "severity");
    names.insert(PoolerRole, "pooler");
    return names;
}

} // namespace pgv
