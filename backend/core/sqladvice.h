// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgv {

/// Quoting for the SQL a problem or a check suggests to a person, where no connection is at hand to quote with.
/// Statements the program runs quote through libpq (PgSession::quoteLiteral, libpqxx) instead.
namespace SqlAdvice {

/// 'text', with quotes doubled.
inline QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

/// "name", with double quotes doubled: always quoted, so that any name reads back as itself.
inline QString identifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace SqlAdvice

} // namespace pgv
