// SPDX-License-Identifier: GPL-3.0-or-later
#include "archiverstatus.h"

#include "core/jsonnulls.h"
#include "pg/pgsession.h"
#include "pg/sqlresource.h"

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QDateTime timeOf(const std::optional<QString> &text)
{
    return text ? QDateTime::fromString(*text, Qt::ISODateWithMs) : QDateTime();
}

} // namespace

QJsonObject ArchiverStatus::toJson() const
{
    return {
        {"archive_mode"_L1, archiveMode},
        {"archived_count"_L1, double(archivedCount)},
        {"last_archived_wal"_L1, textOrNull(lastArchivedWal)},
        {"last_archived_time"_L1, timeOrNull(lastArchivedTime)},
        {"failed_count"_L1, double(failedCount)},
        {"last_failed_wal"_L1, textOrNull(lastFailedWal)},
        {"last_failed_time"_L1, timeOrNull(lastFailedTime)},
        {"failing"_L1, isFailing()},
    };
}

std::optional<ArchiverStatus> readArchiverStatus(PgSession &session, QString *error)
{
    // ISO 8601 in UTC, so QDateTime reads it whatever the session's DateStyle and TimeZone.
    PgError pgError;
    const auto result = session.exec(sqlResource("archiver_status"), QDeadlineTimer(10000), &pgError);
    if (!result || result->rows.isEmpty()) {
        if (error)
            *error = pgError.message;
        return std::nullopt;
    }
    const auto &row = result->rows.first();
    ArchiverStatus status;
    status.archiveMode = row.value(0).value_or(QString()) == u"t";
    status.archivedCount = row.value(1).value_or(u"0"_s).toLongLong();
    status.lastArchivedWal = row.value(2).value_or(QString());
    status.lastArchivedTime = timeOf(row.value(3));
    status.failedCount = row.value(4).value_or(u"0"_s).toLongLong();
    status.lastFailedWal = row.value(5).value_or(QString());
    status.lastFailedTime = timeOf(row.value(6));
    return status;
}

} // namespace pgv
