// SPDX-License-Identifier: GPL-3.0-or-later
#include "vacuummodels.h"

#include "core/units.h"
#include "modeltext.h"
#include "sessions/vacuumjson.h"
#include "statecolors.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString kindText(HorizonHolder::Kind kind)
{
    switch (kind) {
    case HorizonHolder::Kind::Session: return HorizonModel::tr("session");
    case HorizonHolder::Kind::Prepared: return HorizonModel::tr("prepared transaction");
    case HorizonHolder::Kind::Slot: return HorizonModel::tr("replication slot");
    case HorizonHolder::Kind::StandbyFeedback: return HorizonModel::tr("standby feedback");
    }
    return {};
}

} // namespace

HorizonModel::HorizonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HorizonModel::setVacuum(const QList<NodeVacuum> &nodes)
{
    beginResetModel();
    m_rows.clear();
    QString oldestNode;
    const HorizonHolder *clusterOldestHolder = clusterOldest(nodes, &oldestNode);
    for (const NodeVacuum &node : nodes) {
        if (!node.error.isEmpty())
            continue;
        const HorizonHolder *nodeOldest = node.oldest();
        for (const HorizonHolder &holder : node.horizon)
            m_rows << Row{node.node, holder, &holder == nodeOldest, &holder == clusterOldestHolder};
    }
    endResetModel();
    if (clusterOldestHolder)
        m_summary = tr("Oldest xmin of the cluster: %1 on %2, %3 transactions old%4 — held by %5 (%6).")
                        .arg(clusterOldestHolder->xmin, oldestNode, count(clusterOldestHolder->ageXids),
                             clusterOldestHolder->ageSeconds ? tr(", open %1").arg(formatSeconds(*clusterOldestHolder->ageSeconds)) : QString(),
                             clusterOldestHolder->holder, kindText(clusterOldestHolder->kind));
    else
        m_summary = tr("Nothing holds the xmin horizon back: VACUUM can remove every dead row no transaction still sees.");
}

int HorizonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HorizonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HorizonModel::display(const Row &row, int column) const
{
    switch (column) {
    case NodeColumn: return row.node;
    case KindColumn: return row.holder.catalogOnly ? tr("%1 (catalogs only)").arg(kindText(row.holder.kind)) : kindText(row.holder.kind);
    case HolderColumn: return row.clusterOldest ? tr("%1  ← oldest").arg(row.holder.holder) : row.holder.holder;
    case XminColumn: return row.holder.xmin;
    case AgeXidsColumn: return count(row.holder.ageXids);
    case AgeTimeColumn: return row.holder.ageSeconds ? formatSeconds(*row.holder.ageSeconds) : QString();
    }
    return {};
}

QVariant HorizonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::FontRole:
        if (row.nodeOldest) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == KindColumn) {
            switch (row.holder.kind) {
            case HorizonHolder::Kind::Session: return tr("A session's snapshot or open transaction: commit, roll back or end it.");
            case HorizonHolder::Kind::Prepared: return tr("A prepared transaction: COMMIT PREPARED or ROLLBACK PREPARED ends it; no signal does.");
            case HorizonHolder::Kind::Slot:
                return row.holder.catalogOnly ? tr("A logical slot's catalog_xmin holds back the system catalogs only; drop the slot or let its consumer catch up.")
                                              : tr("A slot's xmin: the standby's hot_standby_feedback, kept while the standby is away. Drop the slot if the standby is gone for good.");
            case HorizonHolder::Kind::StandbyFeedback: return tr("A standby's hot_standby_feedback: the oldest query running on that standby.");
            }
        }
        return index.column() == HolderColumn ? QVariant(row.holder.holder) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AgeXidsColumn || index.column() == AgeTimeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case AgeXidsColumn: return row.holder.ageXids;
        case AgeTimeColumn: return row.holder.ageSeconds.value_or(-1);
        }
        return display(row, index.column());
    case NodeRole: return row.node;
    case PidRole: return row.holder.pid;
    }
    return {};
}

QVariant HorizonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn: return tr("Node");
    case KindColumn: return tr("Kind");
    case HolderColumn: return tr("Holder");
    case XminColumn: return tr("xmin");
    case AgeXidsColumn: return tr("Age (transactions)");
    case AgeTimeColumn: return tr("Age");
    }
    return {};
}

QString HorizonModel::toText() const
{
    return m_summary + u"\n\n"_s + modelAsTabSeparated(*this);
}

VacuumTableModel::VacuumTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VacuumTableModel::setVacuum(const QList<NodeVacuum> &nodes)
{
    beginResetModel();
    m_rows.clear();
    for (const NodeVacuum &node : nodes) {
        if (!node.error.isEmpty())
            continue;
        for (const TableVacuum &table : node.tables)
            m_rows << Row{node.node, table, node.freezeMaxAge};
    }
    endResetModel();
}

int VacuumTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VacuumTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VacuumTableModel::display(const Row &row, int column) const
{
    const TableVacuum &table = row.table;
    switch (column) {
    case NodeColumn: return row.node;
    case DatabaseColumn: return table.database;
    case TableColumn: return table.table;
    case DeadColumn: return table.deadTuples ? count(*table.deadTuples) : QString();
    case LiveColumn: return table.liveTuples ? count(*table.liveTuples) : QString();
    case ThresholdColumn:
        if (!table.autovacuumEnabled)
            return tr("off");
        return table.autovacuumThreshold ? count(*table.autovacuumThreshold) : QString();
    case LastAutovacuumColumn: return when(table.lastAutovacuum);
    case LastVacuumColumn: return when(table.lastVacuum);
    case AutovacuumCountColumn: return count(table.autovacuumCount);
    case LastAnalyzeColumn: return when(std::max(table.lastAnalyze, table.lastAutoanalyze));
    case XidAgeColumn: return count(table.xidAge);
    }
    return {};
}

QVariant VacuumTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const TableVacuum &table = row.table;
    const bool overThreshold = table.deadTuples && table.autovacuumThreshold && *table.deadTuples > *table.autovacuumThreshold;
    const bool pastFreeze = row.freezeMaxAge > 0 && table.xidAge > row.freezeMaxAge;
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ForegroundRole:
        if ((index.column() == DeadColumn && overThreshold) || (index.column() == ThresholdColumn && !table.autovacuumEnabled))
            return statecolors::warning();
        if (index.column() == XidAgeColumn && pastFreeze)
            return statecolors::bad();
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DeadColumn:
            return overThreshold ? tr("Past the threshold at which autovacuum takes the table: autovacuum is behind, or something holds the horizon back (see Horizon).")
                                 : QVariant();
        case ThresholdColumn: return tr("autovacuum_vacuum_threshold + autovacuum_vacuum_scale_factor × live tuples, from the table's options or the server's settings");
        case XidAgeColumn:
            return pastFreeze ? tr("Older than autovacuum_freeze_max_age (%1): a vacuum to prevent wraparound is due.").arg(count(row.freezeMaxAge))
                              : tr("age(relfrozenxid); autovacuum_freeze_max_age is %1").arg(count(row.freezeMaxAge));
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case DeadColumn:
        case LiveColumn:
        case ThresholdColumn:
        case AutovacuumCountColumn:
        case XidAgeColumn: return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case DeadColumn: return table.deadTuples.value_or(-1);
        case LiveColumn: return table.liveTuples.value_or(-1);
        case ThresholdColumn: return table.autovacuumThreshold.value_or(-1);
        case AutovacuumCountColumn: return table.autovacuumCount;
        case XidAgeColumn: return table.xidAge;
        case LastAutovacuumColumn: return table.lastAutovacuum;
        case LastVacuumColumn: return table.lastVacuum;
        case LastAnalyzeColumn: return std::max(table.lastAnalyze, table.lastAutoanalyze);
        }
        return display(row, index.column());
    }
    return {};
}

QVariant VacuumTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn: return tr("Node");
    case DatabaseColumn: return tr("Database");
    case TableColumn: return tr("Table");
    case DeadColumn: return tr("Dead tuples");
    case LiveColumn: return tr("Live tuples");
    case ThresholdColumn: return tr("Autovacuum at");
    case LastAutovacuumColumn: return tr("Last autovacuum");
    case LastVacuumColumn: return tr("Last vacuum");
    case AutovacuumCountColumn: return tr("Autovacuums");
    case LastAnalyzeColumn: return tr("Last analyze");
    case XidAgeColumn: return tr("xid age");
    }
    return {};
}

QString VacuumTableModel::toText() const
{
    return modelAsTabSeparated(*this);
}

} // namespace pgv
