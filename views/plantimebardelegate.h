// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pgv {

/// Draws a node's own time as a bar behind the number, as long as its share of the query and coloured from
/// pale yellow (cheap) to red (most of the time), so hotspots stand out while scrolling a long plan.
class PlanTimeBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// \a shareRole gives the share of the whole query in percent (0–100) for the painted index.
    explicit PlanTimeBarDelegate(int shareRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The bar colour for a share of the query (percent).
    static QColor colorForShare(double percent);

private:
    int m_shareRole;
};

} // namespace pgv
