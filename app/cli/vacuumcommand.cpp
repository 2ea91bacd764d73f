// SPDX-License-Identifier: GPL-3.0-or-later
#include "vacuumcommand.h"

#include "cliio.h"
#include "core/units.h"
#include "nodereadcommand.h"
#include "sessions/vacuumjson.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pgv::cli", text);
}

QString count(qint64 value)
{
    return QLocale::c().toString(value);
}

QString optionalCount(const std::optional<qint64> &value)
{
    return value ? count(*value) : u"-"_s;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : u"never"_s;
}

QString vacuumText(const QList<NodeVacuum> &nodes)
{
    QString text;
    QString oldestNode;
    if (const HorizonHolder *oldest = clusterOldest(nodes, &oldestNode))
        text += tr("Oldest xmin of the cluster: %1 on %2, %3 transactions old%4, held by %5.\n\n")
                    .arg(oldest->xmin, oldestNode, count(oldest->ageXids),
                         oldest->ageSeconds ? tr(" (open %1)").arg(formatSeconds(*oldest->ageSeconds)) : QString(), oldest->holder);

    TextTable horizon({u"NODE"_s, u"KIND"_s, u"XMIN"_s, u"AGE (XIDS)"_s, u"AGE"_s, u"HOLDER"_s});
    TextTable databases({u"NODE"_s, u"DATABASE"_s, u"XID AGE"_s, u"OF FREEZE MAX"_s, u"TO WRAPAROUND"_s});
    TextTable tables({u"NODE"_s, u"DATABASE"_s, u"TABLE"_s, u"DEAD"_s, u"LIVE"_s, u"AUTOVACUUM AT"_s, u"LAST AUTOVACUUM"_s, u"LAST VACUUM"_s, u"XID AGE"_s});
    TextTable running({u"NODE"_s, u"PID"_s, u"DATABASE"_s, u"TABLE"_s, u"PHASE"_s, u"SCANNED"_s, u"FOR"_s, u"WHY"_s});
    TextTable conflicts({u"NODE"_s, u"DATABASE"_s, u"LOCK"_s, u"SNAPSHOT"_s, u"BUFFERPIN"_s, u"DEADLOCK"_s, u"TABLESPACE"_s, u"TOTAL"_s});
    bool anyRunning = false, anyConflicts = false;
    for (const NodeVacuum &node : nodes) {
        if (!node.error.isEmpty())
            continue;
        const HorizonHolder *oldest = node.oldest();
        for (const HorizonHolder &holder : node.horizon)
            horizon.addRow({node.node, HorizonHolder::kindName(holder.kind), holder.xmin, count(holder.ageXids),
                            holder.ageSeconds ? formatSeconds(*holder.ageSeconds) : u"-"_s,
                            holder.holder + (&holder == oldest ? tr("  ← oldest") : QString())});
        for (const DatabaseAge &database : node.databases)
            databases.addRow({node.node, database.database, count(database.xidAge),
                              node.freezeMaxAge > 0 ? QString::number(100.0 * double(database.xidAge) / double(node.freezeMaxAge), 'f', 1) + u" %"_s : u"-"_s,
                              QString::number(100.0 - wraparoundPercent(database.xidAge), 'f', 1) + tr(" % left")});
        for (const TableVacuum &table : node.tables) {
            if (table.deadTuples.value_or(0) == 0)
                continue;
            tables.addRow({node.node, table.database, table.table, optionalCount(table.deadTuples), optionalCount(table.liveTuples),
                           table.autovacuumEnabled ? optionalCount(table.autovacuumThreshold) : tr("off"), when(table.lastAutovacuum),
                           when(table.lastVacuum), count(table.xidAge)});
        }
        for (const RunningVacuum &vacuum : node.running) {
            anyRunning = true;
            const QString scanned = vacuum.heapBlocksTotal && vacuum.heapBlocksScanned && *vacuum.heapBlocksTotal > 0
                                        ? QString::number(100.0 * double(*vacuum.heapBlocksScanned) / double(*vacuum.heapBlocksTotal), 'f', 0) + u" %"_s
                                        : u"-"_s;
            running.addRow({node.node, QString::number(vacuum.pid), vacuum.database, vacuum.table, vacuum.phase, scanned,
                            vacuum.ageSeconds ? formatSeconds(*vacuum.ageSeconds) : u"-"_s,
                            vacuum.toPreventWraparound ? tr("autovacuum, to prevent wraparound")
                                                       : (vacuum.autovacuum ? tr("autovacuum") : tr("VACUUM"))});
        }
        for (const QueryConflicts &conflict : node.conflicts) {
            anyConflicts = true;
            conflicts.addRow({node.node, conflict.database, count(conflict.lock), count(conflict.snapshot), count(conflict.bufferpin),
                              count(conflict.deadlock), count(conflict.tablespace), count(conflict.total())});
        }
    }
    text += tr("What holds the xmin horizon back:\n") + horizon.toString() + u'\n';
    text += tr("Transaction-ID age of each database:\n") + databases.toString() + u'\n';
    text += tr("Tables with dead tuples:\n") + tables.toString() + u'\n';
    text += anyRunning ? tr("Vacuums running now:\n") + running.toString() + u'\n' : tr("No vacuum is running.\n");
    text += anyConflicts ? tr("Queries cancelled on standbys to replay WAL (since the statistics were reset):\n") + conflicts.toString()
                         : tr("No query was cancelled on a standby for recovery.\n");
    for (const NodeVacuum &node : nodes) {
        for (const QString &warning : node.warnings)
            text += node.node + u": "_s + warning + u'\n';
    }
    return text;
}

} // namespace

int runVacuum(const QStringList &arguments)
{
    NodeReadCommand command;
    if (const auto exit = command.parse(arguments, tr("Show what holds VACUUM back on every node: the sessions, prepared transactions, "
                                                      "replication slots and standby feedback that hold the xmin horizon (oldest "
                                                      "first), the tables with the most dead tuples, each database's transaction-ID "
                                                      "age against autovacuum_freeze_max_age, the vacuums running now and the queries "
                                                      "standbys cancelled.")))
        return *exit;
    const QList<NodeVacuum> nodes = command.readAll<NodeVacuum>([](const NodeEndpoint &endpoint) { return fetchVacuumHealth(endpoint); });
    printReadErrors(nodes);
    if (command.json())
        printJson(vacuumToJson(nodes));
    else
        out() << vacuumText(nodes) << Qt::flush;
    if (!anyRead(nodes))
        return ExitUsageOrConnect;
    return std::any_of(nodes.cbegin(), nodes.cend(), [](const NodeVacuum &node) { return !node.databasesPastFreezeMaxAge().isEmpty(); }) ? int(ExitProblems) : int(ExitOk);
}

} // namespace pgv::cli
