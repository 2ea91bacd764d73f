// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace pgv {

/// PostgreSQL syntax colours for an editor: keywords, strings (standard, E'', dollar-quoted), quoted
/// identifiers, numbers, parameters ($1) and comments, with block comments and dollar quotes across lines.
class SqlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = -1, InBlockComment = 1, InString = 2, InDollarQuote = 3 };
    qsizetype finishOpenConstruct(const QString &text);

    QTextCharFormat m_keyword, m_string, m_identifier, m_number, m_comment, m_parameter;
    QString m_openDollarTag; ///< the tag of a dollar quote still open at the end of the previous block
};

} // namespace pgv
