// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockingtreemodel.h"

#include "core/units.h"
#include "statecolors.h"

#include <QFont>

#include <functional>

using namespace Qt::StringLiterals;

namespace pgv {

BlockingTreeModel::BlockingTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void BlockingTreeModel::setSessions(const QList<NodeSessions> &nodes)
{
    beginResetModel();
    m_items.clear();
    m_roots.clear();
    m_waiting = 0;
    m_now = {};
    for (const NodeSessions &node : nodes) {
        if (!node.error.isEmpty())
            continue;
        m_now = std::max(m_now, node.readAt);
        const BlockingTree tree = buildBlockingTree(node);
        m_waiting += tree.waitingCount;
        for (const BlockingRoot &root : tree.roots) {
            Item item;
            item.row = int(m_roots.size());
            item.node = node.node;
            item.readAt = node.readAt;
            item.pid = root.pid;
            item.root = true;
            item.inCycle = root.inCycle;
            item.blockedCount = root.blockedCount;
            if (root.prepared)
                item.preparedGid = root.prepared->gid;
            if (!root.blocked.isEmpty())
                item.lock = root.blocked.first().lock;
            if (const SessionInfo *session = node.session(root.pid))
                item.session = *session;
            m_roots << int(m_items.size());
            m_items << item;
            for (const BlockedSession &blocked : root.blocked)
                addBlocked(m_roots.last(), node, blocked);
        }
    }
    endResetModel();
}

void BlockingTreeModel::addBlocked(int parent, const NodeSessions &node, const BlockedSession &blocked)
{
    Item item;
    item.parent = parent;
    item.row = int(m_items[parent].children.size());
    item.node = node.node;
    item.readAt = node.readAt;
    item.pid = blocked.pid;
    item.lock = blocked.lock;
    item.alsoBlockedBy = blocked.alsoBlockedBy;
    item.blockedCount = int(blocked.blocked.size());
    if (const SessionInfo *session = node.session(blocked.pid))
        item.session = *session;
    const int at = int(m_items.size());
    m_items[parent].children << at;
    m_items << item;
    for (const BlockedSession &next : blocked.blocked)
        addBlocked(at, node, next);
}

void BlockingTreeModel::tick(const QDateTime &now)
{
    m_now = now;
    // Every row's waiting and transaction ages, level by level: dataChanged covers one parent's children at a time.
    const auto changed = [this](const QModelIndex &parent) {
        const int rows = rowCount(parent);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, WaitingColumn, parent), index(rows - 1, TransactionAgeColumn, parent));
    };
    changed({});
    for (int item = 0; item < m_items.size(); ++item) {
        if (!m_items[item].children.isEmpty())
            changed(createIndex(m_items[item].row, 0, quintptr(item)));
    }
}

QModelIndex BlockingTreeModel::indexOf(const QString &node, int pid) const
{
    for (int item = 0; item < m_items.size(); ++item) {
        if (m_items[item].node == node && m_items[item].pid == pid)
            return createIndex(m_items[item].row, 0, quintptr(item));
    }
    return {};
}

int BlockingTreeModel::childAt(int parent, int row) const
{
    const QList<int> &siblings = parent < 0 ? m_roots : m_items[parent].children;
    return row >= 0 && row < siblings.size() ? siblings[row] : -1;
}

QModelIndex BlockingTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const int item = childAt(parent.isValid() ? int(parent.internalId()) : -1, row);
    return item < 0 ? QModelIndex() : createIndex(row, column, quintptr(item));
}

QModelIndex BlockingTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_items[int(child.internalId())].parent;
    return parent < 0 ? QModelIndex() : createIndex(m_items[parent].row, 0, quintptr(parent));
}

int BlockingTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    return parent.column() == 0 ? int(m_items[int(parent.internalId())].children.size()) : 0;
}

int BlockingTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

std::optional<double> BlockingTreeModel::aged(const Item &item, const std::optional<double> &seconds) const
{
    if (!seconds)
        return std::nullopt;
    const qint64 since = item.readAt.isValid() && m_now.isValid() ? std::max<qint64>(0, item.readAt.msecsTo(m_now)) : 0;
    return *seconds + double(since) / 1000.0;
}

QVariant BlockingTreeModel::display(const Item &item, int column) const
{
    switch (column) {
    case SessionColumn:
        if (item.pid == 0)
            return item.preparedGid.isEmpty() ? tr("a prepared transaction") : tr("prepared %1").arg(item.preparedGid);
        return item.inCycle ? tr("pid %1 (deadlock)").arg(item.pid) : tr("pid %1").arg(item.pid);
    case NodeColumn: return item.node;
    case BlocksColumn: return item.blockedCount > 0 ? QVariant(item.blockedCount) : QVariant();
    case WaitsForColumn:
        if (!item.lock)
            return {};
        return item.root ? tr("holds: %1").arg(item.lock->describe()) : item.lock->describe();
    case WaitingColumn: {
        if (item.root || !item.lock)
            return {};
        const auto waited = aged(item, item.lock->waitingSeconds);
        return waited ? formatSeconds(*waited) : QString();
    }
    case StateColumn: return item.session.state;
    case TransactionAgeColumn: {
        const auto open = aged(item, item.session.xactAgeSeconds);
        return open ? formatSeconds(*open) : QString();
    }
    case UserColumn: return item.session.user;
    case ApplicationColumn: return item.session.application;
    case QueryColumn: return item.session.query.simplified().left(200);
    }
    return {};
}

QVariant BlockingTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item &item = m_items[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::FontRole:
        if (item.root && index.column() == SessionColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (item.inCycle)
            return statecolors::critical();
        if (index.column() == WaitingColumn)
            return statecolors::bad();
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SessionColumn:
            if (item.pid == 0)
                return tr("A prepared transaction has no session to signal: COMMIT PREPARED or ROLLBACK PREPARED ends it.");
            if (!item.alsoBlockedBy.isEmpty()) {
                QStringList others;
                for (int pid : item.alsoBlockedBy)
                    others << QString::number(pid);
                return tr("Also waits for %1 (holders or sessions queued ahead for the same lock).").arg(others.join(u", "_s));
            }
            return item.root ? tr("Root blocker: ending it unblocks %n session(s).", nullptr, item.blockedCount) : QVariant();
        case QueryColumn: return item.session.query;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == BlocksColumn || index.column() == WaitingColumn || index.column() == TransactionAgeColumn
                   ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case NodeRole: return item.node;
    case PidRole: return item.pid;
    case IsRootRole: return item.root;
    case QueryRole: return item.session.query;
    }
    return {};
}

QVariant BlockingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionColumn: return tr("Session");
    case NodeColumn: return tr("Node");
    case BlocksColumn: return tr("Blocks");
    case WaitsForColumn: return tr("Waits for");
    case WaitingColumn: return tr("Waiting");
    case StateColumn: return tr("State");
    case TransactionAgeColumn: return tr("Transaction");
    case UserColumn: return tr("User");
    case ApplicationColumn: return tr("Application");
    case QueryColumn: return tr("Query");
    }
    return {};
}

QString BlockingTreeModel::toText() const
{
    QStringList lines;
    const std::function<void(int, int)> write = [&](int item, int depth) {
        const Item &entry = m_items[item];
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells << display(entry, column).toString();
        lines << QString(depth * 2, u' ') + cells.join(u'\t');
        for (int child : entry.children)
            write(child, depth + 1);
    };
    for (int root : m_roots)
        write(root, 0);
    return lines.join(u'\n') + u'\n';
}

} // namespace pgv
