// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plancomparison.h"
#include "plan/planalysis.h"

#include <QAbstractItemModel>

namespace pgv {

/// Two plans side by side as one tree (see comparePlans): each row a node of the left plan, of the right plan,
/// or both, with own time, actual rows and buffers of each side and the change from left to right.
class PlanComparisonModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        LeftColumn, RightColumn, LeftTimeColumn, RightTimeColumn, TimeDeltaColumn, LeftRowsColumn, RightRowsColumn,
        LeftBuffersColumn, RightBuffersColumn, BuffersDeltaColumn, ColumnCount
    };
    enum Roles { LeftNodeRole = Qt::UserRole + 1, RightNodeRole, SortRole };

    explicit PlanComparisonModel(QObject *parent = nullptr);

    void setPlans(Plan left, PlanAnalysis leftAnalysis, Plan right, PlanAnalysis rightAnalysis);
    const QList<PlanPairing> &pairings() const { return m_rows; }
    /// "Execution 120.5 ms → 3.2 ms (−97 %)" and the like, for the dialog's header.
    QString summary() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant value(int row, int column) const;

    Plan m_left, m_right;
    PlanAnalysis m_leftAnalysis, m_rightAnalysis;
    QList<PlanPairing> m_rows;
    QList<QList<int>> m_children; ///< row -> child rows; index size() holds the roots
    QList<int> m_rowInParent;
};

} // namespace pgv
