// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicalmodels.h"
#include "modelrows.h"

#include "core/units.h"
#include "problemlistmodel.h"
#include "statecolors.h"

#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"–"_s : text;
}

QColor stateColour(const QString &state)
{
    if (state == u"streaming" || state == u"ready")
        return statecolors::good();
    if (state == u"catchup" || state == u"syncing" || state == u"disabled" || state == u"data_copy" || state == u"initialize"
        || state == u"finished_copy" || state == u"synchronized")
        return statecolors::warning();
    if (state == u"slot_missing" || state == u"publisher_down" || state == u"erroring")
        return statecolors::bad();
    return statecolors::unknown();
}

QString stateHelp(const QString &state)
{
    if (state == u"streaming")
        return LogicalSubscriptionModel::tr("Its apply worker streams from the publisher's slot.");
    if (state == u"catchup")
        return LogicalSubscriptionModel::tr("Its walsender is catching up with the publisher's WAL.");
    if (state == u"syncing")
        return LogicalSubscriptionModel::tr("Some of its tables are still being copied or synchronised.");
    if (state == u"disabled")
        return LogicalSubscriptionModel::tr("Disabled: no changes are applied; the publisher's slot keeps them, and their WAL.");
    if (state == u"erroring")
        return LogicalSubscriptionModel::tr("Its apply or sync error counts are rising: the subscriber's log says which change fails.");
    if (state == u"slot_missing")
        return LogicalSubscriptionModel::tr("The node it connects to has no slot of its name: no changes reach it.");
    if (state == u"publisher_down")
        return LogicalSubscriptionModel::tr("The node it subscribes to does not answer.");
    return {};
}

} // namespace

// ---- subscriptions

LogicalSubscriptionModel::LogicalSubscriptionModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString LogicalSubscriptionModel::tablesText(const LogicalSubscription &subscription)
{
    if (!subscription.tablesKnown)
        return subscription.syncWorkers > 0 ? tr("%n syncing", nullptr, subscription.syncWorkers) : QString();
    const qsizetype ready = std::count_if(subscription.tables.cbegin(), subscription.tables.cend(),
                                          [](const SubscriptionTable &table) { return table.state == u"ready"; });
    return tr("%1 of %2 ready").arg(ready).arg(subscription.tables.size());
}

void LogicalSubscriptionModel::setSubscriptions(const QList<LogicalSubscription> &subscriptions)
{
    if (!sameRows(m_rows, subscriptions, [](const LogicalSubscription &a, const LogicalSubscription &b) {
            return a.cluster == b.cluster && a.node == b.node && a.name == b.name;
        })) {
        beginResetModel();
        m_rows = subscriptions;
        endResetModel();
        return;
    }
    m_rows = subscriptions;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const LogicalSubscription *LogicalSubscriptionModel::subscription(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int LogicalSubscriptionModel::rowOf(const QString &cluster, const QString &node, const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].cluster == cluster && m_rows[row].node == node && m_rows[row].name == name)
            return row;
    }
    return -1;
}

int LogicalSubscriptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogicalSubscriptionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogicalSubscriptionModel::display(const LogicalSubscription &subscription, int column) const
{
    switch (column) {
    case NameColumn: return subscription.name;
    case OnColumn: return tr("%1/%2 (%3)").arg(subscription.cluster, subscription.node, subscription.database);
    case PublisherColumn:
        return subscription.publisherCluster.isEmpty() ? orDash(subscription.publisherNode)
                                                       : subscription.publisherCluster + u'/' + subscription.publisherNode;
    case PublicationsColumn: return subscription.publications.join(u", "_s);
    case StateColumn: return subscription.state;
    case LagBytesColumn: return subscription.lagBytes ? formatBytes(*subscription.lagBytes) : QString();
    case LagSecondsColumn: return subscription.lagSeconds ? formatSeconds(*subscription.lagSeconds) : QString();
    case TablesColumn: return tablesText(subscription);
    case ErrorsColumn:
        return subscription.applyErrors || subscription.syncErrors
                   ? tr("%1 apply, %2 sync").arg(subscription.applyErrors.value_or(0)).arg(subscription.syncErrors.value_or(0))
                   : QString();
    case WorkerColumn: return subscription.workerPid ? QString::number(*subscription.workerPid) : QString();
    }
    return {};
}

QVariant LogicalSubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LogicalSubscription &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::DecorationRole: return index.column() == StateColumn ? QVariant(statecolors::swatch(stateColour(row.state))) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return stateHelp(row.state);
        if (index.column() == ErrorsColumn)
            return tr("pg_stat_subscription_stats: errors since the counters were last reset (PostgreSQL 15 and newer).");
        if (index.column() == LagSecondsColumn)
            return tr("The publisher's walsender's replay_lag: how long ago the change the subscriber has just applied was written.");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LagBytesColumn || index.column() == LagSecondsColumn || index.column() == WorkerColumn ? rightAligned() : QVariant();
    case SortRole:
        switch (index.column()) {
        case LagBytesColumn: return row.lagBytes ? QVariant(*row.lagBytes) : QVariant(-1);
        case LagSecondsColumn: return row.lagSeconds.value_or(-1);
        case WorkerColumn: return row.workerPid.value_or(0);
        }
        return display(row, index.column());
    case StateRole: return row.state;
    case ClusterRole: return row.cluster;
    case NodeRole: return row.node;
    case DatabaseRole: return row.database;
    case EnabledRole: return row.enabled;
    }
    return {};
}

QVariant LogicalSubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Subscription");
    case OnColumn: return tr("On");
    case PublisherColumn: return tr("From");
    case PublicationsColumn: return tr("Publications");
    case StateColumn: return tr("State");
    case LagBytesColumn: return tr("Lag");
    case LagSecondsColumn: return tr("Lag (time)");
    case TablesColumn: return tr("Tables");
    case ErrorsColumn: return tr("Errors");
    case WorkerColumn: return tr("Worker");
    }
    return {};
}

// ---- tables of one subscription

SubscriptionTableModel::SubscriptionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SubscriptionTableModel::setSubscription(const LogicalSubscription *subscription)
{
    QList<SubscriptionTable> tables = subscription ? subscription->tables : QList<SubscriptionTable>();
    if (!subscription)
        m_emptyReason = tr("Select a subscription to see its tables.");
    else if (!subscription->tablesKnown)
        m_emptyReason = tr("The tables of %1 could not be read (its database on %2 did not answer).").arg(subscription->name, subscription->node);
    else if (tables.isEmpty())
        m_emptyReason = tr("%1 subscribes to no table yet.").arg(subscription->name);
    else
        m_emptyReason.clear();
    if (!sameRows(m_tables, tables, [](const SubscriptionTable &a, const SubscriptionTable &b) { return a.table == b.table; })) {
        beginResetModel();
        m_tables = std::move(tables);
        endResetModel();
        return;
    }
    m_tables = std::move(tables);
    if (!m_tables.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_tables.size()) - 1, ColumnCount - 1));
}

int SubscriptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tables.size());
}

int SubscriptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SubscriptionTable &table = m_tables.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == TableColumn ? table.table : table.state;
    if (role == Qt::DecorationRole && index.column() == StateColumn)
        return statecolors::swatch(stateColour(table.state));
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return tr("initialize → data_copy → finished_copy → synchronized → ready: only a ready table follows the publisher's changes by "
                  "the apply worker alone.");
    return {};
}

QVariant SubscriptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == TableColumn ? tr("Table") : tr("State");
}

// ---- slots

LogicalSlotModel::LogicalSlotModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LogicalSlotModel::setSlots(const QList<LogicalSlot> &logicalSlots)
{
    if (!sameRows(m_rows, logicalSlots, [](const LogicalSlot &a, const LogicalSlot &b) {
            return a.cluster == b.cluster && a.slot.node == b.slot.node && a.slot.name == b.slot.name;
        })) {
        beginResetModel();
        m_rows = logicalSlots;
        endResetModel();
        return;
    }
    m_rows = logicalSlots;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int LogicalSlotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogicalSlotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogicalSlotModel::display(const LogicalSlot &logical, int column) const
{
    const SlotStatus &slot = logical.slot;
    switch (column) {
    case NameColumn: return slot.name;
    case OnColumn: return QString(logical.cluster + u'/' + slot.node);
    case DatabaseColumn: return slot.database;
    case PluginColumn: return slot.plugin;
    case ActiveColumn: return slot.active ? (slot.activePid ? tr("yes (pid %1)").arg(*slot.activePid) : tr("yes")) : tr("no");
    case ConfirmedColumn: return slot.confirmedFlushLsn ? slot.confirmedFlushLsn->toString() : QString();
    case LagColumn: return slot.logicalLagBytes ? formatBytes(*slot.logicalLagBytes) : QString();
    case RetainedColumn: return slot.retainedBytes ? formatBytes(*slot.retainedBytes) : QString();
    case WalStatusColumn: return slot.walStatus;
    case SafeWalColumn: return slot.safeWalSize ? formatBytes(*slot.safeWalSize) : QString();
    }
    return {};
}

QVariant LogicalSlotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LogicalSlot &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ForegroundRole:
        if (index.column() == ActiveColumn && !row.slot.active)
            return statecolors::warning();
        if (index.column() == WalStatusColumn && (row.slot.walStatus == u"unreserved" || row.slot.walStatus == u"lost"))
            return statecolors::bad();
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case LagColumn: return tr("The node's WAL end minus confirmed_flush_lsn: what its consumer has not yet confirmed.");
        case RetainedColumn: return tr("The node's WAL end minus restart_lsn: WAL the server keeps for this slot.");
        case SafeWalColumn: return tr("WAL that can still be written before the slot is at risk (only known with max_slot_wal_keep_size set).");
        case WalStatusColumn: return tr("reserved or extended: safe; unreserved: at risk at the next checkpoint; lost: its consumer can never resume.");
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LagColumn || index.column() == RetainedColumn || index.column() == SafeWalColumn ? rightAligned() : QVariant();
    case SortRole:
        switch (index.column()) {
        case LagColumn: return row.slot.logicalLagBytes ? QVariant(*row.slot.logicalLagBytes) : QVariant(-1);
        case RetainedColumn: return row.slot.retainedBytes ? QVariant(*row.slot.retainedBytes) : QVariant(-1);
        case SafeWalColumn: return row.slot.safeWalSize ? QVariant(*row.slot.safeWalSize) : QVariant(-1);
        }
        return display(row, index.column());
    }
    return {};
}

QVariant LogicalSlotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Slot");
    case OnColumn: return tr("On");
    case DatabaseColumn: return tr("Database");
    case PluginColumn: return tr("Plugin");
    case ActiveColumn: return tr("Active");
    case ConfirmedColumn: return tr("Confirmed flush");
    case LagColumn: return tr("Lag");
    case RetainedColumn: return tr("WAL retained");
    case WalStatusColumn: return tr("WAL status");
    case SafeWalColumn: return tr("Safe WAL left");
    }
    return {};
}

// ---- publications

PublicationModel::PublicationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PublicationModel::setPublications(const QList<PublicationInfo> &publications)
{
    beginResetModel();
    m_rows = publications;
    endResetModel();
}

int PublicationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PublicationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PublicationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const PublicationInfo &row = m_rows.at(index.row());
    switch (index.column()) {
    case NameColumn: return row.name;
    case OnColumn: return QString(row.cluster + u'/' + row.node);
    case DatabaseColumn: return row.database;
    case TablesColumn: return role == Qt::ToolTipRole ? row.tables.join(u'\n') : row.tables.join(u", "_s);
    }
    return {};
}

QVariant PublicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Publication");
    case OnColumn: return tr("On");
    case DatabaseColumn: return tr("Database");
    case TablesColumn: return tr("Tables");
    }
    return {};
}

// ---- problems

LogicalProblemModel::LogicalProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LogicalProblemModel::setEstate(const QList<LogicalProblem> &problems, const QStringList &errors)
{
    beginResetModel();
    m_rows = problems;
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const LogicalProblem &a, const LogicalProblem &b) { return a.severity > b.severity; });
    for (const QString &error : errors)
        m_rows << LogicalProblem{u"not_read"_s, ProblemSeverity::Warning, {}, {}, {}, error};
    endResetModel();
}

int LogicalProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogicalProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogicalProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LogicalProblem &row = m_rows.at(index.row());
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return statecolors::swatch(severityColor(row.severity));
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return row.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: return severityName(row.severity);
    case SubjectColumn:
        return row.subject.isEmpty() ? QString() : tr("%1 on %2/%3").arg(row.subject, row.cluster, row.node);
    case KindColumn: return row.kind;
    case MessageColumn: return row.message;
    }
    return {};
}

QVariant LogicalProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case SubjectColumn: return tr("Of");
    case KindColumn: return tr("Problem");
    case MessageColumn: return tr("What to do");
    }
    return {};
}

} // namespace pgv
