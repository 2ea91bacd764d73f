// SPDX-License-Identifier: GPL-3.0-or-later
#include "textlines.h"
#include "nodetypes.h"
#include "textproperties.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// "Sort Key: …", "I/O Timings: …", "Rows Removed by Filter: …", "Trigger for constraint fk: …".
bool isKeyLine(QStringView trimmed)
{
    if (trimmed.isEmpty() || !trimmed.front().isUpper())
        return false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c == u':')
            return i + 1 == trimmed.size() || trimmed.at(i + 1) == u' ';
        if (!c.isLetterOrNumber() && c != u' ' && c != u'/' && c != u'_' && c != u'.' && c != u'-' && c != u'"' && c != u'$')
            return false;
    }
    return false;
}

/// Column of a node line's name ("->  " skipped), for a line indented by \a indent columns before \a text.
int nameColumn(int indent, QStringView text)
{
    qsizetype column = 0;
    if (text.startsWith(u"->")) {
        column = 2;
        while (column < text.size() && text.at(column) == u' ')
            ++column;
    }
    return indent + int(column);
}

/// Whether \a text can start a line of a text plan; anything else continues the line before it. A node's
/// properties are indented past its name, so "Key: value" further left (" Peak Memory: 30kB", where a terminal
/// wrapped a line) continues a line too, unless it is about the whole plan ("Planning Time: …").
bool isLineStart(int indent, QStringView text, int lastNameColumn, bool planSection)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u"->") || isSubplanHeader(trimmed) || isWorkerLine(trimmed) || isTargetTableLine(trimmed)
        || (startsWithNodeName(trimmed) && statisticsStart(trimmed) >= 0))
        return true;
    if (!isKeyLine(trimmed))
        return false;
    if (planSection || isPlanSectionKey(trimmed.first(trimmed.indexOf(u':'))))
        return true;
    return nameColumn(indent, text) > lastNameColumn;
}

/// Open parentheses not yet closed, outside double-quoted names.
int openParentheses(QStringView text)
{
    int depth = 0;
    bool quoted = false;
    for (QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'(')
            ++depth;
        else if (!quoted && c == u')' && depth > 0)
            --depth;
    }
    return depth;
}

/// pgAdmin 3 and some editors copy each line of a text plan in quotes: "Sort  (cost=…)" or 'Sort  (cost=…)'.
QChar detectQuote(QStringView rootLine)
{
    const QStringView trimmed = rootLine.trimmed();
    if (trimmed.size() < 2)
        return {};
    const QChar last = trimmed.back();
    if (last != u'"' && last != u'\'')
        return {};
    return trimmed.front() == last || trimmed.at(trimmed.size() - 2) == u')' ? last : QChar();
}

void unquote(QString *text, int *column, QChar quote)
{
    while (!text->isEmpty() && text->back().isSpace())
        text->chop(1);
    if (text->endsWith(quote))
        text->chop(1);
    qsizetype first = 0;
    while (first < text->size() && text->at(first) == u' ')
        ++first;
    if (first < text->size() && text->at(first) == quote) {
        text->remove(first, 1);
        if (first == 0)
            ++*column;
    }
    if (quote == u'"')
        text->replace(u"\"\""_s, u"\""_s); // CSV doubles the quotes inside
}

} // namespace

void LogicalLine::append(const QString &more, int line, int column)
{
    pieces.append({text.size(), line, column});
    if (text.isEmpty())
        text = more; // shared with the unframed line, not copied: most logical lines are one piece
    else
        text += more;
}

std::pair<int, int> LogicalLine::position(qsizetype column) const
{
    const qsizetype offset = std::max<qsizetype>(0, column - indent); // in the indentation: where the text starts
    const Piece *piece = &pieces.first();
    for (const Piece &candidate : pieces) {
        if (candidate.offset <= offset)
            piece = &candidate;
    }
    return {piece->line, piece->column + int(offset - piece->offset) + 1};
}

QList<LogicalLine> assembleLogicalLines(const QList<PlanLine> &lines, qsizetype start)
{
    QList<LogicalLine> result;
    const QChar quote = detectQuote(lines.at(start).text);
    bool sawBlank = false;
    int lastNameColumn = -1;   // of the last node line
    bool planSection = false; // past the tree: "Planning:", "JIT:" and their indented lines
    for (qsizetype i = start; i < lines.size(); ++i) {
        const PlanLine &line = lines.at(i);
        QString text = line.text;
        int column = line.column;
        int indent = line.indent;
        if (!quote.isNull()) {
            unquote(&text, &column, quote);
            qsizetype inside = 0; // pgAdmin quotes the indentation too: "  ->  Sort …"
            while (inside < text.size() && text.at(inside) == u' ')
                ++inside;
            text.remove(0, inside);
            indent += int(inside);
            column += int(inside);
        }
        if (text.trimmed().isEmpty()) {
            sawBlank = true;
            continue;
        }
        bool join = false;
        if (!result.isEmpty()) {
            const LogicalLine &current = result.last();
            if (line.continuesPrevious)
                join = true;
            else if (!isLineStart(indent, text, lastNameColumn, planSection))
                join = true;
            else
                join = !sawBlank && current.isNode && openParentheses(current.text) > 0 && !text.trimmed().startsWith(u"->");
            if (join && sawBlank && !line.continuesPrevious)
                break; // text after a blank line that cannot be part of the plan: a comment, a prompt
        }
        if (join) {
            // A continuation keeps its indentation, as the value it continues had it (few lines are continued).
            result.last().append(QString(indent, u' ') + text, line.line, column - indent);
        } else {
            LogicalLine logical;
            logical.indent = indent;
            logical.append(text, line.line, column);
            logical.isNode = result.isEmpty() || text.trimmed().startsWith(u"->");
            if (logical.isNode) {
                lastNameColumn = nameColumn(indent, text);
            } else if (const QStringView trimmed = QStringView(text).trimmed(); isKeyLine(trimmed)) {
                planSection = planSection || isPlanSectionKey(trimmed.first(trimmed.indexOf(u':')));
            }
            result.append(std::move(logical));
        }
        sawBlank = false;
    }
    return result;
}

bool looksLikeNodeLine(QStringView text)
{
    QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'"') || trimmed.startsWith(u'\''))
        trimmed = trimmed.mid(1);
    if (trimmed.startsWith(u"->")) {
        const QStringView name = trimmed.mid(2).trimmed();
        return !name.isEmpty() && name.front().isUpper();
    }
    if (trimmed.isEmpty() || !trimmed.front().isUpper() || isKeyLine(trimmed))
        return false;
    return startsWithNodeName(trimmed) || statisticsStart(trimmed) > 0;
}

qsizetype statisticsStart(QStringView text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'(') {
            const QStringView rest = text.mid(i + 1);
            if (rest.startsWith(u"cost=") || rest.startsWith(u"actual") || rest.startsWith(u"never executed"))
                return i;
        }
    }
    return -1;
}

bool isSubplanHeader(QStringView trimmed)
{
    for (QStringView keyword : {u"InitPlan", u"SubPlan"}) {
        if (trimmed == keyword)
            return true;
        if (trimmed.startsWith(keyword) && trimmed.size() > keyword.size() + 1 && trimmed.at(keyword.size()) == u' '
            && trimmed.at(keyword.size() + 1).isDigit())
            return true;
    }
    return trimmed.startsWith(u"CTE ") && !trimmed.startsWith(u"CTE Scan") && trimmed.size() > 4;
}

bool isWorkerLine(QStringView trimmed)
{
    if (!trimmed.startsWith(u"Worker "))
        return false;
    qsizetype i = 7;
    while (i < trimmed.size() && trimmed.at(i).isDigit())
        ++i;
    return i > 7 && i < trimmed.size() && trimmed.at(i) == u':';
}

} // namespace pgv
