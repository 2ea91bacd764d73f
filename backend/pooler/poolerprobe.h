// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/pgsession.h"
#include "poolerstatus.h"

#include <QDeadlineTimer>

namespace pgv {

/// The admin-console results one poll reads, by command, as PgBouncer returned them.
struct PoolerResults
{
    std::optional<QueryResult> version;
    std::optional<QueryResult> databases;
    std::optional<QueryResult> pools;
    std::optional<QueryResult> stats;
    std::optional<QueryResult> clients;
    std::optional<QueryResult> servers;
    std::optional<QueryResult> config;
};

/// Reads one poll's results into \a status, every column by name. Pure, so that each PgBouncer version's columns can
/// be tested from recorded results.
void readPoolerResults(const PoolerResults &results, PoolerStatus *status);

/// Polls one pooler: SHOW VERSION, DATABASES, POOLS, STATS, CLIENTS, SERVERS and CONFIG over one connection, all
/// before \a deadline (the monitor's connect and query deadlines). A pooler that cannot be reached or read comes back
/// not reachable with the reason. Blocking.
PoolerStatus probePooler(const PoolerEndpoint &endpoint, QDeadlineTimer deadline);
/// probePooler on every pooler at once (a thread each), all within \a timeoutMs.
QList<PoolerStatus> probePoolers(const QList<PoolerEndpoint> &poolers, int timeoutMs);

} // namespace pgv
