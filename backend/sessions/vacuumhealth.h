// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/nodeprober.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace pgv {

/// Something that keeps VACUUM from removing rows deleted after its xmin: the oldest of them sets the node's horizon.
struct HorizonHolder
{
    enum class Kind { Session, Prepared, Slot, StandbyFeedback };
    Kind kind = Kind::Session;
    QString holder; ///< what to act on: "pid 1234 (app, idle in transaction)", a prepared gid, a slot, a standby
    QString xmin;
    qint64 ageXids = 0;
    std::optional<double> ageSeconds; ///< known for sessions (open transaction) and prepared transactions
    int pid = 0;                      ///< sessions and standby feedback (the walsender)
    bool catalogOnly = false;         ///< a slot's catalog_xmin: holds back the catalogs only

    static QString kindName(Kind kind); ///< the JSON contract's names: session, prepared, slot, standby_feedback
};

struct TableVacuum
{
    QString database, table;
    std::optional<qint64> deadTuples, liveTuples;
    QDateTime lastVacuum, lastAutovacuum, lastAnalyze, lastAutoanalyze;
    qint64 vacuumCount = 0, autovacuumCount = 0, analyzeCount = 0, autoanalyzeCount = 0;
    qint64 xidAge = 0, mxidAge = 0;
    bool autovacuumEnabled = true;
    std::optional<qint64> autovacuumThreshold; ///< the dead tuples at which autovacuum takes the table
};

struct DatabaseAge
{
    QString database;
    qint64 xidAge = 0, mxidAge = 0;
    bool connectable = true;
};

/// A VACUUM running now, from pg_stat_progress_vacuum.
struct RunningVacuum
{
    int pid = 0;
    QString database, table; ///< table: "relation OID" until the database it is in has been read
    qint64 relationId = 0;
    QString phase;
    std::optional<qint64> heapBlocksTotal, heapBlocksScanned, heapBlocksVacuumed, indexVacuumCount;
    std::optional<double> ageSeconds;
    bool autovacuum = false, toPreventWraparound = false;
};

/// Queries a standby cancelled to replay WAL, per database (pg_stat_database_conflicts), when any were.
struct QueryConflicts
{
    QString database;
    qint64 tablespace = 0, lock = 0, snapshot = 0, bufferpin = 0, deadlock = 0;
    std::optional<qint64> logicalSlot; ///< PostgreSQL 16 and newer
    qint64 total() const { return tablespace + lock + snapshot + bufferpin + deadlock + logicalSlot.value_or(0); }
};

/// What one node said about its vacuum health at one moment.
struct NodeVacuum
{
    QString node;
    QDateTime readAt;
    bool inRecovery = false;
    qint64 freezeMaxAge = 0, multixactFreezeMaxAge = 0;
    QList<HorizonHolder> horizon; ///< oldest first
    QList<TableVacuum> tables;    ///< most dead tuples first, over every database read
    QList<DatabaseAge> databases;
    QList<RunningVacuum> running;
    QList<QueryConflicts> conflicts;
    QString error;          ///< the node could not be read: what went wrong and what to do
    QStringList warnings;   ///< databases whose tables could not be read, and why

    /// The holder that sets the horizon (the largest age in transactions), null when nothing holds it.
    const HorizonHolder *oldest() const;
    /// Databases older than autovacuum_freeze_max_age: autovacuum must vacuum them to prevent wraparound.
    QStringList databasesPastFreezeMaxAge() const;
};

/// The document resources/sql/vacuum_node.sql returns, read into \a node (error set when it is not one).
NodeVacuum parseVacuumNodeDocument(const QString &node, const QByteArray &json);
/// Adds what resources/sql/vacuum_tables.sql returned for \a database, and names the vacuums running there.
bool addDatabaseTables(NodeVacuum &vacuum, const QString &database, const QByteArray &json);

/// Reads \a endpoint's vacuum health: one statement on its own database, then one per database that accepts
/// connections (at most 50), each keeping \a tablesPerDatabase tables by dead tuples and as many by transaction-ID
/// age. Deadlines throughout: call it from a worker thread or pgversectl.
NodeVacuum fetchVacuumHealth(const NodeEndpoint &endpoint, int tablesPerDatabase = 20);

} // namespace pgv
