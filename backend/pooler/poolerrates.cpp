// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolerrates.h"

namespace pgv {

std::optional<PoolerRates> poolerRates(const PoolerStats &before, const QDateTime &beforeAt, const PoolerStats &now, const QDateTime &nowAt)
{
    if (!beforeAt.isValid() || !nowAt.isValid() || before.database != now.database)
        return std::nullopt;
    const double seconds = double(beforeAt.msecsTo(nowAt)) / 1000.0;
    const qint64 transactions = now.totalTransactions - before.totalTransactions;
    const qint64 queries = now.totalQueries - before.totalQueries;
    const qint64 transactionTime = now.totalTransactionTimeUs - before.totalTransactionTimeUs;
    const qint64 queryTime = now.totalQueryTimeUs - before.totalQueryTimeUs;
    const qint64 waitTime = now.totalWaitTimeUs - before.totalWaitTimeUs;
    if (seconds <= 0 || transactions < 0 || queries < 0 || transactionTime < 0 || queryTime < 0 || waitTime < 0)
        return std::nullopt;
    PoolerRates rates;
    rates.transactionsPerSecond = double(transactions) / seconds;
    rates.queriesPerSecond = double(queries) / seconds;
    if (transactions > 0) {
        rates.averageTransactionMs = double(transactionTime) / double(transactions) / 1000.0;
        rates.averageWaitMs = double(waitTime) / double(transactions) / 1000.0;
    }
    if (queries > 0)
        rates.averageQueryMs = double(queryTime) / double(queries) / 1000.0;
    return rates;
}

} // namespace pgv
