// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemlistmodel.h"
#include "statecolors.h"

#include <QColor>

namespace pgv {

QColor severityColor(ProblemSeverity severity)
{
    switch (severity) {
    case ProblemSeverity::Warning:
        return statecolors::warning();
    case ProblemSeverity::Error:
        return statecolors::bad();
    case ProblemSeverity::Critical:
        return statecolors::critical();
    }
    return {};
}

ProblemListModel::ProblemListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemListModel::setProblems(const QList<Problem> &problems)
{
    QList<Problem> sorted = problems;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Problem &a, const Problem &b) { return a.severity > b.severity; });
    if (sorted == m_problems)
        return;
    if (sorted.size() == m_problems.size()) {
        m_problems = sorted;
        Q_EMIT dataChanged(index(0, 0), index(int(m_problems.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_problems = sorted;
    endResetModel();
}

int ProblemListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem &problem = m_problems[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityName(problem.severity);
        case NodeColumn:
            return problem.node;
        case KindColumn:
            return problemKindName(problem.kind);
        case MessageColumn:
            return problem.message;
        }
        return {};
    case Qt::ToolTipRole:
        return problem.message;
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(statecolors::swatch(severityColor(problem.severity))) : QVariant();
    case SeverityRole:
        return int(problem.severity);
    case NodeNameRole:
        return problem.node;
    case KindRole:
        return problemKindName(problem.kind);
    }
    return {};
}

QVariant ProblemListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case NodeColumn:
        return tr("Node");
    case KindColumn:
        return tr("Problem");
    case MessageColumn:
        return tr("What it means and what to do");
    }
    return {};
}

} // namespace pgv
