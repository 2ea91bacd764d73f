// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

namespace pgv {

enum class PlanTextScope { Node, Subtree };

/// A node (or the subtree under it) written the way psql prints EXPLAIN: a header line with costs and actual
/// figures, indented property lines, "->" before children and subplan headers. For pasting into a ticket or a
/// chat; the text plan reader reads it back.
QString writePlanText(const Plan &plan, int node, PlanTextScope scope);

} // namespace pgv
