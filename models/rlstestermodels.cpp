// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlstestermodels.h"

#include "problemlistmodel.h"

#include <QColor>
#include <QFont>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace pgv {

QueryResultModel::QueryResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void QueryResultModel::setResult(const QueryResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int QueryResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.rows.size());
}

int QueryResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.columns.size());
}

QVariant QueryResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_result.rows[index.row()];
    const std::optional<QString> cell = index.column() < row.size() ? row[index.column()] : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell ? *cell : u"NULL"_s;
    case Qt::ForegroundRole:
        return cell ? QVariant() : QVariant(QPalette().color(QPalette::Disabled, QPalette::Text));
    case Qt::FontRole:
        if (!cell) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant QueryResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_result.columns.value(section);
}

VisibilityModel::VisibilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VisibilityModel::setResult(const ViewAsResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int VisibilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.tables.size());
}

int VisibilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisibilityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TableVisibility &table = m_result.tables[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TableColumn:
            return table.table.displayName();
        case RowsColumn:
            return table.ok ? QVariant(table.rowCount) : QVariant(u"-"_s);
        case ErrorColumn:
            return table.error;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && !table.ok)
        return severityColor(ProblemSeverity::Error);
    if (role == Qt::TextAlignmentRole && index.column() == RowsColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VisibilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TableColumn:
        return tr("Table");
    case RowsColumn:
        return tr("Rows visible");
    case ErrorColumn:
        return tr("Error");
    }
    return {};
}

RlsMatrixModel::RlsMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RlsMatrixModel::setMatrix(const RlsMatrix &matrix)
{
    beginResetModel();
    m_matrix = matrix;
    endResetModel();
}

bool RlsMatrixModel::isLeak(int row, int column) const
{
    if (row < 0 || row >= m_matrix.cells.size() || column < 0 || column >= m_matrix.cells[row].size())
        return false;
    const std::optional<qint64> count = m_matrix.cells[row][column].count;
    if (!count || *count == 0)
        return false;
    return m_matrix.isUnsetRow(row) || m_matrix.overlaps(column);
}

int RlsMatrixModel::leakCount() const
{
    int leaks = 0;
    for (int row = 0; row < m_matrix.cells.size(); ++row) {
        for (int column = 0; column < m_matrix.cells[row].size(); ++column)
            leaks += isLeak(row, column) ? 1 : 0;
    }
    return leaks;
}

int RlsMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_matrix.cells.isEmpty() ? 0 : int(m_matrix.cells.size()) + 1;
}

int RlsMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_matrix.cells.isEmpty() ? 0 : int(m_matrix.request.tables.size());
}

QVariant RlsMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    if (isTotalsRow(row)) {
        const std::optional<qint64> total = m_matrix.totals.value(column);
        if (role == Qt::DisplayRole)
            return total ? QVariant(*total) : QVariant(u"?"_s);
        if (role == Qt::FontRole) {
            QFont font;
            font.setBold(true);
            return font;
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const MatrixCell &cell = m_matrix.cells[row].value(column);
    const bool leak = isLeak(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return cell.count ? QVariant(*cell.count) : QVariant(tr("error"));
    case Qt::ToolTipRole:
        if (!cell.error.isEmpty())
            return cell.error;
        if (leak && m_matrix.isUnsetRow(row))
            return tr("Rows are visible without %1 set: a request that forgets the setting sees them.").arg(m_matrix.request.setting);
        if (leak)
            return tr("The tenants together see more rows than the table holds: some rows are visible to several tenants.");
        return {};
    case Qt::BackgroundRole:
        if (leak)
            return severityColor(ProblemSeverity::Error).lighter(170);
        return cell.count ? QVariant() : QVariant(severityColor(ProblemSeverity::Warning).lighter(180));
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case LeakRole:
        return leak;
    }
    return {};
}

QVariant RlsMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_matrix.request.tables.value(section).displayName();
    if (isTotalsRow(section))
        return m_matrix.totalsAs.isEmpty() ? tr("all rows") : tr("all rows (as %1)").arg(m_matrix.totalsAs);
    return m_matrix.rowLabels.value(section);
}

} // namespace pgv
