// SPDX-License-Identifier: GPL-3.0-or-later
#include "planfields.h"

#include <QHash>

#include <cmath>
#include <limits>
#include <optional>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace pgv::planfields {

namespace {

struct KeyField
{
    const char *key;
    FieldRef ref;
};

constexpr KeyField Keys[] = {
    {"Node Type", {Field::Type}}, {"Strategy", {Field::Strategy}}, {"Partial Mode", {Field::PartialMode}},
    {"Operation", {Field::Operation}}, {"Join Type", {Field::JoinType}}, {"Command", {Field::Command}},
    {"Scan Direction", {Field::ScanDirection}}, {"Parallel Aware", {Field::ParallelAware}}, {"Async Capable", {Field::AsyncCapable}},
    {"Parent Relationship", {Field::ParentRelationship}}, {"Subplan Name", {Field::SubplanName}},
    {"Relation Name", {Field::RelationName}}, {"Schema", {Field::Schema}}, {"Alias", {Field::Alias}},
    {"Index Name", {Field::IndexName}}, {"CTE Name", {Field::CteName}}, {"Function Name", {Field::FunctionName}},
    {"Custom Plan Provider", {Field::CustomProvider}}, {"Startup Cost", {Field::StartupCost}}, {"Total Cost", {Field::TotalCost}},
    {"Plan Rows", {Field::PlanRows}}, {"Plan Width", {Field::PlanWidth}}, {"Actual Startup Time", {Field::ActualStartupTime}},
    {"Actual Total Time", {Field::ActualTotalTime}}, {"Actual Rows", {Field::ActualRows}}, {"Actual Loops", {Field::ActualLoops}},
    {"Rows Removed by Filter", {Field::RemovedByFilter}}, {"Rows Removed by Join Filter", {Field::RemovedByJoinFilter}},
    {"Rows Removed by Index Recheck", {Field::RemovedByIndexRecheck}}, {"Workers Planned", {Field::WorkersPlanned}},
    {"Workers Launched", {Field::WorkersLaunched}}, {"Sort Method", {Field::SortMethod}}, {"Sort Space Type", {Field::SortSpaceType}},
    {"Sort Space Used", {Field::SortSpaceUsed}}, {"Hash Batches", {Field::HashBatches}},
    {"Original Hash Batches", {Field::OriginalHashBatches}}, {"HashAgg Batches", {Field::HashAggBatches}},
    {"Disk Usage", {Field::DiskUsage}}, {"Exact Heap Blocks", {Field::ExactHeapBlocks}}, {"Lossy Heap Blocks", {Field::LossyHeapBlocks}},
    {"Storage", {Field::Storage}}, {"Workers", {Field::Workers}}, {"Full-sort Groups", {Field::SortGroups}},
    {"Pre-sorted Groups", {Field::SortGroups}},
    {"Shared Hit Blocks", {Field::Buffer, PlanCounters::SharedHit}}, {"Shared Read Blocks", {Field::Buffer, PlanCounters::SharedRead}},
    {"Shared Dirtied Blocks", {Field::Buffer, PlanCounters::SharedDirtied}},
    {"Shared Written Blocks", {Field::Buffer, PlanCounters::SharedWritten}},
    {"Local Hit Blocks", {Field::Buffer, PlanCounters::LocalHit}}, {"Local Read Blocks", {Field::Buffer, PlanCounters::LocalRead}},
    {"Local Dirtied Blocks", {Field::Buffer, PlanCounters::LocalDirtied}},
    {"Local Written Blocks", {Field::Buffer, PlanCounters::LocalWritten}},
    {"Temp Read Blocks", {Field::Buffer, PlanCounters::TempRead}}, {"Temp Written Blocks", {Field::Buffer, PlanCounters::TempWritten}},
    // PostgreSQL 12-16 report shared and local I/O together under the first two.
    {"I/O Read Time", {Field::Io, PlanCounters::SharedIoRead}}, {"I/O Write Time", {Field::Io, PlanCounters::SharedIoWrite}},
    {"Shared I/O Read Time", {Field::Io, PlanCounters::SharedIoRead}}, {"Shared I/O Write Time", {Field::Io, PlanCounters::SharedIoWrite}},
    {"Local I/O Read Time", {Field::Io, PlanCounters::LocalIoRead}}, {"Local I/O Write Time", {Field::Io, PlanCounters::LocalIoWrite}},
    {"Temp I/O Read Time", {Field::Io, PlanCounters::TempIoRead}}, {"Temp I/O Write Time", {Field::Io, PlanCounters::TempIoWrite}},
};

char16_t unit(QStringView text, qsizetype at)
{
    return text.at(at).unicode();
}

char16_t unit(QByteArrayView text, qsizetype at)
{
    return uchar(text.at(at));
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

template<typename Text>
void collectTokens(Text text, QStringList *tokens)
{
    static constexpr char16_t initPlan[] = u"InitPlan ";
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        qsizetype start = -1;
        if (unit(text, i) == u'$') {
            start = i + 1;
        } else if (unit(text, i) == u'I' && i + 9 <= size) {
            bool matches = true;
            for (qsizetype k = 0; k < 9 && matches; ++k)
                matches = unit(text, i + k) == initPlan[k];
            start = matches ? i + 9 : -1;
        }
        if (start < 0 || start >= size || !isDigit(unit(text, start)))
            continue;
        qsizetype end = start;
        while (end < size && isDigit(unit(text, end)))
            ++end;
        QString token;
        token.reserve(end - i);
        for (qsizetype k = i; k < end; ++k)
            token += QChar(unit(text, k));
        tokens->append(token);
        i = end - 1;
    }
}

/// A worker count as EXPLAIN prints it; anything that is no count (negative, fractional, beyond int) is left unset
/// rather than converted, which for out-of-range values would be undefined.
std::optional<int> workerCount(const std::optional<double> &number)
{
    if (!number || !(*number >= 0 && *number <= std::numeric_limits<int>::max()) || *number != std::floor(*number))
        return std::nullopt;
    return int(*number);
}

} // namespace

const FieldRef *findField(const QString &key)
{
    static const QHash<QString, FieldRef> table = [] {
        QHash<QString, FieldRef> map;
        for (const KeyField &entry : Keys)
            map.insert(QString::fromLatin1(entry.key), entry.ref);
        return map;
    }();
    const auto found = table.constFind(key);
    return found == table.cend() ? nullptr : &*found;
}

const FieldRef *findField(QByteArrayView utf8Key)
{
    static const std::unordered_map<std::string_view, FieldRef> table = [] {
        std::unordered_map<std::string_view, FieldRef> map;
        for (const KeyField &entry : Keys)
            map.emplace(entry.key, entry.ref);
        return map;
    }();
    const auto found = table.find(std::string_view(utf8Key.data(), size_t(utf8Key.size())));
    return found == table.end() ? nullptr : &found->second;
}

void applyField(PlanNode *node, const FieldRef &ref, FieldValue &&value)
{
    QString *text = nullptr;
    std::optional<double> *figure = nullptr;
    switch (ref.field) {
    case Field::Type: text = &node->type; break;
    case Field::Strategy: text = &node->strategy; break;
    case Field::PartialMode: text = &node->partialMode; break;
    case Field::Operation: text = &node->operation; break;
    case Field::JoinType: text = &node->joinType; break;
    case Field::Command: text = &node->command; break;
    case Field::ScanDirection: text = &node->scanDirection; break;
    case Field::ParentRelationship: text = &node->parentRelationship; break;
    case Field::SubplanName: text = &node->subplanName; break;
    case Field::RelationName: text = &node->relationName; break;
    case Field::Schema: text = &node->schema; break;
    case Field::Alias: text = &node->alias; break;
    case Field::IndexName: text = &node->indexName; break;
    case Field::CteName: text = &node->cteName; break;
    case Field::FunctionName: text = &node->functionName; break;
    case Field::CustomProvider: text = &node->customProvider; break;
    case Field::SortMethod: text = &node->sortMethod; break;
    case Field::SortSpaceType: text = &node->sortSpaceType; break;
    case Field::Storage: text = &node->storage; break;
    case Field::ParallelAware: node->parallelAware = value.boolean; break;
    case Field::AsyncCapable: node->asyncCapable = value.boolean; break;
    case Field::Workers: node->hasWorkers = true; break;
    case Field::SortGroups: node->hasSortGroups = true; break;
    case Field::StartupCost: figure = &node->startupCost; break;
    case Field::TotalCost: figure = &node->totalCost; break;
    case Field::PlanRows: figure = &node->planRows; break;
    case Field::PlanWidth: figure = &node->planWidth; break;
    case Field::ActualStartupTime: figure = &node->actualStartupTime; break;
    case Field::ActualTotalTime: figure = &node->actualTotalTime; break;
    case Field::ActualRows: figure = &node->actualRows; break;
    case Field::ActualLoops: figure = &node->actualLoops; break;
    case Field::RemovedByFilter: figure = &node->rowsRemovedByFilter; break;
    case Field::RemovedByJoinFilter: figure = &node->rowsRemovedByJoinFilter; break;
    case Field::RemovedByIndexRecheck: figure = &node->rowsRemovedByIndexRecheck; break;
    case Field::SortSpaceUsed: figure = &node->sortSpaceUsedKb; break;
    case Field::HashBatches: figure = &node->hashBatches; break;
    case Field::OriginalHashBatches: figure = &node->originalHashBatches; break;
    case Field::HashAggBatches: figure = &node->hashAggBatches; break;
    case Field::DiskUsage: figure = &node->diskUsageKb; break;
    case Field::ExactHeapBlocks: figure = &node->exactHeapBlocks; break;
    case Field::LossyHeapBlocks: figure = &node->lossyHeapBlocks; break;
    case Field::WorkersPlanned:
        node->workersPlanned = workerCount(value.number);
        break;
    case Field::WorkersLaunched:
        node->workersLaunched = workerCount(value.number);
        break;
    case Field::Buffer:
        if (value.number) {
            node->counters.values[ref.counter] = *value.number;
            node->hasBuffers = true;
        }
        break;
    case Field::Io:
        if (value.number) {
            node->counters.values[ref.counter] += *value.number;
            node->hasIoTimings = true;
        }
        break;
    }
    if (text)
        *text = std::move(value.text);
    else if (figure)
        *figure = value.number;
}

void collectParamTokens(QStringView text, QStringList *tokens)
{
    collectTokens(text, tokens);
}

void collectParamTokens(QByteArrayView text, QStringList *tokens)
{
    collectTokens(text, tokens);
}

bool readCounters(const QJsonObject &object, PlanCounters *counters)
{
    bool buffers = false;
    for (const KeyField &entry : Keys) {
        if (entry.ref.field != Field::Buffer && entry.ref.field != Field::Io)
            continue;
        const QJsonValue value = object.value(QLatin1StringView(entry.key));
        if (!value.isDouble())
            continue;
        if (entry.ref.field == Field::Buffer) {
            counters->values[entry.ref.counter] = value.toDouble();
            buffers = true;
        } else {
            counters->values[entry.ref.counter] += value.toDouble();
        }
    }
    return buffers;
}

} // namespace pgv::planfields
