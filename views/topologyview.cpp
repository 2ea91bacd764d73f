// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyview.h"

#include "core/units.h"
#include "problemlistmodel.h"
#include "topologymodel.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
constexpr qreal kCardWidth = 280;
constexpr qreal kCardHeight = 150;
constexpr qreal kHeaderHeight = 26;
constexpr qreal kGapX = 36;
constexpr qreal kGapY = 70;
constexpr qreal kMargin = 24;

/// A node that answers with an error is alive: drawn apart from both "down" and "connecting".
bool isRefusing(NodeRole role, const QString &state)
{
    return role == NodeRole::Unknown && (state == u"connections exhausted" || state == u"refusing connections");
}

QColor roleColor(NodeRole role, const QString &state = {})
{
    if (isRefusing(role, state))
        return QColor(0xe6, 0x51, 0x00);
    switch (role) {
    case NodeRole::Primary:
        return QColor(0x2e, 0x7d, 0x32);
    case NodeRole::Standby:
        return QColor(0x15, 0x65, 0xc0);
    case NodeRole::Down:
        return QColor(0xc6, 0x28, 0x28);
    case NodeRole::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QString roleLabel(NodeRole role, bool external, const QString &state)
{
    if (external)
        return TopologyView::tr("NOT IN PROFILE");
    if (isRefusing(role, state))
        return state == u"connections exhausted" ? TopologyView::tr("ALIVE · FULL") : TopologyView::tr("ALIVE · REFUSING");
    switch (role) {
    case NodeRole::Primary:
        return TopologyView::tr("PRIMARY");
    case NodeRole::Standby:
        return TopologyView::tr("STANDBY");
    case NodeRole::Down:
        return TopologyView::tr("DOWN");
    case NodeRole::Unknown:
        break;
    }
    return TopologyView::tr("CONNECTING");
}
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
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TopologyView::relayout);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TopologyView::relayout);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TopologyView::relayout);
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { update(); });
    }
    relayout();
}

void TopologyView::selectNode(const QString &name)
{
    if (name == m_selected)
        return;
    m_selected = name;
    update();
    Q_EMIT nodeSelected(name);
}

QRect TopologyView::cardRect(const QString &name) const
{
    for (const Card &card : m_cards) {
        if (card.name == name)
            return card.rect.toAlignedRect();
    }
    return {};
}

QStringList TopologyView::nodesInLayoutOrder() const
{
    QStringList names;
    for (const Card &card : m_cards)
        names << card.name;
    return names;
}

QSize TopologyView::sizeHint() const
{
    return m_contentSize.expandedTo(QSize(640, 360));
}

QSize TopologyView::minimumSizeHint() const
{
    return m_contentSize.isEmpty() ? QSize(320, 200) : m_contentSize;
}

void TopologyView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void TopologyView::relayout()
{
    m_cards.clear();
    if (!m_model) {
        update();
        return;
    }
    // Tidy tree: leaves take consecutive slots, a parent sits centred over its children, one row per depth.
    struct Placed
    {
        QModelIndex index;
        int depth;
        qreal slot;
    };
    QList<Placed> placed;
    qreal nextLeaf = 0;
    int maxDepth = 0;
    std::function<qreal(const QModelIndex &, int)> place = [&](const QModelIndex &index, int depth) -> qreal {
        maxDepth = std::max(maxDepth, depth);
        const int position = int(placed.size());
        placed << Placed{index, depth, 0};
        const int children = m_model->rowCount(index);
        qreal slot;
        if (children == 0) {
            slot = nextLeaf++;
        } else {
            qreal first = 0;
            qreal last = 0;
            for (int row = 0; row < children; ++row) {
                const qreal childSlot = place(m_model->index(row, 0, index), depth + 1);
                if (row == 0)
                    first = childSlot;
                last = childSlot;
            }
            slot = (first + last) / 2;
        }
        placed[position].slot = slot;
        return slot;
    };
    for (int row = 0; row < m_model->rowCount(); ++row)
        place(m_model->index(row, 0), 0);

    const qreal contentWidth = nextLeaf * (kCardWidth + kGapX) - kGapX + 2 * kMargin;
    const qreal contentHeight = (maxDepth + 1) * (kCardHeight + kGapY) - kGapY + 2 * kMargin;
    m_contentSize = placed.isEmpty() ? QSize() : QSizeF(contentWidth, contentHeight).toSize();
    const qreal offsetX = std::max<qreal>(0, (width() - contentWidth) / 2);
    const qreal offsetY = std::max<qreal>(0, (height() - contentHeight) / 3);
    for (const Placed &item : std::as_const(placed)) {
        Card card;
        card.index = item.index;
        card.name = item.index.data(TopologyModel::NodeNameRole).toString();
        card.upstream = item.index.parent().data(TopologyModel::NodeNameRole).toString();
        card.rect = QRectF(offsetX + kMargin + item.slot * (kCardWidth + kGapX), offsetY + kMargin + item.depth * (kCardHeight + kGapY),
                           kCardWidth, kCardHeight);
        m_cards << card;
    }
    updateGeometry();
    update();
}

const TopologyView::Card *TopologyView::cardAt(const QPointF &point) const
{
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
    for (const Card &card : std::as_const(m_cards)) {
        if (card.upstream.isEmpty())
            continue;
        for (const Card &from : std::as_const(m_cards)) {
            if (from.name == card.upstream && from.index == card.index.parent()) {
                paintEdge(painter, from, card);
                break;
            }
        }
    }
    for (const Card &card : std::as_const(m_cards))
        paintCard(painter, card);
}

void TopologyView::paintPlaceholder(QPainter &painter) const
{
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                     tr("No cluster is open.\nPick a profile on the left, or create a practice cluster with Lab → Create lab…"));
}

void TopologyView::paintEdge(QPainter &painter, const Card &from, const Card &to) const
{
    const QModelIndex index = to.index;
    const QString sync = index.data(TopologyModel::SyncStateRole).toString();
    const bool streaming = index.data(TopologyModel::StateRole).toString() == u"streaming"
                           && index.data(TopologyModel::NodeRoleRole).toInt() == int(NodeRole::Standby);
    QColor color(0x15, 0x65, 0xc0);
    qreal width = 2;
    if (sync == u"sync" || sync == u"quorum") {
        color = QColor(0x6a, 0x1b, 0x9a);
        width = 3.5;
    }
    if (!streaming)
        color = QColor(0xc6, 0x28, 0x28);
    QPen pen(color, width);
    if (!streaming || sync == u"potential")
        pen.setStyle(Qt::DashLine);

    const QPointF start(from.rect.center().x(), from.rect.bottom());
    const QPointF end(to.rect.center().x(), to.rect.top());
    QPainterPath path(start);
    const qreal bend = (end.y() - start.y()) / 2;
    path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);

    QString label = streaming ? (sync.isEmpty() ? tr("streaming") : sync) : tr("not streaming");
    const QVariant lag = index.data(TopologyModel::ReplayLagBytesRole);
    if (streaming && lag.isValid())
        label += u" · "_s + formatBytes(lag.toLongLong());
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
    const QModelIndex index = card.index;
    const auto role = NodeRole(index.data(TopologyModel::NodeRoleRole).toInt());
    const QString state = index.data(TopologyModel::StateRole).toString();
    const QColor accent = roleColor(role, state);
    const QVariant severity = index.data(TopologyModel::SeverityRole);
    const QStringList problems = index.data(TopologyModel::ProblemsRole).toStringList();
    const bool selected = card.name == m_selected;

    QPainterPath outline;
    outline.addRoundedRect(card.rect, 8, 8);
    painter.fillPath(outline, palette().base().color().darker(103));
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(card.rect.topLeft(), QSizeF(card.rect.width(), kHeaderHeight)), accent);
    painter.restore();
    QPen border(severity.isValid() ? severityColor(ProblemSeverity(severity.toInt())) : accent.lighter(130), severity.isValid() ? 3 : 1.5);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
    if (selected) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3, Qt::SolidLine));
        painter.drawRoundedRect(card.rect.adjusted(-5, -5, 5, 5), 11, 11);
    }

    const qreal pad = 10;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Qt::white);
    const QRectF header(card.rect.left() + pad, card.rect.top(), card.rect.width() - 2 * pad, kHeaderHeight);
    QString badge = roleLabel(role, index.data(TopologyModel::ExternalRole).toBool(), state);
    if (index.data(TopologyModel::ReplayPausedRole).toBool())
        badge += u" · "_s + tr("PAUSED");
    const QFontMetricsF boldMetrics(bold);
    const qreal badgeWidth = boldMetrics.horizontalAdvance(badge);
    painter.drawText(header.adjusted(0, 0, -badgeWidth - 8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     boldMetrics.elidedText(card.name, Qt::ElideRight, header.width() - badgeWidth - 8));
    painter.drawText(header, Qt::AlignVCenter | Qt::AlignRight, badge);
    painter.setFont(font());

    const QFontMetricsF metrics(font());
    const qreal lineHeight = metrics.height() + 2;
    qreal y = card.rect.top() + kHeaderHeight + 6;
    auto line = [&](const QString &text, const QColor &color) {
        painter.setPen(color);
        painter.drawText(QRectF(card.rect.left() + pad, y, card.rect.width() - 2 * pad, lineHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(text, Qt::ElideRight, card.rect.width() - 2 * pad));
        y += lineHeight;
    };
    const QColor text = palette().color(QPalette::Text);
    const QColor dim = palette().color(QPalette::PlaceholderText);
    const QString haRole = index.data(TopologyModel::HaRoleRole).toString();
    line(haRole.isEmpty() ? index.data(TopologyModel::AddressRole).toString()
                          : tr("%1 · Patroni: %2, %3").arg(index.data(TopologyModel::AddressRole).toString(), haRole,
                                                         index.data(TopologyModel::HaStateRole).toString()),
         dim);
    if (role == NodeRole::Primary || role == NodeRole::Standby) {
        const QString version = index.data(TopologyModel::ServerVersionRole).toString();
        const int timeline = index.data(TopologyModel::TimelineRole).toInt();
        line(tr("PostgreSQL %1 · timeline %2").arg(version.section(u' ', 0, 0)).arg(timeline), text);
        line(tr("LSN %1").arg(index.data(TopologyModel::LsnRole).toString()), text);
        if (role == NodeRole::Standby) {
            const QVariant bytes = index.data(TopologyModel::ReplayLagBytesRole);
            const QVariant seconds = index.data(TopologyModel::ReplayLagSecondsRole);
            QString lag = tr("replay lag %1").arg(bytes.isValid() ? formatBytes(bytes.toLongLong()) : tr("unknown"));
            if (seconds.isValid())
                lag += u" · "_s + formatSeconds(seconds.toDouble());
            line(lag, text);
        } else {
            line(tr("client connections: %1").arg(index.data(TopologyModel::ConnectionsRole).toInt()), text);
        }
    } else if (role == NodeRole::Down) {
        line(state == u"timeout" ? tr("does not answer (timeout)") : tr("unreachable"), text);
    } else if (isRefusing(role, state)) {
        line(state == u"connections exhausted" ? tr("every connection slot taken") : tr("refuses the monitor's connection"), text);
    } else {
        line(tr("connecting…"), dim);
    }
    if (!problems.isEmpty()) {
        // The reason gets what is left of the card, wrapped; the tooltip and the problems pane hold all of it.
        painter.setPen(severity.isValid() ? severityColor(ProblemSeverity(severity.toInt())) : text);
        QString summary = problems.first();
        if (problems.size() > 1)
            summary = tr("%1 problems: ").arg(problems.size()) + summary;
        const QRectF area(card.rect.left() + pad, y + 2, card.rect.width() - 2 * pad, card.rect.bottom() - y - 6);
        const int maxLines = std::max(1, int(area.height() / metrics.lineSpacing()));
        QString shown;
        QString rest = summary;
        for (int lineNo = 0; lineNo < maxLines && !rest.isEmpty(); ++lineNo) {
            int fit = int(rest.size());
            while (fit > 0 && metrics.horizontalAdvance(rest.left(fit)) > area.width())
                fit = int(rest.lastIndexOf(u' ', fit - 1));
            if (fit <= 0 || lineNo == maxLines - 1) {
                shown += metrics.elidedText(rest, Qt::ElideRight, area.width());
                break;
            }
            shown += rest.left(fit) + u'\n';
            rest = rest.mid(fit + 1);
        }
        painter.drawText(area, Qt::AlignTop | Qt::AlignLeft, shown.trimmed());
    }
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (const Card *card = cardAt(event->position()))
        selectNode(card->name);
    QWidget::mousePressEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    const QStringList order = nodesInLayoutOrder();
    if (order.isEmpty())
        return QWidget::keyPressEvent(event);
    int current = int(order.indexOf(m_selected));
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        selectNode(order.value(current < 0 ? 0 : (current + 1) % order.size()));
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        selectNode(order.value(current <= 0 ? int(order.size()) - 1 : current - 1));
        return;
    case Qt::Key_Home:
        selectNode(order.first());
        return;
    case Qt::Key_End:
        selectNode(order.last());
        return;
    case Qt::Key_Menu:
        if (const QRect card = cardRect(m_selected); !card.isEmpty())
            Q_EMIT nodeContextMenuRequested(m_selected, mapToGlobal(card.center()));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    if (const Card *card = cardAt(event->pos())) {
        selectNode(card->name);
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
        QToolTip::showText(help->globalPos(), lines.join(u"\n\n"_s), this, card->rect.toAlignedRect());
        return true;
    }
    return QWidget::event(event);
}

} // namespace pgv
