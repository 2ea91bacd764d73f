// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planalysis.h"

#include <QStandardItemModel>

namespace pgv {

/// Everything about one plan node as a two-column tree: what the analysis derived (own time, share, estimate,
/// buffers, spills, notes where PostgreSQL's figures do not add up, warnings) and then every property EXPLAIN
/// printed, in EXPLAIN's order; per-worker figures and other nested values as child rows.
class PlanDetailsModel final : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ValueColumn };

    explicit PlanDetailsModel(QObject *parent = nullptr);

    void showNode(const Plan &plan, const PlanAnalysis &analysis, int node);
    void clearNode();
    int node() const { return m_node; }
    /// "Name: value" lines of everything shown, for the clipboard.
    QString toText() const;

private:
    int m_node = -1;
};

} // namespace pgv
