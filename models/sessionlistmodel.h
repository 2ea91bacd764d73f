// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessions.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSortFilterProxyModel>

namespace pgv {

/// Every session of every node read, one row each. A refresh updates rows in place (by node, pid and backend
/// start), removes the ended ones and appends new ones, so a selection and the scroll position survive it.
/// Ages are as read plus the time since (tick()), so they count up between refreshes.
class SessionListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NodeColumn, PidColumn, StateColumn, WaitColumn, TransactionAgeColumn, StateAgeColumn, UserColumn, DatabaseColumn,
        ApplicationColumn, ClientColumn, BlockedByColumn, XminAgeColumn, QueryColumn, ColumnCount
    };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        NodeRole,  ///< the node's name
        PidRole,   ///< the session's pid
        QueryRole, ///< the whole query text
        /// Whether the session is idle, a background process or one of PostgresVerse's own connections, waiting for
        /// no lock (a blocker is never quiet: the tree lists it anyway).
        QuietRole,
        /// Text a search matches: pid, user, database, application, client, state, query.
        SearchRole,
    };

    explicit SessionListModel(QObject *parent = nullptr);

    /// The sessions each node returned; nodes that could not be read keep no rows.
    void setSessions(const QList<NodeSessions> &nodes);
    /// Transactions open too long and sessions idle in transaction too long are marked (SessionThresholds' defaults
    /// until told otherwise).
    void setThresholds(const SessionThresholds &thresholds);
    /// Advances the ages to \a now.
    void tick(const QDateTime &now);

    const SessionInfo *session(int row) const;
    QString node(int row) const;
    /// The row of \a pid on \a node, -1 when it is not listed.
    int rowOf(const QString &node, int pid) const;
    /// \a rows as tab-separated text under a header line, for the clipboard.
    QString toText(const QList<int> &rows) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString node;
        QDateTime readAt;
        SessionInfo session;
        bool blocksOthers = false;
    };
    std::optional<double> aged(const Row &row, const std::optional<double> &seconds) const;
    /// Seconds from \a row's read to now (tick()).
    double since(const Row &row) const;
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
    QDateTime m_now;
    SessionThresholds m_thresholds;
};

/// The session list as the page shows it: a search over pid, user, database, application, client, state and query;
/// a state (active, idle in transaction, waiting on a lock); a node; idle sessions and background processes only
/// when asked for.
class SessionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class State { Any, Active, IdleInTransaction, WaitingOnLock };

    explicit SessionFilterModel(QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setState(State state);
    void setNode(const QString &node); ///< empty: every node
    void setShowQuiet(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    State m_state = State::Any;
    QString m_node;
    bool m_showQuiet = false;
};

} // namespace pgv
