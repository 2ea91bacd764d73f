// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plansourcemap.h"

#include <QAbstractScrollArea>


namespace pgv {

/// The plan text as it was pasted or loaded, read-only, with line numbers and the selected node's part highlighted
/// and scrolled into view. Only the lines (and, for very long lines, the columns) in view are ever laid out or
/// painted, so an 8 MB plan — even one on a single line — shows at once and costs no more than its own text.
/// Text can be selected with the mouse or Ctrl+A and copied with Ctrl+C.
class PlanSourceView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PlanSourceView(QWidget *parent = nullptr);

    /// \a lines indexes \a text (SourceLines::of), computed where the plan was read.
    void setSource(const QString &text, QList<PlanSourceSpan> spans, SourceLines lines);
    void highlightNode(int node);
    int highlightedNode() const { return m_node; }

    int lineCount() const { return int(m_lines.starts.size()); }
    /// Line \a line (0-based) without its line break.
    QString lineText(int line) const;
    /// The line an offset into the text falls on.
    int lineOf(qsizetype offset) const;
    int firstVisibleLine() const;
    int visibleLineCount() const;

    QString selectedText() const;
    void selectAll();
    void copy() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    qsizetype lineEnd(int line) const;
    qsizetype offsetAt(const QPoint &viewportPoint) const;
    int gutterWidth() const;
    void updateScrollBars();
    void scrollToHighlight();

    QString m_text;
    QList<PlanSourceSpan> m_spans;
    SourceLines m_lines;
    int m_node = -1;
    bool m_scrollPending = false;
    qsizetype m_anchor = -1;
    qsizetype m_cursor = -1;
    double m_charWidth = 8;
    int m_lineHeight = 16;
};

} // namespace pgv
