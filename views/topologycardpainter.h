// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRectF>

class QModelIndex;
class QPainter;

namespace pgv {

/// Paints one node card of the topology graph from its TopologyModel row: a header in the role's colour with the
/// name and a role badge, a border in the colour of its worst problem, and below either the full card (address,
/// version and timeline, LSN, a standby's replay lag or a primary's connections, then the first problem wrapped into
/// what is left) or the compact one (the first problem, else the one figure that matters for the role).
class TopologyCardPainter
{
    // The card's texts were the view's: they keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(pgv::TopologyView)
public:
    TopologyCardPainter(const QPalette &palette, const QFont &font);
    void paint(QPainter &painter, const QRectF &rect, const QModelIndex &index, const QString &name, bool selected, bool compact) const;

private:
    QPalette m_palette;
    QFont m_font;
};

} // namespace pgv
