// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planalysis.h"

#include <QRectF>
#include <QSet>

namespace pgv {

/// Where each box of a plan diagram goes. A node with many children (an Append over thousands of partitions)
/// shows only its most expensive ones plus one "N more" box until it is expanded, so the diagram of a huge plan
/// stays small enough to read and to paint.
struct PlanDiagramLayout
{
    struct Box
    {
        int node = -1;        ///< plan node id, or -1 for a "more" box
        int owner = -1;       ///< for a "more" box: the node whose children it stands for
        int hidden = 0;       ///< for a "more" box: how many children it stands for
        int parentBox = -1;
        QRectF rect;
    };
    QList<Box> boxes;      ///< parents before children
    QList<int> boxOfNode;  ///< by node id; -1 when the node is inside a collapsed group
    QSizeF size;

    int boxAt(const QPointF &point) const;
};

struct PlanDiagramMetrics
{
    QSizeF box{190, 54};
    QSizeF gap{22, 44};
    int collapseAbove = 12;   ///< nodes with more children than this start collapsed
    int shownWhenCollapsed = 8;
};

/// Lays out the tree with parents centred over their children. \a expanded lists nodes whose children are all
/// shown although there are many. Linear in the visible nodes.
PlanDiagramLayout layoutPlanDiagram(const Plan &plan, const PlanAnalysis &analysis, const QSet<int> &expanded,
                                    const PlanDiagramMetrics &metrics = {});

} // namespace pgv
