// SPDX-License-Identifier: GPL-3.0-or-later
#include "plandiagramview.h"

#include "plandocument.h"
#include "plantimebardelegate.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr double Margin = 16;
constexpr double MinZoom = 0.1;
constexpr double MaxZoom = 3.0;
/// Children spread wider than this hang from a straight bus instead of one curve each: a curve thousands of
/// pixels long costs milliseconds to stroke even when almost all of it is off screen.
constexpr double BusSpan = 2000;

QString milliseconds(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 2 : 1) + u" ms"_s;
}

/// Rows that flowed out of a node over all its loops, or the planned rows when it did not run with ANALYZE.
double rowsOut(const PlanNode &node)
{
    if (node.actualRows)
        return *node.actualRows * node.actualLoops.value_or(1);
    return node.planRows.value_or(0);
}

} // namespace

PlanDiagramView::PlanDiagramView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(false);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
}

void PlanDiagramView::setDocument(std::shared_ptr<const PlanDocument> document)
{
    m_document = std::move(document);
    m_expanded.clear();
    m_selected = -1;
    m_maxRows = 1;
    if (m_document) {
        for (const PlanNode &node : m_document->plan.nodes)
            m_maxRows = std::max(m_maxRows, rowsOut(node));
    }
    // A hidden diagram (another tab is in front) is laid out when it is first shown: loading a big plan should
    // not spend the GUI thread on a picture nobody looks at yet.
    m_layoutStale = !isVisible();
    if (m_layoutStale)
        return;
    relayout();
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    if (m_document && !m_layout.boxes.isEmpty())
        centerOn(m_layout.boxes.first().rect);
}

void PlanDiagramView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    if (!m_layoutStale)
        return;
    m_layoutStale = false;
    const int selected = m_selected;
    m_selected = -1;
    relayout();
    if (selected >= 0)
        selectNode(selected);
    else if (!m_layout.boxes.isEmpty())
        centerOn(m_layout.boxes.first().rect);
}

void PlanDiagramView::relayout()
{
    m_layout = m_document ? layoutPlanDiagram(m_document->plan, m_document->analysis, m_expanded) : PlanDiagramLayout();
    m_buses.clear();
    for (const PlanDiagramLayout::Box &box : std::as_const(m_layout.boxes)) {
        if (box.parentBox < 0)
            continue;
        const QRectF &parent = m_layout.boxes.at(box.parentBox).rect;
        const double x = box.rect.center().x();
        auto bus = m_buses.find(box.parentBox);
        if (bus == m_buses.end())
            m_buses.insert(box.parentBox, Bus{x, x, (parent.bottom() + box.rect.top()) / 2});
        else
            *bus = Bus{std::min(bus->minX, x), std::max(bus->maxX, x), bus->y};
    }
    m_buses.removeIf([](const auto &bus) { return bus.value().maxX - bus.value().minX <= BusSpan; });
    updateScrollBars();
    viewport()->update();
}

void PlanDiagramView::updateScrollBars()
{
    const QSizeF scaled = (m_layout.size + QSizeF(2 * Margin, 2 * Margin)) * m_zoom;
    const QSize view = viewport()->size();
    horizontalScrollBar()->setRange(0, std::max(0, int(std::ceil(scaled.width())) - view.width()));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(scaled.height())) - view.height()));
    horizontalScrollBar()->setPageStep(view.width());
    verticalScrollBar()->setPageStep(view.height());
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(20);
}

QPointF PlanDiagramView::toScene(const QPointF &point) const
{
    return (point + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value())) / m_zoom - QPointF(Margin, Margin);
}

QRectF PlanDiagramView::toViewport(const QRectF &rect) const
{
    const QPointF offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    return QRectF((rect.topLeft() + QPointF(Margin, Margin)) * m_zoom - offset, rect.size() * m_zoom);
}

QRect PlanDiagramView::boxRect(int node) const
{
    if (node < 0 || node >= m_layout.boxOfNode.size() || m_layout.boxOfNode.at(node) < 0)
        return {};
    return toViewport(m_layout.boxes.at(m_layout.boxOfNode.at(node)).rect).toAlignedRect();
}

void PlanDiagramView::centerOn(const QRectF &rect)
{
    const QPointF centre = (rect.center() + QPointF(Margin, Margin)) * m_zoom;
    horizontalScrollBar()->setValue(int(centre.x() - viewport()->width() / 2.0));
    verticalScrollBar()->setValue(int(centre.y() - viewport()->height() / 3.0));
}

void PlanDiagramView::selectNode(int node)
{
    if (!m_document || node < 0 || node >= m_document->plan.nodes.size())
        return;
    if (m_layoutStale) {
        m_selected = node; // shown and scrolled to when the diagram is shown
        return;
    }
    // A node hidden in a collapsed group: open every group on the way down to it.
    bool changed = false;
    for (int id = m_document->plan.nodes.at(node).parent, child = node; id >= 0; child = id, id = m_document->plan.nodes.at(id).parent) {
        if (m_layout.boxOfNode.value(child, -1) < 0 && !m_expanded.contains(id)) {
            m_expanded.insert(id);
            changed = true;
        }
    }
    if (changed)
        relayout();
    m_selected = node;
    const QRect visible = boxRect(node);
    if (!viewport()->rect().contains(visible))
        centerOn(m_layout.boxes.at(m_layout.boxOfNode.at(node)).rect);
    viewport()->update();
}

void PlanDiagramView::expandNode(int node)
{
    if (m_expanded.contains(node))
        return;
    m_expanded.insert(node);
    relayout();
}

void PlanDiagramView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    const QPointF centre = toScene(QPointF(viewport()->width() / 2.0, viewport()->height() / 2.0));
    m_zoom = zoom;
    updateScrollBars();
    const QPointF scaled = (centre + QPointF(Margin, Margin)) * m_zoom;
    horizontalScrollBar()->setValue(int(scaled.x() - viewport()->width() / 2.0));
    verticalScrollBar()->setValue(int(scaled.y() - viewport()->height() / 2.0));
    viewport()->update();
}

double PlanDiagramView::edgeWidth(int node) const
{
    // Logarithmic: one row and a billion rows both stay drawable.
    const double rows = rowsOut(m_document->plan.nodes.at(node));
    return 1.0 + 9.0 * std::log10(1.0 + rows) / std::log10(1.0 + m_maxRows);
}

void PlanDiagramView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (!m_document || m_layout.boxes.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No plan loaded"));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF visibleScene = QRectF(toScene(QPointF(0, 0)), toScene(QPointF(viewport()->width(), viewport()->height())));
    const QRectF paddedScene = visibleScene.adjusted(-400, -400, 400, 400);

    // Edges first, under the boxes. An edge is drawn when either end is near the visible part.
    const QColor edgeColor = palette().color(QPalette::Mid);
    for (const PlanDiagramLayout::Box &box : m_layout.boxes) {
        if (box.parentBox < 0)
            continue;
        const QRectF &child = box.rect;
        const QRectF &parent = m_layout.boxes.at(box.parentBox).rect;
        if (!paddedScene.intersects(child.united(parent)))
            continue;
        const auto bus = m_buses.constFind(box.parentBox);
        if (bus != m_buses.cend() && !paddedScene.intersects(QRectF(QPointF(child.center().x() - 1, bus->y), child.topLeft() + QPointF(child.width() / 2 + 1, 0))))
            continue;
        const double width = box.node >= 0 ? edgeWidth(box.node) : 1.0;
        QPen pen(edgeColor, std::max(1.0, width * m_zoom));
        pen.setStyle(box.node >= 0 ? Qt::SolidLine : Qt::DashLine);
        painter.setPen(pen);
        const QRectF from = toViewport(parent), to = toViewport(child);
        if (bus != m_buses.cend()) {
            const QRectF busLine = toViewport(QRectF(0, bus->y, 1, 1));
            painter.drawLine(QPointF(to.center().x(), busLine.top()), QPointF(to.center().x(), to.top()));
            continue;
        }
        const QPointF start(from.center().x(), from.bottom());
        const QPointF end(to.center().x(), to.top());
        const double midY = (start.y() + end.y()) / 2;
        QPainterPath path(start);
        path.cubicTo(QPointF(start.x(), midY), QPointF(end.x(), midY), end);
        painter.drawPath(path);
    }
    // Each bus: a stub down from the parent and the horizontal line, cut to what is on screen.
    painter.setPen(QPen(edgeColor, std::max(1.0, 2 * m_zoom)));
    for (auto bus = m_buses.cbegin(); bus != m_buses.cend(); ++bus) {
        if (bus->y < paddedScene.top() || bus->y - 200 > paddedScene.bottom())
            continue;
        const QRectF parent = toViewport(m_layout.boxes.at(bus.key()).rect);
        const double y = toViewport(QRectF(0, bus->y, 1, 1)).top();
        painter.drawLine(QPointF(parent.center().x(), parent.bottom()), QPointF(parent.center().x(), y));
        const double left = std::max(std::min(bus->minX, m_layout.boxes.at(bus.key()).rect.center().x()), paddedScene.left());
        const double right = std::min(std::max(bus->maxX, m_layout.boxes.at(bus.key()).rect.center().x()), paddedScene.right());
        if (left < right)
            painter.drawLine(QPointF(toViewport(QRectF(left, 0, 1, 1)).left(), y), QPointF(toViewport(QRectF(right, 0, 1, 1)).left(), y));
    }
    for (const PlanDiagramLayout::Box &box : m_layout.boxes) {
        if (box.rect.intersects(visibleScene))
            paintBox(painter, box, toViewport(box.rect));
    }
}

void PlanDiagramView::paintBox(QPainter &painter, const PlanDiagramLayout::Box &box, const QRectF &rect) const
{
    const QPalette &colors = palette();
    if (box.node < 0) {
        painter.setPen(QPen(colors.color(QPalette::Mid), 1, Qt::DashLine));
        painter.setBrush(colors.color(QPalette::AlternateBase));
        painter.drawRoundedRect(rect, 6 * m_zoom, 6 * m_zoom);
        if (m_zoom >= 0.35) {
            painter.setPen(colors.color(QPalette::Text));
            painter.drawText(rect, Qt::AlignCenter, tr("%1 more (click to show)").arg(box.hidden));
        }
        return;
    }
    const PlanNode &node = m_document->plan.nodes.at(box.node);
    const NodeAnalysis &metrics = m_document->analysis.nodes.at(box.node);
    const double share = metrics.sharePercent.value_or(0);
    const QColor fill = share > 0.5 ? PlanTimeBarDelegate::colorForShare(share) : colors.color(QPalette::Base);
    const bool selected = box.node == m_selected;
    painter.setPen(QPen(selected ? colors.color(QPalette::Highlight) : colors.color(QPalette::Dark), selected ? 3 : 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, 6 * m_zoom, 6 * m_zoom);
    if (m_zoom < 0.35)
        return; // too small to read: colour and shape carry the picture
    QFont font = painter.font();
    font.setPointSizeF(std::max(6.0, font.pointSizeF() * std::min(1.0, m_zoom)));
    painter.setFont(font);
    painter.setPen(QColor(0x21, 0x21, 0x21)); // dark text on the light fills whatever the palette
    const QRectF text = rect.adjusted(6 * m_zoom, 3 * m_zoom, -6 * m_zoom, -3 * m_zoom);
    const QFontMetricsF metricsFont(font);
    const QString title = metricsFont.elidedText(node.label(), Qt::ElideRight, text.width());
    QStringList details;
    if (metrics.exclusiveMs)
        details.append(milliseconds(*metrics.exclusiveMs) + (share >= 0.1 ? u" · %1 %"_s.arg(share, 0, 'f', 1) : QString()));
    const QString rows = node.actualRows ? tr("%1 rows").arg(QLocale().toString(qint64(rowsOut(node))))
                                         : tr("%1 rows planned").arg(QLocale().toString(qint64(node.planRows.value_or(0))));
    details.append(rows);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, title);
    painter.setFont(font);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignBottom, metricsFont.elidedText(details.join(u" · "_s), Qt::ElideRight, text.width()));
}

int PlanDiagramView::boxAtViewport(const QPoint &point) const
{
    return m_layout.boxAt(toScene(point));
}

void PlanDiagramView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void PlanDiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int index = boxAtViewport(event->position().toPoint());
    if (index >= 0) {
        const PlanDiagramLayout::Box &box = m_layout.boxes.at(index);
        if (box.node < 0) {
            expandNode(box.owner);
        } else {
            m_selected = box.node;
            viewport()->update();
            Q_EMIT nodeSelected(box.node);
        }
        return;
    }
    // Dragging the background pans.
    m_dragging = true;
    m_dragStart = event->position().toPoint();
    m_scrollAtDragStart = QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    viewport()->setCursor(Qt::ClosedHandCursor);
}

void PlanDiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return;
    const QPoint delta = event->position().toPoint() - m_dragStart;
    horizontalScrollBar()->setValue(m_scrollAtDragStart.x() - delta.x());
    verticalScrollBar()->setValue(m_scrollAtDragStart.y() - delta.y());
}

void PlanDiagramView::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    viewport()->unsetCursor();
}

void PlanDiagramView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = boxAtViewport(event->position().toPoint());
    if (index >= 0 && m_layout.boxes.at(index).node >= 0)
        centerOn(m_layout.boxes.at(index).rect);
}

void PlanDiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setZoom(m_zoom * (event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PlanDiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal) {
        setZoom(m_zoom * 1.25);
    } else if (event->key() == Qt::Key_Minus) {
        setZoom(m_zoom / 1.25);
    } else if (event->key() == Qt::Key_0) {
        setZoom(1.0);
    } else if (m_document && m_selected >= 0 && (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        // Up goes to the parent, Down to the first child: walking the tree without the mouse.
        const PlanNode &node = m_document->plan.nodes.at(m_selected);
        const int target = event->key() == Qt::Key_Up ? node.parent : (node.children.isEmpty() ? -1 : node.children.first());
        if (target >= 0) {
            selectNode(target);
            Q_EMIT nodeSelected(target);
        }
    } else {
        QAbstractScrollArea::keyPressEvent(event);
    }
}

bool PlanDiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_document) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = boxAtViewport(help->pos());
        if (index >= 0 && m_layout.boxes.at(index).node >= 0) {
            const int id = m_layout.boxes.at(index).node;
            const PlanNode &node = m_document->plan.nodes.at(id);
            const NodeAnalysis &metrics = m_document->analysis.nodes.at(id);
            QStringList lines{u"#%1 %2"_s.arg(id).arg(node.label())};
            if (metrics.totalMs)
                lines.append(tr("Total %1, own %2").arg(milliseconds(*metrics.totalMs), milliseconds(metrics.exclusiveMs.value_or(0))));
            lines.append(tr("Rows: %1 planned, %2 actual, %3 loops")
                             .arg(QString::number(node.planRows.value_or(0), 'f', 0),
                                  node.actualRows ? QString::number(*node.actualRows, 'f', 0) : u"-"_s,
                                  node.actualLoops ? QString::number(*node.actualLoops, 'f', 0) : u"-"_s));
            QToolTip::showText(help->globalPos(), lines.join(u'\n'), viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace pgv
