// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace pgv {

class PgSession;

/// pg_stat_archiver of one server: how WAL archiving is going.
struct ArchiverStatus
{
    bool archiveMode = false;
    qint64 archivedCount = 0;
    QString lastArchivedWal;
    QDateTime lastArchivedTime;
    qint64 failedCount = 0;
    QString lastFailedWal;
    QDateTime lastFailedTime;

    /// The newest failure came after the newest success: archiving is stuck and WAL piles up.
    bool isFailing() const { return lastFailedTime.isValid() && (!lastArchivedTime.isValid() || lastFailedTime > lastArchivedTime); }
    QJsonObject toJson() const;
};

/// Blocking (one query): call it from a worker thread or pgversectl.
std::optional<ArchiverStatus> readArchiverStatus(PgSession &session, QString *error);

} // namespace pgv
