// SPDX-License-Identifier: GPL-3.0-or-later
#include "textstatistics.h"

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

enum class PairResult { Read, BadValue, UnknownKey };

/// Reads "key=value" statistics (inside the parentheses of a node line). Glued values ("0.532rows=0", left by
/// a terminal that wrapped the line where a space was) are read too.
template<typename F>
bool readStatisticPairs(QStringView text, qsizetype from, qsizetype *errorAt, F onPair)
{
    qsizetype i = from;
    while (i < text.size()) {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        if (i == text.size())
            break;
        const qsizetype keyStart = i;
        while (i < text.size() && text.at(i).isLetter())
            ++i;
        if (i == keyStart || i == text.size() || text.at(i) != u'=') {
            *errorAt = keyStart;
            return false;
        }
        const QStringView key = text.sliced(keyStart, i - keyStart);
        const qsizetype valueStart = ++i;
        while (i < text.size() && (text.at(i).isDigit() || text.at(i) == u'.' || text.at(i) == u'-'))
            ++i;
        const PairResult result = onPair(key, text.sliced(valueStart, i - valueStart));
        if (result != PairResult::Read) {
            *errorAt = result == PairResult::UnknownKey ? keyStart : valueStart;
            return false;
        }
    }
    return true;
}

/// "0.010..0.030" → {0.010, 0.030}.
bool readRange(QStringView text, double *first, double *second)
{
    const qsizetype dots = text.indexOf(u"..");
    if (dots <= 0)
        return false;
    bool ok1 = false;
    bool ok2 = false;
    *first = text.first(dots).toDouble(&ok1);
    *second = text.mid(dots + 2).toDouble(&ok2);
    return ok1 && ok2;
}

} // namespace

bool readCostStatistics(QStringView text, QJsonObject *properties, qsizetype *errorAt)
{
    return readStatisticPairs(text, 0, errorAt, [&](QStringView key, QStringView value) {
        bool ok = true;
        if (key != u"cost" && key != u"rows" && key != u"width")
            return PairResult::UnknownKey; // not something EXPLAIN prints
        if (key == u"cost") {
            double startup = 0;
            double total = 0;
            ok = readRange(value, &startup, &total);
            properties->insert("Startup Cost"_L1, startup);
            properties->insert("Total Cost"_L1, total);
        } else if (key == u"rows" || key == u"width") {
            const double number = value.toDouble(&ok);
            properties->insert(key == u"rows" ? "Plan Rows"_L1 : "Plan Width"_L1, number);
        }
        return ok ? PairResult::Read : PairResult::BadValue;
    });
}

bool readActualStatistics(QStringView text, QJsonObject *properties, qsizetype *errorAt)
{
    if (!text.startsWith(u"actual")) {
        *errorAt = 0;
        return false;
    }
    return readStatisticPairs(text, 6, errorAt, [&](QStringView key, QStringView value) {
        bool ok = true;
        if (key != u"time" && key != u"rows" && key != u"loops")
            return PairResult::UnknownKey;
        if (key == u"time") {
            double startup = 0;
            double total = 0;
            ok = readRange(value, &startup, &total);
            properties->insert("Actual Startup Time"_L1, startup);
            properties->insert("Actual Total Time"_L1, total);
        } else if (key == u"rows" || key == u"loops") {
            const double number = value.toDouble(&ok);
            properties->insert(key == u"rows" ? "Actual Rows"_L1 : "Actual Loops"_L1, number);
        }
        return ok ? PairResult::Read : PairResult::BadValue;
    });
}

} // namespace pgv
