// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlhighlighter.h"

#include "pg/sqllexer.h"

#include <QTextBlockUserData>

namespace pgv {

namespace {

/// The scan state where a line ends: a block state (an int) cannot hold a dollar quote's tag.
struct ScanStateData final : QTextBlockUserData
{
    SqlScanState state;
};

int stateNumber(const SqlScanState &state)
{
    // Only tells Qt that the next line needs highlighting again; distinct states get distinct numbers.
    return int(state.inside) * 1000 + std::min(state.commentDepth, 999) + int(qHash(state.dollarTag) % 1000) * 10000;
}

QTextCharFormat colourFormat(const QColor &colour, bool bold = false, bool italic = false)
{
    QTextCharFormat result;
    result.setForeground(colour);
    if (bold)
        result.setFontWeight(QFont::Bold);
    result.setFontItalic(italic);
    return result;
}

const QTextCharFormat *formatOf(SqlToken::Kind kind)
{
    static const QTextCharFormat keyword = colourFormat(QColor(0x1f, 0x4e, 0xa8), true);
    static const QTextCharFormat string = colourFormat(QColor(0x2e, 0x7d, 0x32));
    static const QTextCharFormat identifier = colourFormat(QColor(0x8e, 0x44, 0xad));
    static const QTextCharFormat number = colourFormat(QColor(0xb2, 0x6b, 0x00));
    static const QTextCharFormat comment = colourFormat(QColor(0x75, 0x75, 0x75), false, true);
    static const QTextCharFormat parameter = colourFormat(QColor(0xc6, 0x28, 0x28), true);
    switch (kind) {
    case SqlToken::Kind::Keyword:
        return &keyword;
    case SqlToken::Kind::String:
        return &string;
    case SqlToken::Kind::QuotedIdentifier:
        return &identifier;
    case SqlToken::Kind::Number:
        return &number;
    case SqlToken::Kind::Comment:
        return &comment;
    case SqlToken::Kind::Parameter:
        return &parameter;
    default:
        return nullptr;
    }
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    SqlScanState state;
    if (const auto *previous = dynamic_cast<const ScanStateData *>(currentBlock().previous().userData()))
        state = previous->state;
    for (const SqlToken &token : scanSql(text, &state)) {
        if (const QTextCharFormat *format = formatOf(token.kind))
            setFormat(int(token.start), int(token.length), *format);
    }
    auto *data = new ScanStateData;
    data->state = state;
    setCurrentBlockUserData(data);
    setCurrentBlockState(stateNumber(state));
}

} // namespace pgv
