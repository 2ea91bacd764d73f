// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lagseries.h"
#include "samplering.h"

#include <QList>
#include <QString>

namespace pgv {

/// Samples copied out of a chart's rings, so that a worker can write them while the chart goes on recording.
struct LagCsvSeries
{
    QString subject;
    QList<Sample> samples;
};

struct LagCsvExport
{
    LagMetric metric = LagMetric::ReplayBytes;
    QList<LagCsvSeries> series;
};

/// Writes time_utc,subject,metric,value lines (UTC times with milliseconds, subjects quoted). A day of ten series
/// is close to a million lines: blocking, so call it from a worker.
bool writeLagCsv(const QString &path, const LagCsvExport &data, QString *error);

} // namespace pgv
