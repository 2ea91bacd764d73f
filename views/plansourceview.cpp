// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansourceview.h"
#include "statecolors.h"

#include <cmath>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <climits>

namespace pgv {

namespace {

constexpr int GutterPadding = 6;
/// Lines of context kept above a highlighted node when it is scrolled into view.
constexpr int ContextLines = 2;

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

PlanSourceView::PlanSourceView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(1);
    m_charWidth = QFontMetricsF(font()).horizontalAdvance(u'M');
    m_lineHeight = QFontMetrics(font()).lineSpacing();
}

void PlanSourceView::setSource(const QString &text, QList<PlanSourceSpan> spans, SourceLines lines)
{
    m_text = text;
    m_spans = std::move(spans);
    m_lines = std::move(lines);
    if (m_lines.starts.empty())
        m_lines.starts.push_back(0);
    m_node = -1;
    m_anchor = m_cursor = -1;
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void PlanSourceView::highlightNode(int node)
{
    m_node = node;
    scrollToHighlight();
    viewport()->update();
}

QString PlanSourceView::lineText(int line) const
{
    if (line < 0 || line >= lineCount())
        return {};
    return m_text.mid(m_lines.starts[std::size_t(line)], lineEnd(line) - m_lines.starts[std::size_t(line)]);
}

qsizetype PlanSourceView::lineEnd(int line) const
{
    const qsizetype start = m_lines.starts[std::size_t(line)];
    qsizetype end = line + 1 < lineCount() ? m_lines.starts[std::size_t(line) + 1] - 1 : m_text.size();
    if (end > start && line + 1 == lineCount() && m_text.at(end - 1) == u'\n')
        --end; // the text's final line break
    if (end > start && m_text.at(end - 1) == u'\r')
        --end;
    return end;
}

int PlanSourceView::lineOf(qsizetype offset) const
{
    const auto after = std::upper_bound(m_lines.starts.cbegin(), m_lines.starts.cend(), offset);
    return std::max(0, int(after - m_lines.starts.cbegin()) - 1);
}

int PlanSourceView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int PlanSourceView::visibleLineCount() const
{
    return std::max(1, viewport()->height() / m_lineHeight);
}

QString PlanSourceView::selectedText() const
{
    if (m_anchor < 0 || m_cursor == m_anchor)
        return {};
    const qsizetype begin = std::min(m_anchor, m_cursor);
    return m_text.mid(begin, std::max(m_anchor, m_cursor) - begin);
}

void PlanSourceView::selectAll()
{
    m_anchor = 0;
    m_cursor = m_text.size();
    viewport()->update();
}

void PlanSourceView::copy() const
{
    const QString text = selectedText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

int PlanSourceView::gutterWidth() const
{
    return int(QString::number(lineCount()).size() * m_charWidth) + 2 * GutterPadding;
}

void PlanSourceView::updateScrollBars()
{
    const int rows = visibleLineCount();
    verticalScrollBar()->setRange(0, std::max(0, lineCount() - rows));
    verticalScrollBar()->setPageStep(rows);
    const int textWidth = std::max(0, viewport()->width() - gutterWidth());
    const double contentWidth = double(m_lines.longest + 1) * m_charWidth;
    horizontalScrollBar()->setRange(0, int(std::clamp(contentWidth - textWidth, 0.0, double(INT_MAX / 2))));
    horizontalScrollBar()->setPageStep(textWidth);
    horizontalScrollBar()->setSingleStep(int(m_charWidth * 4));
}

void PlanSourceView::scrollToHighlight()
{
    if (!isVisible()) {
        m_scrollPending = true; // the viewport's size is not known until it shows
        return;
    }
    m_scrollPending = false;
    if (m_node < 0 || m_node >= m_spans.size() || !m_spans.at(m_node).isValid())
        return;
    const PlanSourceSpan span = m_spans.at(m_node);
    const int first = lineOf(span.begin);
    const int last = lineOf(span.end - 1);
    const int rows = visibleLineCount();
    if (first < firstVisibleLine() || last >= firstVisibleLine() + rows)
        verticalScrollBar()->setValue(last - first + 1 + ContextLines <= rows ? first - ContextLines : first);
    // A node starts at its indentation: keep the left edge unless that start would be out of view.
    const double startX = double(span.begin - m_lines.starts[std::size_t(first)]) * m_charWidth;
    const int textWidth = viewport()->width() - gutterWidth();
    horizontalScrollBar()->setValue(startX < textWidth - 8 * m_charWidth ? 0 : int(startX - 4 * m_charWidth));
}

qsizetype PlanSourceView::offsetAt(const QPoint &viewportPoint) const
{
    const int line = std::clamp(firstVisibleLine() + viewportPoint.y() / m_lineHeight, 0, lineCount() - 1);
    const qsizetype start = m_lines.starts[std::size_t(line)];
    const double x = viewportPoint.x() - gutterWidth() + horizontalScrollBar()->value();
    const qsizetype column = std::clamp<qsizetype>(qsizetype(std::llround(x / m_charWidth)), 0, lineEnd(line) - start);
    return start + column;
}

void PlanSourceView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.setFont(font());
    const QPalette &colors = palette();
    const QRect area = viewport()->rect();
    painter.fillRect(area, colors.base());
    const int gutter = gutterWidth();
    const int first = firstVisibleLine();
    const int last = std::min(lineCount() - 1, first + visibleLineCount());
    const int xOffset = horizontalScrollBar()->value();
    // Only the columns in view are drawn: a single-line JSON plan is megabytes wide.
    const auto firstColumn = qsizetype(xOffset / m_charWidth);
    const auto columns = qsizetype((area.width() - gutter) / m_charWidth) + 2;
    const int ascent = QFontMetrics(font()).ascent();
    const PlanSourceSpan highlight = m_node >= 0 && m_node < m_spans.size() ? m_spans.at(m_node) : PlanSourceSpan{};
    const PlanSourceSpan selection{std::min(m_anchor, m_cursor), std::max(m_anchor, m_cursor)};
    QColor selectionColor = colors.color(QPalette::Highlight);
    selectionColor.setAlpha(110);

    painter.setClipRect(QRect(gutter, 0, area.width() - gutter, area.height()));
    for (int line = first; line <= last; ++line) {
        const int y = (line - first) * m_lineHeight;
        const qsizetype start = m_lines.starts[std::size_t(line)];
        const qsizetype end = lineEnd(line);
        const auto columnX = [&](qsizetype offset) { return gutter + double(offset - start) * m_charWidth - xOffset; };
        // A band for the part of \a span on this line, to the right edge when the span goes on past it.
        const auto band = [&](const PlanSourceSpan &span, const QColor &color) {
            if (!span.isValid() || span.begin > end || span.end <= start)
                return;
            const double left = columnX(std::max(start, span.begin));
            const double right = span.end > end ? double(area.width()) : columnX(std::min(end, span.end));
            painter.fillRect(QRectF(left, y, right - left, m_lineHeight), color);
        };
        band(highlight, statecolors::highlight());
        band(selection, selectionColor);
        const qsizetype from = std::min(end, start + firstColumn);
        QString piece = m_text.mid(from, std::min(end - from, columns));
        piece.replace(u'\t', u' '); // one column per character keeps the mouse and the highlight on the text
        painter.setPen(colors.color(QPalette::Text));
        painter.drawText(QPointF(columnX(from), y + ascent), piece);
    }
    painter.setClipping(false);
    painter.fillRect(QRect(0, 0, gutter, area.height()), colors.window());
    painter.setPen(colors.color(QPalette::PlaceholderText));
    for (int line = first; line <= last; ++line) {
        const QRect number(0, (line - first) * m_lineHeight, gutter - GutterPadding, m_lineHeight);
        painter.drawText(number, Qt::AlignRight | Qt::AlignVCenter, QString::number(line + 1));
    }
}

void PlanSourceView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void PlanSourceView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    updateScrollBars();
    if (m_scrollPending)
        scrollToHighlight();
}

void PlanSourceView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        m_charWidth = QFontMetricsF(font()).horizontalAdvance(u'M');
        m_lineHeight = std::max(1, QFontMetrics(font()).lineSpacing());
        updateScrollBars();
        viewport()->update();
    }
}

void PlanSourceView::keyPressEvent(QKeyEvent *event)
{
    if (event == QKeySequence::Copy) {
        copy();
    } else if (event == QKeySequence::SelectAll) {
        selectAll();
    } else if (event == QKeySequence::MoveToStartOfDocument) {
        verticalScrollBar()->setValue(0);
        horizontalScrollBar()->setValue(0);
    } else if (event == QKeySequence::MoveToEndOfDocument) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    } else if (event == QKeySequence::MoveToStartOfLine) {
        horizontalScrollBar()->setValue(0);
    } else if (event == QKeySequence::MoveToEndOfLine) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->maximum());
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void PlanSourceView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const qsizetype offset = offsetAt(event->position().toPoint());
    if (!(event->modifiers() & Qt::ShiftModifier) || m_anchor < 0)
        m_anchor = offset;
    m_cursor = offset;
    viewport()->update();
}

void PlanSourceView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_anchor < 0)
        return;
    const QPoint position = event->position().toPoint();
    // Dragging past an edge scrolls, so a selection can be longer than the view.
    if (position.y() < 0)
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
    else if (position.y() > viewport()->height())
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
    m_cursor = offsetAt(position);
    viewport()->update();
}

void PlanSourceView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_text.isEmpty())
        return;
    qsizetype begin = offsetAt(event->position().toPoint());
    qsizetype end = begin;
    while (begin > 0 && isWordCharacter(m_text.at(begin - 1)))
        --begin;
    while (end < m_text.size() && isWordCharacter(m_text.at(end)))
        ++end;
    m_anchor = begin;
    m_cursor = end;
    viewport()->update();
}

void PlanSourceView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), QKeySequence(QKeySequence::Copy), this, &PlanSourceView::copy);
    copyAction->setEnabled(!selectedText().isEmpty());
    menu.addAction(tr("Select &all"), QKeySequence(QKeySequence::SelectAll), this, &PlanSourceView::selectAll);
    if (m_node >= 0 && m_node < m_spans.size() && m_spans.at(m_node).isValid()) {
        const PlanSourceSpan span = m_spans.at(m_node);
        menu.addAction(tr("Copy the selected node's text"), this,
                       [this, span] { QGuiApplication::clipboard()->setText(m_text.mid(span.begin, span.end - span.begin)); });
    }
    menu.exec(event->globalPos());
}

} // namespace pgv
