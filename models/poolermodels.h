// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pooler/poolerrates.h"
#include "topology/topology.h"

#include <QAbstractTableModel>

namespace pgv {

/// The cluster's poolers, one row each: where it listens, its version, whether it routes or is paused (or cannot be
/// read), where it routes to, its clients and the longest wait, and how long the poll took.
class PoolerListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, RoutesToColumn, ClientsColumn, WaitingColumn, MaxWaitColumn, AddressColumn, VersionColumn,
                  RoundTripColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, NameRole, PausedRole, ReachableRole };

    explicit PoolerListModel(QObject *parent = nullptr);

    /// The snapshot's poolers (and, from its pooler edges, where each routes); rows stay while the poolers do.
    void setSnapshot(const TopologySnapshot &snapshot);
    const PoolerStatus *pooler(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        PoolerStatus status;
        QString routesTo;
        int clientsActive = 0;
        int clientsWaiting = 0;
        double maxWaitSeconds = 0;
    };
    QVariant display(const Row &row, int column) const;

    QList<Row> m_rows;
};

/// Every pool of every pooler (a database/user pair of SHOW POOLS): its clients active and waiting, its server
/// connections active, idle and used, the longest wait, and its database's traffic since the last poll (SHOW STATS's
/// totals, differenced: transactions and queries per second, average transaction, query and wait times). Before a
/// second poll, and after a pooler restarted, PgBouncer's own averages over its stats_period stand in.
class PoolListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PoolerColumn, DatabaseColumn, UserColumn, ClientsActiveColumn, ClientsWaitingColumn, ServersActiveColumn,
                  ServersIdleColumn, ServersUsedColumn, MaxWaitColumn, TransactionsPerSecondColumn, QueriesPerSecondColumn,
                  AverageTransactionColumn, AverageQueryColumn, AverageWaitColumn, ModeColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, PoolerRole };

    explicit PoolListModel(QObject *parent = nullptr);

    void setPoolers(const QList<PoolerStatus> &poolers);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString pooler;
        PoolerPool pool;
        int poolSize = 0;
        std::optional<PoolerRates> rates; // since the last poll
        PoolerStats stats;                // PgBouncer's own averages, when rates are not known yet
        bool hasStats = false;
    };
    QVariant display(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
    /// Per pooler and database: the last poll's totals, when they were read, and the rates they gave (a snapshot
    /// that brings the same poll again, a backed-off pooler's, keeps its rates).
    struct Reading
    {
        PoolerStats stats;
        QDateTime at;
        std::optional<PoolerRates> rates;
    };
    QHash<QString, Reading> m_previous;
};

} // namespace pgv
