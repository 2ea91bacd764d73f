// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() > 127;
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == u'$';
}

/// Reads SQL tokens that matter here: words, placeholders and semicolons; skips the rest.
class Lexer
{
public:
    explicit Lexer(const QString &sql) : m_sql(sql) {}

    enum class Kind { Word, Placeholder, Semicolon, Other, End };
    struct Token
    {
        Kind kind;
        QString text;
    };

    Token next()
    {
        const qsizetype n = m_sql.size();
        while (m_pos < n) {
            const QChar c = m_sql.at(m_pos);
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == u'-' && peek(1) == u'-') {
                while (m_pos < n && m_sql.at(m_pos) != u'\n')
                    ++m_pos;
            } else if (c == u'/' && peek(1) == u'*') {
                skipBlockComment();
            } else {
                break;
            }
        }
        if (m_pos >= n)
            return {Kind::End, {}};
        const QChar c = m_sql.at(m_pos);
        if (c == u';') {
            ++m_pos;
            return {Kind::Semicolon, u";"_s};
        }
        if ((c == u'e' || c == u'E') && peek(1) == u'\'') {
            ++m_pos;
            skipQuoted(u'\'', true);
            return {Kind::Other, {}};
        }
        if (c == u'\'') {
            skipQuoted(u'\'', false);
            return {Kind::Other, {}};
        }
        if (c == u'"') {
            skipQuoted(u'"', false);
            return {Kind::Other, {}};
        }
        if (c == u'$') {
            if (peek(1).isDigit()) {
                const qsizetype start = m_pos++;
                while (m_pos < n && m_sql.at(m_pos).isDigit())
                    ++m_pos;
                return {Kind::Placeholder, m_sql.sliced(start, m_pos - start)};
            }
            if (skipDollarQuoted())
                return {Kind::Other, {}};
        }
        if (isIdentifierStart(c)) {
            const qsizetype start = m_pos++;
            while (m_pos < n && isIdentifierPart(m_sql.at(m_pos)))
                ++m_pos;
            return {Kind::Word, m_sql.sliced(start, m_pos - start).toUpper()};
        }
        ++m_pos;
        return {Kind::Other, QString(c)};
    }

    qsizetype position() const { return m_pos; }

private:
    QChar peek(qsizetype ahead) const
    {
        return m_pos + ahead < m_sql.size() ? m_sql.at(m_pos + ahead) : QChar();
    }

    void skipBlockComment()
    {
        int depth = 0;
        while (m_pos < m_sql.size()) {
            if (m_sql.at(m_pos) == u'/' && peek(1) == u'*') {
                ++depth;
                m_pos += 2;
            } else if (m_sql.at(m_pos) == u'*' && peek(1) == u'/') {
                m_pos += 2;
                if (--depth == 0)
                    return;
            } else {
                ++m_pos;
            }
        }
    }

    void skipQuoted(QChar quote, bool backslashEscapes)
    {
        ++m_pos;
        while (m_pos < m_sql.size()) {
            const QChar c = m_sql.at(m_pos++);
            if (backslashEscapes && c == u'\\') {
                ++m_pos;
            } else if (c == quote) {
                if (m_pos < m_sql.size() && m_sql.at(m_pos) == quote)
                    ++m_pos; // a doubled quote stands for itself
                else
                    return;
            }
        }
    }

    /// $tag$ … $tag$; false (nothing consumed) when the '$' does not open a dollar quote.
    bool skipDollarQuoted()
    {
        qsizetype end = m_pos + 1;
        while (end < m_sql.size() && m_sql.at(end) != u'$') {
            if (!isIdentifierPart(m_sql.at(end)) || m_sql.at(end) == u'$')
                return false;
            ++end;
        }
        if (end >= m_sql.size())
            return false;
        const QString tag = m_sql.sliced(m_pos, end + 1 - m_pos);
        const qsizetype close = m_sql.indexOf(tag, end + 1);
        m_pos = close < 0 ? m_sql.size() : close + tag.size();
        return true;
    }

    const QString &m_sql;
    qsizetype m_pos = 0;
};

} // namespace

SqlTextFacts inspectSql(const QString &sql)
{
    static const QSet<QString> writers{u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s, u"MERGE"_s};
    SqlTextFacts facts;
    Lexer lexer(sql);
    bool statementOpen = false;
    bool firstStatement = true;
    qsizetype statementEnd = 0;
    QString previousWord;
    for (Lexer::Token token = lexer.next(); token.kind != Lexer::Kind::End; token = lexer.next()) {
        if (token.kind == Lexer::Kind::Semicolon) {
            if (statementOpen)
                firstStatement = false;
            statementOpen = false;
            continue;
        }
        if (!statementOpen) {
            statementOpen = true;
            ++facts.statements;
        }
        if (firstStatement)
            statementEnd = lexer.position();
        if (token.kind == Lexer::Kind::Placeholder) {
            if (!facts.placeholders.contains(token.text))
                facts.placeholders.append(token.text);
        } else if (token.kind == Lexer::Kind::Word && firstStatement) {
            if (facts.firstKeyword.isEmpty())
                facts.firstKeyword = token.text;
            const bool leading = facts.firstKeyword == token.text && previousWord.isEmpty();
            // "WITH x AS (…) UPDATE …" and "WITH x AS (DELETE … RETURNING …) SELECT …" both write.
            if (writers.contains(token.text) && (leading || facts.firstKeyword == u"WITH"))
                facts.modifiesData = true;
            if (facts.firstKeyword == u"SELECT" && token.text == u"INTO")
                facts.modifiesData = true;
            if (leading && (token.text == u"CREATE" || token.text == u"EXECUTE"))
                facts.modifiesData = true;
            previousWord = token.text;
        }
    }
    // The first statement up to its last token: without trailing semicolons, comments kept.
    facts.statement = sql.first(statementEnd).trimmed();
    return facts;
}

} // namespace pgv
