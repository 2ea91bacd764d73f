// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poolerstatus.h"

namespace pgv {

/// A database's traffic through a pooler between two polls, from SHOW STATS's running totals: what the Pools page
/// shows as "since the last poll" (PgBouncer's own averages cover its stats_period, 60 s by default).
struct PoolerRates
{
    double transactionsPerSecond = 0;
    double queriesPerSecond = 0;
    std::optional<double> averageTransactionMs; // none when no transaction ended in between
    std::optional<double> averageQueryMs;
    std::optional<double> averageWaitMs;        // client wait per transaction
};

/// The rates of \a now's database against the same database in \a before. Nothing when there is no interval or a
/// total went backwards (the pooler restarted, or its stats were reset): never a negative rate or a spike.
std::optional<PoolerRates> poolerRates(const PoolerStats &before, const QDateTime &beforeAt, const PoolerStats &now, const QDateTime &nowAt);

} // namespace pgv
