// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologycardpainter.h"

#include "core/units.h"
#include "problemlistmodel.h"
#include "statecolors.h"
#include "topologymodel.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
constexpr qreal kHeaderHeight = 26;

/// A node that answers with an error is alive: drawn apart from both "down" and "connecting".
bool isRefusing(NodeRole role, const QString &state)
{
    return role == NodeRole::Unknown && (state == u"connections exhausted" || state == u"refusing connections");
}

QColor roleColor(NodeRole role, const QString &state = {})
{
    if (isRefusing(role, state))
        return statecolors::alive();
    if (role == NodeRole::Down && state == u"fenced")
        return statecolors::unknown(); // stopped on purpose, kept from starting: not an outage to chase
    switch (role) {
    case NodeRole::Primary:
        return statecolors::good();
    case NodeRole::Standby:
        return statecolors::standby();
    case NodeRole::Down:
        return statecolors::bad();
    case NodeRole::Unknown:
        break;
    }
    return statecolors::unknown();
}

QString roleLabel(NodeRole role, bool external, const QString &state)
{
    if (external)
        return TopologyCardPainter::tr("NOT IN PROFILE");
    if (isRefusing(role, state))
        return state == u"connections exhausted" ? TopologyCardPainter::tr("ALIVE · FULL") : TopologyCardPainter::tr("ALIVE · REFUSING");
    switch (role) {
    case NodeRole::Primary:
        return TopologyCardPainter::tr("PRIMARY");
    case NodeRole::Standby:
        return TopologyCardPainter::tr("STANDBY");
    case NodeRole::Down:
        return state == u"fenced" ? TopologyCardPainter::tr("FENCED") : TopologyCardPainter::tr("DOWN");
    case NodeRole::Unknown:
        break;
    }
    return TopologyCardPainter::tr("CONNECTING");
}
} // namespace

TopologyCardPainter::TopologyCardPainter(const QPalette &palette, const QFont &font)
    : m_palette(palette)
    , m_font(font)
{
}

void TopologyCardPainter::paint(QPainter &painter, const QRectF &rect, const QModelIndex &index, const QString &name, bool selected,
                                bool compact) const
{
    const auto role = NodeRole(index.data(TopologyModel::NodeRoleRole).toInt());
    const QString state = index.data(TopologyModel::StateRole).toString();
    const bool pooler = index.data(TopologyModel::PoolerRole).toBool();
    const bool poolerPaused = index.data(TopologyModel::PoolerPausedRole).toBool();
    // A pooler in its own colour; paused (its clients wait) in the warning colour, unreachable as a down node.
    const QColor accent = !pooler            ? roleColor(role, state)
                          : role == NodeRole::Down ? statecolors::bad()
                          : poolerPaused     ? statecolors::warning()
                                             : statecolors::pooler();
    const QVariant severity = index.data(TopologyModel::SeverityRole);
    const QStringList problems = index.data(TopologyModel::ProblemsRole).toStringList();

    QPainterPath outline;
    outline.addRoundedRect(rect, 8, 8);
    painter.fillPath(outline, m_palette.base().color().darker(103));
    painter.save();
    painter.setClipPath(outline);
    painter.fillRect(QRectF(rect.topLeft(), QSizeF(rect.width(), kHeaderHeight)), accent);
    painter.restore();
    QPen border(severity.isValid() ? severityColor(ProblemSeverity(severity.toInt())) : accent.lighter(130), severity.isValid() ? 3 : 1.5);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(outline);
    if (selected) {
        painter.setPen(QPen(m_palette.color(QPalette::Highlight), 3, Qt::SolidLine));
        painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 11, 11);
    }

    const qreal pad = 10;
    QFont bold = m_font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(Qt::white);
    const QRectF header(rect.left() + pad, rect.top(), rect.width() - 2 * pad, kHeaderHeight);
    QString badge = pooler ? (role == NodeRole::Down ? tr("POOLER · DOWN") : poolerPaused ? tr("POOLER · PAUSED") : tr("POOLER"))
                           : roleLabel(role, index.data(TopologyModel::ExternalRole).toBool(), state);
    if (index.data(TopologyModel::ReplayPausedRole).toBool())
        badge += u" · "_s + tr("PAUSED");
    const QFontMetricsF boldMetrics(bold);
    const qreal badgeWidth = boldMetrics.horizontalAdvance(badge);
    painter.drawText(header.adjusted(0, 0, -badgeWidth - 8, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     boldMetrics.elidedText(name, Qt::ElideRight, header.width() - badgeWidth - 8));
    painter.drawText(header, Qt::AlignVCenter | Qt::AlignRight, badge);
    painter.setFont(m_font);

    const QFontMetricsF metrics(m_font);
    const qreal lineHeight = metrics.height() + 2;
    qreal y = rect.top() + kHeaderHeight + 6;
    auto line = [&](const QString &text, const QColor &color) {
        painter.setPen(color);
        painter.drawText(QRectF(rect.left() + pad, y, rect.width() - 2 * pad, lineHeight), Qt::AlignVCenter | Qt::AlignLeft,
                         metrics.elidedText(text, Qt::ElideRight, rect.width() - 2 * pad));
        y += lineHeight;
    };
    const QColor text = m_palette.color(QPalette::Text);
    const QColor dim = m_palette.color(QPalette::PlaceholderText);
    // A standby's replay lag in bytes, and in seconds when known: the compact and the full card say it alike.
    const auto replayLag = [&] {
        const QVariant bytes = index.data(TopologyModel::ReplayLagBytesRole);
        const QVariant seconds = index.data(TopologyModel::ReplayLagSecondsRole);
        QString lag = bytes.isValid() ? formatBytes(bytes.toLongLong()) : tr("unknown");
        if (seconds.isValid())
            lag += u" · "_s + formatSeconds(seconds.toDouble());
        return lag;
    };
    const auto poolerClients = [&] {
        QString clients = tr("%1 active · %2 waiting")
                              .arg(index.data(TopologyModel::ClientsActiveRole).toInt())
                              .arg(index.data(TopologyModel::ClientsWaitingRole).toInt());
        const double longest = index.data(TopologyModel::MaxWaitSecondsRole).toDouble();
        if (longest > 0)
            clients += u" · "_s + tr("longest wait %1").arg(formatSeconds(longest));
        return clients;
    };
    if (compact) {
        // One line: the first problem when there is one (the border has its severity), else the figure that matters
        // for the role. The tooltip and the details pane hold everything else.
        if (!problems.isEmpty()) {
            const QString first = problems.size() > 1 ? tr("%1 problems: ").arg(problems.size()) + problems.first() : problems.first();
            line(first, severity.isValid() ? severityColor(ProblemSeverity(severity.toInt())) : text);
        } else if (pooler && role != NodeRole::Down) {
            line(poolerClients(), text);
        } else if (role == NodeRole::Standby) {
            line(tr("lag %1").arg(replayLag()), text);
        } else if (role == NodeRole::Primary) {
            line(tr("%1 client connections").arg(index.data(TopologyModel::ConnectionsRole).toInt()), text);
        } else {
            line(state.isEmpty() ? tr("connecting…") : state, dim);
        }
        return;
    }
    const QString haRole = index.data(TopologyModel::HaRoleRole).toString();
    line(haRole.isEmpty() ? index.data(TopologyModel::AddressRole).toString()
                          : tr("%1 · Patroni: %2, %3").arg(index.data(TopologyModel::AddressRole).toString(), haRole,
                                                         index.data(TopologyModel::HaStateRole).toString()),
         dim);
    if (pooler) {
        if (role == NodeRole::Down) {
            line(tr("its admin console does not answer"), text);
        } else {
            const QString routesTo = index.data(TopologyModel::PoolerRoutesToRole).toString();
            line(tr("%1 · routes to %2").arg(index.data(TopologyModel::ServerVersionRole).toString(), routesTo.isEmpty() ? tr("?") : routesTo), text);
            line(tr("clients: %1").arg(poolerClients()), text);
            line(poolerPaused ? tr("paused: its clients wait") : tr("%1 client connections").arg(index.data(TopologyModel::ConnectionsRole).toInt()),
                 poolerPaused ? statecolors::warning() : text);
        }
    } else if (role == NodeRole::Primary || role == NodeRole::Standby) {
        const QString version = index.data(TopologyModel::ServerVersionRole).toString();
        const int timeline = index.data(TopologyModel::TimelineRole).toInt();
        line(tr("PostgreSQL %1 · timeline %2").arg(version.section(u' ', 0, 0)).arg(timeline), text);
        line(tr("LSN %1").arg(index.data(TopologyModel::LsnRole).toString()), text);
        if (role == NodeRole::Standby) {
            line(tr("replay lag %1").arg(replayLag()), text);
        } else {
            line(tr("client connections: %1").arg(index.data(TopologyModel::ConnectionsRole).toInt()), text);
        }
    } else if (role == NodeRole::Down) {
        line(state == u"timeout" ? tr("does not answer (timeout)") : state == u"fenced" ? tr("fenced: rejoin it as a standby") : tr("unreachable"), text);
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
        const QRectF area(rect.left() + pad, y + 2, rect.width() - 2 * pad, rect.bottom() - y - 6);
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

} // namespace pgv
