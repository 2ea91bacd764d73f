// SPDX-License-Identifier: GPL-3.0-or-later
#include "vacuumjson.h"

#include "core/jsonnulls.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QJsonObject horizonRow(const QString &node, const HorizonHolder &holder, bool oldest)
{
    return QJsonObject{
        {"node"_L1, node},
        {"kind"_L1, HorizonHolder::kindName(holder.kind)},
        {"holder"_L1, holder.holder},
        {"xmin"_L1, textOrNull(holder.xmin)},
        {"age_xids"_L1, double(holder.ageXids)},
        {"age_s"_L1, numberOrNull(holder.ageSeconds)},
        {"pid"_L1, holder.pid > 0 ? QJsonValue(holder.pid) : QJsonValue(QJsonValue::Null)},
        {"catalog_only"_L1, holder.catalogOnly},
        {"oldest"_L1, oldest},
    };
}

} // namespace

double wraparoundPercent(qint64 xidAge)
{
    return double(xidAge) * 100.0 / 2147483648.0;
}

const HorizonHolder *clusterOldest(const QList<NodeVacuum> &nodes, QString *node)
{
    const HorizonHolder *oldest = nullptr;
    for (const NodeVacuum &vacuum : nodes) {
        const HorizonHolder *candidate = vacuum.oldest();
        if (candidate && (!oldest || candidate->ageXids > oldest->ageXids)) {
            oldest = candidate;
            if (node)
                *node = vacuum.node;
        }
    }
    return oldest;
}

QJsonObject vacuumToJson(const QList<NodeVacuum> &nodes)
{
    QJsonArray horizon, tables, databases, running, conflicts, errors, warnings;
    for (const NodeVacuum &node : nodes) {
        if (!node.error.isEmpty()) {
            errors.append(QJsonObject{{"node"_L1, node.node}, {"error"_L1, node.error}});
            continue;
        }
        for (const QString &warning : node.warnings)
            warnings.append(QJsonObject{{"node"_L1, node.node}, {"warning"_L1, warning}});
        const HorizonHolder *oldest = node.oldest();
        for (const HorizonHolder &holder : node.horizon)
            horizon.append(horizonRow(node.node, holder, &holder == oldest));
        for (const TableVacuum &table : node.tables) {
            tables.append(QJsonObject{
                {"node"_L1, node.node},
                {"database"_L1, table.database},
                {"table"_L1, table.table},
                {"dead_tuples"_L1, numberOrNull(table.deadTuples)},
                {"live_tuples"_L1, numberOrNull(table.liveTuples)},
                {"last_autovacuum"_L1, timeOrNull(table.lastAutovacuum)},
                {"last_vacuum"_L1, timeOrNull(table.lastVacuum)},
                {"last_autoanalyze"_L1, timeOrNull(table.lastAutoanalyze)},
                {"last_analyze"_L1, timeOrNull(table.lastAnalyze)},
                {"vacuum_count"_L1, double(table.vacuumCount)},
                {"autovacuum_count"_L1, double(table.autovacuumCount)},
                {"analyze_count"_L1, double(table.analyzeCount)},
                {"autoanalyze_count"_L1, double(table.autoanalyzeCount)},
                {"xid_age"_L1, double(table.xidAge)},
                {"mxid_age"_L1, double(table.mxidAge)},
                {"autovacuum_enabled"_L1, table.autovacuumEnabled},
                {"autovacuum_threshold"_L1, numberOrNull(table.autovacuumThreshold)},
            });
        }
        for (const DatabaseAge &database : node.databases) {
            databases.append(QJsonObject{
                {"node"_L1, node.node},
                {"database"_L1, database.database},
                {"xid_age"_L1, double(database.xidAge)},
                {"freeze_max_age"_L1, double(node.freezeMaxAge)},
                {"mxid_age"_L1, double(database.mxidAge)},
                {"multixact_freeze_max_age"_L1, double(node.multixactFreezeMaxAge)},
                {"wraparound_percent"_L1, std::round(wraparoundPercent(database.xidAge) * 100.0) / 100.0},
            });
        }
        for (const RunningVacuum &vacuum : node.running) {
            running.append(QJsonObject{
                {"node"_L1, node.node},
                {"pid"_L1, vacuum.pid},
                {"database"_L1, vacuum.database},
                {"table"_L1, vacuum.table},
                {"phase"_L1, vacuum.phase},
                {"autovacuum"_L1, vacuum.autovacuum},
                {"to_prevent_wraparound"_L1, vacuum.toPreventWraparound},
                {"heap_blks_total"_L1, numberOrNull(vacuum.heapBlocksTotal)},
                {"heap_blks_scanned"_L1, numberOrNull(vacuum.heapBlocksScanned)},
                {"heap_blks_vacuumed"_L1, numberOrNull(vacuum.heapBlocksVacuumed)},
                {"index_vacuum_count"_L1, numberOrNull(vacuum.indexVacuumCount)},
                {"age_s"_L1, numberOrNull(vacuum.ageSeconds)},
            });
        }
        for (const QueryConflicts &conflict : node.conflicts) {
            conflicts.append(QJsonObject{
                {"node"_L1, node.node},
                {"database"_L1, conflict.database},
                {"tablespace"_L1, double(conflict.tablespace)},
                {"lock"_L1, double(conflict.lock)},
                {"snapshot"_L1, double(conflict.snapshot)},
                {"bufferpin"_L1, double(conflict.bufferpin)},
                {"deadlock"_L1, double(conflict.deadlock)},
                {"logical_slot"_L1, numberOrNull(conflict.logicalSlot)},
                {"total"_L1, double(conflict.total())},
            });
        }
    }
    QString oldestNode;
    const HorizonHolder *oldest = clusterOldest(nodes, &oldestNode);
    return QJsonObject{
        {"horizon"_L1, horizon},
        {"tables"_L1, tables},
        {"databases"_L1, databases},
        {"running"_L1, running},
        {"conflicts"_L1, conflicts},
        {"cluster_oldest"_L1, oldest ? QJsonValue(horizonRow(oldestNode, *oldest, true)) : QJsonValue(QJsonValue::Null)},
        {"warnings"_L1, warnings},
        {"errors"_L1, errors},
    };
}

} // namespace pgv
