// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselist.h"

#include "pg/pgsession.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ConnectTimeoutMs = 5'000;
constexpr int QueryTimeoutMs = 10'000;

} // namespace

DatabaseList fetchDatabases(const NodeEndpoint &endpoint)
{
    DatabaseList list;
    PgSession session;
    PgError error;
    if (!session.open(endpoint.connInfo, endpoint.password, QDeadlineTimer(ConnectTimeoutMs), &error)) {
        list.error = QCoreApplication::translate("pgv::Explain", "Could not connect to %1: %2").arg(endpoint.name, error.message);
        return list;
    }
    list.current = session.database();
    const auto rows = session.exec(u"SELECT datname FROM pg_database WHERE datallowconn AND NOT datistemplate ORDER BY datname"_s,
                                   QDeadlineTimer(QueryTimeoutMs), &error);
    if (!rows) {
        list.error = error.message;
        return list;
    }
    for (const QList<std::optional<QString>> &row : std::as_const(rows->rows)) {
        if (!row.isEmpty() && row.first())
            list.names << *row.first();
    }
    return list;
}

} // namespace pgv
