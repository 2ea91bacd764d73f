// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringView>

namespace pgv {

/// Reads "actual time=0.010..0.030 rows=200 loops=1" (also without time) into the Actual… keys.
/// Returns false, with the offset of the problem in \a text, when it cannot be read.
bool readActualStatistics(QStringView text, QJsonObject *properties, qsizetype *errorAt);
/// Reads "cost=0.00..4.00 rows=200 width=25" into the cost keys; false with the offset of the problem otherwise.
bool readCostStatistics(QStringView text, QJsonObject *properties, qsizetype *errorAt);

} // namespace pgv
