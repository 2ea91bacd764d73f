// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqllexer.h"

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

bool isOperatorChar(QChar c)
{
    return QStringView(u"+-*/<>=~!@#%^&|`?:").contains(c);
}

/// Scans the rest of a construct that may span lines. Returns the position after it, or text.size() with
/// \a state still inside when the text ends first.
qsizetype continueConstruct(QStringView text, qsizetype pos, SqlScanState &state)
{
    using Inside = SqlScanState::Inside;
    while (pos < text.size()) {
        const QChar c = text[pos];
        switch (state.inside) {
        case Inside::BlockComment:
            if (c == u'*' && pos + 1 < text.size() && text[pos + 1] == u'/') {
                pos += 2;
                if (--state.commentDepth == 0) {
                    state.inside = Inside::Nothing;
                    return pos;
                }
                continue;
            }
            if (c == u'/' && pos + 1 < text.size() && text[pos + 1] == u'*') {
                pos += 2;
                ++state.commentDepth;
                continue;
            }
            ++pos;
            break;
        case Inside::String:
        case Inside::EscapeString:
        case Inside::QuotedIdentifier: {
            if (state.inside == Inside::EscapeString && c == u'\\') {
                pos += 2;
                continue;
            }
            const QChar quote = state.inside == Inside::QuotedIdentifier ? u'"' : u'\'';
            if (c == quote) {
                if (pos + 1 < text.size() && text[pos + 1] == quote) { // a doubled quote stands for itself
                    pos += 2;
                    continue;
                }
                state.inside = Inside::Nothing;
                return pos + 1;
            }
            ++pos;
            break;
        }
        case Inside::DollarQuote:
            if (c == u'$' && text.mid(pos).startsWith(state.dollarTag)) {
                pos += state.dollarTag.size();
                state.inside = Inside::Nothing;
                state.dollarTag.clear();
                return pos;
            }
            ++pos;
            break;
        case Inside::Nothing:
            return pos;
        }
    }
    return std::min(pos, text.size());
}

SqlToken::Kind kindInside(SqlScanState::Inside inside)
{
    switch (inside) {
    case SqlScanState::Inside::BlockComment:
        return SqlToken::Kind::Comment;
    case SqlScanState::Inside::QuotedIdentifier:
        return SqlToken::Kind::QuotedIdentifier;
    default:
        return SqlToken::Kind::String;
    }
}

} // namespace

QList<SqlToken> scanSql(QStringView text, SqlScanState *stateInOut)
{
    using Inside = SqlScanState::Inside;
    SqlScanState state = stateInOut ? *stateInOut : SqlScanState{};
    QList<SqlToken> tokens;
    qsizetype pos = 0;
    auto add = [&tokens](SqlToken::Kind kind, qsizetype start, qsizetype end, bool unterminated = false) {
        tokens << SqlToken{kind, start, end - start, unterminated};
    };
    auto runConstruct = [&](qsizetype start, qsizetype from) {
        const SqlToken::Kind kind = kindInside(state.inside);
        pos = continueConstruct(text, from, state);
        add(kind, start, pos, state.inside != Inside::Nothing);
    };
    if (state.inside != Inside::Nothing)
        runConstruct(0, 0);
    while (pos < text.size()) {
        const qsizetype start = pos;
        const QChar c = text[pos];
        const QChar next = pos + 1 < text.size() ? text[pos + 1] : QChar();
        if (c.isSpace()) {
            while (pos < text.size() && text[pos].isSpace())
                ++pos;
            add(SqlToken::Kind::Space, start, pos);
        } else if (c == u'-' && next == u'-') {
            while (pos < text.size() && text[pos] != u'\n')
                ++pos;
            add(SqlToken::Kind::Comment, start, pos);
        } else if (c == u'/' && next == u'*') {
            state.inside = Inside::BlockComment;
            state.commentDepth = 1;
            runConstruct(start, pos + 2);
        } else if (c == u'\'') {
            state.inside = Inside::String;
            runConstruct(start, pos + 1);
        } else if ((c == u'E' || c == u'e') && next == u'\'') {
            state.inside = Inside::EscapeString;
            runConstruct(start, pos + 2);
        } else if (c == u'"') {
            state.inside = Inside::QuotedIdentifier;
            runConstruct(start, pos + 1);
        } else if (c == u'$') {
            // $tag$ or $$ opens a dollar-quoted body; $1 is a parameter.
            qsizetype end = pos + 1;
            if (end < text.size() && text[end].isDigit()) {
                while (end < text.size() && text[end].isDigit())
                    ++end;
                pos = end;
                add(SqlToken::Kind::Parameter, start, pos);
                continue;
            }
            while (end < text.size() && (isIdentifierStart(text[end]) || text[end].isDigit()))
                ++end;
            if (end < text.size() && text[end] == u'$') {
                state.inside = Inside::DollarQuote;
                state.dollarTag = text.mid(pos, end - pos + 1).toString();
                runConstruct(start, end + 1);
            } else {
                ++pos;
                add(SqlToken::Kind::Punctuation, start, pos);
            }
        } else if (c.isDigit() || (c == u'.' && next.isDigit())) {
            while (pos < text.size() && (text[pos].isDigit() || text[pos] == u'.' || text[pos] == u'_'))
                ++pos;
            if (pos < text.size() && (text[pos] == u'e' || text[pos] == u'E')) {
                ++pos;
                if (pos < text.size() && (text[pos] == u'+' || text[pos] == u'-'))
                    ++pos;
                while (pos < text.size() && text[pos].isDigit())
                    ++pos;
            }
            add(SqlToken::Kind::Number, start, pos);
        } else if (isIdentifierStart(c)) {
            while (pos < text.size() && isIdentifierPart(text[pos]))
                ++pos;
            add(isSqlKeyword(text.mid(start, pos - start)) ? SqlToken::Kind::Keyword : SqlToken::Kind::Identifier, start, pos);
        } else if (isOperatorChar(c)) {
            while (pos < text.size() && isOperatorChar(text[pos]) && !(text[pos] == u'-' && pos + 1 < text.size() && text[pos + 1] == u'-')
                   && !(text[pos] == u'/' && pos + 1 < text.size() && text[pos + 1] == u'*'))
                ++pos;
            add(SqlToken::Kind::Operator, start, std::max(pos, start + 1));
            pos = std::max(pos, start + 1);
        } else {
            ++pos;
            add(SqlToken::Kind::Punctuation, start, pos);
        }
    }
    if (stateInOut)
        *stateInOut = state;
    return tokens;
}

bool isSqlKeyword(QStringView word)
{
    static const QSet<QString> keywords = [] {
        const QStringList list = u"ALL ALTER ANALYZE AND ANY ARRAY AS ASC BEGIN BETWEEN BY CASE CAST CHECK COALESCE COLUMN COMMIT "
                                 "CONFLICT CONSTRAINT CREATE CROSS CURRENT_ROLE CURRENT_USER DEFAULT DELETE DESC DISABLE DISTINCT "
                                 "DO DROP ELSE ENABLE END EXCEPT EXECUTE EXISTS EXPLAIN FALSE FETCH FILTER FIRST FOR FORCE FOREIGN "
                                 "FROM FULL FUNCTION GRANT GROUP HAVING IF ILIKE IN INDEX INNER INSERT INTERSECT INTO IS JOIN KEY "
                                 "LATERAL LEFT LEVEL LIKE LIMIT LOCAL MATERIALIZED MERGE NATURAL NO NOT NOTHING NULL NULLIF NULLS OF "
                                 "OFFSET ON ONLY OR ORDER OUTER OVER PARTITION PERMISSIVE POLICY PRIMARY PUBLIC RECURSIVE REFERENCES "
                                 "RENAME RESTRICTIVE RETURNING REVOKE RIGHT ROLE ROLLBACK ROW ROWS SECURITY SELECT SESSION_USER SET "
                                 "SOME TABLE THEN TO TRUE UNION UNIQUE UPDATE USER USING VALUES VIEW WHEN WHERE WINDOW WITH"_s.split(u' ');
        return QSet<QString>(list.begin(), list.end());
    }();
    return keywords.contains(word.toString().toUpper());
}

} // namespace pgv
