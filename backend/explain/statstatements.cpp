// SPDX-License-Identifier: GPL-3.0-or-later
#include "statstatements.h"

#include "pg/pgsession.h"
#include "pg/sqlresource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ConnectTimeoutMs = 5'000;
constexpr int QueryTimeoutMs = 15'000;

QString orderColumn(StatementOrder order)
{
    switch (order) {
    case StatementOrder::TotalTime:
        return u"total_exec_time"_s;
    case StatementOrder::MeanTime:
        return u"mean_exec_time"_s;
    case StatementOrder::Calls:
        return u"calls"_s;
    case StatementOrder::Rows:
        return u"rows"_s;
    case StatementOrder::SharedBlocks:
        return u"shared_blks_hit + shared_blks_read"_s;
    }
    return u"total_exec_time"_s;
}

double number(const std::optional<QString> &value)
{
    return value ? value->toDouble() : 0;
}

} // namespace

StatementStatsResult fetchStatementStats(const NodeEndpoint &endpoint, StatementOrder order, int limit)
{
    StatementStatsResult result;
    PgSession session;
    PgError error;
    if (!session.open(endpoint.connInfo, endpoint.password, QDeadlineTimer(ConnectTimeoutMs), &error)) {
        result.error = QCoreApplication::translate("pgv::Explain", "Could not connect to %1: %2").arg(endpoint.name, error.message);
        return result;
    }
    // The extension may live in any schema: find it first, so the message can say what is missing.
    const auto schema = session.exec(u"SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
                                     "WHERE e.extname = 'pg_stat_statements'"_s,
                                     QDeadlineTimer(QueryTimeoutMs), &error);
    if (!schema) {
        result.error = error.message;
        return result;
    }
    const std::optional<QString> schemaName = schema->scalar();
    if (!schemaName) {
        result.error = QCoreApplication::translate("pgv::Explain",
            "pg_stat_statements is not installed in this database. Run CREATE EXTENSION pg_stat_statements; on the primary "
            "(the server also needs shared_preload_libraries = 'pg_stat_statements' and a restart).");
        return result;
    }
    const QString view = session.quoteIdentifier(*schemaName) + u".pg_stat_statements"_s;
    const QString sql = sqlResource("stat_statements").arg(view, orderColumn(order)).arg(std::clamp(limit, 1, 10'000));
    const auto rows = session.exec(sql, QDeadlineTimer(QueryTimeoutMs), &error);
    if (!rows) {
        result.error = error.message;
        if (error.message.contains(u"shared_preload_libraries"_s)) {
            result.error += u' ' + QCoreApplication::translate("pgv::Explain",
                "Add pg_stat_statements to shared_preload_libraries in postgresql.conf and restart the server.");
        }
        return result;
    }
    for (const auto &row : rows->rows) {
        StatementStats stats;
        stats.queryId = row.value(0).value_or(QString());
        stats.query = row.value(1).value_or(QString());
        stats.user = row.value(2).value_or(QString());
        stats.database = row.value(3).value_or(QString());
        stats.calls = number(row.value(4));
        stats.totalMs = number(row.value(5));
        stats.meanMs = number(row.value(6));
        stats.rows = number(row.value(7));
        stats.sharedHit = number(row.value(8));
        stats.sharedRead = number(row.value(9));
        result.statements.append(stats);
    }
    return result;
}

} // namespace pgv
