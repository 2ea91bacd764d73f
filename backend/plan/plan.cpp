// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include "core/jsonarrays.h"
#include "nodetypes.h"
#include "planfields.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Strings of an expression property, searched for InitPlan references.
void collectTokens(const QJsonValue &value, QStringList *tokens)
{
    if (value.isString()) {
        planfields::collectParamTokens(QStringView(value.toString()), tokens);
    } else if (value.isArray()) {
        for (const QJsonValue &item : constArray(value))
            collectTokens(item, tokens);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            collectTokens(it.value(), tokens);
    }
}

std::optional<double> number(const QJsonValue &value)
{
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

std::optional<double> number(const QJsonObject &object, QLatin1StringView key)
{
    return number(object.value(key));
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

    const QJsonObject all = properties();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        if (it.key() != u"Plans")
            list.append({it.key(), it.value()});
    }
    const QHash<QString, int> &ranks = propertyRanks();
    std::stable_sort(list.begin(), list.end(), [&](const auto &a, const auto &b) {
        return ranks.value(a.first, int(ranks.size())) < ranks.value(b.first, int(ranks.size()));
    });
    return list;
}

QJsonObject PlanNode::properties() const
{
    if (m_source.isNull())
        return m_properties;
    if (m_cbor)
        return QCborValue::fromCbor(QByteArrayView(m_source).sliced(m_begin, m_end - m_begin).toByteArray()).toMap().toJsonObject();
    QByteArray object = m_source.mid(m_begin, m_cutBegin - m_begin);
    object += QByteArrayView(m_source).sliced(m_cutEnd, m_end - m_cutEnd);
    return QJsonDocument::fromJson(object).object();
}

void PlanNode::setProperties(QJsonObject properties)
{
    m_properties = std::move(properties);
    m_source = {};
}

void PlanNode::setSource(const QByteArray &json, qsizetype begin, qsizetype end, qsizetype cutBegin, qsizetype cutEnd)
{
    m_properties = {};
    m_source = json;
    m_cbor = false;
    m_begin = begin;
    m_end = end;
    m_cutBegin = cutBegin;
    m_cutEnd = cutEnd;
}

void PlanNode::setCborSource(const QByteArray &cbor, qsizetype begin, qsizetype end)
{
    setSource(cbor, begin, end, end, end);
    m_cbor = true;
}

void PlanNode::normalize()
{
    using namespace planfields;
    counters = {};
    hasBuffers = false;
    hasIoTimings = false;
    paramRefs.clear();
    // One pass over the keys a node has, rather than a lookup for every key it might have.
    const QJsonObject all = properties();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const QString key = it.key();
        const FieldRef *ref = findField(key);
        const QJsonValue value = it.value();
        if (!ref) {
            if (key != u"Plans")
                collectTokens(value, &paramRefs);
            continue;
        }
        FieldValue fieldValue;
        if (value.isString()) {
            fieldValue.text = value.toString();
            bool ok = false;
            const double parsed = fieldValue.text.toDouble(&ok); // some producers write numbers as strings
            if (ok)
                fieldValue.number = parsed;
        } else if (value.isDouble()) {
            fieldValue.number = value.toDouble();
        } else {
            fieldValue.boolean = value.toBool();
        }
        applyField(this, *ref, std::move(fieldValue));
    }
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
    for (const QJsonValue &value : constArray(properties.value("Triggers"_L1))) {
        const QJsonObject trigger = value.toObject();
        triggers.append({trigger.value("Trigger Name"_L1).toString(), trigger.value("Constraint Name"_L1).toString(),
                         trigger.value("Relation"_L1).toString(), number(trigger, "Time"_L1), number(trigger, "Calls"_L1)});
    }
    planningCounters = {};
    const QJsonObject planning = properties.value("Planning"_L1).toObject();
    hasPlanningBuffers = planfields::readCounters(planning, &planningCounters);
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
