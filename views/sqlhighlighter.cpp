// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhighlighter.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

const QSet<QString> &keywords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        const char *const list[] = {
            "ALL", "ALTER", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC", "BEGIN", "BETWEEN", "BY", "CASE", "CAST",
            "CHECK", "COLUMN", "COMMIT", "CONFLICT", "CONSTRAINT", "CREATE", "CROSS", "CURRENT_USER", "DEFAULT",
            "DELETE", "DESC", "DISTINCT", "DO", "DROP", "ELSE", "END", "EXCEPT", "EXECUTE", "EXISTS", "EXPLAIN",
            "FALSE", "FETCH", "FILTER", "FIRST", "FOR", "FOREIGN", "FROM", "FULL", "FUNCTION", "GRANT", "GROUP",
            "HAVING", "ILIKE", "IN", "INDEX", "INNER", "INSERT", "INTERSECT", "INTO", "IS", "JOIN", "KEY", "LATERAL",
            "LEFT", "LIKE", "LIMIT", "MATERIALIZED", "MERGE", "NATURAL", "NOT", "NOTHING", "NULL", "NULLS", "OFFSET",
            "ON", "ONLY", "OR", "ORDER", "OUTER", "OVER", "PARTITION", "POLICY", "PRIMARY", "RECURSIVE", "REFERENCES",
            "RETURNING", "REVOKE", "RIGHT", "ROLLBACK", "ROW", "ROWS", "SELECT", "SET", "SOME", "TABLE", "THEN", "TO",
            "TRUE", "UNION", "UNIQUE", "UPDATE", "USING", "VALUES", "VIEW", "WHEN", "WHERE", "WINDOW", "WITH",
        };
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_keyword.setForeground(QColor(0x1f, 0x4e, 0xa8));
    m_keyword.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_identifier.setForeground(QColor(0x8e, 0x44, 0xad));
    m_number.setForeground(QColor(0xb2, 0x6b, 0x00));
    m_comment.setForeground(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
    m_parameter.setForeground(QColor(0xc6, 0x28, 0x28));
    m_parameter.setFontWeight(QFont::Bold);
}

qsizetype SqlHighlighter::finishOpenConstruct(const QString &text)
{
    switch (previousBlockState()) {
    case InBlockComment: {
        const qsizetype end = text.indexOf(u"*/"_s);
        if (end < 0) {
            setFormat(0, int(text.size()), m_comment);
            setCurrentBlockState(InBlockComment);
            return text.size();
        }
        setFormat(0, int(end + 2), m_comment);
        return end + 2;
    }
    case InString: {
        qsizetype i = 0;
        while (i < text.size()) {
            if (text.at(i) == u'\'') {
                if (i + 1 < text.size() && text.at(i + 1) == u'\'') {
                    i += 2;
                    continue;
                }
                setFormat(0, int(i + 1), m_string);
                return i + 1;
            }
            ++i;
        }
        setFormat(0, int(text.size()), m_string);
        setCurrentBlockState(InString);
        return text.size();
    }
    case InDollarQuote: {
        const QString tag = m_openDollarTag;
        const qsizetype end = text.indexOf(tag);
        if (tag.isEmpty() || end < 0) {
            setFormat(0, int(text.size()), m_string);
            setCurrentBlockState(InDollarQuote);
            return text.size();
        }
        setFormat(0, int(end + tag.size()), m_string);
        return end + tag.size();
    }
    default:
        return 0;
    }
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    setCurrentBlockState(Normal);
    qsizetype i = finishOpenConstruct(text);
    while (i < text.size()) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            setFormat(int(i), int(text.size() - i), m_comment);
            return;
        }
        if (c == u'/' && next == u'*') {
            const qsizetype end = text.indexOf(u"*/"_s, i + 2);
            if (end < 0) {
                setFormat(int(i), int(text.size() - i), m_comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setFormat(int(i), int(end + 2 - i), m_comment);
            i = end + 2;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            qsizetype j = i + 1;
            bool closed = false;
            while (j < text.size()) {
                if (text.at(j) == c) {
                    if (j + 1 < text.size() && text.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    closed = true;
                    ++j;
                    break;
                }
                ++j;
            }
            setFormat(int(i), int(j - i), c == u'"' ? m_identifier : m_string);
            if (!closed && c == u'\'')
                setCurrentBlockState(InString);
            i = j;
            continue;
        }
        if (c == u'$') {
            if (next.isDigit()) {
                qsizetype j = i + 1;
                while (j < text.size() && text.at(j).isDigit())
                    ++j;
                setFormat(int(i), int(j - i), m_parameter);
                i = j;
                continue;
            }
            static const QRegularExpression tagPattern(u"\\G\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"_s);
            const QRegularExpressionMatch match = tagPattern.match(text, i);
            if (match.hasMatch()) {
                const QString tag = match.captured(0);
                const qsizetype end = text.indexOf(tag, i + tag.size());
                if (end < 0) {
                    setFormat(int(i), int(text.size() - i), m_string);
                    setCurrentBlockState(InDollarQuote);
                    m_openDollarTag = tag;
                    return;
                }
                setFormat(int(i), int(end + tag.size() - i), m_string);
                i = end + tag.size();
                continue;
            }
        }
        if (c.isDigit() && (i == 0 || !isWordPart(text.at(i - 1)))) {
            qsizetype j = i;
            while (j < text.size() && (text.at(j).isDigit() || text.at(j) == u'.'))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
            continue;
        }
        if (isWordStart(c)) {
            qsizetype j = i + 1;
            while (j < text.size() && isWordPart(text.at(j)))
                ++j;
            if (keywords().contains(text.sliced(i, j - i).toUpper()))
                setFormat(int(i), int(j - i), m_keyword);
            i = j;
            continue;
        }
        ++i;
    }
}

} // namespace pgv
