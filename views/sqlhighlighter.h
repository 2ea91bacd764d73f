// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace pgv {

/// The one SQL colouring of the editors (the explain runner's statement, policy expressions, generated DDL): keywords,
/// strings (standard, E'', dollar-quoted), quoted identifiers, numbers, parameters ($1) and comments, read by the
/// backend's SQL lexer, so a keyword inside a string or a dollar-quoted body is not coloured as one. Block comments,
/// strings and dollar quotes carry on across lines.
class SqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace pgv
