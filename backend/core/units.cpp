// SPDX-License-Identifier: GPL-3.0-or-later
#include "units.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv {

QString formatBytes(qint64 bytes)
{
    const bool negative = bytes < 0;
    double value = std::abs(static_cast<double>(bytes));
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int unit = 0;
    while (value >= 1024.0 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    const QString number = unit == 0 ? QString::number(static_cast<qint64>(value)) : QString::number(value, 'f', 1);
    return (negative ? u"-"_s : QString()) + number + u' ' + QLatin1StringView(units[unit]);
}

QString formatSeconds(double seconds)
{
    if (seconds < 10.0)
        return QString::number(seconds, 'f', 3) + u" s"_s;
    if (seconds < 120.0)
        return QString::number(seconds, 'f', 1) + u" s"_s;
    const auto whole = static_cast<qint64>(seconds);
    if (whole < 7200)
        return u"%1 min %2 s"_s.arg(whole / 60).arg(whole % 60);
    return u"%1 h %2 min"_s.arg(whole / 3600).arg((whole % 3600) / 60);
}

} // namespace pgv
