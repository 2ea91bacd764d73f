// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlssqlhighlighter.h"

#include "rls/rlssqltext.h"

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
    // Only used to tell Qt that the next line needs highlighting again; distinct states get distinct numbers.
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

} // namespace

RlsSqlHighlighter::RlsSqlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void RlsSqlHighlighter::highlightBlock(const QString &text)
{
    SqlScanState state;
    if (const auto *previous = dynamic_cast<const ScanStateData *>(currentBlock().previous().userData()))
        state = previous->state;
    const QList<SqlToken> tokens = scanSql(text, &state);
    static const QTextCharFormat keyword = colourFormat(QColor(0x1f, 0x4e, 0x9e), true);
    static const QTextCharFormat string = colourFormat(QColor(0x2e, 0x7d, 0x32));
    static const QTextCharFormat identifier = colourFormat(QColor(0x8e, 0x44, 0xad));
    static const QTextCharFormat number = colourFormat(QColor(0xb3, 0x5c, 0x00));
    static const QTextCharFormat comment = colourFormat(QColor(0x75, 0x75, 0x75), false, true);
    for (const SqlToken &token : tokens) {
        const int start = int(token.start);
        const int length = int(token.length);
        switch (token.kind) {
        case SqlToken::Kind::Keyword:
            setFormat(start, length, keyword);
            break;
        case SqlToken::Kind::String:
            setFormat(start, length, string);
            break;
        case SqlToken::Kind::QuotedIdentifier:
            setFormat(start, length, identifier);
            break;
        case SqlToken::Kind::Number:
            setFormat(start, length, number);
            break;
        case SqlToken::Kind::Comment:
            setFormat(start, length, comment);
            break;
        default:
            break;
        }
    }
    auto *data = new ScanStateData;
    data->state = state;
    setCurrentBlockUserData(data);
    setCurrentBlockState(stateNumber(state));
}

} // namespace pgv
