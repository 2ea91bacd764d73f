// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodedetailsmodel.h"

#include "core/units.h"

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString lsnText(const std::optional<Lsn> &lsn)
{
    return lsn ? lsn->toString() : QString();
}

QString bytesText(const std::optional<qint64> &bytes)
{
    return bytes ? formatBytes(*bytes) : QString();
}

QString secondsText(const std::optional<double> &seconds)
{
    return seconds ? formatSeconds(*seconds) : QString();
}

class TreeBuilder
{
public:
    QList<NodeDetailsModel::Entry> entries;
    QList<int> roots;

    int add(int parent, const QString &label, const QString &value = {})
    {
        NodeDetailsModel::Entry entry;
        entry.label = label;
        entry.value = value;
        entry.parent = parent;
        entry.row = int(parent < 0 ? roots.size() : entries[parent].children.size());
        entries << entry;
        // Only now take the sibling list: appending to entries may have moved it.
        (parent < 0 ? roots : entries[parent].children) << int(entries.size()) - 1;
        return int(entries.size()) - 1;
    }
    /// Properties without a value are left out: a blank line says nothing.
    void addIf(int parent, const QString &label, const QString &value)
    {
        if (!value.isEmpty())
            add(parent, label, value);
    }
};

void addNodeSection(TreeBuilder &tree, const TopologyNode &node, const NodeProbe *probe)
{
    const int section = tree.add(-1, NodeDetailsModel::tr("Node"), node.name);
    tree.add(section, NodeDetailsModel::tr("Role"), roleName(node.role));
    tree.add(section, NodeDetailsModel::tr("State"), node.state);
    tree.addIf(section, NodeDetailsModel::tr("Address"), node.port > 0 ? node.host + u':' + QString::number(node.port) : node.host);
    tree.addIf(section, NodeDetailsModel::tr("Error"), node.error);
    tree.addIf(section, NodeDetailsModel::tr("Server version"), node.serverVersion);
    tree.addIf(section, NodeDetailsModel::tr("Timeline"), node.timeline > 0 ? QString::number(node.timeline) : QString());
    tree.addIf(section, node.role == NodeRole::Primary ? NodeDetailsModel::tr("Current WAL position") : NodeDetailsModel::tr("Replayed up to"),
               lsnText(node.lsn));
    if (probe) {
        tree.addIf(section, NodeDetailsModel::tr("Received up to"), probe->inRecovery ? lsnText(probe->receiveLsn) : QString());
        tree.addIf(section, NodeDetailsModel::tr("cluster_name"), probe->clusterName);
        tree.addIf(section, NodeDetailsModel::tr("System identifier"), probe->systemIdentifier);
        tree.add(section, NodeDetailsModel::tr("Client connections"), QString::number(probe->connections));
    }
    if (node.ha) {
        tree.addIf(section, NodeDetailsModel::tr("Patroni role"), node.ha->role);
        tree.addIf(section, NodeDetailsModel::tr("Patroni state"), node.ha->state);
        tree.addIf(section, NodeDetailsModel::tr("Patroni lag"), bytesText(node.ha->lagBytes));
    }
    tree.addIf(section, NodeDetailsModel::tr("Probe latency"), node.probeLatencyMs >= 0 ? u"%1 ms"_s.arg(node.probeLatencyMs) : QString());
    tree.addIf(section, NodeDetailsModel::tr("Last seen"), node.lastSeen.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

void addReplicationSection(TreeBuilder &tree, const TopologyNode &node, const NodeProbe *probe)
{
    if (node.role == NodeRole::Primary || node.upstream.isEmpty())
        return;
    const int section = tree.add(-1, NodeDetailsModel::tr("Replication"), node.upstream);
    tree.add(section, NodeDetailsModel::tr("Upstream"), node.upstream);
    tree.addIf(section, NodeDetailsModel::tr("Sync state"), node.syncState);
    tree.addIf(section, NodeDetailsModel::tr("Write lag"), bytesText(node.writeLagBytes));
    tree.addIf(section, NodeDetailsModel::tr("Flush lag"), bytesText(node.flushLagBytes));
    tree.addIf(section, NodeDetailsModel::tr("Replay lag"), bytesText(node.replayLagBytes));
    tree.addIf(section, NodeDetailsModel::tr("Replay lag (time)"), secondsText(node.replayLagSeconds));
    tree.add(section, NodeDetailsModel::tr("Replay paused"), node.replayPaused ? NodeDetailsModel::tr("yes") : NodeDetailsModel::tr("no"));
    if (probe && probe->lastReplayTime)
        tree.add(section, NodeDetailsModel::tr("Last replayed commit"), probe->lastReplayTime->toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    if (probe && probe->walReceiver) {
        const WalReceiver &receiver = *probe->walReceiver;
        const int walReceiver = tree.add(section, NodeDetailsModel::tr("WAL receiver"), receiver.status);
        tree.add(walReceiver, NodeDetailsModel::tr("Sender"), receiver.senderHost + u':' + QString::number(receiver.senderPort));
        tree.addIf(walReceiver, NodeDetailsModel::tr("Slot"), receiver.slotName);
        tree.add(walReceiver, NodeDetailsModel::tr("Received timeline"), QString::number(receiver.receivedTimeline));
        tree.addIf(walReceiver, NodeDetailsModel::tr("Flushed up to"), lsnText(receiver.flushedLsn));
        tree.addIf(walReceiver, NodeDetailsModel::tr("Latest end"), lsnText(receiver.latestEndLsn));
    }
}

void addClientsSection(TreeBuilder &tree, const NodeProbe &probe)
{
    if (probe.replication.isEmpty())
        return;
    const int section = tree.add(-1, NodeDetailsModel::tr("Streaming to"), QString::number(probe.replication.size()));
    for (const ReplicationClient &client : probe.replication) {
        const int row = tree.add(section, client.applicationName, client.state + u", "_s + client.syncState);
        tree.add(row, NodeDetailsModel::tr("Client"), client.clientAddress + u':' + QString::number(client.clientPort));
        tree.addIf(row, NodeDetailsModel::tr("Sent"), lsnText(client.sentLsn));
        tree.addIf(row, NodeDetailsModel::tr("Written"), lsnText(client.writeLsn));
        tree.addIf(row, NodeDetailsModel::tr("Flushed"), lsnText(client.flushLsn));
        tree.addIf(row, NodeDetailsModel::tr("Replayed"), lsnText(client.replayLsn));
        tree.add(row, NodeDetailsModel::tr("Replay lag (time)"), client.replayLagSeconds ? formatSeconds(*client.replayLagSeconds) : NodeDetailsModel::tr("idle"));
    }
}

void addSlotsSection(TreeBuilder &tree, const NodeProbe &probe)
{
    if (probe.replicationSlots.isEmpty())
        return;
    const int section = tree.add(-1, NodeDetailsModel::tr("Replication slots"), QString::number(probe.replicationSlots.size()));
    const std::optional<Lsn> end = probe.walEnd();
    for (const ReplicationSlot &slot : probe.replicationSlots) {
        const int row = tree.add(section, slot.name,
                                 (slot.active ? NodeDetailsModel::tr("active") : NodeDetailsModel::tr("inactive")) + u", "_s + slot.type);
        tree.addIf(row, NodeDetailsModel::tr("Restart LSN"), lsnText(slot.restartLsn));
        tree.addIf(row, NodeDetailsModel::tr("Retained WAL"), bytesText(lsnDiff(end, slot.restartLsn)));
        tree.addIf(row, NodeDetailsModel::tr("WAL status"), slot.walStatus);
        tree.addIf(row, NodeDetailsModel::tr("Safe WAL size"), bytesText(slot.safeWalSize));
        tree.addIf(row, NodeDetailsModel::tr("Plugin"), slot.plugin);
        tree.addIf(row, NodeDetailsModel::tr("Database"), slot.database);
    }
}

} // namespace

NodeDetailsModel::NodeDetailsModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void addPoolerSections(TreeBuilder &tree, const PoolerStatus &pooler, const QString &routesTo)
{
    const int section = tree.add(-1, NodeDetailsModel::tr("Pooler"), pooler.name);
    tree.add(section, NodeDetailsModel::tr("State"),
             !pooler.reachable ? NodeDetailsModel::tr("unreachable") : pooler.paused() ? NodeDetailsModel::tr("paused") : NodeDetailsModel::tr("routing"));
    tree.add(section, NodeDetailsModel::tr("Address"), pooler.host + u':' + QString::number(pooler.port));
    tree.addIf(section, NodeDetailsModel::tr("Error"), pooler.error);
    tree.addIf(section, NodeDetailsModel::tr("Version"), pooler.version);
    tree.addIf(section, NodeDetailsModel::tr("Routes to"), routesTo);
    if (pooler.reachable)
        tree.add(section, NodeDetailsModel::tr("Client connections"), QString::number(pooler.clientCount));
    if (pooler.roundTripMs >= 0)
        tree.add(section, NodeDetailsModel::tr("Poll"), QString::number(pooler.roundTripMs) + u" ms"_s);
    if (pooler.probedAt.isValid())
        tree.add(section, NodeDetailsModel::tr("Last read"), pooler.probedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    if (!pooler.reachable)
        return;
    const int databases = tree.add(-1, NodeDetailsModel::tr("Databases"), QString::number(pooler.routedDatabases().size()));
    for (const PoolerDatabase &database : pooler.routedDatabases()) {
        tree.add(databases, database.name,
                 NodeDetailsModel::tr("%1:%2/%3, pool_size %4%5")
                     .arg(database.host)
                     .arg(database.port)
                     .arg(database.database)
                     .arg(database.poolSize)
                     .arg(database.paused ? NodeDetailsModel::tr(", paused") : QString()));
    }
    const int pools = tree.add(-1, NodeDetailsModel::tr("Pools"), QString::number(pooler.pools.size()));
    for (const PoolerPool &pool : pooler.pools) {
        tree.add(pools, pool.database + u'/' + pool.user,
                 NodeDetailsModel::tr("%1 active, %2 waiting; servers %3 active, %4 idle, %5 used")
                     .arg(pool.clientsActive)
                     .arg(pool.clientsWaiting)
                     .arg(pool.serversActive)
                     .arg(pool.serversIdle)
                     .arg(pool.serversUsed));
    }
    const int settings = tree.add(-1, NodeDetailsModel::tr("Settings"), QString::number(pooler.config.size()));
    for (auto it = pooler.config.cbegin(); it != pooler.config.cend(); ++it)
        tree.add(settings, it.key(), it.value());
}

void NodeDetailsModel::setNode(const TopologyNode *node, const NodeProbe *probe)
{
    TreeBuilder tree;
    if (node) {
        const NodeProbe *usable = probe && probe->reachable ? probe : nullptr;
        addNodeSection(tree, *node, usable);
        addReplicationSection(tree, *node, usable);
        if (usable) {
            addClientsSection(tree, *usable);
            addSlotsSection(tree, *usable);
        }
    }
    apply(tree.entries, tree.roots, node ? node->name : QString());
}

void NodeDetailsModel::setPooler(const PoolerStatus &pooler, const QString &routesTo)
{
    TreeBuilder tree;
    addPoolerSections(tree, pooler, routesTo);
    apply(tree.entries, tree.roots, pooler.name);
}

void NodeDetailsModel::apply(const QList<Entry> &entries, const QList<int> &roots, const QString &name)
{
    const bool sameShape = name == m_nodeName && entries.size() == m_entries.size()
                           && std::equal(entries.cbegin(), entries.cend(), m_entries.cbegin(), [](const Entry &a, const Entry &b) {
                                  return a.label == b.label && a.parent == b.parent && a.row == b.row;
                              });
    if (!sameShape) {
        beginResetModel();
        m_nodeName = name;
        m_entries = entries;
        m_roots = roots;
        endResetModel();
        return;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].value != entries[i].value) {
            m_entries[i].value = entries[i].value;
            const QModelIndex changed = createIndex(m_entries[i].row, ValueColumn, quintptr(i));
            Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole});
        }
    }
}

QString NodeDetailsModel::toText() const
{
    QString text;
    std::function<void(const QList<int> &, int)> write = [&](const QList<int> &entries, int depth) {
        for (int i : entries) {
            text += QString(depth * 2, u' ') + m_entries[i].label;
            if (!m_entries[i].value.isEmpty())
                text += u": "_s + m_entries[i].value;
            text += u'\n';
            write(m_entries[i].children, depth + 1);
        }
    };
    write(m_roots, 0);
    return text;
}

QModelIndex NodeDetailsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const QList<int> siblings = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[row]));
}

QModelIndex NodeDetailsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentEntry = m_entries[int(child.internalId())].parent;
    return parentEntry < 0 ? QModelIndex() : createIndex(m_entries[parentEntry].row, 0, quintptr(parentEntry));
}

int NodeDetailsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int NodeDetailsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant NodeDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries[int(index.internalId())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == PropertyColumn ? entry.label : entry.value;
    return {};
}

QVariant NodeDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == PropertyColumn ? tr("Property") : tr("Value");
}

} // namespace pgv
