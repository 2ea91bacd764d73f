// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupoverview.h"

#include "actions/labnodeops.h"
#include "basebackup.h"
#include "pg/pgsession.h"
#include "pgbackrest.h"

#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv {

QJsonObject BackupOverview::toJson() const
{
    QJsonArray items;
    for (const BackupRecord &backup : backups)
        items.append(backupRecordToJson(backup));
    const QJsonValue pitr = window.isValid() ? QJsonValue(QJsonObject{{"earliest"_L1, window.earliest.toUTC().toString(Qt::ISODate)},
                                                                      {"latest"_L1, window.latest.toUTC().toString(Qt::ISODate)}})
                                             : QJsonValue();
    return {{"cluster"_L1, cluster},
            {"backups"_L1, items},
            {"archiver"_L1, archiver ? QJsonValue(archiver->toJson()) : QJsonValue()},
            {"archiver_error"_L1, archiverError.isEmpty() ? QJsonValue() : QJsonValue(archiverError)},
            {"pgbackrest_error"_L1, pgbackrestError.isEmpty() ? QJsonValue() : QJsonValue(pgbackrestError)},
            {"recovery_window"_L1, pitr}};
}

BackupOverview loadBackupOverview(const Lab &lab)
{
    BackupOverview overview;
    overview.cluster = lab.manifest().name;
    overview.backups = LabBaseBackup::list(lab);
    overview.pgbackrestInstalled = !PgBackRest::findProgram(&overview.pgbackrestError).isEmpty();
    std::optional<BackupCatalog> catalog;
    if (overview.pgbackrestInstalled) {
        overview.pgbackrestError.clear();
        const PgBackRest pgbackrest(lab);
        overview.pgbackrestConfigured = QFile::exists(pgbackrest.configFile());
        if (overview.pgbackrestConfigured)
            catalog = pgbackrest.info(&overview.pgbackrestError);
    }
    if (catalog)
        overview.backups << catalog->backups;
    std::sort(overview.backups.begin(), overview.backups.end(),
              [](const BackupRecord &a, const BackupRecord &b) { return a.started < b.started; });

    if (const auto primary = lab.runningPrimary()) {
        PgSession session;
        if (LabNodeOps(lab).connect(*primary, session, &overview.archiverError, 3000))
            overview.archiver = readArchiverStatus(session, &overview.archiverError);
    } else {
        overview.archiverError = QCoreApplication::translate("pgv::BackupOverview", "no primary is running");
    }
    if (catalog) {
        // Archiving that works reaches up to now (a restore switches WAL first); a stuck one only to its last success.
        const QDateTime latest = overview.archiver ? (overview.archiver->isFailing() ? overview.archiver->lastArchivedTime
                                                                                    : QDateTime::currentDateTimeUtc())
                                                   : (catalog->backups.isEmpty() ? QDateTime() : catalog->backups.constLast().stopped);
        QDateTime beforeGap;
        const QString gap = catalog->backups.isEmpty() ? QString()
                                                       : PgBackRest(lab).firstArchiveGap(catalog->backups.constFirst().walStart, &beforeGap);
        // A segment missing from the repository ends the window there, however well archiving works now.
        overview.window = recoveryWindow(catalog->backups, !gap.isEmpty() && beforeGap.isValid() && beforeGap < latest ? beforeGap : latest);
    }
    return overview;
}

} // namespace pgv
