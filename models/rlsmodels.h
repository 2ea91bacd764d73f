// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rls/rlscatalog.h"
#include "rls/rlslinter.h"

#include <QAbstractTableModel>

namespace pgv {

/// Colour that stands for a lint's severity, matching the problems pane's colours.
QColor lintSeverityColor(LintSeverity severity);

/// The tables of one database with their row-level security state and how many findings concern each.
class RlsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TableColumn, EnabledColumn, ForcedColumn, OwnerColumn, PoliciesColumn, FindingsColumn, ColumnCount };

    explicit RlsTableModel(QObject *parent = nullptr);

    void setCatalog(const RlsCatalog &catalog, const QList<RlsLint> &lints);
    RlsTableRef tableAt(int row) const;
    int rowOf(const RlsTableRef &ref) const;
    /// The table most in need of attention: the worst findings, then the most; -1 when no table has any.
    int worstRow() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RlsTable table;
        int policies = 0;
        int findings = 0; // warnings and errors
        LintSeverity worst = LintSeverity::Info;
    };
    QList<Row> m_rows;
};

/// The policies of one table, as the server prints them.
class RlsPolicyModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, CommandColumn, KindColumn, RolesColumn, UsingColumn, CheckColumn, ColumnCount };

    explicit RlsPolicyModel(QObject *parent = nullptr);

    void setPolicies(const QList<RlsPolicy> &policies);
    const QList<RlsPolicy> &policies() const { return m_policies; }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RlsPolicy> m_policies;
};

/// The linter's findings, worst first.
class RlsLintModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, CodeColumn, TableColumn, PolicyColumn, MessageColumn, ColumnCount };
    enum Roles { FixRole = Qt::UserRole + 1, SeverityRole };

    explicit RlsLintModel(QObject *parent = nullptr);

    void setLints(const QList<RlsLint> &lints);
    const QList<RlsLint> &lints() const { return m_lints; }
    /// Findings of warning severity or worse.
    int problemCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RlsLint> m_lints;
};

} // namespace pgv
