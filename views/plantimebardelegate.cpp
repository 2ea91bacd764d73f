// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantimebardelegate.h"

#include <QPainter>

namespace pgv {

PlanTimeBarDelegate::PlanTimeBarDelegate(int shareRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_shareRole(shareRole)
{
}

QColor PlanTimeBarDelegate::colorForShare(double percent)
{
    const double t = std::clamp(percent / 60.0, 0.0, 1.0); // 60 % and more of the query: full red
    const QColor cheap(0xff, 0xe8, 0x9a);
    const QColor costly(0xe5, 0x39, 0x35);
    return QColor::fromRgbF(float(cheap.redF() + (costly.redF() - cheap.redF()) * t),
                            float(cheap.greenF() + (costly.greenF() - cheap.greenF()) * t),
                            float(cheap.blueF() + (costly.blueF() - cheap.blueF()) * t));
}

void PlanTimeBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant share = index.data(m_shareRole);
    if (share.isValid() && share.toDouble() > 0) {
        const double percent = std::clamp(share.toDouble(), 0.0, 100.0);
        QRectF bar = QRectF(option.rect).adjusted(1, 2, -1, -2);
        bar.setWidth(std::max(2.0, bar.width() * percent / 100.0));
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(colorForShare(percent));
        painter->drawRect(bar);
        painter->restore();
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace pgv
