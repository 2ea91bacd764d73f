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

/// The `explain --json` document (a contract: keys are only ever added) without its "nodes", which
/// explainNodeToJson() gives one by one.
QJsonObject explainToJson(const Plan &plan, const PlanAnalysis &analysis);
/// The element of the document's "nodes" for node \a id.
QJsonObject explainNodeToJson(const Plan &plan, const PlanAnalysis &analysis, int id);
/// Planning and execution time, hotspots, warnings and notes as readable text.
QString formatExplainSummary(const Plan &plan, const PlanAnalysis &analysis);

} // namespace pgv::cli
