// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementstatsmodel.h"

using namespace Qt::StringLiterals;

namespace pgv {

StatementStatsModel::StatementStatsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatementStatsModel::setStatements(QList<StatementStats> statements)
{
    beginResetModel();
    m_statements = std::move(statements);
    endResetModel();
}

int StatementStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_statements.size());
}

int StatementStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StatementStats &stats = m_statements.at(index.row());
    const auto raw = [&]() -> QVariant {
        switch (index.column()) {
        case QueryColumn: return stats.query;
        case CallsColumn: return stats.calls;
        case TotalColumn: return stats.totalMs;
        case MeanColumn: return stats.meanMs;
        case RowsColumn: return stats.rows;
        case BlocksColumn: return stats.sharedHit + stats.sharedRead;
        case UserColumn: return QString(stats.user + u'@' + stats.database);
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QueryColumn: return stats.query.simplified().left(200);
        case TotalColumn:
        case MeanColumn: return QString::number(raw().toDouble(), 'f', raw().toDouble() < 10 ? 3 : 1);
        case UserColumn: return raw();
        default: return QString::number(raw().toDouble(), 'f', 0);
        }
    case Qt::ToolTipRole:
        return index.column() == QueryColumn ? QVariant(stats.query) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == QueryColumn || index.column() == UserColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case QueryTextRole: return stats.query;
    case SortRole: return raw();
    }
    return {};
}

QVariant StatementStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QueryColumn: return tr("Statement");
    case CallsColumn: return tr("Calls");
    case TotalColumn: return tr("Total ms");
    case MeanColumn: return tr("Mean ms");
    case RowsColumn: return tr("Rows");
    case BlocksColumn: return tr("Shared blocks");
    case UserColumn: return tr("User@database");
    }
    return {};
}

} // namespace pgv
