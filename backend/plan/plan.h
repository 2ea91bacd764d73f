// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace pgv {

enum class PlanFormat { Json, Text };

/// Counters PostgreSQL reports per node that include the node's children: buffer blocks and I/O times (ms).
/// Before PostgreSQL 17 shared and local I/O times are reported together; they are kept as shared.
struct PlanCounters
{
    enum Index {
        SharedHit, SharedRead, SharedDirtied, SharedWritten,
        LocalHit, LocalRead, LocalDirtied, LocalWritten,
        TempRead, TempWritten,
        SharedIoRead, SharedIoWrite, LocalIoRead, LocalIoWrite, TempIoRead, TempIoWrite,
        Count
    };
    std::array<double, Count> values{};

    double operator[](Index index) const { return values[index]; }
    double &operator[](Index index) { return values[index]; }
    double blocks() const;    ///< every buffer block touched (hit + read + dirtied + written, all scopes)
    double ioReadMs() const;  ///< read time over all scopes
    double ioWriteMs() const; ///< write time over all scopes
    bool isZero() const;
};

/// One node of a plan tree, with the fields the analysis needs already normalized: node types use PostgreSQL's
/// JSON names ("Aggregate" with a strategy, never "HashAggregate"), whatever format the plan was read from.
struct PlanNode
{
    int id = 0;      ///< index in the plan's depth-first pre-order
    int parent = -1; ///< id of the parent, -1 for the root
    int depth = 0;
    int subtreeEnd = 0; ///< one past the id of the last node of this node's subtree
    QList<int> children;
    int sourceLine = 0; ///< line of the node in a text plan (1-based), 0 for JSON

    QString type; ///< "Node Type" as in EXPLAIN (FORMAT JSON)
    QString strategy, partialMode, operation, joinType, command, scanDirection;
    bool parallelAware = false;
    bool asyncCapable = false;
    QString parentRelationship, subplanName;
    QString relationName, schema, alias, indexName, cteName, functionName, customProvider;

    std::optional<double> startupCost, totalCost, planRows, planWidth;
    std::optional<double> actualStartupTime, actualTotalTime, actualRows, actualLoops;
    std::optional<double> rowsRemovedByFilter, rowsRemovedByJoinFilter, rowsRemovedByIndexRecheck;
    std::optional<int> workersPlanned, workersLaunched;

    bool hasBuffers = false;
    bool hasIoTimings = false;
    PlanCounters counters;

    QString sortMethod, sortSpaceType, storage;
    std::optional<double> sortSpaceUsedKb;
    std::optional<double> hashBatches, originalHashBatches, hashAggBatches, diskUsageKb;
    std::optional<double> exactHeapBlocks, lossyHeapBlocks;
    bool hasWorkers = false;    ///< per-worker details ("Workers") are among the properties
    bool hasSortGroups = false; ///< "Full-sort Groups" or "Pre-sorted Groups" are among the properties
    /// "$1", "InitPlan 2": references to InitPlan results in the node's expressions (filters, conditions, output).
    QStringList paramRefs;

    /// Every property under PostgreSQL's JSON name (text plans are converted), without "Plans". Nodes of large
    /// JSON plans keep only where they are in the input and build this on request: call it for the nodes shown,
    /// not in a loop over every node of a big plan.
    QJsonObject properties() const;
    void setProperties(QJsonObject properties);
    /// The node is the JSON object at [begin, end) of \a json, less the "Plans" member at [cutBegin, cutEnd).
    void setSource(const QByteArray &json, qsizetype begin, qsizetype end, qsizetype cutBegin, qsizetype cutEnd);
    /// The node's properties are the CBOR map at [begin, end) of \a cbor (how text plans keep them: compact, and
    /// quicker to write than JSON, numbers being stored as they are).
    void setCborSource(const QByteArray &cbor, qsizetype begin, qsizetype end);

    bool isSubplan() const { return parentRelationship == u"InitPlan" || parentRelationship == u"SubPlan"; }
    bool isCte() const { return subplanName.startsWith(u"CTE "); }
    /// A short label as PostgreSQL prints it in text: "Hash Left Join", "Parallel Seq Scan on orders o".
    QString label() const;
    /// The properties in the order EXPLAIN prints them (known keys first), without "Plans".
    QList<std::pair<QString, QJsonValue>> orderedProperties() const;
    /// Fills the normalized fields from properties(), once, on a node the parser just built; the text and JSON
    /// readers end with it (or fill the same fields the same way), so both formats agree.
    void normalize();

private:
    QJsonObject m_properties;
    QByteArray m_source;
    qsizetype m_begin = 0, m_end = 0, m_cutBegin = 0, m_cutEnd = 0;
    bool m_cbor = false;
};

} // namespace pgv

// Every member is relocatable: large plans grow their node list with plain memory moves.
Q_DECLARE_TYPEINFO(pgv::PlanNode, Q_RELOCATABLE_TYPE);

namespace pgv {

struct PlanTrigger
{
    QString name, constraintName, relation;
    std::optional<double> timeMs;
    std::optional<double> calls;
};

/// A parsed plan: nodes in depth-first pre-order (children in the order PostgreSQL prints them).
struct Plan
{
    PlanFormat format = PlanFormat::Json;
    QList<PlanNode> nodes;
    std::optional<double> planningMs, executionMs;
    QList<PlanTrigger> triggers;
    QJsonObject settings;
    QJsonObject jit;
    PlanCounters planningCounters;
    bool hasPlanningBuffers = false;
    /// Every top-level property (Planning, JIT, Settings, Triggers, Query Identifier…) under its JSON name.
    QJsonObject properties;

    const PlanNode &root() const { return nodes.first(); }
    bool hasActuals() const;
    bool hasTiming() const;
    /// Fills the normalized top-level fields from `properties` and the tree links (depth, subtreeEnd) from parent.
    void finish();
};

/// Where and why a plan could not be read. line and column are 1-based (0 when unknown); offset counts bytes.
struct PlanParseError
{
    QString message;
    int line = 0;
    int column = 0;
    qsizetype offset = -1;

    QString toString() const;
};

/// Deepest plan tree the parsers accept; deeper input is rejected with an error instead of exhausting the stack.
inline constexpr int MaxPlanDepth = 1000;

} // namespace pgv
