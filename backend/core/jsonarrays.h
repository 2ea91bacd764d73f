// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace pgv {

/// \a value's array as a const temporary, for range-for: an array taken out of a document shares its data, and a
/// loop over a non-const one would detach (copy) it first. The temporary lives as long as the loop.
inline const QJsonArray constArray(const QJsonValue &value)
{
    return value.toArray();
}

inline const QJsonArray constArray(const QJsonDocument &document)
{
    return document.array();
}

} // namespace pgv
