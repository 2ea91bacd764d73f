// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/pgsession.h"
#include "poolerstatus.h"

#include <QDeadlineTimer>

namespace pgv {

/// A connection to a PgBouncer's admin console (the database "pgbouncer"). PgBouncer takes only the simple query
/// protocol there, one command per query: run() sends exactly that, and every wait is bounded by its deadline.
/// Blocking: for worker threads and pgversectl.
class PoolerConsole
{
public:
    /// Named \a applicationName (unless the endpoint names itself), whatever a service file prefers.
    bool open(const PoolerEndpoint &endpoint, const QString &applicationName, QDeadlineTimer deadline, QString *error);
    /// One admin command: SHOW POOLS, PAUSE, RESUME "db"… Nothing, with \a error set, when it fails.
    std::optional<QueryResult> run(const QString &command, QDeadlineTimer deadline, QString *error);
    void close() { m_session.close(); }

    /// A database name as the admin console's parser takes it (double-quoted, quotes doubled).
    static QString quotedName(const QString &name);

private:
    PgSession m_session;
    QString m_name;
};

} // namespace pgv
