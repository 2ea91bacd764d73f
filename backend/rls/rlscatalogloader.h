// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rlscatalog.h"

#include <QDeadlineTimer>

namespace pgv {

class PgSession;
struct PgError;

/// The catalogue query (resources/sql/rls_catalog.sql).
const QString &rlsCatalogSql();
/// Reads the catalogue of the session's database in one round trip.
std::optional<RlsCatalog> loadRlsCatalog(PgSession &session, QDeadlineTimer deadline, PgError *error);

} // namespace pgv
