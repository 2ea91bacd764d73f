// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/conninfo.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pgv {

/// A PgBouncer's admin console as the monitor and the actions reach it.
struct PoolerEndpoint
{
    QString name;
    ConnInfo connInfo; // database "pgbouncer", as an admin (or stats) user
    QString password;  // empty when libpq finds one itself (.pgpass, passfile)
};

/// One row of SHOW POOLS: a database/user pair.
struct PoolerPool
{
    QString database;
    QString user;
    int clientsActive = 0;
    int clientsWaiting = 0;
    int serversActive = 0;
    int serversIdle = 0;
    int serversUsed = 0;
    int serversLogin = 0;
    double maxWaitSeconds = 0; // the oldest waiting client's wait (maxwait + maxwait_us)
    QString poolMode;
};

/// One row of SHOW STATS: per database, PgBouncer's averages over its last stats_period and its running totals.
struct PoolerStats
{
    QString database;
    qint64 totalTransactions = 0;
    qint64 totalQueries = 0;
    qint64 totalTransactionTimeUs = 0;
    qint64 totalQueryTimeUs = 0;
    qint64 totalWaitTimeUs = 0;
    double transactionsPerSecond = 0; // avg_xact_count
    double queriesPerSecond = 0;      // avg_query_count
    double averageTransactionMs = 0;  // avg_xact_time
    double averageQueryMs = 0;        // avg_query_time
    double averageWaitMs = 0;         // avg_wait_time
};

/// One row of SHOW DATABASES: where a database is routed, and whether it is paused.
struct PoolerDatabase
{
    QString name;
    QString host; // empty: the Unix socket (or the admin console)
    int port = 0;
    QString database;
    int poolSize = 0;
    QString poolMode; // empty: the pooler's default
    int currentConnections = 0;
    bool paused = false;
    bool disabled = false;
};

/// One row of SHOW CLIENTS or SHOW SERVERS.
struct PoolerConnection
{
    QString type; // "C" or "S"
    QString user;
    QString database;
    QString state;
    QString address;
    int port = 0;
    double waitSeconds = 0;
    QString applicationName;
    qint64 remotePid = 0; // servers: the backend's PID
};

/// A pooler's clients over its routed pools (the admin console's own left out).
struct PoolerClients
{
    int active = 0;
    int waiting = 0;
    double longestWaitSeconds = 0;
};

/// What one poll of a pooler read. Column names change between PgBouncer versions (reserve_pool became
/// reserve_pool_size in 1.24, SHOW CLIENTS gained columns): every column is read by name and a missing one is left
/// at its default.
struct PoolerStatus
{
    QString name;
    QString host;
    int port = 0;
    bool reachable = false;
    QString error; // why it could not be read, with what to do
    QString version; // "PgBouncer 1.18.0"
    QDateTime probedAt;
    qint64 roundTripMs = -1;
    QList<PoolerPool> pools;
    QList<PoolerStats> stats;
    QList<PoolerDatabase> databases;
    QList<PoolerConnection> clients; // at most kMaxClients
    int clientCount = 0;             // all of them
    QList<PoolerConnection> servers;
    QMap<QString, QString> config; // the settings the monitor uses (SHOW CONFIG)

    static constexpr int kMaxClients = 200;

    /// The databases clients use: every one but the admin console's "pgbouncer".
    QList<PoolerDatabase> routedDatabases() const;
    /// Every routed database is paused (PAUSE without a name pauses them all).
    bool paused() const;
    PoolerClients clientTotals() const;
    /// "host:port" every routed database goes to, or nothing when none is routed yet or they differ.
    std::optional<QString> routesTo() const;
    /// A setting from SHOW CONFIG as a number of seconds (PgBouncer prints durations in seconds, 1.18 and later).
    std::optional<double> configSeconds(const QString &key) const;
};

} // namespace pgv

Q_DECLARE_METATYPE(pgv::PoolerStatus)
