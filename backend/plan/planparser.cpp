// SPDX-License-Identifier: GPL-3.0-or-later
#include "planparser.h"
#include "jsonplanparser.h"
#include "planlines.h"
#include "textplanparser.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

char16_t charAt(const QByteArray &text, qsizetype at)
{
    return uchar(text.at(at));
}

char16_t charAt(QStringView text, qsizetype at)
{
    return text.at(at).unicode();
}

/// "[", "[{", "{", "{\"": how a JSON plan opens. "[14003]" (a psql prompt) does not.
template<typename Text>
bool opensJsonDocument(const Text &text, qsizetype at)
{
    if (at >= text.size() || (charAt(text, at) != u'[' && charAt(text, at) != u'{'))
        return false;
    const bool array = charAt(text, at) == u'[';
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        const char16_t c = charAt(text, i);
        if (isSpace(c))
            continue;
        return array ? (c == u'{' || c == u']') : (c == u'"' || c == u'}');
    }
    return true; // "[" alone on its line: the rest follows on the next lines
}

} // namespace

std::optional<Plan> parsePlan(const QByteArray &input, PlanParseError *error)
{
    PlanParseError local;
    PlanParseError *target = error ? error : &local;
    *target = {};
    qsizetype start = input.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (start < input.size() && isSpace(charAt(input, start)))
        ++start;
    if (start == input.size()) {
        target->message = QCoreApplication::translate("Plan", "the input is empty");
        return std::nullopt;
    }
    // Plain JSON, the usual case for large plans, goes straight to the JSON parser without a text copy.
    if (opensJsonDocument(input, start))
        return parseJsonPlan(input, target);

    // The decoded text lives only while it is unframed: the lines are copies, and a large plan need not be held twice.
    QList<PlanLine> lines = unframePlanText(QString::fromUtf8(input));
    const qsizetype textStart = findTextPlanStart(lines);
    for (qsizetype i = 0; i < lines.size() && (textStart < 0 || i < textStart); ++i) {
        const QString &line = lines.at(i).text;
        qsizetype first = 0;
        while (first < line.size() && line.at(first).isSpace())
            ++first;
        if (!opensJsonDocument(QStringView(line), first))
            continue;
        // JSON inside a psql frame: put its lines back together, without psql's "+" newline markers.
        const QList<PlanLine> jsonLines = lines.mid(i);
        QByteArray json;
        for (const PlanLine &jsonLine : jsonLines) {
            QStringView content = jsonLine.text;
            while (!content.isEmpty() && content.back().isSpace())
                content.chop(1);
            if (content.endsWith(u'+'))
                content.chop(1);
            json += content.toUtf8() + '\n';
        }
        return parseJsonPlan(json, target, &jsonLines);
    }
    return parseTextPlan(std::move(lines), target);
}

} // namespace pgv
