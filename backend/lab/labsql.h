// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labmanifest.h"

#include <QDeadlineTimer>

#include <functional>

namespace pqxx {
class nontransaction;
}

namespace pgv {

/// How long lab creation gives one connection and its statements (a CREATE SUBSCRIPTION waits for the publisher).
inline constexpr int kLabSqlDeadlineMs = 60000;

/// Runs \a statements as the lab's superuser on \a node (a node or the subscriber) in \a database, through libpqxx,
/// which quotes every value and name handed to it. Blocks: lab creation, lab actions and pgversectl only, and never
/// past \a deadline: a hung or SIGSTOPped server makes it fail saying so (libpq itself bounds only the connect).
/// A statement cut off by the deadline may still take effect once the server runs again.
bool runLabSql(const LabManifest &lab, const LabNode &node, const QString &database,
               const std::function<void(pqxx::nontransaction &)> &statements, QString *error,
               QDeadlineTimer deadline = QDeadlineTimer(kLabSqlDeadlineMs));

} // namespace pgv
