// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QVariant>

#include <algorithm>

namespace pgv {

/// Whether a refresh brings the same rows in the same order (their values may differ): a model then emits
/// dataChanged and keeps the view's selection and scroll position instead of resetting.
template<typename Row, typename SameRow>
bool sameRows(const QList<Row> &current, const QList<Row> &incoming, SameRow sameRow)
{
    return current.size() == incoming.size() && std::equal(incoming.cbegin(), incoming.cend(), current.cbegin(), sameRow);
}

/// Figures line up on the right.
inline QVariant rightAligned()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace pgv
