// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QStringList>

namespace pgv {

enum class RowsEstimate { None, Under, Over };

/// What the analysis derives for one node. Times are wall-clock milliseconds.
struct NodeAnalysis
{
    /// Actual total time × loops; under Gather/Gather Merge divided by the processes that ran the node.
    std::optional<double> totalMs;
    /// The node's own time: its total minus what its children (and subplans it triggered) account for; never
    /// negative. Over all nodes it adds up to the root's total (see PlanAnalysis::unaccountedMs).
    std::optional<double> exclusiveMs;
    /// Exclusive time as a share of the root's total (plus PlanAnalysis::unaccountedMs): shares add up to 100 %.
    std::optional<double> sharePercent;
    /// max(actual, planned) / max(min(actual, planned), 1), rows per loop; `estimate` says which way.
    std::optional<double> misestimate;
    RowsEstimate estimate = RowsEstimate::None;
    int processes = 1; ///< processes a parallel node's time is divided by
    PlanCounters inclusive; ///< buffers and I/O times as PostgreSQL reports them (children included)
    PlanCounters exclusive; ///< the same without what the children account for
    QString spill;          ///< how a sort or hash spilled to disk, empty when it did not
    QStringList notes;      ///< where PostgreSQL's own figures do not add up, and what was done about it
};

struct PlanWarning
{
    enum class Kind { Misestimate, DiskSort, HashSpill, LossyBitmap, FilterDiscards, ManyLoops, WorkersNotLaunched };
    Kind kind;
    int node;
    QString message;
};

struct PlanAnalysis
{
    QList<NodeAnalysis> nodes; ///< by node id
    std::optional<double> totalMs; ///< the root's total time
    /// Time the exclusive times hold beyond the root's total: children that PostgreSQL timed longer than their
    /// parent (cut to zero instead of going negative) and CTEs that run after the query.
    double unaccountedMs = 0;
    QList<int> hotspots; ///< node ids with exclusive time, most expensive first
    QList<PlanWarning> warnings;
};

/// Derived metrics, hotspots and warnings of a plan. A pure function: safe from any thread, linear in the nodes.
PlanAnalysis analyzePlan(const Plan &plan);

/// Stable machine names: "misestimate", "disk_sort", "hash_spill", "lossy_bitmap", "filter_discards",
/// "many_loops", "workers_not_launched".
QString warningKindName(PlanWarning::Kind kind);

} // namespace pgv
