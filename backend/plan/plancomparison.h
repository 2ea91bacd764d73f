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

/// Two plans of (usually) the same query matched node for node: the roots are paired, then under each pair
/// the children with the same type and object (relation, index, CTE, subplan name) in the same order, then
/// the remaining children of the same type in order; whatever is left stays on its own side with its subtree.
/// Rows are in depth-first pre-order. A pure function; near linear for plans of the same shape.
QList<PlanPairing> comparePlans(const Plan &left, const Plan &right);

} // namespace pgv
