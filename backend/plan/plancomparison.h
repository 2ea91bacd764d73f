// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

namespace pgv {

/// One row of two plans laid side by side: a node of each that do the same work, or a node only one plan has.
struct PlanPairing
{
    int left = -1;   ///< node id in the left plan, -1 when only the right plan has this node
    int right = -1;  ///< node id in the right plan, -1 when only the left plan has it
    int parent = -1; ///< index of the parent row, -1 for the root
    int depth = 0;
};

/// Two plans of (usually) the same query matched node for node by structure, not position: the roots are
/// paired, then under each pair the children with the same type and object (relation, index, CTE, function,
/// subplan name, join type, strategy) in the same order, then the remaining children of the same type in
/// order; whatever is left stays on its own side with its subtree. Matching looks through the nodes that
/// parallelism adds around the same work (Gather, Gather Merge, a partial aggregate): they get one-sided rows
/// above the pair, so the same query with and without parallel workers matches everything else.
/// Rows are in depth-first pre-order. A pure function; near linear for plans of the same shape.
QList<PlanPairing> comparePlans(const Plan &left, const Plan &right);

struct PlanComparisonCounts
{
    int matched = 0;
    int leftOnly = 0;
    int rightOnly = 0;
};
/// How many rows pair a node of each plan, and how many have a node of one side only.
PlanComparisonCounts countPairings(const QList<PlanPairing> &rows);

} // namespace pgv
