// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pgv {

/// What the explain runner needs to know about the SQL a user typed, read by the one SQL lexer (pg/sqllexer.h) with
/// PostgreSQL's lexical rules for comments, quoted strings and identifiers, and dollar quoting (a ';' or "$1" inside
/// them does not count).
struct SqlTextFacts
{
    int statements = 0;       ///< non-empty statements separated by ';'
    QString firstKeyword;     ///< upper-case: "SELECT", "WITH", "INSERT"…; empty for no statement
    bool modifiesData = false;///< INSERT/UPDATE/DELETE/MERGE, SELECT INTO, CREATE … AS, a data-modifying WITH
    QStringList placeholders; ///< "$1", "$2"… in order of first use, as pg_stat_statements normalizes constants
    QString statement;        ///< the text without trailing semicolons and whitespace
};

SqlTextFacts inspectSql(const QString &sql);

} // namespace pgv
