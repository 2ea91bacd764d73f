// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolerjson.h"

#include "core/jsonnulls.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace

QJsonObject poolersToJson(const PoolerEstate &estate)
{
    QJsonArray poolers;
    for (const PoolerStatus &pooler : estate.poolers) {
        QJsonArray pools;
        QJsonArray stats;
        QJsonArray paused;
        for (const PoolerPool &pool : pooler.pools) {
            if (pool.database == u"pgbouncer")
                continue; // the admin console itself
            pools.append(QJsonObject{{"database"_L1, pool.database},
                                     {"user"_L1, pool.user},
                                     {"cl_active"_L1, pool.clientsActive},
                                     {"cl_waiting"_L1, pool.clientsWaiting},
                                     {"sv_active"_L1, pool.serversActive},
                                     {"sv_idle"_L1, pool.serversIdle},
                                     {"sv_used"_L1, pool.serversUsed},
                                     {"sv_login"_L1, pool.serversLogin},
                                     {"maxwait_s"_L1, rounded(pool.maxWaitSeconds, 6)},
                                     {"pool_mode"_L1, pool.poolMode}});
        }
        for (const PoolerStats &stat : pooler.stats) {
            if (stat.database == u"pgbouncer")
                continue;
            stats.append(QJsonObject{{"database"_L1, stat.database},
                                     {"xact_per_s"_L1, rounded(stat.transactionsPerSecond, 3)},
                                     {"query_per_s"_L1, rounded(stat.queriesPerSecond, 3)},
                                     {"avg_xact_ms"_L1, rounded(stat.averageTransactionMs, 3)},
                                     {"avg_query_ms"_L1, rounded(stat.averageQueryMs, 3)},
                                     {"avg_wait_ms"_L1, rounded(stat.averageWaitMs, 3)},
                                     {"total_xact_count"_L1, double(stat.totalTransactions)},
                                     {"total_query_count"_L1, double(stat.totalQueries)}});
        }
        for (const PoolerDatabase &database : pooler.routedDatabases()) {
            if (database.paused)
                paused.append(database.name);
        }
        const QString routesTo = estate.routesTo.value(pooler.name, pooler.routesTo().value_or(QString()));
        poolers.append(QJsonObject{{"name"_L1, pooler.name},
                                   {"host"_L1, pooler.host},
                                   {"port"_L1, pooler.port},
                                   {"version"_L1, textOrNull(pooler.version)},
                                   {"reachable"_L1, pooler.reachable},
                                   {"error"_L1, textOrNull(pooler.error)},
                                   {"paused"_L1, pooler.paused()},
                                   {"paused_databases"_L1, paused},
                                   {"routes_to"_L1, textOrNull(routesTo)},
                                   {"clients"_L1, pooler.clientCount},
                                   {"query_wait_timeout_s"_L1, numberOrNull(pooler.configSeconds(u"query_wait_timeout"_s))},
                                   {"pools"_L1, pools},
                                   {"stats"_L1, stats}});
    }
    QJsonArray problems;
    for (const PoolerProblem &problem : estate.problems) {
        problems.append(QJsonObject{{"kind"_L1, problemKindName(problem.kind)},
                                    {"severity"_L1, severityName(problem.severity)},
                                    {"pooler"_L1, problem.pooler},
                                    {"subject"_L1, textOrNull(problem.subject)},
                                    {"message"_L1, problem.message}});
    }
    return QJsonObject{{"poolers"_L1, poolers}, {"problems"_L1, problems}};
}

} // namespace pgv
