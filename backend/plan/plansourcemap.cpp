// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansourcemap.h"
#include "planlines.h"
#include "textlines.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Offsets where each line of \a input starts, plus one past the end.
QList<qsizetype> lineStarts(const QString &input)
{
    QList<qsizetype> starts{0};
    for (qsizetype i = 0; i < input.size(); ++i) {
        if (input.at(i) == u'\n')
            starts.append(i + 1);
    }
    starts.append(input.size() + 1);
    return starts;
}

/// The end of the object that starts at \a open ('{'), or of its members before "Plans" when it has any.
qsizetype ownMembersEnd(const QString &input, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = -1;
    for (qsizetype i = open; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (inString) {
            if (c == u'\\') {
                ++i;
            } else if (c == u'"') {
                inString = false;
                if (depth == 1 && QStringView(input).sliced(stringStart, i + 1 - stringStart) == u"\"Plans\"") {
                    qsizetype end = stringStart;
                    while (end > open && (input.at(end - 1).isSpace() || input.at(end - 1) == u',' || input.at(end - 1) == u'|' || input.at(end - 1) == u'+'))
                        --end;
                    return end;
                }
            }
            continue;
        }
        if (c == u'"') {
            inString = true;
            stringStart = i;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return input.size();
}

QList<PlanSourceSpan> mapJsonSource(const QString &input, const Plan &plan)
{
    static const QString key = u"\"Node Type\""_s;
    QList<PlanSourceSpan> spans;
    spans.reserve(plan.nodes.size());
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = input.indexOf(key, from);
        if (at < 0)
            break;
        from = at + key.size();
        if (at > 0 && input.at(at - 1) == u'\\')
            continue; // inside a string: an escaped quote
        const qsizetype open = input.lastIndexOf(u'{', at);
        if (open < 0)
            return {};
        spans.append({open, ownMembersEnd(input, open)});
    }
    if (spans.size() != plan.nodes.size())
        return {};
    return spans;
}

/// Lines that end a node's property lines in a text plan: a subplan header, a blank, what follows the tree.
bool endsNodeText(QStringView trimmed)
{
    return trimmed.isEmpty() || isSubplanHeader(trimmed) || trimmed.startsWith(u"Planning"_s)
        || trimmed.startsWith(u"Execution Time"_s) || trimmed.startsWith(u"Trigger "_s) || trimmed.startsWith(u"JIT:"_s)
        || trimmed.startsWith(u"Settings:"_s) || trimmed.startsWith(u"Query Identifier"_s);
}

QList<PlanSourceSpan> mapTextSource(const QString &input, const Plan &plan)
{
    const QList<qsizetype> starts = lineStarts(input);
    const int lineCount = int(starts.size()) - 1;
    QList<QString> unframed(lineCount + 1); // by 1-based input line
    for (const PlanLine &line : unframePlanText(input)) {
        if (line.line >= 1 && line.line <= lineCount)
            unframed[line.line] = line.text;
    }
    QList<int> nodeLines;
    for (const PlanNode &node : plan.nodes) {
        if (node.sourceLine < 1 || node.sourceLine > lineCount)
            return {};
        nodeLines.append(node.sourceLine);
    }
    QList<int> sorted = nodeLines;
    std::sort(sorted.begin(), sorted.end());

    QList<PlanSourceSpan> spans;
    spans.reserve(plan.nodes.size());
    for (const int first : std::as_const(nodeLines)) {
        const auto next = std::upper_bound(sorted.cbegin(), sorted.cend(), first);
        const int limit = next == sorted.cend() ? lineCount : *next - 1;
        int last = first;
        while (last < limit && !endsNodeText(QStringView(unframed.at(last + 1)).trimmed()))
            ++last;
        const qsizetype begin = starts.at(first - 1);
        qsizetype end = starts.at(last) - 1; // the end of line `last`, before its newline
        if (end > begin && input.at(end - 1) == u'\r')
            --end;
        spans.append({begin, end});
    }
    return spans;
}

} // namespace

QList<PlanSourceSpan> mapPlanSource(const QString &input, const Plan &plan)
{
    if (plan.nodes.isEmpty())
        return {};
    return plan.format == PlanFormat::Json ? mapJsonSource(input, plan) : mapTextSource(input, plan);
}

SourceLines SourceLines::of(QStringView text)
{
    SourceLines lines;
    qsizetype from = 0;
    for (qsizetype newline = text.indexOf(u'\n'); newline >= 0; newline = text.indexOf(u'\n', from)) {
        lines.longest = std::max(lines.longest, newline - from);
        from = newline + 1;
        lines.starts.push_back(from);
    }
    lines.longest = std::max(lines.longest, text.size() - from);
    if (lines.starts.size() > 1 && lines.starts.back() == text.size())
        lines.starts.pop_back();
    return lines;
}

} // namespace pgv
