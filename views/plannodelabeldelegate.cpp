// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannodelabeldelegate.h"

#include <QApplication>
#include <QPainter>

namespace pgv {

namespace {

QFont figuresFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() > 0 ? base.pointSizeF() * 0.85 : base.pointSizeF());
    return font;
}

} // namespace

PlanNodeLabelDelegate::PlanNodeLabelDelegate(int figuresRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_figuresRole(figuresRole)
{
}

QSize PlanNodeLabelDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + QFontMetrics(figuresFont(option.font)).height());
    return size;
}

void PlanNodeLabelDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString figures = index.data(m_figuresRole).toString();
    const QFont small = figuresFont(item.font);
    const int figuresHeight = QFontMetrics(small).height();

    // The label in the upper part, drawn by the style (selection, focus, elision in the middle).
    QStyleOptionViewItem upper = item;
    upper.displayAlignment = Qt::AlignLeft | Qt::AlignTop;
    upper.rect.setBottom(item.rect.bottom() - figuresHeight);
    QStyleOptionViewItem background = item;
    background.text.clear();
    const QWidget *widget = item.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    upper.backgroundBrush = Qt::NoBrush;
    upper.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &upper, painter, widget);
    if (figures.isEmpty())
        return;

    // The figures under it, aligned with the label's text, in the placeholder colour (the highlighted text's on selection).
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &upper, widget);
    QRect line(textRect.left(), item.rect.bottom() - figuresHeight, item.rect.right() - textRect.left() - 2, figuresHeight);
    painter->save();
    painter->setFont(small);
    const bool selected = item.state & QStyle::State_Selected;
    painter->setPen(item.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(small).elidedText(figures, Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace pgv
