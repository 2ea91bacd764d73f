// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planalysis.h"

#include <QAbstractTableModel>

namespace pgv {

/// The plan's hotspots — nodes ranked by their own time — and, after them, every warning of the analysis;
/// one row each. Sortable by any column through SortRole.
class PlanHotspotModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RankColumn, NodeColumn, OwnTimeColumn, ShareColumn, EstimateColumn, WarningColumn, ColumnCount };
    enum Roles { NodeIdRole = Qt::UserRole + 1, SortRole };

    explicit PlanHotspotModel(QObject *parent = nullptr);

    void setPlan(const Plan &plan, const PlanAnalysis &analysis);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int rank;
        int node;
        QString label;
        std::optional<double> ownMs, share, misestimate;
        bool under = false;
        QString warning;
    };
    QVariant sortValue(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace pgv
