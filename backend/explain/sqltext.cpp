// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltext.h"

#include "pg/sqllexer.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

SqlTextFacts inspectSql(const QString &sql)
{
    static const QSet<QString> writers{u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s, u"MERGE"_s};
    SqlTextFacts facts;
    bool statementOpen = false;
    bool firstStatement = true;
    qsizetype statementEnd = 0;
    QString previousWord;
    for (const SqlToken &token : scanSql(sql)) {
        if (token.kind == SqlToken::Kind::Space || token.kind == SqlToken::Kind::Comment)
            continue;
        const QStringView text = QStringView(sql).sliced(token.start, token.length);
        if (token.kind == SqlToken::Kind::Punctuation && text == u";") {
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
            statementEnd = token.start + token.length;
        if (token.kind == SqlToken::Kind::Parameter) {
            if (!facts.placeholders.contains(text))
                facts.placeholders.append(text.toString());
        } else if ((token.kind == SqlToken::Kind::Keyword || token.kind == SqlToken::Kind::Identifier) && firstStatement) {
            const QString word = text.toString().toUpper();
            if (facts.firstKeyword.isEmpty())
                facts.firstKeyword = word;
            const bool leading = facts.firstKeyword == word && previousWord.isEmpty();
            // "WITH x AS (…) UPDATE …" and "WITH x AS (DELETE … RETURNING …) SELECT …" both write.
            if (writers.contains(word) && (leading || facts.firstKeyword == u"WITH"))
                facts.modifiesData = true;
            if (facts.firstKeyword == u"SELECT" && word == u"INTO")
                facts.modifiesData = true;
            if (leading && (word == u"CREATE" || word == u"EXECUTE"))
                facts.modifiesData = true;
            previousWord = word;
        }
    }
    // The first statement up to its last token: without trailing semicolons, comments kept.
    facts.statement = sql.first(statementEnd).trimmed();
    return facts;
}

} // namespace pgv
