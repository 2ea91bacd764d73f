// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "planlines.h"

#include <optional>

namespace pgv {

/// Index in \a lines of the first line of a text plan (its root node), or -1.
qsizetype findTextPlanStart(const QList<PlanLine> &lines);

/// Reads a text plan from unframed lines (see unframePlanText()); they are let go once joined into logical lines.
std::optional<Plan> parseTextPlan(QList<PlanLine> lines, PlanParseError *error);

} // namespace pgv
