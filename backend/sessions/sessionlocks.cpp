// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionlocks.h"

#include "pg/pgsession.h"
#include "pg/sqlresource.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ConnectTimeoutMs = 3'000;
constexpr int QueryTimeoutMs = 5'000;
constexpr int MaxLocks = 500;

std::optional<double> number(const std::optional<QString> &text)
{
    bool ok = false;
    const double value = text ? text->toDouble(&ok) : 0;
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

SessionLocks fetchSessionLocks(const NodeEndpoint &endpoint, int pid)
{
    SessionLocks result;
    result.node = endpoint.name;
    result.pid = pid;
    PgSession session;
    PgError error;
    ProbeSettings deadlines;
    deadlines.connectTimeoutMs = ConnectTimeoutMs;
    deadlines.queryTimeoutMs = QueryTimeoutMs;
    if (!session.open(NodeProber::monitoringConnInfo(endpoint.connInfo, deadlines), endpoint.password, QDeadlineTimer(ConnectTimeoutMs), &error)) {
        result.error = QCoreApplication::translate("pgv::Sessions", "Could not connect to %1: %2").arg(endpoint.name, error.message);
        return result;
    }
    const QString waitStart = session.serverVersion() >= 140000 ? u"l.waitstart"_s : u"NULL::timestamptz"_s;
    const auto rows = session.exec(sqlResource("session_locks").arg(pid).arg(waitStart), QDeadlineTimer(QueryTimeoutMs), &error);
    if (!rows) {
        result.error = QCoreApplication::translate("pgv::Sessions", "Could not read the locks of pid %1 on %2: %3").arg(pid).arg(endpoint.name, error.message);
        return result;
    }
    for (const auto &row : rows->rows) {
        if (result.locks.size() == MaxLocks) {
            result.truncated = true;
            break;
        }
        SessionLock lock;
        lock.lock.lockType = row.value(0).value_or(QString());
        lock.lock.mode = row.value(1).value_or(QString());
        lock.granted = row.value(2).value_or(QString()) == u"t";
        lock.lock.relation = row.value(3).value_or(QString());
        lock.lock.transactionId = row.value(4).value_or(QString());
        lock.lock.virtualXid = row.value(5).value_or(QString());
        if (const auto objectId = number(row.value(6)))
            lock.lock.objectId = qint64(*objectId);
        if (!lock.granted)
            lock.lock.waitingSeconds = number(row.value(7));
        result.locks << lock;
    }
    return result;
}

} // namespace pgv
