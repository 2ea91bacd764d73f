// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyview.h"
#include "statecolors.h"
#include "topologycardpainter.h"

#include "core/units.h"
#include "problemlistmodel.h"
#include "topologyedgemodel.h"
#include "topologylayout.h"
#include "topologymodel.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
constexpr qreal kCardWidth = 280;
constexpr qreal kCardHeight = 150;
constexpr qreal kGapX = 36;
constexpr qreal kGapY = 70;
// Compact cards: the header and one line. Used while fitting when full cards would be drawn smaller than
// kCompactBelow of their size; full cards come back once they fit at kFullAbove (apart, so a window on the edge
// does not flip between the two on every pixel).
constexpr qreal kCompactCardWidth = 200;
constexpr qreal kCompactCardHeight = 50;
constexpr qreal kCompactGapX = 24;
constexpr qreal kCompactGapY = 48;
constexpr qreal kCompactBelow = 0.8;
constexpr qreal kFullAbove = 0.9;
constexpr qreal kMargin = 24;
// Below this the cards' text cannot be read; a larger estate scrolls instead.
constexpr qreal kMinZoom = 0.45;
constexpr qreal kMaxZoom = 2.0;
constexpr qreal kZoomStep = 1.15;

} // namespace

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Cluster topology"));
}

void TopologyView::setModel(TopologyModel *model)
{
    setClusters(model ? QList<TopologyModel *>{model} : QList<TopologyModel *>{});
}

void TopologyView::setClusters(const QList<TopologyModel *> &clusters, TopologyEdgeModel *between)
{
    for (const QPointer<TopologyModel> &model : std::as_const(m_clusters)) {
        if (model) {
            disconnect(model, nullptr, this, nullptr);
            disconnect(model->edgeModel(), nullptr, this, nullptr);
        }
    }
    if (m_between)
        disconnect(m_between, nullptr, this, nullptr);
    m_clusters.clear();
    for (TopologyModel *model : clusters) {
        m_clusters << model;
        watch(model);
        watch(model->edgeModel());
    }
    m_between = between;
    if (between)
        watch(between);
    relayout();
}

void TopologyView::watch(QAbstractItemModel *model)
{
    connect(model, &QAbstractItemModel::modelReset, this, &TopologyView::relayout);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TopologyView::relayout);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TopologyView::relayout);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    connect(model, &QObject::destroyed, this, &TopologyView::relayout, Qt::QueuedConnection);
}

void TopologyView::selectNode(const QString &name, const QString &cluster)
{
    QString inCluster = cluster;
    if (inCluster.isEmpty()) {
        for (const Card &card : std::as_const(m_cards)) {
            if (card.name == name) {
                inCluster = card.cluster;
                break;
            }
        }
    }
    if (name == m_selected && inCluster == m_selectedCluster)
        return;
    m_selected = name;
    m_selectedCluster = inCluster;
    update();
    Q_EMIT nodeSelected(name);
}

QRectF TopologyView::toWidget(const QRectF &content) const
{
    return {m_offset + content.topLeft() * m_zoom, content.size() * m_zoom};
}

QRect TopologyView::cardRect(const QString &name, const QString &cluster) const
{
    for (const Card &card : m_cards) {
        if (card.name == name && (cluster.isEmpty() || card.cluster == cluster))
            return toWidget(card.rect).toAlignedRect();
    }
    return {};
}

QRect TopologyView::clusterRect(const QString &cluster) const
{
    for (const Frame &frame : m_frames) {
        if (frame.cluster == cluster)
            return toWidget(frame.rect).toAlignedRect();
    }
    return {};
}

void TopologyView::setZoom(qreal zoom)
{
    m_fit = false;
    m_zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    updateGeometry();
    placeDrawing();
    update();
}

void TopologyView::zoomToFit()
{
    m_fit = true;
    updateGeometry();
    placeDrawing();
    update();
}

void TopologyView::placeDrawing()
{
    if (wantsCompactCards() != m_compact) {
        relayout(); // decides the card size again and places the drawing
        return;
    }
    if (m_fit && !m_contentSize.isEmpty()) {
        const qreal fit = std::min(qreal(width()) / m_contentSize.width(), qreal(height()) / m_contentSize.height());
        m_zoom = std::clamp(fit, kMinZoom, qreal(1));
    }
    const QSizeF drawn = QSizeF(m_contentSize) * m_zoom;
    m_offset = QPointF(std::max<qreal>(0, (width() - drawn.width()) / 2), std::max<qreal>(0, (height() - drawn.height()) / 3));
}

bool TopologyView::wantsCompactCards() const
{
    // Zoomed by hand, the cards keep the form they had.
    if (!m_fit || m_fullContentSize.isEmpty() || width() <= 0 || height() <= 0)
        return m_fit ? false : m_compact;
    const qreal fullFit = std::min(qreal(width()) / m_fullContentSize.width(), qreal(height()) / m_fullContentSize.height());
    return m_compact ? fullFit < kFullAbove : fullFit < kCompactBelow;
}

QStringList TopologyView::nodesInLayoutOrder() const
{
    QStringList names;
    for (const Card &card : m_cards)
        names << card.name;
    return names;
}

QStringList TopologyView::edgesDrawn() const
{
    QStringList labels;
    for (const Edge &edge : m_edges)
        labels << edge.label;
    return labels;
}

QSize TopologyView::sizeHint() const
{
    return m_contentSize.expandedTo(QSize(640, 360));
}

QSize TopologyView::minimumSizeHint() const
{
    // Fitting asks for no more than the graph at its smallest readable scale, so the window can be small; zoomed
    // by hand, the graph's size at that zoom, so the scroll area scrolls.
    if (m_contentSize.isEmpty())
        return {320, 200};
    return (QSizeF(m_contentSize) * (m_fit ? kMinZoom : m_zoom)).toSize();
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeDrawing();
}

void TopologyView::relayout()
{
    m_cards.clear();
    m_edges.clear();
    m_frames.clear();
    // The graph: every node of every cluster shown (found by walking each model), and the edges of their edge
    // models and of the one between clusters. Where things go is layoutTopology()'s business.
    TopologyGraph graph;
    QList<QPersistentModelIndex> nodeIndexes;
    QList<QPersistentModelIndex> edgeIndexes;
    for (const QPointer<TopologyModel> &model : std::as_const(m_clusters)) {
        if (!model)
            continue;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                graph.nodes.append({model->cluster(), index.data(TopologyModel::NodeNameRole).toString()});
                nodeIndexes << index;
                walk(index);
            }
        };
        walk({});
    }
    QList<TopologyEdgeModel *> edgeModels;
    for (const QPointer<TopologyModel> &model : std::as_const(m_clusters)) {
        if (model)
            edgeModels << model->edgeModel();
    }
    if (m_between)
        edgeModels << m_between;
    const bool qualified = m_clusters.size() > 1;
    QStringList labels;
    for (TopologyEdgeModel *edges : std::as_const(edgeModels)) {
        for (int row = 0; row < edges->rowCount(); ++row) {
            const QModelIndex index = edges->index(row, 0);
            const QString fromCluster = index.data(TopologyEdgeModel::UpstreamClusterRole).toString();
            const QString from = index.data(TopologyEdgeModel::UpstreamRole).toString();
            const QString toCluster = index.data(TopologyEdgeModel::StandbyClusterRole).toString();
            const QString to = index.data(TopologyEdgeModel::StandbyRole).toString();
            if (!graph.addEdge(EdgeKind(index.data(TopologyEdgeModel::KindRole).toInt()), fromCluster, from, toCluster, to))
                continue;
            edgeIndexes << index;
            const auto name = [&](const QString &cluster, const QString &node) { return qualified ? cluster + u'/' + node : node; };
            labels << u"%1 -> %2 (%3)"_s.arg(name(fromCluster, from), name(toCluster, to),
                                             edgeKindName(EdgeKind(index.data(TopologyEdgeModel::KindRole).toInt())));
        }
    }
    TopologyLayoutMetrics metrics;
    metrics.card = QSizeF(kCardWidth, kCardHeight);
    metrics.gap = QSizeF(kGapX, kGapY);
    metrics.margin = kMargin;
    metrics.frameHeader = qualified ? 26 : 0;
    TopologyLayout layout = layoutTopology(graph, metrics);
    m_fullContentSize = graph.nodes.isEmpty() ? QSize() : layout.size.toSize();
    m_compact = wantsCompactCards();
    if (m_compact) {
        metrics.card = QSizeF(kCompactCardWidth, kCompactCardHeight);
        metrics.gap = QSizeF(kCompactGapX, kCompactGapY);
        layout = layoutTopology(graph, metrics);
    }
    m_contentSize = graph.nodes.isEmpty() ? QSize() : layout.size.toSize();
    placeDrawing();
    for (const TopologyLayout::Card &placed : layout.cards) {
        Card card;
        card.index = nodeIndexes[placed.node];
        card.cluster = graph.nodes[placed.node].cluster;
        card.name = graph.nodes[placed.node].name;
        card.rect = placed.rect;
        m_cards << card;
    }
    for (const TopologyLayout::Route &route : layout.routes) {
        Edge edge;
        edge.index = edgeIndexes[route.edge];
        edge.label = labels[route.edge];
        edge.points = route.points;
        m_edges << edge;
    }
    if (qualified) {
        for (const TopologyLayout::Frame &frame : layout.frames)
            m_frames << Frame{frame.cluster, frame.rect};
    }
    updateGeometry();
    update();
}

const TopologyView::Card *TopologyView::cardAt(const QPointF &widgetPoint) const
{
    const QPointF point = (widgetPoint - m_offset) / m_zoom;
    for (const Card &card : m_cards) {
        if (card.rect.contains(point))
            return &card;
    }
    return nullptr;
}

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_cards.isEmpty()) {
        paintPlaceholder(painter);
        return;
    }
    painter.translate(m_offset);
    painter.scale(m_zoom, m_zoom);
    for (const Frame &frame : std::as_const(m_frames))
        paintFrame(painter, frame);
    // Lines first, their labels over every line, cards over both.
    for (const Edge &edge : std::as_const(m_edges))
        paintEdge(painter, edge, false);
    for (const Edge &edge : std::as_const(m_edges))
        paintEdge(painter, edge, true);
    for (const Card &card : std::as_const(m_cards))
        paintCard(painter, card);
}

void TopologyView::paintFrame(QPainter &painter, const Frame &frame) const
{
    const QColor line = palette().color(QPalette::Mid);
    painter.setPen(QPen(line, 1));
    painter.setBrush(palette().alternateBase());
    painter.drawRoundedRect(frame.rect, 10, 10);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(frame.rect.adjusted(12, 4, -12, 0).toRect(), Qt::AlignTop | Qt::AlignLeft,
                     QFontMetrics(bold).elidedText(frame.cluster, Qt::ElideRight, int(frame.rect.width()) - 24));
    painter.setFont(font());
}

void TopologyView::paintPlaceholder(QPainter &painter) const
{
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("No cluster is open.\nPick a profile on the left, or create a practice cluster with Lab → Create lab…"));
}

void TopologyView::setLagThresholds(qint64 bytes, double seconds)
{
    if (bytes == m_lagThresholdBytes && seconds == m_lagThresholdSeconds)
        return;
    m_lagThresholdBytes = bytes;
    m_lagThresholdSeconds = seconds;
    update();
}

bool TopologyView::lagsBehind(const QModelIndex &edge) const
{
    const QVariant bytes = edge.data(TopologyEdgeModel::ReplayLagBytesRole);
    const QVariant seconds = edge.data(TopologyEdgeModel::ReplayLagSecondsRole);
    return (m_lagThresholdBytes > 0 && bytes.isValid() && bytes.toLongLong() >= m_lagThresholdBytes)
           || (m_lagThresholdSeconds > 0 && seconds.isValid() && seconds.toDouble() >= m_lagThresholdSeconds);
}

void TopologyView::paintEdge(QPainter &painter, const Edge &edge, bool labelOnly) const
{
    if (edge.points.size() < 2 || !edge.index.isValid())
        return;
    const QModelIndex index = edge.index;
    const auto kind = EdgeKind(index.data(TopologyEdgeModel::KindRole).toInt());
    const QString sync = index.data(TopologyEdgeModel::SyncStateRole).toString();
    const bool streaming = index.data(TopologyEdgeModel::StreamingRole).toBool();
    QColor color(0x15, 0x65, 0xc0);
    qreal width = 2;
    Qt::PenStyle style = Qt::SolidLine;
    QString label;
    switch (kind) {
    case EdgeKind::Physical:
        if (sync == u"sync" || sync == u"quorum") {
            color = statecolors::synchronous();
            width = 3.5;
        }
        if (!streaming)
            color = statecolors::bad();
        if (!streaming || sync == u"potential")
            style = Qt::DashLine;
        label = streaming ? (sync.isEmpty() ? tr("streaming") : sync) : tr("not streaming");
        if (streaming && lagsBehind(index)) {
            color = statecolors::warning();
            width = std::max<qreal>(width, 3);
        }
        break;
    case EdgeKind::Logical: {
        // Publication, state and lag: a subscription that is not streaming is drawn as the trouble it is.
        const QString state = index.data(TopologyEdgeModel::StateRole).toString();
        const QStringList publications = index.data(TopologyEdgeModel::PublicationsRole).toStringList();
        color = state == u"streaming" || state.isEmpty() ? statecolors::logical()
                : state == u"catchup" || state == u"syncing" ? statecolors::warning()
                                                              : statecolors::bad();
        style = Qt::DashDotLine;
        label = publications.isEmpty() ? tr("logical") : publications.join(u", "_s);
        if (!state.isEmpty())
            label += u" · "_s + state;
        const QVariant lagBytes = index.data(TopologyEdgeModel::ReplayLagBytesRole);
        const QVariant lagSeconds = index.data(TopologyEdgeModel::ReplayLagSecondsRole);
        if (lagBytes.isValid())
            label += u" · "_s + formatBytes(lagBytes.toLongLong());
        if (lagSeconds.isValid())
            label += u" · "_s + formatSeconds(lagSeconds.toDouble());
        break;
    }
    case EdgeKind::Pooler: {
        // What the pooler's clients do on the way to this server: a paused pooler's wait, drawn as the warning it is.
        const int waiting = index.data(TopologyEdgeModel::ClientsWaitingRole).toInt();
        const bool paused = index.data(TopologyEdgeModel::StateRole).toString() == u"paused";
        color = paused || waiting > 0 ? statecolors::warning() : statecolors::pooler();
        style = Qt::DotLine;
        label = tr("%1 active · %2 waiting").arg(index.data(TopologyEdgeModel::ClientsActiveRole).toInt()).arg(waiting);
        if (paused)
            label = tr("paused") + u" · "_s + label;
        break;
    }
    }
    QPen pen(color, width);
    pen.setStyle(style);

    // Two points: one smooth curve between layers. More: the route's straight runs, its corners rounded.
    const QList<QPointF> &points = edge.points;
    QPainterPath path(points.first());
    if (points.size() == 2) {
        const QPointF start = points.first();
        const QPointF end = points.last();
        const qreal bend = (end.y() - start.y()) / 2;
        path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end);
    } else {
        constexpr qreal kCorner = 14;
        for (qsizetype i = 1; i + 1 < points.size(); ++i) {
            const QPointF corner = points[i];
            const QPointF in = points[i - 1] - corner;
            const QPointF out = points[i + 1] - corner;
            const qreal inLength = std::hypot(in.x(), in.y());
            const qreal outLength = std::hypot(out.x(), out.y());
            const qreal radius = std::min({kCorner, inLength / 2, outLength / 2});
            if (inLength < 0.5 || outLength < 0.5) {
                path.lineTo(corner);
                continue;
            }
            path.lineTo(corner + in * (radius / inLength));
            path.quadTo(corner, corner + out * (radius / outLength));
        }
        path.lineTo(points.last());
    }
    if (!labelOnly) {
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        return;
    }

    const QVariant lag = index.data(TopologyEdgeModel::ReplayLagBytesRole);
    if (kind == EdgeKind::Physical && streaming && lag.isValid())
        label += u" · "_s + formatBytes(lag.toLongLong());
    if (kind == EdgeKind::Physical && streaming && lagsBehind(index))
        label += u" · "_s + tr("over the alert threshold");
    const QFontMetricsF metrics(font());
    const QPointF middle = path.pointAtPercent(0.55);
    QRectF box(0, 0, metrics.horizontalAdvance(label) + 12, metrics.height() + 4);
    box.moveCenter(middle);
    painter.setPen(QPen(color, 1));
    painter.setBrush(palette().base());
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(color.darker(120));
    painter.drawText(box, Qt::AlignCenter, label);
}


void TopologyView::paintCard(QPainter &painter, const Card &card) const
{
    TopologyCardPainter(palette(), font()).paint(painter, card.rect, card.index, card.name,
                                                 card.name == m_selected && card.cluster == m_selectedCluster, m_compact);
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (const Card *card = cardAt(event->position()))
        selectNode(card->name, card->cluster);
    QWidget::mousePressEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    if (m_cards.isEmpty())
        return QWidget::keyPressEvent(event);
    const int count = int(m_cards.size());
    int current = -1;
    for (int i = 0; i < count; ++i) {
        if (m_cards[i].name == m_selected && m_cards[i].cluster == m_selectedCluster)
            current = i;
    }
    const auto select = [&](int i) { selectNode(m_cards[i].name, m_cards[i].cluster); };
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            setZoom(m_zoom * kZoomStep);
            return;
        case Qt::Key_Minus:
            setZoom(m_zoom / kZoomStep);
            return;
        case Qt::Key_0:
            zoomToFit();
            return;
        default:
            break;
        }
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        select(current < 0 ? 0 : (current + 1) % count);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        select(current <= 0 ? count - 1 : current - 1);
        return;
    case Qt::Key_Home:
        select(0);
        return;
    case Qt::Key_End:
        select(count - 1);
        return;
    case Qt::Key_Menu:
        if (const QRect card = cardRect(m_selected, m_selectedCluster); !card.isEmpty())
            Q_EMIT nodeContextMenuRequested(m_selected, mapToGlobal(card.center()));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || m_cards.isEmpty())
        return QWidget::wheelEvent(event); // the scroll area scrolls
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        setZoom(m_zoom * std::pow(kZoomStep, steps));
    event->accept();
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    if (const Card *card = cardAt(event->pos())) {
        selectNode(card->name, card->cluster);
        Q_EMIT nodeContextMenuRequested(card->name, event->globalPos());
    }
}

bool TopologyView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Card *card = cardAt(help->pos());
        if (!card) {
            QToolTip::hideText();
            return true;
        }
        QStringList lines{card->name + u" — "_s + card->index.data(TopologyModel::AddressRole).toString()};
        if (const QString error = card->index.data(TopologyModel::ErrorRole).toString(); !error.isEmpty())
            lines << error;
        lines << card->index.data(TopologyModel::ProblemsRole).toStringList();
        QToolTip::showText(help->globalPos(), lines.join(u"\n\n"_s), this, toWidget(card->rect).toAlignedRect());
        return true;
    }
    return QWidget::event(event);
}

} // namespace pgv
