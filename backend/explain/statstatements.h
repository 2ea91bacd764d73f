// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/nodeprober.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace pgv {

/// One normalized statement from pg_stat_statements ("$1" where constants were), with its totals.
struct StatementStats
{
    QString queryId;
    QString query;
    QString user, database;
    double calls = 0;
    double totalMs = 0;
    double meanMs = 0;
    double rows = 0;
    double sharedHit = 0, sharedRead = 0;
};

enum class StatementOrder { TotalTime, MeanTime, Calls, Rows, SharedBlocks };

struct StatementStatsResult
{
    QList<StatementStats> statements;
    QString error; ///< what is missing and how to fix it (no extension, not preloaded, no privilege…)
};

/// The top \a limit statements of a node's pg_stat_statements, by \a order. Blocking (one connection, one
/// query, deadlines throughout): call it from a worker thread.
StatementStatsResult fetchStatementStats(const NodeEndpoint &endpoint, StatementOrder order, int limit);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::StatementStatsResult)
