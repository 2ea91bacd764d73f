// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolerconsole.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

bool PoolerConsole::open(const PoolerEndpoint &endpoint, const QString &applicationName, QDeadlineTimer deadline, QString *error)
{
    m_name = endpoint.name;
    const qint64 remaining = deadline.isForever() ? 10000 : std::max<qint64>(deadline.remainingTime(), 0);
    ConnInfo info = directNodeConnInfo(endpoint.connInfo, applicationName, int(remaining));
    PgError failure;
    if (m_session.open(info, endpoint.password, deadline, &failure))
        return true;
    if (error) {
        *error = QCoreApplication::translate("pgv::PoolerConsole", "%1's admin console cannot be reached: %2. Check that PgBouncer runs there and "
                                                                   "that the user is one of its admin_users or stats_users.")
                     .arg(endpoint.name, failure.message);
    }
    return false;
}

std::optional<QueryResult> PoolerConsole::run(const QString &command, QDeadlineTimer deadline, QString *error)
{
    PgError failure;
    auto result = m_session.exec(command, deadline, &failure);
    if (!result && error)
        *error = QCoreApplication::translate("pgv::PoolerConsole", "%1 on %2 failed: %3").arg(command, m_name, failure.message);
    return result;
}

QString PoolerConsole::quotedName(const QString &name)
{
    QString quoted = name;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace pgv
