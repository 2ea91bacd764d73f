// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planalysis.h"
#include "plan/planparser.h"

#include <QStringList>

namespace pgv::test {

/// A recorded plan read from both of its files, tests/data/plans/<name>.json and .txt.
struct PlanFixture
{
    QByteArray jsonInput, textInput;
    Plan json, text;
};
std::optional<PlanFixture> loadPlanFixture(const QString &name, QString *why);
/// The first node whose label contains \a labelPart.
const PlanNode *findPlanNode(const Plan &plan, const QString &labelPart);

/// tests/data/plans/<name>.<extension>
QString planFixturePath(const QString &name, const QString &extension);
QByteArray readFileBytes(const QString &path);

/// The plan as an indented list, one node per line: "  Hash Join [Hash Join] rows=10".
QStringList printPlanTree(const Plan &plan);

/// The first difference between two readings of the same plan — shape, node types and their attributes,
/// relations, indexes, costs and planned rows, subplan names — or an empty string. Actual figures are not
/// compared (they differ between two runs of a query).
QString planDifference(const Plan &a, const Plan &b);

/// Keys a text plan gave a node that the JSON reading of the same plan does not have, or whose values differ
/// where they cannot differ between runs ("Sort Key", "Filter", "Index Name"…): mistakes of the text reader.
QStringList textJsonPropertyMismatches(const Plan &text, const Plan &json);

/// Broken analysis invariants: a negative exclusive time, exclusive times not adding up to the root's total
/// (plus what PostgreSQL's figures double count), shares over 100 %.
QString analysisProblem(const Plan &plan, const PlanAnalysis &analysis);

/// How the single-pass scanner's reading of \a json differs from QJsonDocument's (empty when they agree).
QString jsonReadersDisagreement(const QByteArray &json);

/// The table hugePlanQuery reads: t(id, payload), 20,000 rows, analysed.
QString hugePlanSchemaSql();
/// "EXPLAIN (options) …": a UNION ALL of \a branches Limit/Sort/Index Scan branches, so 3 × branches + 1 nodes
/// (2,500 branches give 7,501 nodes and about 8 MB of JSON with ANALYZE, BUFFERS, VERBOSE).
QString hugePlanQuery(const QString &options, int branches);
/// Expected labels no node's label contains.
QStringList missingLabels(const Plan &plan, const QStringList &expected);

} // namespace pgv::test
