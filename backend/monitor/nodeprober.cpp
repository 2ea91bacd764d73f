// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeprober.h"

#include "lab/labfiles.h"

#include "pg/sqlresource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
constexpr int kMinimumServerVersion = 130000;
const QByteArray kProbeStatement = QByteArrayLiteral("pgverse_probe");
}

NodeProber::NodeProber(NodeEndpoint endpoint, ProbeSettings settings)
    : m_endpoint(std::move(endpoint))
    , m_settings(std::move(settings))
    , m_connInfo(monitoringConnInfo(m_endpoint.connInfo, m_settings))
{
}

ConnInfo NodeProber::monitoringConnInfo(const ConnInfo &userConnInfo, const ProbeSettings &settings)
{
    ConnInfo info = userConnInfo;
    if (!info.contains(u"application_name"))
        info.set(u"fallback_application_name"_s, u"pgverse-monitor"_s);
    // Each node is watched as it is, whatever a PGSERVICE or PGTARGETSESSIONATTRS in the environment asks for.
    info.set(u"target_session_attrs"_s, u"any"_s);
    // libpq counts connect_timeout in whole seconds (minimum 2); our own deadline is the precise one.
    info.set(u"connect_timeout"_s, QString::number(std::max(2, (settings.connectTimeoutMs + 999) / 1000)));
    info.appendOptions(u"-c statement_timeout=%1 -c lock_timeout=%2 -c default_transaction_read_only=on"_s
                           .arg(settings.queryTimeoutMs)
                           .arg(std::max(100, settings.queryTimeoutMs / 2)));
    return info;
}

QString NodeProber::probeSql(int serverVersion, bool superuser)
{
    QString sql = sqlResource("probe");
    // PostgreSQL 16 added parallel apply workers beside a subscription's leader; the leader is the one to show.
    // PostgreSQL 17 names each worker's kind (apply, parallel apply, table synchronization): asked by name there.
    sql.replace(u"{{leader_only}}"_s, serverVersion >= 170000   ? u"AND w.worker_type = 'apply'"_s
                                      : serverVersion >= 160000 ? u"AND w.leader_pid IS NULL"_s
                                                                : QString());
    sql.replace(u"{{wal_written}}"_s, serverVersion >= 140000
                                          ? u"(SELECT json_build_object('bytes', wal_bytes, 'seconds', extract(epoch FROM now() - stats_reset)) FROM pg_stat_wal)"_s
                                          : u"NULL"_s);
    sql.replace(u"{{sync_worker}}"_s, serverVersion >= 170000 ? u"w.worker_type = 'table synchronization'"_s : u"w.relid IS NOT NULL"_s);
    // pg_stat_subscription_stats is PostgreSQL 15's; its counters are named in the query, so that a renamed one
    // (as in development after 18) fails loudly in the tests rather than reading as zero.
    // PostgreSQL 18 counts the conflicts the apply worker met, by kind, beside the errors.
    const QString conflicts = serverVersion >= 180000
        ? u", 'conflicts', json_build_object('insert_exists', e.confl_insert_exists, 'update_origin_differs', e.confl_update_origin_differs, "
          "'update_exists', e.confl_update_exists, 'update_missing', e.confl_update_missing, "
          "'delete_origin_differs', e.confl_delete_origin_differs, 'delete_missing', e.confl_delete_missing, "
          "'multiple_unique_conflicts', e.confl_multiple_unique_conflicts)"_s
        : QString();
    sql.replace(u"{{subscription_errors}}"_s,
                serverVersion >= 150000 ? u"(SELECT json_build_object('apply', e.apply_error_count, 'sync', e.sync_error_count%1) "
                                          "FROM pg_stat_subscription_stats e WHERE e.subid = s.oid)"_s.arg(conflicts)
                                        : u"NULL"_s);
    // PostgreSQL 17's failover slots: a subscription may ask for one, a slot may be one, and a standby's copy says so.
    sql.replace(u"{{subscription_failover}}"_s,
                serverVersion >= 170000 ? u", 'failover', (SELECT c.subfailover FROM pg_subscription c WHERE c.oid = s.oid)"_s : QString());
    sql.replace(u"{{slot_failover}}"_s,
                serverVersion >= 170000 ? u", 'failover', failover, 'synced', synced, 'invalidation_reason', invalidation_reason"_s : QString());
    // subconninfo is revoked from everyone but superusers: naming it at all would make the whole probe fail.
    sql.replace(u"{{subconninfo}}"_s, superuser ? u"(SELECT c.subconninfo FROM pg_subscription c WHERE c.oid = s.oid)"_s : u"NULL"_s);
    return sql;
}

NodeProbe NodeProber::probe()
{
    NodeProbe result;
    result.node = m_endpoint.name;
    result.probedAt = QDateTime::currentDateTimeUtc();
    result.host = m_endpoint.connInfo.firstHost();
    result.port = m_endpoint.connInfo.firstPort();

    PgError error;
    if (!m_session.isOpen()) {
        if (!m_session.open(m_connInfo, m_endpoint.password, QDeadlineTimer(m_settings.connectTimeoutMs), &error)) {
            result.failure = error.kind;
            result.error = error.message;
            result.errorSqlState = error.sqlState;
            // One stat of a local file, on this node's own probe thread.
            result.fenced = !m_settings.labDir.isEmpty() && QFile::exists(LabFiles::fenceFile(m_settings.labDir, m_endpoint.name));
            return result;
        }
        if (m_session.serverVersion() < kMinimumServerVersion) {
            result.failure = PgError::Kind::QueryFailed;
            result.error = QCoreApplication::translate("NodeProber", "PostgreSQL %1 is not supported: PostgresVerse monitors PostgreSQL 13 or newer.")
                               .arg(m_session.serverVersion() / 10000);
            m_session.close();
            return result;
        }
        if (!m_session.prepare(kProbeStatement, probeSql(m_session.serverVersion(), m_session.isSuperuser()), QDeadlineTimer(m_settings.queryTimeoutMs), &error)) {
            result.failure = error.kind;
            result.error = error.message;
            m_session.close();
            return result;
        }
    }
    result.host = m_session.host();
    result.port = m_session.port();

    QElapsedTimer timer;
    timer.start();
    const auto rows = m_session.execPrepared(kProbeStatement, QDeadlineTimer(m_settings.queryTimeoutMs), &error);
    result.roundTrips = 1;
    result.latencyMs = timer.elapsed();
    if (!rows) {
        result.failure = error.kind;
        result.error = error.message;
        return result;
    }
    QString parseError;
    if (!parseProbeDocument(rows->scalar().value_or(QString()).toUtf8(), &result, &parseError)) {
        result.failure = PgError::Kind::QueryFailed;
        result.error = parseError;
        return result;
    }
    result.reachable = true;
    return result;
}

} // namespace pgv
