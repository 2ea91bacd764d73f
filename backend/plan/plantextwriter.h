// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "plansourcemap.h"

namespace pgv {

enum class PlanTextScope { Node, Subtree };

/// A node (or the subtree under it) written the way psql prints EXPLAIN: a header line with costs and actual
/// figures, indented property lines, "->" before children and subplan headers. For pasting into a ticket or a
/// chat; the text plan reader reads it back.
/// \a spans, when given, gets where each written node's header and property lines are in the text, by node id
/// (invalid for nodes not written), for views that highlight a node in it.
QString writePlanText(const Plan &plan, int node, PlanTextScope scope, QList<PlanSourceSpan> *spans = nullptr);

} // namespace pgv
