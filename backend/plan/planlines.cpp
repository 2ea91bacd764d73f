// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlines.h"

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

bool isBoxDrawing(QChar c)
{
    return c.unicode() >= 0x2500 && c.unicode() <= 0x257F;
}

bool isVerticalBorder(QChar c)
{
    return c == u'|' || c == u'│' || c == u'║';
}

/// "------", "+----+", "═══╪═══", "├────┤": the lines psql draws between header, rows and frame.
bool isSeparator(QStringView line)
{
    int dashes = 0;
    for (QChar c : line) {
        if (c == u'-' || c == u'─' || c == u'═')
            ++dashes;
        else if (c != u'+' && c != u'|' && c != u' ' && c != u'=' && !isBoxDrawing(c))
            return false;
    }
    return dashes >= 3;
}

/// "(1 row)", "(9 rows)", "(3 lignes)", "(5 Zeilen)".
bool isFooter(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 5 || !line.startsWith(u'(') || !line.endsWith(u')'))
        return false;
    qsizetype i = 1;
    while (i < line.size() && line.at(i).isDigit())
        ++i;
    if (i == 1 || i >= line.size() || line.at(i) != u' ')
        return false;
    for (++i; i + 1 < line.size(); ++i) {
        if (!line.at(i).isLetter())
            return false;
    }
    return true;
}

QString expandTabs(QStringView line)
{
    // Sized once: a line of tabs grows eightfold, and growing it (or a temporary per tab) cost seconds on large input.
    qsizetype width = 0;
    for (QChar c : line)
        width = c == u'\t' ? width + 8 - width % 8 : width + 1;
    QString expanded(width, u' ');
    QChar *out = expanded.data();
    qsizetype column = 0;
    for (QChar c : line) {
        if (c == u'\t') {
            column += 8 - column % 8; // already spaces
        } else {
            out[column] = c;
            ++column;
        }
    }
    return expanded;
}

QStringView trimmedRight(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.first(end);
}

} // namespace

QList<PlanLine> unframePlanText(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    QList<QStringView> raw = text.split(u'\n');
    // psql marks a value's inner newlines with "+" only in aligned output, which always has a separator line;
    // DBeaver ends every line with "|" and its separator with "+".
    bool aligned = false;
    bool dbeaver = false;
    for (QStringView line : raw) {
        const QStringView trimmed = trimmedRight(line);
        if (isSeparator(trimmed)) {
            aligned = true;
            dbeaver = dbeaver || (trimmed.endsWith(u'+') && !trimmed.startsWith(u'+'));
        }
    }

    QList<PlanLine> lines;
    lines.reserve(raw.size());
    bool marker = false;
    for (qsizetype index = 0; index < raw.size(); ++index) {
        QStringView line = raw.at(index);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString expanded = line.contains(u'\t') ? expandTabs(line) : QString();
        QStringView content = expanded.isNull() ? line : QStringView(expanded);
        const QStringView trimmed = trimmedRight(content);
        PlanLine result;
        result.line = int(index + 1);
        result.continuesPrevious = marker;
        marker = false;
        if (trimmed.isEmpty()) {
            lines.append(result);
            continue;
        }
        if (isSeparator(trimmed))
            continue;
        if (isFooter(trimmed))
            break;
        bool bordered = false;
        if (trimmed.size() >= 2 && isVerticalBorder(trimmed.front()) && isVerticalBorder(trimmed.back())) {
            content = trimmed.sliced(1, trimmed.size() - 2);
            result.column = 1;
            if (content.startsWith(u' ')) {
                content = content.mid(1);
                result.column = 2;
            }
            bordered = true;
        } else if (dbeaver && trimmed.endsWith(u'|')) {
            content = trimmed.first(trimmed.size() - 1);
            bordered = true;
        }
        const QStringView inner = trimmedRight(content);
        if (inner.endsWith(u'↵') || (aligned && inner.endsWith(u'+'))) {
            content = trimmedRight(inner.first(inner.size() - 1));
            marker = true;
        } else if (bordered) {
            content = inner; // padding up to the right border is not part of the value
        }
        qsizetype indent = 0;
        while (indent < content.size() && content.at(indent) == u' ')
            ++indent;
        result.indent = int(indent);
        result.column += int(indent);
        result.text = content.mid(indent).toString();
        lines.append(result);
    }
    return lines;
}

} // namespace pgv
