// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the plan readers: any bytes go through parsePlan() (JSON scanner, QJsonDocument
// reading, text reader with its unframing and line joining) and, when a plan comes out, through the analysis.
// A crash, a hang, a leak, undefined behaviour or a broken invariant is a bug; rejecting the input is not.
#include "plan/jsonplanparser.h"
#include "plan/planalysis.h"
#include "plan/planparser.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace {

/// The analysis' promises: no negative exclusive time, and exclusive times adding up to the root's total plus
/// what is reported as unaccounted.
void checkAnalysis(const pgv::Plan &plan, const pgv::PlanAnalysis &analysis)
{
    if (analysis.nodes.size() != plan.nodes.size())
        std::abort();
    if (!analysis.totalMs || !std::isfinite(*analysis.totalMs))
        return;
    double sum = 0;
    for (const pgv::NodeAnalysis &node : analysis.nodes) {
        if (!node.exclusiveMs)
            continue;
        if (*node.exclusiveMs < 0)
            std::abort();
        sum += *node.exclusiveMs;
    }
    const double expected = *analysis.totalMs + analysis.unaccountedMs;
    if (std::isfinite(sum) && std::isfinite(expected) && std::abs(sum - expected) > 1e-6 * std::max(1.0, std::abs(expected)))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The plan may keep the input (nodes of a JSON plan point into it): it is destroyed before this returns.
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    pgv::PlanParseError error;
    if (const auto plan = pgv::parsePlan(input, &error)) {
        checkAnalysis(*plan, pgv::analyzePlan(*plan));
        for (const pgv::PlanNode &node : plan->nodes) {
            if (node.label().isEmpty() && !node.type.isEmpty())
                std::abort();
            (void)node.orderedProperties();
        }
    } else if (error.message.isEmpty()) {
        std::abort(); // every rejection says why
    }
    // The QJsonDocument reading on its own, which well-formed plans skip.
    if (size > 0 && (data[0] == '[' || data[0] == '{')) {
        if (const auto plan = pgv::parseJsonPlanWithDocument(input, &error))
            checkAnalysis(*plan, pgv::analyzePlan(*plan));
    }
    return 0;
}
