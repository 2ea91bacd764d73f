// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/blockingtree.h"

#include <QAbstractItemModel>
#include <QDateTime>

namespace pgv {

/// Who blocks whom on every node read: root blockers at the top (bold, with how many sessions wait behind them),
/// each with the sessions that wait for it below, recursively, and the lock each waits for. How long each has
/// waited counts up between refreshes (tick()).
class BlockingTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { SessionColumn, NodeColumn, BlocksColumn, WaitsForColumn, WaitingColumn, StateColumn, TransactionAgeColumn,
                  UserColumn, ApplicationColumn, QueryColumn, ColumnCount };
    enum Roles { NodeRole = Qt::UserRole + 1, PidRole, IsRootRole, QueryRole };

    explicit BlockingTreeModel(QObject *parent = nullptr);

    /// Builds the tree of each node from its sessions (nodes not read are left out).
    void setSessions(const QList<NodeSessions> &nodes);
    void tick(const QDateTime &now);

    /// Sessions waiting for a lock, over every node.
    int waitingCount() const { return m_waiting; }
    /// The index of \a pid on \a node (column 0), invalid when it is not in the tree.
    QModelIndex indexOf(const QString &node, int pid) const;
    /// The tree as indented text, for the clipboard.
    QString toText() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        int parent = -1;
        int row = 0; ///< among its parent's children
        QList<int> children;
        QString node;
        QDateTime readAt;
        int pid = 0;
        bool root = false;
        bool inCycle = false;
        int blockedCount = 0;
        QString preparedGid;
        std::optional<WaitedLock> lock; ///< the lock it waits for; a root: the one its sessions wait for
        QList<int> alsoBlockedBy;
        SessionInfo session; ///< empty for a prepared transaction
    };
    void addBlocked(int parent, const NodeSessions &node, const BlockedSession &blocked);
    int childAt(int parent, int row) const;
    std::optional<double> aged(const Item &item, const std::optional<double> &seconds) const;
    QVariant display(const Item &item, int column) const;

    QList<Item> m_items;
    QList<int> m_roots;
    QDateTime m_now;
    int m_waiting = 0;
};

} // namespace pgv
