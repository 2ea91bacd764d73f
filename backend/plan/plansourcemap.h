// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <vector>

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

/// Where each line of a text starts, so a view can show any line of a huge text without scanning it.
struct SourceLines
{
    std::vector<qsizetype> starts{0}; ///< offsets of line starts; a final line break starts no line
    qsizetype longest = 0;            ///< characters in the longest line, without its line break

    /// Indexes \a text: linear, a few milliseconds for 8 MB, so it belongs with the other work off the GUI thread.
    static SourceLines of(QStringView text);
};

} // namespace pgv
