// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"

#include <QAbstractTableModel>

namespace pgv {

/// Preflight or verification checks: status, name, reason.
class ActionChecksModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, NameColumn, ReasonColumn, ColumnCount };
    enum Roles { StatusRole = Qt::UserRole + 1 };

    explicit ActionChecksModel(QObject *parent = nullptr);
    void setChecks(const QList<ActionCheck> &checks);
    const QList<ActionCheck> &checks() const { return m_checks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActionCheck> m_checks;
};

/// The plan, and while it runs, each step's status, duration and note.
class ActionStepsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NumberColumn, StepColumn, StatusColumn, TimeColumn, NoteColumn, ColumnCount };
    enum Roles { StatusRole = Qt::UserRole + 1, PointOfNoReturnRole };

    explicit ActionStepsModel(QObject *parent = nullptr);
    void setPlan(const QList<ActionStep> &plan);
    void setStepStatus(int index, StepStatus status, qint64 milliseconds = -1, const QString &note = {});
    int finishedSteps() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ActionStep step;
        StepStatus status = StepStatus::Pending;
        qint64 milliseconds = -1;
        QString note;
    };
    QList<Row> m_rows;
};

} // namespace pgv
