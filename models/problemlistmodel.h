// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"

#include <QAbstractTableModel>

namespace pgv {

/// The problems of the latest topology snapshot, worst first.
class ProblemListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, NodeColumn, KindColumn, MessageColumn, ColumnCount };
    enum Roles { SeverityRole = Qt::UserRole + 1, NodeNameRole, KindRole };

    explicit ProblemListModel(QObject *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Problem> m_problems;
};

/// Colour that stands for a severity, shared by every view that marks problems.
QColor severityColor(ProblemSeverity severity);

} // namespace pgv
