// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionmodels.h"
#include "statecolors.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
QColor checkColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return statecolors::good();
    case CheckStatus::Warn:
        return statecolors::warning();
    case CheckStatus::Fail:
        return statecolors::bad();
    }
    return {};
}

QString checkLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return ActionChecksModel::tr("pass");
    case CheckStatus::Warn:
        return ActionChecksModel::tr("warning");
    case CheckStatus::Fail:
        return ActionChecksModel::tr("FAIL");
    }
    return {};
}

QString stepLabel(StepStatus status)
{
    switch (status) {
    case StepStatus::Pending:
        return ActionStepsModel::tr("to do");
    case StepStatus::Running:
        return ActionStepsModel::tr("running…");
    case StepStatus::Done:
        return ActionStepsModel::tr("done");
    case StepStatus::Failed:
        return ActionStepsModel::tr("FAILED");
    case StepStatus::Skipped:
        return ActionStepsModel::tr("skipped");
    }
    return {};
}
} // namespace

ActionChecksModel::ActionChecksModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActionChecksModel::setChecks(const QList<ActionCheck> &checks)
{
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

int ActionChecksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int ActionChecksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionChecksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionCheck &check = m_checks[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return checkLabel(check.status);
        case NameColumn:
            return check.name;
        case ReasonColumn:
            return check.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return check.reason;
    case Qt::ForegroundRole:
        return index.column() == StatusColumn || check.status == CheckStatus::Fail ? QVariant(checkColor(check.status)) : QVariant();
    case StatusRole:
        return int(check.status);
    }
    return {};
}

QVariant ActionChecksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Result");
    case NameColumn:
        return tr("Check");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

ActionStepsModel::ActionStepsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActionStepsModel::setPlan(const QList<ActionStep> &plan)
{
    beginResetModel();
    m_rows.clear();
    for (const ActionStep &step : plan)
        m_rows << Row{step, StepStatus::Pending, -1, {}};
    endResetModel();
}

void ActionStepsModel::setStepStatus(int index, StepStatus status, qint64 milliseconds, const QString &note)
{
    if (index < 0 || index >= m_rows.size())
        return;
    m_rows[index].status = status;
    if (milliseconds >= 0)
        m_rows[index].milliseconds = milliseconds;
    if (!note.isEmpty())
        m_rows[index].note = note;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
}

int ActionStepsModel::finishedSteps() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.status == StepStatus::Done || row.status == StepStatus::Skipped || row.status == StepStatus::Failed;
    }));
}

int ActionStepsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActionStepsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionStepsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return index.row() + 1;
        case StepColumn:
            return row.step.title;
        case StatusColumn:
            return stepLabel(row.status);
        case TimeColumn:
            return row.milliseconds >= 0 ? tr("%1 ms").arg(row.milliseconds) : QString();
        case NoteColumn:
            return row.note.isEmpty() ? row.step.detail : row.note;
        }
        return {};
    case Qt::ToolTipRole:
        return row.step.pointOfNoReturn ? tr("%1\nOnce this step starts the action cannot be cancelled.").arg(row.step.detail) : row.step.detail;
    case Qt::FontRole:
        if (row.status == StepStatus::Running || row.step.pointOfNoReturn) {
            QFont font;
            font.setBold(row.status == StepStatus::Running);
            font.setItalic(row.step.pointOfNoReturn);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (row.status == StepStatus::Failed)
            return statecolors::bad();
        if (row.status == StepStatus::Done)
            return statecolors::good();
        return {};
    case StatusRole:
        return int(row.status);
    case PointOfNoReturnRole:
        return row.step.pointOfNoReturn;
    }
    return {};
}

QVariant ActionStepsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case StepColumn:
        return tr("Step");
    case StatusColumn:
        return tr("Status");
    case TimeColumn:
        return tr("Time");
    case NoteColumn:
        return tr("Details");
    }
    return {};
}

} // namespace pgv
