// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"
#include "nodetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

std::optional<double> number(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        // Some producers (and PostgreSQL for a few sizes) write numbers as strings.
        bool ok = false;
        const double parsed = value.toString().toDouble(&ok);
        if (ok)
            return parsed;
    }
    return std::nullopt;
}

struct CounterKey
{
    QLatin1StringView key;
    PlanCounters::Index index;
};

constexpr CounterKey BufferKeys[] = {
    {"Shared Hit Blocks"_L1, PlanCounters::SharedHit},       {"Shared Read Blocks"_L1, PlanCounters::SharedRead},
    {"Shared Dirtied Blocks"_L1, PlanCounters::SharedDirtied}, {"Shared Written Blocks"_L1, PlanCounters::SharedWritten},
    {"Local Hit Blocks"_L1, PlanCounters::LocalHit},         {"Local Read Blocks"_L1, PlanCounters::LocalRead},
    {"Local Dirtied Blocks"_L1, PlanCounters::LocalDirtied}, {"Local Written Blocks"_L1, PlanCounters::LocalWritten},
    {"Temp Read Blocks"_L1, PlanCounters::TempRead},         {"Temp Written Blocks"_L1, PlanCounters::TempWritten},
};

constexpr CounterKey IoKeys[] = {
    // PostgreSQL 12-16 report shared and local together under these two.
    {"I/O Read Time"_L1, PlanCounters::SharedIoRead},        {"I/O Write Time"_L1, PlanCounters::SharedIoWrite},
    {"Shared I/O Read Time"_L1, PlanCounters::SharedIoRead}, {"Shared I/O Write Time"_L1, PlanCounters::SharedIoWrite},
    {"Local I/O Read Time"_L1, PlanCounters::LocalIoRead},   {"Local I/O Write Time"_L1, PlanCounters::LocalIoWrite},
    {"Temp I/O Read Time"_L1, PlanCounters::TempIoRead},     {"Temp I/O Write Time"_L1, PlanCounters::TempIoWrite},
};

/// Reads buffer and I/O counters; returns {has buffers, has I/O timings}.
std::pair<bool, bool> readCounters(const QJsonObject &object, PlanCounters *counters)
{
    bool buffers = false;
    bool io = false;
    for (const CounterKey &entry : BufferKeys) {
        if (const auto value = number(object, entry.key)) {
            (*counters)[entry.index] = *value;
            buffers = true;
        }
    }
    for (const CounterKey &entry : IoKeys) {
        if (const auto value = number(object, entry.key)) {
            (*counters)[entry.index] += *value;
            io = true;
        }
    }
    return {buffers, io};
}

/// EXPLAIN's own order of properties, so that a details pane lists them as PostgreSQL prints them.
const QHash<QString, int> &propertyRanks()
{
    static const QHash<QString, int> ranks = [] {
        const char *const keys[] = {
            "Node Type", "Strategy", "Partial Mode", "Operation", "Parent Relationship", "Subplan Name",
            "Custom Plan Provider", "Parallel Aware", "Async Capable", "Disabled", "Join Type", "Command",
            "Scan Direction", "Index Name", "Relation Name", "Function Name", "Table Function Name", "CTE Name",
            "Tuplestore Name", "Schema", "Alias", "Startup Cost", "Total Cost", "Plan Rows", "Plan Width",
            "Actual Startup Time", "Actual Total Time", "Actual Rows", "Actual Loops", "Output", "Inner Unique",
            "Target Tables", "Conflict Resolution", "Conflict Arbiter Indexes", "Conflict Filter", "Tuples Inserted",
            "Conflicting Tuples", "Group Key", "Grouping Sets", "Sort Key", "Presorted Key", "Cache Key",
            "Cache Mode", "Index Cond", "Rows Removed by Index Recheck", "Recheck Cond", "TID Cond", "Merge Cond",
            "Hash Cond", "Join Filter", "Rows Removed by Join Filter", "One-Time Filter", "Filter",
            "Rows Removed by Filter", "Order By", "Run Condition", "Sampling Method", "Sampling Parameters",
            "Repeatable Seed", "Function Call", "Table Function Call", "Relations", "Remote SQL", "Heap Fetches",
            "Index Searches", "Workers Planned", "Workers Launched", "Params Evaluated", "Single Copy",
            "Subplans Removed", "Sort Method", "Sort Space Used", "Sort Space Type", "Full-sort Groups",
            "Pre-sorted Groups", "Hash Buckets", "Original Hash Buckets", "Hash Batches", "Original Hash Batches",
            "Planned Partitions", "HashAgg Batches", "Cache Hits", "Cache Misses", "Cache Evictions",
            "Cache Overflows", "Peak Memory Usage", "Disk Usage", "Storage", "Maximum Storage",
            "Exact Heap Blocks", "Lossy Heap Blocks", "Shared Hit Blocks", "Shared Read Blocks",
            "Shared Dirtied Blocks", "Shared Written Blocks", "Local Hit Blocks", "Local Read Blocks",
            "Local Dirtied Blocks", "Local Written Blocks", "Temp Read Blocks", "Temp Written Blocks",
            "I/O Read Time", "I/O Write Time", "Shared I/O Read Time", "Shared I/O Write Time",
            "Local I/O Read Time", "Local I/O Write Time", "Temp I/O Read Time", "Temp I/O Write Time", "WAL Records",
            "WAL FPI", "WAL Bytes", "WAL Buffers Full", "Workers",
        };
        QHash<QString, int> map;
        int rank = 0;
        for (const char *key : keys)
            map.insert(QString::fromLatin1(key), rank++);
        return map;
    }();
    return ranks;
}

} // namespace

double PlanCounters::blocks() const
{
    double sum = 0;
    for (int i = SharedHit; i <= TempWritten; ++i)
        sum += values[i];
    return sum;
}

double PlanCounters::ioReadMs() const
{
    return values[SharedIoRead] + values[LocalIoRead] + values[TempIoRead];
}

double PlanCounters::ioWriteMs() const
{
    return values[SharedIoWrite] + values[LocalIoWrite] + values[TempIoWrite];
}

bool PlanCounters::isZero() const
{
    return std::all_of(values.cbegin(), values.cend(), [](double value) { return value == 0; });
}

QString PlanNode::label() const
{
    return nodeLabel(*this);
}

QList<std::pair<QString, QJsonValue>> PlanNode::orderedProperties() const
{
    QList<std::pair<QString, QJsonValue>> list;
    list.reserve(properties.size());
    for (auto it = properties.constBegin(); it != properties.constEnd(); ++it) {
        if (it.key() != u"Plans")
            list.append({it.key(), it.value()});
    }
    const QHash<QString, int> &ranks = propertyRanks();
    std::stable_sort(list.begin(), list.end(), [&](const auto &a, const auto &b) {
        return ranks.value(a.first, int(ranks.size())) < ranks.value(b.first, int(ranks.size()));
    });
    return list;
}

void PlanNode::normalize()
{
    const auto text = [this](QLatin1StringView key) { return properties.value(key).toString(); };
    type = text("Node Type"_L1);
    strategy = text("Strategy"_L1);
    partialMode = text("Partial Mode"_L1);
    operation = text("Operation"_L1);
    joinType = text("Join Type"_L1);
    command = text("Command"_L1);
    scanDirection = text("Scan Direction"_L1);
    parallelAware = properties.value("Parallel Aware"_L1).toBool();
    asyncCapable = properties.value("Async Capable"_L1).toBool();
    parentRelationship = text("Parent Relationship"_L1);
    subplanName = text("Subplan Name"_L1);
    relationName = text("Relation Name"_L1);
    schema = text("Schema"_L1);
    alias = text("Alias"_L1);
    indexName = text("Index Name"_L1);
    cteName = text("CTE Name"_L1);
    functionName = text("Function Name"_L1);
    customProvider = text("Custom Plan Provider"_L1);

    startupCost = number(properties, "Startup Cost"_L1);
    totalCost = number(properties, "Total Cost"_L1);
    planRows = number(properties, "Plan Rows"_L1);
    planWidth = number(properties, "Plan Width"_L1);
    actualStartupTime = number(properties, "Actual Startup Time"_L1);
    actualTotalTime = number(properties, "Actual Total Time"_L1);
    actualRows = number(properties, "Actual Rows"_L1);
    actualLoops = number(properties, "Actual Loops"_L1);
    rowsRemovedByFilter = number(properties, "Rows Removed by Filter"_L1);
    rowsRemovedByJoinFilter = number(properties, "Rows Removed by Join Filter"_L1);
    rowsRemovedByIndexRecheck = number(properties, "Rows Removed by Index Recheck"_L1);
    if (const auto planned = number(properties, "Workers Planned"_L1))
        workersPlanned = int(*planned);
    if (const auto launched = number(properties, "Workers Launched"_L1))
        workersLaunched = int(*launched);

    counters = {};
    std::tie(hasBuffers, hasIoTimings) = readCounters(properties, &counters);

    sortMethod = text("Sort Method"_L1);
    sortSpaceType = text("Sort Space Type"_L1);
    sortSpaceUsedKb = number(properties, "Sort Space Used"_L1);
    hashBatches = number(properties, "Hash Batches"_L1);
    originalHashBatches = number(properties, "Original Hash Batches"_L1);
    hashAggBatches = number(properties, "HashAgg Batches"_L1);
    diskUsageKb = number(properties, "Disk Usage"_L1);
    exactHeapBlocks = number(properties, "Exact Heap Blocks"_L1);
    lossyHeapBlocks = number(properties, "Lossy Heap Blocks"_L1);
}

bool Plan::hasActuals() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const PlanNode &node) { return node.actualLoops.has_value(); });
}

bool Plan::hasTiming() const
{
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const PlanNode &node) { return node.actualTotalTime.has_value(); });
}

void Plan::finish()
{
    for (PlanNode &node : nodes) {
        node.children.clear();
        node.subtreeEnd = node.id + 1;
    }
    for (PlanNode &node : nodes) {
        if (node.parent >= 0) {
            nodes[node.parent].children.append(node.id);
            node.depth = nodes[node.parent].depth + 1;
        } else {
            node.depth = 0;
        }
    }
    // Children follow their parent in pre-order, so one backward pass carries subtree ends up the tree.
    for (qsizetype i = nodes.size() - 1; i > 0; --i) {
        const PlanNode &node = nodes[i];
        if (node.parent >= 0)
            nodes[node.parent].subtreeEnd = std::max(nodes[node.parent].subtreeEnd, node.subtreeEnd);
    }

    planningMs = number(properties, "Planning Time"_L1);
    executionMs = number(properties, "Execution Time"_L1);
    if (!executionMs)
        executionMs = number(properties, "Total Runtime"_L1);
    settings = properties.value("Settings"_L1).toObject();
    jit = properties.value("JIT"_L1).toObject();
    triggers.clear();
    for (const QJsonValue &value : properties.value("Triggers"_L1).toArray()) {
        const QJsonObject trigger = value.toObject();
        triggers.append({trigger.value("Trigger Name"_L1).toString(), trigger.value("Constraint Name"_L1).toString(),
                         trigger.value("Relation"_L1).toString(), number(trigger, "Time"_L1), number(trigger, "Calls"_L1)});
    }
    planningCounters = {};
    const QJsonObject planning = properties.value("Planning"_L1).toObject();
    hasPlanningBuffers = readCounters(planning, &planningCounters).first;
}

QString PlanParseError::toString() const
{
    if (line > 0 && column > 0)
        return QCoreApplication::translate("Plan", "line %1, column %2: %3").arg(line).arg(column).arg(message);
    if (line > 0)
        return QCoreApplication::translate("Plan", "line %1: %2").arg(line).arg(message);
    if (offset >= 0)
        return QCoreApplication::translate("Plan", "offset %1: %2").arg(offset).arg(message);
    return message;
}

} // namespace pgv
