// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <algorithm>

namespace pgv::test {

/// Timings of one kind (milliseconds) and their tail: the figures the benchmarks report.
struct Tail
{
    QList<double> values;

    double at(double quantile) const
    {
        QList<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0.0 : sorted[qsizetype(quantile * double(sorted.size() - 1) + 0.5)];
    }
    double max() const { return values.isEmpty() ? 0.0 : *std::max_element(values.cbegin(), values.cend()); }
    /// "p50 1.2, p95 3.4, max 5.6 ms"
    QString text(int decimals = 1) const
    {
        return QStringLiteral("p50 %1, p95 %2, max %3 ms")
            .arg(QString::number(at(0.5), 'f', decimals), QString::number(at(0.95), 'f', decimals), QString::number(max(), 'f', decimals));
    }
};

} // namespace pgv::test
