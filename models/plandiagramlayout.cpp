// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandiagramlayout.h"

#include <algorithm>
#include <vector>

namespace pgv {

namespace {

/// The children to show for \a node, in plan order, and how many stay hidden.
QList<int> visibleChildren(const Plan &plan, const PlanAnalysis &analysis, int node, const QSet<int> &expanded,
                           const PlanDiagramMetrics &metrics, int *hidden)
{
    const QList<int> &children = plan.nodes.at(node).children;
    *hidden = 0;
    if (children.size() <= metrics.collapseAbove || expanded.contains(node))
        return children;
    // The most expensive children stay visible: that is where a reader looks first.
    QList<int> ranked = children;
    std::stable_sort(ranked.begin(), ranked.end(), [&](int a, int b) {
        return analysis.nodes.value(a).totalMs.value_or(0) > analysis.nodes.value(b).totalMs.value_or(0);
    });
    ranked.resize(metrics.shownWhenCollapsed);
    std::sort(ranked.begin(), ranked.end());
    *hidden = int(children.size() - ranked.size());
    return ranked;
}

} // namespace

int PlanDiagramLayout::boxAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        if (boxes.at(i).rect.contains(point))
            return int(i);
    }
    return -1;
}

PlanDiagramLayout layoutPlanDiagram(const Plan &plan, const PlanAnalysis &analysis, const QSet<int> &expanded,
                                    const PlanDiagramMetrics &metrics)
{
    PlanDiagramLayout layout;
    layout.boxOfNode = QList<int>(plan.nodes.size(), -1);
    if (plan.nodes.isEmpty())
        return layout;

    struct Pending
    {
        int node, owner, hidden, parentBox, depth;
    };
    QList<int> depths;
    QList<QList<int>> childBoxes;
    std::vector<Pending> stack{{0, -1, 0, -1, 0}};
    while (!stack.empty()) {
        const Pending item = stack.back();
        stack.pop_back();
        const int box = int(layout.boxes.size());
        layout.boxes.append({item.node, item.owner, item.hidden, item.parentBox, {}});
        depths.append(item.depth);
        childBoxes.append(QList<int>());
        if (item.parentBox >= 0)
            childBoxes[item.parentBox].append(box);
        if (item.node < 0)
            continue;
        layout.boxOfNode[item.node] = box;
        int hidden = 0;
        const QList<int> children = visibleChildren(plan, analysis, item.node, expanded, metrics, &hidden);
        if (hidden > 0)
            stack.push_back({-1, item.node, hidden, box, item.depth + 1});
        for (auto it = children.crbegin(); it != children.crend(); ++it)
            stack.push_back({*it, -1, 0, box, item.depth + 1});
    }

    // Leaves take consecutive columns left to right (creation order is depth-first, left to right); each parent
    // sits centred over its first and last child, which were created after it.
    const double columnWidth = metrics.box.width() + metrics.gap.width();
    const double rowHeight = metrics.box.height() + metrics.gap.height();
    QList<double> x(layout.boxes.size(), 0);
    double nextLeaf = 0;
    for (qsizetype i = 0; i < layout.boxes.size(); ++i) {
        if (childBoxes.at(i).isEmpty()) {
            x[i] = nextLeaf;
            nextLeaf += columnWidth;
        }
    }
    int maxDepth = 0;
    for (qsizetype i = layout.boxes.size() - 1; i >= 0; --i) {
        if (!childBoxes.at(i).isEmpty())
            x[i] = (x.at(childBoxes.at(i).first()) + x.at(childBoxes.at(i).last())) / 2;
        layout.boxes[i].rect = QRectF(QPointF(x.at(i), depths.at(i) * rowHeight), metrics.box);
        maxDepth = std::max(maxDepth, depths.at(i));
    }
    layout.size = QSizeF(std::max(nextLeaf - metrics.gap.width(), metrics.box.width()), maxDepth * rowHeight + metrics.box.height());
    return layout;
}

} // namespace pgv
