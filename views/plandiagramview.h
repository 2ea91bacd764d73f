// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plandiagramlayout.h"

#include <QAbstractScrollArea>

#include <memory>

namespace pgv {

struct PlanDocument;

/// The plan as boxes in a tree: each box names the node, its own time and rows; its colour goes from pale to red
/// with the node's share of the time, and the edge to its parent grows with the rows that flow along it. Nodes
/// with many children start collapsed to their most expensive ones and a "N more" box (click it to expand).
/// Only the boxes in view are painted, so 10,000 nodes scroll and zoom smoothly. Ctrl+wheel or +/− zoom.
class PlanDiagramView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PlanDiagramView(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const PlanDocument> document);
    void selectNode(int node);
    int selectedNode() const { return m_selected; }
    void expandNode(int node);
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    const PlanDiagramLayout &layout() const { return m_layout; }
    /// Where the box of \a node is on screen (viewport coordinates); empty when hidden in a collapsed group.
    QRect boxRect(int node) const;

Q_SIGNALS:
    void nodeSelected(int node);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void relayout();
    void updateScrollBars();
    QPointF toScene(const QPointF &viewportPoint) const;
    QRectF toViewport(const QRectF &sceneRect) const;
    void centerOn(const QRectF &sceneRect);
    int boxAtViewport(const QPoint &point) const;
    void paintBox(QPainter &painter, const PlanDiagramLayout::Box &box, const QRectF &rect) const;
    double edgeWidth(int node) const;

    std::shared_ptr<const PlanDocument> m_document;
    PlanDiagramLayout m_layout;
    struct Bus
    {
        double minX, maxX; ///< the children's centres
        double y;          ///< halfway between the parent and its children
    };
    QHash<int, Bus> m_buses; ///< by parent box, for parents whose children spread wider than a screen or two
    QSet<int> m_expanded;
    int m_selected = -1;
    double m_zoom = 1.0;
    double m_maxRows = 1;
    QPoint m_dragStart;
    QPoint m_scrollAtDragStart;
    bool m_dragging = false;
    bool m_layoutStale = false;
};

} // namespace pgv
