// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringView>

namespace pgv {

/// Reads one property line of a text plan, split at its first colon ("Buffers" and "shared hit=3 read=1"), into
/// the properties PostgreSQL's JSON format gives for it: "Shared Hit Blocks": 3, "Shared Read Blocks": 1.
/// Lines that pack several properties ("Buckets: 1024  Batches: 1  Memory Usage: 9kB") become several keys.
void readTextProperty(QStringView key, QStringView value, QJsonObject *properties);

/// Reads "actual time=0.010..0.030 rows=200 loops=1" (also without time) into the Actual… keys.
/// Returns false, with the offset of the problem in \a text, when it cannot be read.
bool readActualStatistics(QStringView text, QJsonObject *properties, qsizetype *errorAt);
/// Reads "cost=0.00..4.00 rows=200 width=25" into the cost keys; false with the offset of the problem otherwise.
bool readCostStatistics(QStringView text, QJsonObject *properties, qsizetype *errorAt);

/// Properties of the whole plan rather than of a node ("Planning Time", "JIT", "Settings", "Trigger …").
bool isPlanLevelKey(QStringView key);
/// The JSON name of a plan-level key as old versions print it ("Total runtime" → "Execution Time").
QString planLevelKeyName(QStringView key);
/// Reads a trigger line ("Trigger for constraint fk on t" and "time=0.1 calls=3") into a "Triggers" entry.
QJsonObject readTriggerLine(QStringView key, QStringView value);

} // namespace pgv
