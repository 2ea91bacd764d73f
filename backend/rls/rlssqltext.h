// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/sqllexer.h"

#include <QString>

namespace pgv {

/// What stands in the way of putting \a expression inside ( ) in a statement, or an empty string when nothing does.
/// Refused: unbalanced parentheses, a ';' outside quotes, unterminated quotes or comments: each would let the text
/// end the statement or swallow what follows it.
QString checkPolicyExpression(const QString &expression);

/// Whether \a expression ends inside a -- comment (then the closing parenthesis must go on a new line).
bool endsInLineComment(const QString &expression);

} // namespace pgv
