// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QByteArrayView>
#include <QStringList>

namespace pgv::planfields {

/// The PlanNode fields both JSON readers (QJsonDocument's and the single-pass scanner) and the text reader fill.
enum class Field : quint8 {
    Type, Strategy, PartialMode, Operation, JoinType, Command, ScanDirection, ParallelAware, AsyncCapable, ParentRelationship,
    SubplanName, RelationName, Schema, Alias, IndexName, CteName, FunctionName, CustomProvider, StartupCost, TotalCost, PlanRows,
    PlanWidth, ActualStartupTime, ActualTotalTime, ActualRows, ActualLoops, RemovedByFilter, RemovedByJoinFilter,
    RemovedByIndexRecheck, WorkersPlanned, WorkersLaunched, Buffer, Io, SortMethod, SortSpaceType, SortSpaceUsed, HashBatches,
    OriginalHashBatches, HashAggBatches, DiskUsage, ExactHeapBlocks, LossyHeapBlocks, Storage, Workers, SortGroups
};

struct FieldRef
{
    Field field;
    int counter = -1; ///< for Buffer and Io: the PlanCounters index
};

/// One JSON value as the fields need it.
struct FieldValue
{
    QString text;                 ///< a string
    std::optional<double> number; ///< a number, or a string holding one
    bool boolean = false;         ///< true
};

/// The field a JSON key fills, or nullptr; keys without a field are scanned for InitPlan references instead.
const FieldRef *findField(const QString &key);
const FieldRef *findField(QByteArrayView utf8Key);

void applyField(PlanNode *node, const FieldRef &ref, FieldValue &&value);

/// Appends "$0", "$12" and "InitPlan 3" found in \a text: how expressions name an InitPlan's result.
void collectParamTokens(QStringView text, QStringList *tokens);
void collectParamTokens(QByteArrayView text, QStringList *tokens);

/// Buffer blocks and I/O times of a JSON object ("Planning"): returns whether it had buffers.
bool readCounters(const QJsonObject &object, PlanCounters *counters);

} // namespace pgv::planfields
