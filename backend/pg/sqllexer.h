// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace pgv {

/// A lexical piece of SQL text, with PostgreSQL's quoting rules: 'strings' (E'…' with backslashes), "identifiers",
/// $tag$ bodies $tag$, -- and nested /* */ comments, and $1 parameters. The one SQL lexer of the project: the explain
/// runner's statement inspection, the policy expression checks and the editors' highlighter all read SQL through it.
struct SqlToken
{
    enum class Kind { Space, Comment, String, QuotedIdentifier, Number, Keyword, Identifier, Operator, Punctuation, Parameter };
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

/// Whether \a word is one of the SQL keywords the editors highlight (case-insensitive).
bool isSqlKeyword(QStringView word);

} // namespace pgv
