// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringView>

namespace pgv {

/// Reads one property line of a text plan, split at its first colon ("Buffers" and "shared hit=3 read=1"), into
/// the properties PostgreSQL's JSON format gives for it: "Shared Hit Blocks": 3, "Shared Read Blocks": 1.
/// Lines that pack several properties ("Buckets: 1024  Batches: 1  Memory Usage: 9kB") become several keys.
void readTextProperty(QStringView key, QStringView value, QJsonObject *properties);

/// "Grouping Sets" as EXPLAIN (FORMAT JSON) gives them, from an aggregate's "Sort Key", "Group Key" and
/// "Hash Key" lines in the order printed; empty when the lines are those of a plain GROUP BY.
QJsonArray readGroupingSets(const QList<std::pair<QString, QString>> &keyLines);

/// "Planning Time", "Execution Time" and the "Total runtime" of old versions.
bool isPlanLevelKey(QStringView key);
/// Lines about the whole plan rather than a node: the keys above and "Planning", "JIT", "Settings", "Trigger …"…
bool isPlanSectionKey(QStringView key);
/// The JSON name of a plan-level key as old versions print it ("Total runtime" → "Execution Time").
QString planLevelKeyName(QStringView key);
/// Reads a trigger line ("Trigger for constraint fk on t" and "time=0.1 calls=3") into a "Triggers" entry.
QJsonObject readTriggerLine(QStringView key, QStringView value);

} // namespace pgv
