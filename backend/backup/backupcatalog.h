// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace pgv {

/// One backup as the catalogue lists it, whichever tool made it.
struct BackupRecord
{
    QString tool;  ///< "pgbackrest" or "basebackup"
    QString label; ///< pgBackRest's label ("20261126-051500F") or the backup folder's name
    QString type;  ///< "full", "diff", "incr"; "full" for pg_basebackup
    QDateTime started, stopped;
    qint64 sizeBytes = 0;       ///< the database as backed up
    qint64 storedBytes = 0;     ///< what the repository or folder holds (after compression and deltas)
    QString lsnStart, lsnStop;
    QString walStart, walStop;  ///< first and last WAL segment the backup needs
    QString prior;              ///< the backup a diff/incr builds on
    QString location;           ///< folder of a pg_basebackup
    std::optional<bool> verified; ///< unknown until a verification ran
    bool error = false;         ///< pgBackRest found page checksum errors while copying
};

/// What one pgBackRest stanza holds: its backups, oldest first, and the archived WAL range.
struct BackupCatalog
{
    QString stanza;
    int statusCode = 0;         ///< pgBackRest's: 0 ok, 2 no valid backups, …
    QString statusMessage;
    bool backupRunning = false;
    QString archiveMin, archiveMax;
    QList<BackupRecord> backups;
};

/// Reads `pgbackrest info --output=json` for \a stanza. Nothing, with \a error, when the text is not that document
/// or does not list the stanza.
std::optional<BackupCatalog> parsePgBackRestInfo(const QByteArray &json, const QString &stanza, QString *error);

/// The span of time a restore can reach: from the end of the oldest usable backup to the newest archived WAL.
struct RecoveryWindow
{
    QDateTime earliest, latest;
    bool isValid() const { return earliest.isValid() && latest.isValid() && earliest <= latest; }
    bool contains(const QDateTime &time) const { return isValid() && time >= earliest && time <= latest; }
    QString toDisplayString() const;
};

/// \a latestArchived: when the newest WAL segment reached the archive (pg_stat_archiver.last_archived_time).
RecoveryWindow recoveryWindow(const QList<BackupRecord> &backups, const QDateTime &latestArchived);

QJsonObject backupRecordToJson(const BackupRecord &record);

} // namespace pgv
