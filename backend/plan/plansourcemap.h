// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

namespace pgv {

/// Where a node sits in the text a plan was read from: [begin, end) in UTF-16 code units of that text.
struct PlanSourceSpan
{
    qsizetype begin = -1;
    qsizetype end = -1;

    bool isValid() const { return begin >= 0 && end > begin; }
};

/// For each node (by id), the part of \a input that describes it: the node's line and its property lines in a
/// text plan, the node's object up to its "Plans" in a JSON plan. Empty when the input cannot be matched to the
/// plan node for node (then nothing is highlighted rather than the wrong lines). Linear in the input.
QList<PlanSourceSpan> mapPlanSource(const QString &input, const Plan &plan);

} // namespace pgv
