// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlsmodels.h"

#include "problemlistmodel.h"
#include "statecolors.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

QColor lintSeverityColor(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Info:
        return statecolors::info();
    case LintSeverity::Warning:
        return severityColor(ProblemSeverity::Warning);
    case LintSeverity::Error:
        return severityColor(ProblemSeverity::Error);
    }
    return {};
}

namespace {

QString severityText(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Info:
        return QCoreApplication::translate("RlsLintModel", "info");
    case LintSeverity::Warning:
        return QCoreApplication::translate("RlsLintModel", "warning");
    case LintSeverity::Error:
        return QCoreApplication::translate("RlsLintModel", "error");
    }
    return {};
}

QVariant checkState(bool on)
{
    return on ? Qt::Checked : Qt::Unchecked;
}

} // namespace

RlsTableModel::RlsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RlsTableModel::setCatalog(const RlsCatalog &catalog, const QList<RlsLint> &lints)
{
    beginResetModel();
    m_rows.clear();
    for (const RlsTable &table : catalog.tables) {
        Row row{table, int(catalog.policiesOf(table.ref).size()), 0, LintSeverity::Info};
        for (const RlsLint &lint : lints) {
            if (lint.table == table.ref && lint.severity != LintSeverity::Info) {
                ++row.findings;
                row.worst = std::max(row.worst, lint.severity);
            }
        }
        m_rows << row;
    }
    endResetModel();
}

RlsTableRef RlsTableModel::tableAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].table.ref : RlsTableRef();
}

int RlsTableModel::rowOf(const RlsTableRef &ref) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].table.ref == ref)
            return row;
    }
    return -1;
}

int RlsTableModel::worstRow() const
{
    int worst = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &candidate = m_rows[row];
        if (candidate.findings == 0)
            continue;
        if (worst < 0 || candidate.worst > m_rows[worst].worst
            || (candidate.worst == m_rows[worst].worst && candidate.findings > m_rows[worst].findings))
            worst = row;
    }
    return worst;
}

int RlsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RlsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RlsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const int column = index.column();
    if (role == Qt::CheckStateRole) {
        if (column == EnabledColumn)
            return checkState(row.table.rlsEnabled);
        if (column == ForcedColumn)
            return checkState(row.table.rlsForced);
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case TableColumn:
            return row.table.partitioned ? tr("%1 (partitioned)").arg(row.table.ref.displayName()) : row.table.ref.displayName();
        case OwnerColumn:
            return row.table.owner;
        case PoliciesColumn:
            return row.policies;
        case FindingsColumn:
            return row.findings > 0 ? QVariant(row.findings) : QVariant(QString());
        }
        return {};
    }
    if (role == Qt::ForegroundRole && column == FindingsColumn && row.findings > 0)
        return lintSeverityColor(row.worst);
    if (role == Qt::ToolTipRole) {
        if (row.table.rlsEnabled && row.policies == 0)
            return tr("Row-level security is on but no policy exists: only the owner and roles that bypass RLS see rows.");
        if (!row.table.rlsEnabled && row.policies > 0)
            return tr("Policies exist but row-level security is off: they are not applied.");
        if (row.table.rlsEnabled && !row.table.rlsForced)
            return tr("The owner %1 is not subject to the policies (FORCE is off).").arg(row.table.owner);
    }
    return {};
}

QVariant RlsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TableColumn:
        return tr("Table");
    case EnabledColumn:
        return tr("RLS");
    case ForcedColumn:
        return tr("Forced");
    case OwnerColumn:
        return tr("Owner");
    case PoliciesColumn:
        return tr("Policies");
    case FindingsColumn:
        return tr("Findings");
    }
    return {};
}

RlsPolicyModel::RlsPolicyModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RlsPolicyModel::setPolicies(const QList<RlsPolicy> &policies)
{
    beginResetModel();
    m_policies = policies;
    endResetModel();
}

int RlsPolicyModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_policies.size(); ++row) {
        if (m_policies[row].name == name)
            return row;
    }
    return -1;
}

int RlsPolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_policies.size());
}

int RlsPolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RlsPolicyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RlsPolicy &policy = m_policies[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return policy.name;
        case CommandColumn:
            return policyCommandKeyword(policy.command);
        case KindColumn:
            return policy.permissive ? tr("permissive") : tr("restrictive");
        case RolesColumn:
            return policy.roles.isEmpty() ? u"PUBLIC"_s : policy.roles.join(u", "_s);
        case UsingColumn:
            return policy.usingExpression;
        case CheckColumn:
            return policy.checkExpression;
        }
        return {};
    }
    if (role == Qt::FontRole && (index.column() == UsingColumn || index.column() == CheckColumn)) {
        QFont font(u"monospace"_s);
        font.setStyleHint(QFont::Monospace);
        return font;
    }
    return {};
}

QVariant RlsPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Policy");
    case CommandColumn:
        return tr("Command");
    case KindColumn:
        return tr("Kind");
    case RolesColumn:
        return tr("Roles");
    case UsingColumn:
        return tr("USING");
    case CheckColumn:
        return tr("WITH CHECK");
    }
    return {};
}

RlsLintModel::RlsLintModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RlsLintModel::setLints(const QList<RlsLint> &lints)
{
    beginResetModel();
    m_lints = lints;
    endResetModel();
}

int RlsLintModel::problemCount() const
{
    return int(std::count_if(m_lints.cbegin(), m_lints.cend(), [](const RlsLint &lint) { return lint.severity != LintSeverity::Info; }));
}

int RlsLintModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lints.size());
}

int RlsLintModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RlsLintModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RlsLint &lint = m_lints[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(lint.severity);
        case CodeColumn:
            return lint.code;
        case TableColumn:
            return lint.table.isValid() ? lint.table.displayName() : QString();
        case PolicyColumn:
            return lint.policy;
        case MessageColumn:
            return lint.message;
        }
        return {};
    case Qt::ToolTipRole:
        return lint.message;
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(statecolors::swatch(lintSeverityColor(lint.severity))) : QVariant();
    case FixRole:
        return lint.fix;
    case SeverityRole:
        return int(lint.severity);
    }
    return {};
}

QVariant RlsLintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Finding");
    case TableColumn:
        return tr("Table");
    case PolicyColumn:
        return tr("Policy");
    case MessageColumn:
        return tr("Explanation");
    }
    return {};
}

} // namespace pgv
