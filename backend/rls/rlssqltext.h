// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pgv {

/// A lexical piece of SQL text, with PostgreSQL's quoting rules: 'strings' (E'…' with backslashes), "identifiers",
/// $tag$ bodies $tag$, -- and nested /* */ comments.
struct SqlToken
{
    enum class Kind { Space, Comment, String, QuotedIdentifier, Number, Keyword, Identifier, Operator, Punctuation };
    Kind kind = Kind::Space;
    qsizetype start = 0;
    qsizetype length = 0;
    bool unterminated = false; // a string, identifier or comment that runs past the end of the text
};

/// Where a scan stopped inside a construct that goes on (for line-by-line highlighting).
struct SqlScanState
{
    enum class Inside { Nothing, BlockComment, String, EscapeString, QuotedIdentifier, DollarQuote };
    Inside inside = Inside::Nothing;
    int commentDepth = 0;
    QString dollarTag;

    friend bool operator==(const SqlScanState &, const SqlScanState &) = default;
};

/// Splits \a text into tokens, starting in \a state and leaving it where the text ends.
QList<SqlToken> scanSql(QStringView text, SqlScanState *state = nullptr);

/// Whether \a word is one of the SQL keywords the editor highlights (case-insensitive).
bool isSqlKeyword(QStringView word);

/// What stands in the way of putting \a expression inside ( ) in a statement, or an empty string when nothing does.
/// Refused: unbalanced parentheses, a ';' outside quotes, unterminated quotes or comments: each would let the text
/// end the statement or swallow what follows it.
QString checkPolicyExpression(const QString &expression);

/// Whether \a expression ends inside a -- comment (then the closing parenthesis must go on a new line).
bool endsInLineComment(const QString &expression);

} // namespace pgv
