// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupverification.h"

#include "basebackup.h"
#include "pgbackrest.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

void rememberVerification(const QString &backupFolder, bool verified)
{
    QFile file(backupFolder + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QJsonObject record = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    record.insert("verified"_L1, verified);
    QSaveFile out(file.fileName());
    if (out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(record).toJson()) >= 0)
        out.commit();
}

} // namespace

QJsonObject BackupVerification::toJson() const
{
    static const char *const names[] = {"passed", "failed", "skipped"};
    return {{"tool"_L1, tool}, {"label"_L1, label}, {"result"_L1, QString::fromLatin1(names[int(result)])}, {"message"_L1, message}};
}

QList<BackupVerification> verifyLabBackups(const Lab &lab)
{
    QList<BackupVerification> results;
    for (const BackupRecord &backup : LabBaseBackup::list(lab)) {
        BackupVerification verification{backup.tool, backup.label, BackupVerification::Result::Skipped, {}};
        if (!QFile::exists(backup.location + u"/PG_VERSION"_s)) {
            verification.message = QCoreApplication::translate("pgv::BackupVerification", "tar format: pg_verifybackup 15 reads plain backups only");
        } else {
            const CommandResult result = lab.runner().run(lab.manifest().binDir + u"/pg_verifybackup"_s, {backup.location}, 3600 * 1000);
            verification.result = result.ok() ? BackupVerification::Result::Passed : BackupVerification::Result::Failed;
            verification.message = result.output.trimmed();
            rememberVerification(backup.location, result.ok());
        }
        results << verification;
    }
    if (!PgBackRest::findProgram(nullptr).isEmpty() && PgBackRest(lab).hasStanza()) {
        const PgBackRest pgbackrest(lab);
        const CommandResult result = pgbackrest.run({u"verify"_s}, 6 * 3600 * 1000);
        results << BackupVerification{u"pgbackrest"_s, pgbackrest.stanza(),
                                      result.ok() ? BackupVerification::Result::Passed : BackupVerification::Result::Failed,
                                      result.output.trimmed()};
        // Nor whether the WAL from the oldest backup on is all there: one missing segment ends every restore before it.
        QString infoError;
        const std::optional<BackupCatalog> catalog = pgbackrest.info(&infoError);
        if (catalog && !catalog->backups.isEmpty()) {
            QDateTime lastBefore;
            const QString gap = pgbackrest.firstArchiveGap(catalog->backups.constFirst().walStart, &lastBefore);
            results << BackupVerification{
                u"pgbackrest"_s, u"wal"_s, gap.isEmpty() ? BackupVerification::Result::Passed : BackupVerification::Result::Failed,
                gap.isEmpty() ? QCoreApplication::translate("pgv::BackupVerification", "every WAL segment from %1 on is archived")
                                    .arg(catalog->backups.constFirst().walStart)
                              : QCoreApplication::translate("pgv::BackupVerification", "the repository lacks WAL segment %1: no restore gets past it, so "
                                                                                       "the recoverable window ends at %2. Take a new full backup.")
                                    .arg(gap, lastBefore.isValid() ? lastBefore.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)
                                                                   : QCoreApplication::translate("pgv::BackupVerification", "the backup's end"))};
        }
        // pgbackrest verify checks what the repository holds, not whether that lets a restore follow the cluster
        // onto its current timeline: every timeline's history file must be there.
        const int timeline = pgbackrest.primaryTimeline();
        const QStringList missing = timeline > 0 ? pgbackrest.missingTimelineHistories(timeline) : QStringList();
        results << BackupVerification{
            u"pgbackrest"_s, u"timelines"_s,
            timeline == 0 ? BackupVerification::Result::Skipped
                          : missing.isEmpty() ? BackupVerification::Result::Passed : BackupVerification::Result::Failed,
            timeline == 0 ? QCoreApplication::translate("pgv::BackupVerification", "no primary answers: its timeline is unknown")
            : missing.isEmpty()
                ? QCoreApplication::translate("pgv::BackupVerification", "the history of every timeline up to %1 is archived").arg(timeline)
                : QCoreApplication::translate("pgv::BackupVerification", "the repository lacks %1: a restore cannot follow the cluster onto "
                                                                         "timeline %2 and stops before it. Archive it again from the primary's "
                                                                         "pg_wal (pgbackrest archive-push).")
                      .arg(missing.join(u", "_s))
                      .arg(timeline)};
    }
    return results;
}

} // namespace pgv
