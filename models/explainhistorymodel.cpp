// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainhistorymodel.h"
#include "statecolors.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace pgv {

ExplainHistoryModel::ExplainHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExplainHistoryModel::setEntries(QList<ExplainHistoryEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void ExplainHistoryModel::prepend(const ExplainHistoryEntry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

int ExplainHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ExplainHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExplainHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ExplainHistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return entry.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case NodeColumn: return entry.profile.isEmpty() ? entry.node : entry.profile + u'/' + entry.node;
        case StatusColumn: return entry.status;
        case DurationColumn:
            return QString(QString::number(entry.executionMs.value_or(entry.elapsedMs), 'f', 1) + u" ms"_s);
        case StatementColumn: return entry.sql.simplified().left(160);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !entry.error.isEmpty())
            return entry.error;
        return index.column() == StatementColumn ? QVariant(entry.sql) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == StatusColumn && entry.status != u"ok" ? QVariant(statecolors::worse()) : QVariant();
    }
    return {};
}

QVariant ExplainHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("When");
    case NodeColumn: return tr("Node");
    case StatusColumn: return tr("Outcome");
    case DurationColumn: return tr("Time");
    case StatementColumn: return tr("Statement");
    }
    return {};
}

} // namespace pgv
