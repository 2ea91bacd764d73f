// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>

namespace pgv {

/// SQL colouring for policy expressions and DDL, with PostgreSQL's quoting rules (rls/rlssqltext.h), so that a
/// keyword inside a string or a dollar-quoted body is not coloured as one. Constructs that span lines carry on.
class RlsSqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit RlsSqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace pgv
