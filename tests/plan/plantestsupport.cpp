// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantestsupport.h"
#include "plan/jsonplanparser.h"
#include "plan/jsonplanscanner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv::test {

namespace {

QString describe(const std::optional<double> &value)
{
    return value ? QString::number(*value) : u"-"_s;
}

QString attributes(const PlanNode &node)
{
    return QStringList{node.type, node.strategy, node.partialMode, node.operation, node.joinType, node.command, node.scanDirection,
                       node.parallelAware ? u"parallel"_s : QString(), node.parentRelationship, node.subplanName, node.relationName,
                       node.indexName, node.cteName, node.functionName, node.alias, describe(node.planRows), describe(node.planWidth),
                       describe(node.startupCost), describe(node.totalCost), QString::number(node.parent)}
        .join(u" | "_s);
}

/// Keys whose values are the same in two runs of a query, so text and JSON must agree on them.
const QSet<QString> &stableKeys()
{
    static const QSet<QString> keys = {u"Node Type"_s, u"Strategy"_s, u"Partial Mode"_s, u"Operation"_s, u"Join Type"_s,
                                       u"Scan Direction"_s, u"Relation Name"_s, u"Schema"_s, u"Alias"_s, u"Index Name"_s,
                                       u"CTE Name"_s, u"Function Name"_s, u"Subplan Name"_s, u"Parent Relationship"_s,
                                       u"Parallel Aware"_s, u"Sort Key"_s, u"Group Key"_s, u"Presorted Key"_s, u"Filter"_s,
                                       u"Index Cond"_s, u"Recheck Cond"_s, u"Hash Cond"_s, u"Merge Cond"_s, u"Join Filter"_s,
                                       u"One-Time Filter"_s, u"Output"_s, u"Plan Rows"_s, u"Plan Width"_s, u"Startup Cost"_s,
                                       u"Total Cost"_s, u"Command"_s, u"Cache Key"_s, u"Cache Mode"_s, u"Workers Planned"_s,
                                       u"Inner Unique"_s, u"Grouping Sets"_s, u"Conflict Resolution"_s, u"Tuples Inserted"_s, u"Heap Fetches"_s};
    return keys;
}

/// What the text format prints in a shape the JSON format does not have.
const QSet<QString> &textOnlyKeys()
{
    static const QSet<QString> keys = {};
    return keys;
}

} // namespace

QString planFixturePath(const QString &name, const QString &extension)
{
    return QStringLiteral(PGV_PLAN_FIXTURE_DIR) + u'/' + name + u'.' + extension;
}

QByteArray readFileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

std::optional<PlanFixture> loadPlanFixture(const QString &name, QString *why)
{
    PlanFixture fixture;
    fixture.jsonInput = test::readFileBytes(planFixturePath(name, u"json"_s));
    fixture.textInput = test::readFileBytes(planFixturePath(name, u"txt"_s));
    if (fixture.jsonInput.isEmpty() || fixture.textInput.isEmpty()) {
        *why = u"fixture %1 is missing: run tst_planfixtures with PGV_UPDATE_PLAN_FIXTURES=1"_s.arg(name);
        return std::nullopt;
    }
    PlanParseError error;
    const auto json = parsePlan(fixture.jsonInput, &error);
    if (!json) {
        *why = name + u".json: "_s + error.toString();
        return std::nullopt;
    }
    const auto text = parsePlan(fixture.textInput, &error);
    if (!text) {
        *why = name + u".txt: "_s + error.toString();
        return std::nullopt;
    }
    fixture.json = *json;
    fixture.text = *text;
    return fixture;
}

const PlanNode *findPlanNode(const Plan &plan, const QString &labelPart)
{
    for (const PlanNode &node : plan.nodes) {
        if (node.label().contains(labelPart))
            return &node;
    }
    return nullptr;
}

QStringList printPlanTree(const Plan &plan)
{
    QStringList lines;
    for (const PlanNode &node : plan.nodes) {
        lines << QString(node.depth * 2, u' ') + node.label() + u" ["_s + node.type + u"] rows="_s + describe(node.planRows)
                + (node.subplanName.isEmpty() ? QString() : u" ("_s + node.subplanName + u')');
    }
    return lines;
}

QString planDifference(const Plan &a, const Plan &b)
{
    if (a.nodes.size() != b.nodes.size()) {
        return u"%1 nodes against %2:\n%3\n---\n%4"_s.arg(a.nodes.size())
            .arg(b.nodes.size())
            .arg(printPlanTree(a).join(u'\n'), printPlanTree(b).join(u'\n'));
    }
    for (qsizetype i = 0; i < a.nodes.size(); ++i) {
        const QString left = attributes(a.nodes.at(i));
        const QString right = attributes(b.nodes.at(i));
        if (left != right)
            return u"node %1 differs:\n  %2\n  %3"_s.arg(i).arg(left, right);
    }
    return {};
}

QStringList textJsonPropertyMismatches(const Plan &text, const Plan &json)
{
    QStringList problems;
    for (qsizetype i = 0; i < text.nodes.size() && i < json.nodes.size(); ++i) {
        const QJsonObject textProperties = text.nodes.at(i).properties();
        const QJsonObject jsonProperties = json.nodes.at(i).properties();
        for (auto it = textProperties.constBegin(); it != textProperties.constEnd(); ++it) {
            if (textOnlyKeys().contains(it.key()))
                continue;
            if (!jsonProperties.contains(it.key())) {
                problems << u"node %1 (%2): \"%3\" is not a key of the JSON plan"_s.arg(i).arg(text.nodes.at(i).label(), it.key());
                continue;
            }
            const QJsonValue expected = jsonProperties.value(it.key());
            if (stableKeys().contains(it.key()) && expected != it.value()) {
                problems << u"node %1 (%2): \"%3\" is %4 in text, %5 in JSON"_s.arg(i).arg(
                    text.nodes.at(i).label(), it.key(), QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)),
                    QString::fromUtf8(QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)));
            }
        }
    }
    return problems;
}

QString analysisProblem(const Plan &plan, const PlanAnalysis &analysis)
{
    if (analysis.nodes.size() != plan.nodes.size())
        return u"analysis of %1 nodes for a plan of %2"_s.arg(analysis.nodes.size()).arg(plan.nodes.size());
    if (!analysis.totalMs)
        return {};
    double sum = 0;
    for (const PlanNode &node : plan.nodes) {
        const NodeAnalysis &metrics = analysis.nodes.at(node.id);
        if (!metrics.exclusiveMs || !metrics.totalMs)
            return u"node %1 (%2) has no time in a timed plan"_s.arg(node.id).arg(node.label());
        if (*metrics.exclusiveMs < 0)
            return u"node %1 (%2) has a negative exclusive time"_s.arg(node.id).arg(node.label());
        if (*metrics.exclusiveMs > *metrics.totalMs + 1e-9)
            return u"node %1 (%2): exclusive %3 ms above its total %4 ms"_s.arg(node.id).arg(node.label()).arg(*metrics.exclusiveMs).arg(*metrics.totalMs);
        if (metrics.sharePercent.value_or(0) > 100 + 1e-6)
            return u"node %1 (%2) has a share over 100%"_s.arg(node.id).arg(node.label());
        for (int k = 0; k < PlanCounters::Count; ++k) {
            if (metrics.exclusive.values[k] < 0)
                return u"node %1 (%2) has a negative exclusive counter"_s.arg(node.id).arg(node.label());
        }
        sum += *metrics.exclusiveMs;
    }
    const double expected = *analysis.totalMs + analysis.unaccountedMs;
    if (std::abs(sum - expected) > 1e-6 * std::max(1.0, expected))
        return u"exclusive times add up to %1 ms, not %2 ms (root %3 + unaccounted %4)"_s.arg(sum).arg(expected).arg(*analysis.totalMs).arg(analysis.unaccountedMs);
    return {};
}

QString jsonReadersDisagreement(const QByteArray &json)
{
    const std::optional<Plan> fast = scanJsonPlan(json);
    PlanParseError error;
    const std::optional<Plan> slow = parseJsonPlanWithDocument(json, &error);
    if (!slow)
        return u"QJsonDocument's reading failed: "_s + error.toString();
    if (!fast)
        return u"the scanner gave up on a plan QJsonDocument reads"_s;
    if (const QString difference = planDifference(*fast, *slow); !difference.isEmpty())
        return difference;
    if (fast->properties != slow->properties)
        return u"plan-level properties differ"_s;
    for (qsizetype i = 0; i < fast->nodes.size(); ++i) {
        const PlanNode &a = fast->nodes.at(i);
        const PlanNode &b = slow->nodes.at(i);
        QStringList refsA = a.paramRefs;
        QStringList refsB = b.paramRefs;
        refsA.sort();
        refsB.sort();
        QStringList differing;
        const auto check = [&](bool equal, const char *what) {
            if (!equal)
                differing << QString::fromLatin1(what);
        };
        check(a.properties() == b.properties(), "properties");
        check(a.actualStartupTime == b.actualStartupTime && a.actualTotalTime == b.actualTotalTime && a.actualRows == b.actualRows
                  && a.actualLoops == b.actualLoops, "actuals");
        check(a.rowsRemovedByFilter == b.rowsRemovedByFilter && a.rowsRemovedByJoinFilter == b.rowsRemovedByJoinFilter
                  && a.rowsRemovedByIndexRecheck == b.rowsRemovedByIndexRecheck, "rows removed");
        check(a.workersPlanned == b.workersPlanned && a.workersLaunched == b.workersLaunched, "workers");
        check(a.hasBuffers == b.hasBuffers && a.hasIoTimings == b.hasIoTimings && a.counters.values == b.counters.values, "counters");
        check(a.sortMethod == b.sortMethod && a.sortSpaceType == b.sortSpaceType && a.storage == b.storage
                  && a.sortSpaceUsedKb == b.sortSpaceUsedKb, "sort");
        check(a.hashBatches == b.hashBatches && a.originalHashBatches == b.originalHashBatches && a.hashAggBatches == b.hashAggBatches
                  && a.diskUsageKb == b.diskUsageKb && a.exactHeapBlocks == b.exactHeapBlocks && a.lossyHeapBlocks == b.lossyHeapBlocks,
              "hash and bitmap");
        check(a.hasWorkers == b.hasWorkers && a.hasSortGroups == b.hasSortGroups, "details");
        check(a.asyncCapable == b.asyncCapable && a.schema == b.schema, "identity");
        check(refsA == refsB, "InitPlan references");
        if (!differing.isEmpty())
            return u"node %1 (%2) differs between the scanner and QJsonDocument: %3"_s.arg(i).arg(a.label(), differing.join(u", "_s));
    }
    return {};
}

QStringList missingLabels(const Plan &plan, const QStringList &expected)
{
    QStringList missing;
    for (const QString &label : expected) {
        if (std::none_of(plan.nodes.cbegin(), plan.nodes.cend(), [&](const PlanNode &node) { return node.label().contains(label); }))
            missing << label;
    }
    return missing;
}

QString hugePlanSchemaSql()
{
    return u"CREATE TABLE t (id int PRIMARY KEY, payload text NOT NULL);"
           u"INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 20000) g;"
           u"ANALYZE t"_s;
}

QString hugePlanQuery(const QString &options, int branches)
{
    QStringList parts;
    for (int i = 0; i < branches; ++i)
        parts << u"(SELECT id, payload, %1 AS branch FROM t WHERE id = %2 ORDER BY payload LIMIT 1)"_s.arg(i).arg(i * 7 + 1);
    return u"EXPLAIN ("_s + options + u") "_s + parts.join(u" UNION ALL "_s);
}

} // namespace pgv::test
