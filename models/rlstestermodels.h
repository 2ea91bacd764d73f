// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/pgsession.h"
#include "rls/rlstester.h"

#include <QAbstractTableModel>

namespace pgv {

/// Rows a query returned, as the server printed them; NULL shows as a dimmed "NULL".
class QueryResultModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit QueryResultModel(QObject *parent = nullptr);

    void setResult(const QueryResult &result);
    const QueryResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QueryResult m_result;
};

/// What each table shows in one "view as" test: rows visible, or why it could not be read.
class VisibilityModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TableColumn, RowsColumn, ErrorColumn, ColumnCount };

    explicit VisibilityModel(QObject *parent = nullptr);

    void setResult(const ViewAsResult &result);
    const ViewAsResult &result() const { return m_result; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ViewAsResult m_result;
};

/// Tenants (values of one setting) down, tables across: the rows each tenant sees. Cells that point at a leak are
/// marked: rows visible with the setting unset, and tables whose tenants together see more rows than exist.
class RlsMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { LeakRole = Qt::UserRole + 1 };

    explicit RlsMatrixModel(QObject *parent = nullptr);

    void setMatrix(const RlsMatrix &matrix);
    const RlsMatrix &matrix() const { return m_matrix; }
    /// Whether the cell shows rows it should not: a leak.
    bool isLeak(int row, int column) const;
    int leakCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    /// The last row holds the totals as the connecting user sees them.
    bool isTotalsRow(int row) const { return row == m_matrix.cells.size(); }

    RlsMatrix m_matrix;
};

} // namespace pgv
