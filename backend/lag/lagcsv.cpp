// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagcsv.h"

#include <QDate>
#include <QSaveFile>

#include <limits>

namespace pgv {

namespace {

constexpr qint64 MsPerDay = 24 * 3600 * 1000;
constexpr qint64 UnixEpochJulianDay = 2440588;
constexpr qsizetype ChunkBytes = 1 << 20;

void appendDigits(QByteArray &out, qint64 value, int width)
{
    char digits[8];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        digits[i] = char('0' + value % 10);
    out.append(digits, width);
}

/// Formats times as Qt::ISODateWithMs does for UTC ("2026-11-26T15:04:05.123Z"), the date computed once per day:
/// QDateTime::toString would be most of an export's time.
class UtcTimeFormatter
{
public:
    void append(QByteArray &out, qint64 timeMs)
    {
        const qint64 day = timeMs >= 0 ? timeMs / MsPerDay : (timeMs - MsPerDay + 1) / MsPerDay;
        if (day != m_day) {
            m_day = day;
            m_date = QDate::fromJulianDay(UnixEpochJulianDay + day).toString(Qt::ISODate).toLatin1() + 'T';
        }
        out += m_date;
        const qint64 inDay = timeMs - day * MsPerDay;
        appendDigits(out, inDay / 3600000, 2);
        out += ':';
        appendDigits(out, inDay / 60000 % 60, 2);
        out += ':';
        appendDigits(out, inDay / 1000 % 60, 2);
        out += '.';
        appendDigits(out, inDay % 1000, 3);
        out += 'Z';
    }

private:
    qint64 m_day = std::numeric_limits<qint64>::min();
    QByteArray m_date;
};

} // namespace

bool writeLagCsv(const QString &path, const LagCsvExport &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    const auto failed = [&] {
        *error = file.errorString();
        return false;
    };
    const QByteArray metric = metricName(data.metric).toUtf8();
    UtcTimeFormatter times;
    QByteArray chunk = "time_utc,subject,metric,value\n";
    for (const LagCsvSeries &series : data.series) {
        const QByteArray subject = '"' + series.subject.toUtf8().replace('"', "\"\"") + '"';
        for (const Sample &sample : series.samples) {
            times.append(chunk, sample.timeMs);
            chunk += ',' + subject + ',' + metric + ',' + QByteArray::number(sample.value, 'g', 12) + '\n';
            if (chunk.size() >= ChunkBytes) {
                if (file.write(chunk) != chunk.size())
                    return failed();
                chunk.clear();
            }
        }
    }
    if (file.write(chunk) != chunk.size() || !file.commit())
        return failed();
    return true;
}

} // namespace pgv
