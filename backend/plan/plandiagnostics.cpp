// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandiagnostics.h"

#include "core/jsonarrays.h"
#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// A misestimate is worth a warning from this factor on.
constexpr double MisestimateWarning = 10;
/// A filter is wasteful when it discards at least this share of what it reads, and at least FilterRows rows.
constexpr double FilterShare = 0.9;
constexpr double FilterRows = 1000;
/// A nested loop running its inner side this many times is worth a look.
constexpr double ManyLoops = 1000;

QString number(double value)
{
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString sortSpill(const PlanNode &node)
{
    if (node.type != u"Sort" && node.type != u"Incremental Sort")
        return {};
    QStringList parts;
    if (node.sortSpaceType == u"Disk" || node.sortMethod.startsWith(u"external")) {
        parts << QCoreApplication::translate("Plan", "%1, %2 kB on disk").arg(node.sortMethod, number(node.sortSpaceUsedKb.value_or(0)));
    }
    if (!node.hasSortGroups && !node.hasWorkers)
        return parts.join(u"; "_s);
    const QJsonObject properties = node.properties(); // only for the few nodes that have these details
    for (const char *key : {"Full-sort Groups", "Pre-sorted Groups"}) {
        const QJsonObject groups = properties.value(QLatin1StringView(key)).toObject();
        const QJsonObject disk = groups.value("Sort Space Disk"_L1).toObject();
        if (!disk.isEmpty()) {
            parts << QCoreApplication::translate("Plan", "%1 groups sorted on disk, peak %2 kB")
                         .arg(number(groups.value("Group Count"_L1).toDouble()), number(disk.value("Peak Sort Space Used"_L1).toDouble()));
        }
    }
    for (const QJsonValue &value : constArray(properties.value("Workers"_L1))) {
        const QJsonObject worker = value.toObject();
        if (worker.value("Sort Space Type"_L1).toString() == u"Disk") {
            parts << QCoreApplication::translate("Plan", "worker %1: %2, %3 kB on disk")
                         .arg(worker.value("Worker Number"_L1).toInt())
                         .arg(worker.value("Sort Method"_L1).toString(), number(worker.value("Sort Space Used"_L1).toDouble()));
        }
    }
    return parts.join(u"; "_s);
}

QString hashSpill(const PlanNode &node)
{
    if (node.type == u"Hash" && node.hashBatches.value_or(1) > 1) {
        return QCoreApplication::translate("Plan", "%1 batches (%2 planned)").arg(number(*node.hashBatches), number(node.originalHashBatches.value_or(*node.hashBatches)));
    }
    if (node.type == u"Aggregate" && (node.diskUsageKb.value_or(0) > 0 || node.hashAggBatches.value_or(1) > 1)) {
        return QCoreApplication::translate("Plan", "%1 batches, %2 kB on disk").arg(number(node.hashAggBatches.value_or(1)), number(node.diskUsageKb.value_or(0)));
    }
    if (node.storage == u"Disk")
        return QCoreApplication::translate("Plan", "%1 kB stored on disk").arg(number(node.properties().value("Maximum Storage"_L1).toDouble()));
    return {};
}

void warn(QList<PlanWarning> *warnings, PlanWarning::Kind kind, const PlanNode &node, const QString &message)
{
    warnings->append({kind, node.id, message});
}

void checkFilter(const PlanNode &node, const std::optional<double> &removed, bool join, QList<PlanWarning> *warnings)
{
    if (!removed || !node.actualRows || !node.actualLoops)
        return;
    const double loops = std::max(1.0, *node.actualLoops);
    const double read = *removed + *node.actualRows;
    if (read <= 0 || *removed * loops < FilterRows || *removed / read < FilterShare)
        return;
    const QString share = QString::number(std::floor(*removed / read * 1000) / 10);
    warn(warnings, PlanWarning::Kind::FilterDiscards, node,
         (join ? QCoreApplication::translate("Plan", "the join filter discards %1% of the rows it reads (%2 removed, %3 kept)")
               : QCoreApplication::translate("Plan", "the filter discards %1% of the rows it reads (%2 removed, %3 kept)"))
             .arg(share, number(*removed * loops), number(*node.actualRows * loops)));
}

} // namespace

void diagnoseNode(const PlanNode &node, const QList<PlanNode> &nodes, NodeAnalysis *analysis, QList<PlanWarning> *warnings)
{
    if (node.actualRows && node.planRows && node.actualLoops.value_or(0) > 0) {
        const double actual = *node.actualRows;
        const double planned = *node.planRows;
        analysis->misestimate = std::max(actual, planned) / std::max(std::min(actual, planned), 1.0);
        analysis->estimate = actual > planned ? RowsEstimate::Under : planned > actual ? RowsEstimate::Over : RowsEstimate::None;
        if (*analysis->misestimate >= MisestimateWarning) {
            warn(warnings, PlanWarning::Kind::Misestimate, node,
                 (analysis->estimate == RowsEstimate::Under ? QCoreApplication::translate("Plan", "rows underestimated %1× (planned %2, actual %3 per loop)")
                                                            : QCoreApplication::translate("Plan", "rows overestimated %1× (planned %2, actual %3 per loop)"))
                     .arg(number(std::round(*analysis->misestimate * 10) / 10), number(planned), number(actual)));
        }
    }

    const QString sort = sortSpill(node);
    const QString hash = hashSpill(node);
    analysis->spill = sort.isEmpty() ? hash : hash.isEmpty() ? sort : sort + u"; "_s + hash;
    if (!sort.isEmpty())
        warn(warnings, PlanWarning::Kind::DiskSort, node, QCoreApplication::translate("Plan", "sort spilled to disk: %1").arg(sort));
    if (!hash.isEmpty())
        warn(warnings, PlanWarning::Kind::HashSpill, node, QCoreApplication::translate("Plan", "spilled to disk: %1").arg(hash));

    if (node.lossyHeapBlocks.value_or(0) > 0) {
        warn(warnings, PlanWarning::Kind::LossyBitmap, node,
             QCoreApplication::translate("Plan", "the bitmap went lossy on %1 heap blocks, so their rows were rechecked (%2 removed); a larger work_mem keeps it exact")
                 .arg(number(*node.lossyHeapBlocks), number(node.rowsRemovedByIndexRecheck.value_or(0) * node.actualLoops.value_or(1))));
    }

    checkFilter(node, node.rowsRemovedByFilter, false, warnings);
    checkFilter(node, node.rowsRemovedByJoinFilter, true, warnings);

    if (node.type == u"Nested Loop") {
        int plain = 0;
        for (int child : node.children) {
            if (nodes[child].isSubplan())
                continue;
            if (plain++ == 1 && nodes[child].actualLoops.value_or(0) >= ManyLoops) {
                warn(warnings, PlanWarning::Kind::ManyLoops, node,
                     QCoreApplication::translate("Plan", "the inner side (%1) runs %2 times").arg(nodes[child].label(), number(*nodes[child].actualLoops)));
            }
        }
    }

    if (node.workersPlanned && node.workersLaunched && *node.workersLaunched < *node.workersPlanned) {
        warn(warnings, PlanWarning::Kind::WorkersNotLaunched, node,
             QCoreApplication::translate("Plan", "%1 of %2 planned parallel workers were launched (max_parallel_workers or max_worker_processes reached)")
                 .arg(*node.workersLaunched)
                 .arg(*node.workersPlanned));
    }
}

QString warningKindName(PlanWarning::Kind kind)
{
    switch (kind) {
    case PlanWarning::Kind::Misestimate:
        return u"misestimate"_s;
    case PlanWarning::Kind::DiskSort:
        return u"disk_sort"_s;
    case PlanWarning::Kind::HashSpill:
        return u"hash_spill"_s;
    case PlanWarning::Kind::LossyBitmap:
        return u"lossy_bitmap"_s;
    case PlanWarning::Kind::FilterDiscards:
        return u"filter_discards"_s;
    case PlanWarning::Kind::ManyLoops:
        return u"many_loops"_s;
    case PlanWarning::Kind::WorkersNotLaunched:
        return u"workers_not_launched"_s;
    }
    return {};
}

} // namespace pgv
