// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlssqltext.h"

#include <QCoreApplication>

namespace pgv {

QString checkPolicyExpression(const QString &expression)
{
    const QList<SqlToken> tokens = scanSql(expression);
    int depth = 0;
    for (const SqlToken &token : tokens) {
        if (token.unterminated) {
            switch (token.kind) {
            case SqlToken::Kind::Comment:
                return QCoreApplication::translate("PolicyExpression", "A /* comment */ is not closed.");
            case SqlToken::Kind::QuotedIdentifier:
                return QCoreApplication::translate("PolicyExpression", "A \"quoted name\" is not closed.");
            default:
                return QCoreApplication::translate("PolicyExpression", "A quoted string is not closed.");
            }
        }
        if (token.kind != SqlToken::Kind::Punctuation)
            continue;
        const QChar c = expression[token.start];
        if (c == u';')
            return QCoreApplication::translate("PolicyExpression", "A ';' would end the statement: an expression cannot hold one "
                                                                   "outside quotes.");
        if (c == u'(')
            ++depth;
        if (c == u')' && --depth < 0)
            return QCoreApplication::translate("PolicyExpression", "A ')' closes a parenthesis that was never opened.");
    }
    if (depth > 0)
        return QCoreApplication::translate("PolicyExpression", "%n parenthesis(es) not closed.", nullptr, depth);
    return {};
}

bool endsInLineComment(const QString &expression)
{
    const QList<SqlToken> tokens = scanSql(expression);
    for (auto it = tokens.crbegin(); it != tokens.crend(); ++it) {
        if (it->kind == SqlToken::Kind::Space)
            continue;
        return it->kind == SqlToken::Kind::Comment && expression.mid(it->start, 2) == u"--";
    }
    return false;
}

} // namespace pgv
