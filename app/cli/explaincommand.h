// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace pgv {
struct Plan;
struct PlanAnalysis;
}

namespace pgv::cli {

/// pgversectl explain [--json] [FILE|-]: reads a plan (JSON or text, from a file or stdin) and prints its summary.
int runExplain(const QStringList &arguments);

/// The `explain --json` document (a contract: keys are only ever added).
QJsonObject explainToJson(const Plan &plan, const PlanAnalysis &analysis);
/// Planning and execution time, hotspots, warnings and notes as readable text.
QString formatExplainSummary(const Plan &plan, const PlanAnalysis &analysis);

} // namespace pgv::cli
