// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions.h"

#include "core/jsonarrays.h"
#include "core/jsonnulls.h"
#include "pg/pgsession.h"
#include "pg/sqlresource.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ConnectTimeoutMs = 5'000;
constexpr int QueryTimeoutMs = 15'000;

SessionInfo sessionFromJson(const QJsonObject &row)
{
    SessionInfo session;
    session.pid = row.value("pid"_L1).toInt();
    session.user = row.value("user"_L1).toString();
    session.database = row.value("database"_L1).toString();
    session.application = row.value("application"_L1).toString();
    session.client = row.value("client"_L1).toString();
    session.backendType = row.value("backend_type"_L1).toString();
    session.state = row.value("state"_L1).toString();
    session.waitEventType = row.value("wait_event_type"_L1).toString();
    session.waitEvent = row.value("wait_event"_L1).toString();
    session.backendStart = row.value("backend_start"_L1).toString();
    session.backendAgeSeconds = doubleOrNone(row.value("backend_age_s"_L1));
    session.xactAgeSeconds = doubleOrNone(row.value("xact_age_s"_L1));
    session.queryAgeSeconds = doubleOrNone(row.value("query_age_s"_L1));
    session.stateAgeSeconds = doubleOrNone(row.value("state_age_s"_L1));
    session.backendXmin = row.value("backend_xmin"_L1).toString();
    session.xminAge = integerOrNone(row.value("xmin_age"_L1));
    for (const QJsonValue &pid : constArray(row.value("blocked_by"_L1)))
        session.blockedBy << pid.toInt();
    if (const QJsonObject lock = row.value("lock"_L1).toObject(); !lock.isEmpty()) {
        WaitedLock waited;
        waited.lockType = lock.value("locktype"_L1).toString();
        waited.mode = lock.value("mode"_L1).toString();
        waited.relation = lock.value("relation"_L1).toString();
        waited.transactionId = lock.value("transactionid"_L1).toString();
        waited.virtualXid = lock.value("virtualxid"_L1).toString();
        waited.objectId = integerOrNone(lock.value("objid"_L1));
        waited.waitingSeconds = doubleOrNone(lock.value("waiting_s"_L1));
        session.lock = waited;
    }
    session.query = row.value("query"_L1).toString();
    return session;
}

} // namespace

QString WaitedLock::describe() const
{
    if (!relation.isEmpty())
        return QCoreApplication::translate("pgv::Sessions", "%1 on %2%3")
            .arg(mode, relation, lockType == u"relation" ? QString() : u" ("_s + lockType + u')');
    if (lockType == u"transactionid")
        return QCoreApplication::translate("pgv::Sessions", "%1 on transaction %2").arg(mode, transactionId);
    if (lockType == u"virtualxid")
        return QCoreApplication::translate("pgv::Sessions", "%1 on virtual transaction %2").arg(mode, virtualXid);
    if (objectId)
        return QCoreApplication::translate("pgv::Sessions", "%1 on %2 %3").arg(mode, lockType).arg(*objectId);
    return QCoreApplication::translate("pgv::Sessions", "%1 on %2").arg(mode, lockType);
}

const SessionInfo *NodeSessions::session(int pid) const
{
    const auto it = std::find_if(sessions.cbegin(), sessions.cend(), [pid](const SessionInfo &session) { return session.pid == pid; });
    return it == sessions.cend() ? nullptr : &*it;
}

NodeSessions parseSessionsDocument(const QString &node, const QByteArray &json)
{
    NodeSessions result;
    result.node = node;
    result.readAt = QDateTime::currentDateTimeUtc();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        result.error = QCoreApplication::translate("pgv::Sessions", "%1 answered with something that is not the sessions document: %2")
                           .arg(node, parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    for (const QJsonValue &row : constArray(root.value("sessions"_L1)))
        result.sessions << sessionFromJson(row.toObject());
    for (const QJsonValue &value : constArray(root.value("prepared"_L1))) {
        const QJsonObject row = value.toObject();
        result.prepared << PreparedTransaction{row.value("gid"_L1).toString(), row.value("transaction"_L1).toString(),
                                               row.value("owner"_L1).toString(), row.value("database"_L1).toString(),
                                               row.value("age_s"_L1).toDouble(), qint64(row.value("xid_age"_L1).toDouble())};
    }
    return result;
}

NodeSessions fetchSessions(const NodeEndpoint &endpoint, int queryChars)
{
    PgSession session;
    PgError error;
    ProbeSettings deadlines;
    deadlines.connectTimeoutMs = ConnectTimeoutMs;
    deadlines.queryTimeoutMs = QueryTimeoutMs;
    // The monitor's connection options: each node as it is (a PGSERVICE asking for the primary does not apply), read-only, statement and lock timeouts.
    if (!session.open(NodeProber::monitoringConnInfo(endpoint.connInfo, deadlines), endpoint.password, QDeadlineTimer(ConnectTimeoutMs), &error)) {
        NodeSessions failed;
        failed.node = endpoint.name;
        failed.readAt = QDateTime::currentDateTimeUtc();
        failed.error = QCoreApplication::translate("pgv::Sessions", "Could not connect to %1: %2").arg(endpoint.name, error.message);
        return failed;
    }
    // pg_locks.waitstart is PostgreSQL 14's; before it, how long a session has waited is not known.
    const QString waitStart = session.serverVersion() >= 140000 ? u"l.waitstart"_s : u"NULL::timestamptz"_s;
    const QString sql = sqlResource("sessions").arg(std::clamp(queryChars, 100, 100'000)).arg(waitStart);
    const auto rows = session.exec(sql, QDeadlineTimer(QueryTimeoutMs), &error);
    if (!rows || !rows->scalar()) {
        NodeSessions failed;
        failed.node = endpoint.name;
        failed.readAt = QDateTime::currentDateTimeUtc();
        failed.error = QCoreApplication::translate("pgv::Sessions", "Could not read the sessions of %1: %2")
                           .arg(endpoint.name, rows ? QCoreApplication::translate("pgv::Sessions", "no answer") : error.message);
        return failed;
    }
    return parseSessionsDocument(endpoint.name, rows->scalar()->toUtf8());
}

} // namespace pgv
