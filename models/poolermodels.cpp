// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolermodels.h"
#include "modelrows.h"

#include "core/units.h"
#include "statecolors.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString milliseconds(std::optional<double> value)
{
    return value ? QString(number(*value, *value < 10 ? 2 : 1) + u" ms"_s) : QString();
}

} // namespace

// ---- poolers

PoolerListModel::PoolerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PoolerListModel::setSnapshot(const TopologySnapshot &snapshot)
{
    QList<Row> rows;
    for (const PoolerStatus &status : snapshot.poolers) {
        Row row;
        row.status = status;
        row.routesTo = snapshot.poolerRoute(status.name);
        const PoolerClients clients = status.clientTotals();
        row.clientsActive = clients.active;
        row.clientsWaiting = clients.waiting;
        row.maxWaitSeconds = clients.longestWaitSeconds;
        rows << row;
    }
    if (!sameRows(m_rows, rows, [](const Row &a, const Row &b) { return a.status.name == b.status.name; })) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const PoolerStatus *PoolerListModel::pooler(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).status : nullptr;
}

int PoolerListModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status.name == name)
            return int(i);
    }
    return -1;
}

int PoolerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoolerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolerListModel::display(const Row &row, int column) const
{
    const PoolerStatus &status = row.status;
    switch (column) {
    case NameColumn: return status.name;
    case StateColumn: return !status.reachable ? tr("unreachable") : status.paused() ? tr("paused") : tr("routing");
    case RoutesToColumn: return status.reachable ? row.routesTo : QString();
    case ClientsColumn: return status.reachable ? QVariant(row.clientsActive) : QVariant();
    case WaitingColumn: return status.reachable ? QVariant(row.clientsWaiting) : QVariant();
    case MaxWaitColumn: return status.reachable ? formatSeconds(row.maxWaitSeconds) : QString();
    case AddressColumn: return QString(status.host + u':' + QString::number(status.port));
    case VersionColumn: return status.version;
    case RoundTripColumn: return status.roundTripMs >= 0 ? QString(QString::number(status.roundTripMs) + u" ms"_s) : QString();
    }
    return {};
}

QVariant PoolerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (!row.status.reachable)
            return row.status.error;
        if (index.column() == StateColumn && row.status.paused())
            return tr("Paused: its clients wait for RESUME (and are disconnected after query_wait_timeout).");
        if (index.column() == MaxWaitColumn)
            return tr("The longest any client of this pooler has been waiting for a server connection.");
        return {};
    case Qt::ForegroundRole:
        if (!row.status.reachable)
            return statecolors::bad();
        if (index.column() == StateColumn && row.status.paused())
            return statecolors::warning();
        if (index.column() == WaitingColumn && row.clientsWaiting > 0)
            return statecolors::warning();
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ClientsColumn || index.column() == WaitingColumn || index.column() == MaxWaitColumn
                       || index.column() == RoundTripColumn
                   ? rightAligned()
                   : QVariant();
    case SortRole:
        switch (index.column()) {
        case MaxWaitColumn: return row.maxWaitSeconds;
        case RoundTripColumn: return row.status.roundTripMs;
        }
        return display(row, index.column());
    case NameRole: return row.status.name;
    case PausedRole: return row.status.reachable && row.status.paused();
    case ReachableRole: return row.status.reachable;
    }
    return {};
}

QVariant PoolerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Pooler");
    case StateColumn: return tr("State");
    case RoutesToColumn: return tr("Routes to");
    case ClientsColumn: return tr("Clients active");
    case WaitingColumn: return tr("Waiting");
    case MaxWaitColumn: return tr("Longest wait");
    case AddressColumn: return tr("Address");
    case VersionColumn: return tr("Version");
    case RoundTripColumn: return tr("Poll");
    }
    return {};
}

// ---- pools

PoolListModel::PoolListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PoolListModel::setPoolers(const QList<PoolerStatus> &poolers)
{
    QList<Row> rows;
    QHash<QString, Reading> readings;
    for (const PoolerStatus &status : poolers) {
        if (!status.reachable)
            continue;
        QHash<QString, const PoolerStats *> statsOf;
        for (const PoolerStats &stats : status.stats) {
            statsOf.insert(stats.database, &stats);
            const QString key = status.name + u'\n' + stats.database;
            Reading reading = m_previous.value(key);
            // The same poll again (a snapshot of another node's round): its rates stand.
            if (reading.at != status.probedAt)
                reading = Reading{stats, status.probedAt, poolerRates(reading.stats, reading.at, stats, status.probedAt)};
            readings.insert(key, reading);
        }
        QHash<QString, int> poolSizes;
        for (const PoolerDatabase &database : status.databases)
            poolSizes.insert(database.name, database.poolSize);
        for (const PoolerPool &pool : status.pools) {
            if (pool.database == u"pgbouncer")
                continue;
            Row row;
            row.pooler = status.name;
            row.pool = pool;
            row.poolSize = poolSizes.value(pool.database);
            if (const PoolerStats *stats = statsOf.value(pool.database)) {
                row.stats = *stats;
                row.hasStats = true;
                row.rates = readings.value(status.name + u'\n' + pool.database).rates;
            }
            rows << row;
        }
    }
    m_previous = readings;
    if (!sameRows(m_rows, rows, [](const Row &a, const Row &b) {
            return a.pooler == b.pooler && a.pool.database == b.pool.database && a.pool.user == b.pool.user;
        })) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PoolListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PoolListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PoolListModel::sortValue(const Row &row, int column) const
{
    const PoolerPool &pool = row.pool;
    switch (column) {
    case ClientsActiveColumn: return pool.clientsActive;
    case ClientsWaitingColumn: return pool.clientsWaiting;
    case ServersActiveColumn: return pool.serversActive;
    case ServersIdleColumn: return pool.serversIdle;
    case ServersUsedColumn: return pool.serversUsed;
    case MaxWaitColumn: return pool.maxWaitSeconds;
    case TransactionsPerSecondColumn: return row.rates ? row.rates->transactionsPerSecond : row.stats.transactionsPerSecond;
    case QueriesPerSecondColumn: return row.rates ? row.rates->queriesPerSecond : row.stats.queriesPerSecond;
    case AverageTransactionColumn: return row.rates ? row.rates->averageTransactionMs.value_or(0) : row.stats.averageTransactionMs;
    case AverageQueryColumn: return row.rates ? row.rates->averageQueryMs.value_or(0) : row.stats.averageQueryMs;
    case AverageWaitColumn: return row.rates ? row.rates->averageWaitMs.value_or(0) : row.stats.averageWaitMs;
    }
    return display(row, column);
}

QVariant PoolListModel::display(const Row &row, int column) const
{
    const PoolerPool &pool = row.pool;
    // Rates since the last poll when two polls are known; PgBouncer's stats_period averages before that.
    auto rate = [&](double sincePoll, double pgbouncer) { return row.hasStats ? number(row.rates ? sincePoll : pgbouncer, 1) : QString(); };
    auto time = [&](std::optional<double> sincePoll, double pgbouncer) {
        return row.hasStats ? milliseconds(row.rates ? sincePoll : std::optional<double>(pgbouncer)) : QString();
    };
    const PoolerRates rates = row.rates.value_or(PoolerRates{});
    switch (column) {
    case PoolerColumn: return row.pooler;
    case DatabaseColumn: return pool.database;
    case UserColumn: return pool.user;
    case ClientsActiveColumn: return pool.clientsActive;
    case ClientsWaitingColumn: return pool.clientsWaiting;
    case ServersActiveColumn: return pool.serversActive;
    case ServersIdleColumn: return pool.serversIdle;
    case ServersUsedColumn: return pool.serversUsed;
    case MaxWaitColumn: return formatSeconds(pool.maxWaitSeconds);
    case TransactionsPerSecondColumn: return rate(rates.transactionsPerSecond, row.stats.transactionsPerSecond);
    case QueriesPerSecondColumn: return rate(rates.queriesPerSecond, row.stats.queriesPerSecond);
    case AverageTransactionColumn: return time(rates.averageTransactionMs, row.stats.averageTransactionMs);
    case AverageQueryColumn: return time(rates.averageQueryMs, row.stats.averageQueryMs);
    case AverageWaitColumn: return time(rates.averageWaitMs, row.stats.averageWaitMs);
    case ModeColumn: return pool.poolMode;
    }
    return {};
}

QVariant PoolListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == ClientsWaitingColumn && row.pool.clientsWaiting > 0)
            return statecolors::warning();
        if (index.column() == ServersActiveColumn && row.poolSize > 0
            && row.pool.serversActive + row.pool.serversUsed + row.pool.serversLogin >= row.poolSize)
            return statecolors::warning();
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ServersActiveColumn:
            return row.poolSize > 0 ? tr("Server connections linked to a client now, of pool_size %1.").arg(row.poolSize)
                                    : tr("Server connections linked to a client now.");
        case ServersIdleColumn: return tr("Server connections ready for the next client.");
        case ServersUsedColumn: return tr("Server connections idle longer than server_check_delay: checked before reuse.");
        case TransactionsPerSecondColumn:
        case QueriesPerSecondColumn:
        case AverageTransactionColumn:
        case AverageQueryColumn:
        case AverageWaitColumn:
            return row.rates ? tr("Of the database %1, since the last poll (SHOW STATS totals).").arg(row.pool.database)
                             : tr("Of the database %1: PgBouncer's average over its stats_period, until a second poll.").arg(row.pool.database);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= ClientsActiveColumn && index.column() <= AverageWaitColumn ? rightAligned() : QVariant();
    case SortRole:
        return sortValue(row, index.column());
    case PoolerRole:
        return row.pooler;
    }
    return {};
}

QVariant PoolListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PoolerColumn: return tr("Pooler");
    case DatabaseColumn: return tr("Database");
    case UserColumn: return tr("User");
    case ClientsActiveColumn: return tr("Clients active");
    case ClientsWaitingColumn: return tr("Waiting");
    case ServersActiveColumn: return tr("Servers active");
    case ServersIdleColumn: return tr("Idle");
    case ServersUsedColumn: return tr("Used");
    case MaxWaitColumn: return tr("Longest wait");
    case TransactionsPerSecondColumn: return tr("Xact/s");
    case QueriesPerSecondColumn: return tr("Query/s");
    case AverageTransactionColumn: return tr("Avg xact");
    case AverageQueryColumn: return tr("Avg query");
    case AverageWaitColumn: return tr("Avg wait");
    case ModeColumn: return tr("Mode");
    }
    return {};
}

} // namespace pgv
