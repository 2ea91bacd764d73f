// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/statstatements.h"

#include <QAbstractTableModel>

namespace pgv {

/// pg_stat_statements' top statements, one row each; the query column shows the first line, the tooltip all.
class StatementStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { QueryColumn, CallsColumn, TotalColumn, MeanColumn, RowsColumn, BlocksColumn, UserColumn, ColumnCount };
    enum Roles { QueryTextRole = Qt::UserRole + 1, SortRole };

    explicit StatementStatsModel(QObject *parent = nullptr);

    void setStatements(QList<StatementStats> statements);
    const StatementStats &statement(int row) const { return m_statements.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StatementStats> m_statements;
};

} // namespace pgv
