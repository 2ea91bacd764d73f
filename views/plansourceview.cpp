// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansourceview.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QScrollBar>
#include <QTimer>

namespace pgv {

namespace {

/// Characters inserted per slice: a few milliseconds of layout work.
constexpr qsizetype FillSlice = 24 * 1024;

} // namespace

PlanSourceView::PlanSourceView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_fillTimer(new QTimer(this))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
    m_fillTimer->setInterval(0);
    connect(m_fillTimer, &QTimer::timeout, this, &PlanSourceView::fillSome);
}

void PlanSourceView::setSource(const QString &text, QList<PlanSourceSpan> spans)
{
    m_fillTimer->stop();
    clear();
    m_text = text;
    m_spans = std::move(spans);
    m_filled = 0;
    m_node = -1;
    fillSome();
}

void PlanSourceView::fillSome()
{
    if (m_filled >= m_text.size()) {
        m_fillTimer->stop();
        return;
    }
    // Cut at a line end so that no line is split between two slices.
    qsizetype end = std::min(m_text.size(), m_filled + FillSlice);
    if (end < m_text.size()) {
        const qsizetype newline = m_text.indexOf(u'\n', end);
        end = newline < 0 ? m_text.size() : newline + 1;
    }
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_text.sliced(m_filled, end - m_filled));
    m_filled = end;
    if (m_filled < m_text.size()) {
        m_fillTimer->start();
    } else {
        m_fillTimer->stop();
        applyHighlight();
        Q_EMIT filled();
    }
}

void PlanSourceView::highlightNode(int node)
{
    m_node = node;
    applyHighlight();
}

void PlanSourceView::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    applyHighlight();
}

void PlanSourceView::applyHighlight()
{
    // Applied once the text is complete and in view: placing the cursor deep in a big text lays out everything
    // above it, tens of milliseconds nobody should wait for while another tab is in front.
    if (isFilling() || !isVisible())
        return;
    QList<QTextEdit::ExtraSelection> selections;
    if (m_node >= 0 && m_node < m_spans.size() && m_spans.at(m_node).isValid()) {
        const PlanSourceSpan span = m_spans.at(m_node);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(int(span.begin));
        selection.cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
        selection.format.setBackground(QColor(0xff, 0xf1, 0x76));
        selections.append(selection);
        QTextCursor visible(document());
        visible.setPosition(int(span.end));
        setTextCursor(visible);
        ensureCursorVisible();
        visible.setPosition(int(span.begin));
        setTextCursor(visible);
        ensureCursorVisible();
        // A node's text starts at its indentation: scrolling sideways to its last line's end would hide it.
        horizontalScrollBar()->setValue(0);
    }
    setExtraSelections(selections);
}

} // namespace pgv
