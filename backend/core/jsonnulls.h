// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pgv {

// The --json contracts write null for what is unknown or absent, never "" or 0, so that scripts can tell the two apart.

inline QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

/// ISO 8601 in UTC.
inline QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template<typename T>
QJsonValue numberOrNull(const std::optional<T> &value)
{
    return value ? QJsonValue(static_cast<double>(*value)) : QJsonValue(QJsonValue::Null);
}

inline QJsonValue boolOrNull(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// And read back: a JSON null (or anything not a number) is no value.

inline std::optional<double> doubleOrNone(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

inline std::optional<qint64> integerOrNone(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(qint64(value.toDouble())) : std::nullopt;
}

/// Seconds since the epoch (as SQL's extract(epoch FROM …) gives them) as a UTC time; invalid for null.
inline QDateTime epochOrInvalid(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble() * 1000.0), QTimeZone::utc()) : QDateTime();
}

} // namespace pgv
