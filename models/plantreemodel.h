// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planalysis.h"

#include <QAbstractItemModel>

namespace pgv {

/// An analysed plan as a tree: one row per node under its parent, in the order PostgreSQL prints them. Display
/// text is formatted; the roles give raw numbers for sorting, bars and details (invalid when unknown).
class PlanTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn, ExclusiveColumn, TotalColumn, ShareColumn, RowsPlannedColumn, RowsActualColumn, LoopsColumn,
        MisestimateColumn, BuffersColumn, ColumnCount
    };
    enum Roles {
        NodeIdRole = Qt::UserRole + 1,
        NodeTypeRole,        // "Hash Join", PostgreSQL's JSON name
        ExclusiveMsRole,     // double
        TotalMsRole,         // double
        SharePercentRole,    // double
        RowsPlannedRole,     // double
        RowsActualRole,      // double
        LoopsRole,           // double
        MisestimateRole,     // double, >= 1
        UnderestimatedRole,  // bool: more rows than planned
        BuffersRole,         // double: blocks touched, children included
        ExclusiveBuffersRole,// double: blocks touched by the node itself
        RelationshipRole,    // "Outer", "InitPlan"…
        SubplanNameRole,     // "InitPlan 1 (returns $0)", "CTE x"
        WarningsRole,        // QStringList
        NotesRole,           // QStringList
        SpillRole,           // text, empty when nothing spilled
        SortRole,            // the column's raw value, for QSortFilterProxyModel
        FiguresRole,         // "19,999 of 20,000 rows · 1 loop · ↓ 3.2× · 154 buffers": the numbers, in one line
    };

    explicit PlanTreeModel(QObject *parent = nullptr);

    void setPlan(Plan plan, PlanAnalysis analysis);
    void clear();
    const Plan &plan() const { return m_plan; }
    const PlanAnalysis &analysis() const { return m_analysis; }
    QModelIndex indexOfNode(int nodeId, int column = LabelColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant rawValue(int node, int column) const;
    QString displayText(int node, int column) const;
    QString figuresText(int node) const;

    Plan m_plan;
    PlanAnalysis m_analysis;
    QList<int> m_rows;                ///< each node's row under its parent
    QList<QStringList> m_warnings;    ///< each node's warning messages
};

} // namespace pgv
