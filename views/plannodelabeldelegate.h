// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace pgv {

/// A plan node's label with its figures under it in a smaller, quieter line ("19,999 of 20,000 rows · 3 loops ·
/// estimate ↓ 3.2× · 154 buffers"), as PEV2 shows them: the numbers stay in sight when the tree is too narrow for
/// their columns, as it is beside the docks of a 1024-pixel window.
class PlanNodeLabelDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// \a figuresRole gives the second line's text for the painted index.
    explicit PlanNodeLabelDelegate(int figuresRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_figuresRole;
};

} // namespace pgv
