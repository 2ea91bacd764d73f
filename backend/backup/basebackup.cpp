// SPDX-License-Identifier: GPL-3.0-or-later
#include "basebackup.h"

#include "core/jsonarrays.h"
#include "actions/labactionsupport.h"
#include "actions/labnodeops.h"
#include "pg/pgsession.h"

#include <cmath>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStorageInfo>

#include <future>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ProgressIntervalMs = 500;

qint64 folderBytes(const QString &path)
{
    qint64 bytes = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        bytes += it.fileInfo().size();
    }
    return bytes;
}

} // namespace

LabBaseBackup::LabBaseBackup(Lab lab, BaseBackupOptions options)
    : m_lab(std::move(lab))
    , m_options(std::move(options))
{
    if (m_options.targetDir.isEmpty())
        m_options.targetDir = backupsFolder(m_lab) + u"/base-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    m_options.targetDir = QDir::cleanPath(QDir(m_options.targetDir).absolutePath());
}

QString LabBaseBackup::backupsFolder(const Lab &lab)
{
    return lab.manifest().dir + u"/backups"_s;
}

QString LabBaseBackup::title() const
{
    return tr("pg_basebackup of lab %1 into %2").arg(m_lab.manifest().name, QDir::toNativeSeparators(m_options.targetDir));
}

QVariantMap LabBaseBackup::parameters() const
{
    return {{u"tool"_s, u"basebackup"_s},
            {u"format"_s, m_options.format == BaseBackupOptions::Format::Tar ? u"tar"_s : u"plain"_s},
            {u"compress"_s, m_options.compress},
            {u"target"_s, m_options.targetDir},
            {u"max_rate_kb"_s, m_options.maxRateKbPerSecond}};
}

QList<ActionCheck> LabBaseBackup::preflight()
{
    QList<ActionCheck> checks;
    const QString program = m_lab.manifest().binDir + u"/pg_basebackup"_s;
    checks << (QFileInfo(program).isExecutable() ? passed(tr("pg_basebackup"), program)
                                                 : failed(tr("pg_basebackup"), tr("%1 is missing: install postgresql-client.").arg(program)));
    const std::optional<QString> primary = m_lab.runningPrimary();
    if (!primary) {
        checks << failed(tr("Primary"), tr("No primary of lab %1 is running: start the lab first.").arg(m_lab.manifest().name));
        return checks;
    }
    m_primary = *primary;
    const LabNodeOps ops(m_lab);
    PgSession session;
    QString error;
    qint64 databaseBytes = 0;
    if (!ops.connect(m_primary, session, &error)) {
        checks << failed(tr("Primary"), tr("%1 does not answer: %2").arg(m_primary, error));
        return checks;
    }
    checks << passed(tr("Primary"), tr("%1 answers").arg(m_primary));
    if (const auto size = LabNodeOps::value(session, u"SELECT sum(pg_database_size(oid))::bigint FROM pg_database"_s, &error))
        databaseBytes = size->toLongLong();

    const QDir target(m_options.targetDir);
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        checks << failed(tr("Destination"), tr("%1 is not empty: choose a new folder.").arg(QDir::toNativeSeparators(m_options.targetDir)));
    else
        checks << passed(tr("Destination"), QDir::toNativeSeparators(m_options.targetDir));

    QString existing = m_options.targetDir;
    while (!QFileInfo::exists(existing) && existing != u"/"_s)
        existing = QFileInfo(existing).absolutePath();
    const QStorageInfo storage(existing);
    const qint64 needed = databaseBytes + databaseBytes / 10;
    if (storage.isValid() && storage.bytesAvailable() < needed)
        checks << failed(tr("Free space"), tr("%1 free, the databases take %2: free space or choose another disk.")
                                               .arg(QLocale().formattedDataSize(storage.bytesAvailable()), QLocale().formattedDataSize(databaseBytes)));
    else
        checks << passed(tr("Free space"), tr("%1 free for about %2").arg(QLocale().formattedDataSize(storage.bytesAvailable()),
                                                                           QLocale().formattedDataSize(databaseBytes)));
    if (m_options.compress && m_options.format == BaseBackupOptions::Format::Plain)
        checks << failed(tr("Format"), tr("Compression needs the tar format: a plain backup is a folder a server starts from."));
    return checks;
}

QList<ActionStep> LabBaseBackup::plan() const
{
    const bool tar = m_options.format == BaseBackupOptions::Format::Tar;
    return {
        {tr("Stream a base backup of %1").arg(m_primary),
         tr("pg_basebackup -D %1 -F %2%3 -X stream -c fast --manifest-checksums=CRC32C; cancelling removes the partial copy")
             .arg(QDir::toNativeSeparators(m_options.targetDir), tar ? u"t"_s : u"p"_s, m_options.compress ? u" -z"_s : QString()),
         false},
        {tr("Verify the backup"),
         tar ? tr("pg_verifybackup of PostgreSQL 15 reads plain backups only: the manifest is kept for a later check")
             : tr("pg_verifybackup checks every file against the manifest and that the WAL needed is there"),
         false},
    };
}

ActionOutcome LabBaseBackup::execute(ActionContext &context)
{
    const LabManifest &lab = m_lab.manifest();
    const LabNode *primary = nullptr;
    for (const LabNode &node : lab.nodes) {
        if (node.name == m_primary)
            primary = &node;
    }
    if (!primary)
        return {ActionOutcome::Result::Failed, tr("The primary is gone."), tr("Nothing was changed.")};
    if (!QDir().mkpath(QFileInfo(m_options.targetDir).absolutePath())
        || !m_lab.serverUser().adopt(QFileInfo(m_options.targetDir).absolutePath(), false, nullptr)) {
        return {ActionOutcome::Result::Failed, tr("Cannot create %1.").arg(QFileInfo(m_options.targetDir).absolutePath()), tr("Nothing was changed.")};
    }

    QStringList arguments{u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(primary->port), u"-U"_s, lab.replicationUser,
                          u"-D"_s, m_options.targetDir, u"-F"_s, m_options.format == BaseBackupOptions::Format::Tar ? u"t"_s : u"p"_s,
                          u"-X"_s, u"stream"_s, u"-c"_s, u"fast"_s, u"--manifest-checksums=CRC32C"_s, u"-w"_s};
    if (m_options.compress)
        arguments << u"-z"_s;
    if (m_options.maxRateKbPerSecond > 0)
        arguments << u"--max-rate=%1k"_s.arg(m_options.maxRateKbPerSecond);

    // Progress comes from the server's view of this backup, polled on a session of our own, opened beforehand.
    const LabNodeOps ops(m_lab);
    PgSession progressSession;
    QString error;
    ops.connect(m_primary, progressSession, &error);

    context.startStep(Stream);
    m_record.started = QDateTime::currentDateTimeUtc();
    std::atomic_bool stop = false;
    const CommandRunner runner = m_lab.runner();
    const QString program = lab.binDir + u"/pg_basebackup"_s;
    std::future<CommandResult> backup = std::async(std::launch::async, [runner, program, arguments, &stop] {
        return runner.run(program, arguments, 24 * 3600 * 1000, &stop);
    });

    QElapsedTimer clock;
    clock.start();
    qint64 streamingSinceMs = -1, doneAtStreamingStart = 0;
    // wait_for returns as soon as pg_basebackup ends: a fixed sleep would add up to an interval to every backup.
    while (backup.wait_for(std::chrono::milliseconds(ProgressIntervalMs)) != std::future_status::ready) {
        if (context.cancelRequested())
            stop = true;
        if (!progressSession.isOpen())
            continue;
        PgError pgError;
        const auto rows = progressSession.exec(u"SELECT phase, backup_total, backup_streamed FROM pg_stat_progress_basebackup"_s,
                                               QDeadlineTimer(2000), &pgError);
        if (!rows || rows->rows.isEmpty())
            continue;
        ActionProgress progress;
        progress.phase = rows->rows.first().value(0).value_or(QString());
        progress.total = rows->rows.first().value(1).value_or(u"0"_s).toLongLong();
        progress.done = rows->rows.first().value(2).value_or(u"0"_s).toLongLong();
        if (progress.done > 0 && streamingSinceMs < 0) {
            streamingSinceMs = clock.elapsed();
            doneAtStreamingStart = progress.done;
        }
        const double seconds = streamingSinceMs < 0 ? 0 : (clock.elapsed() - streamingSinceMs) / 1000.0;
        if (seconds > 0.2) {
            progress.bytesPerSecond = (progress.done - doneAtStreamingStart) / seconds;
            if (progress.bytesPerSecond > 0 && progress.total >= progress.done)
                progress.secondsLeft = int(std::lround((progress.total - progress.done) / progress.bytesPerSecond));
        }
        context.progress(progress);
    }
    const CommandResult result = backup.get();
    if (result.cancelled || !result.ok()) {
        QDir(m_options.targetDir).removeRecursively();
        const bool cancelled = result.cancelled;
        context.finishStep(Stream, StepStatus::Failed, cancelled ? tr("cancelled") : result.failureSummary(u"pg_basebackup"_s));
        const QString state = tr("The partial backup in %1 was removed; the cluster is unchanged.").arg(QDir::toNativeSeparators(m_options.targetDir));
        return cancelled ? ActionOutcome{ActionOutcome::Result::Cancelled, tr("Backup cancelled."), state}
                         : ActionOutcome{ActionOutcome::Result::Failed, result.failureSummary(u"pg_basebackup"_s), state};
    }
    m_record.stopped = QDateTime::currentDateTimeUtc();
    const double seconds = clock.elapsed() / 1000.0;
    context.finishStep(Stream, StepStatus::Done, tr("done in %1 s").arg(seconds, 0, 'f', 1));
    readManifest();
    context.log(tr("%1 streamed in %2 s").arg(QLocale().formattedDataSize(m_record.sizeBytes)).arg(seconds, 0, 'f', 1));

    context.startStep(Verify);
    if (m_options.format == BaseBackupOptions::Format::Tar) {
        context.finishStep(Verify, StepStatus::Skipped, tr("tar backups cannot be verified by pg_verifybackup 15"));
    } else {
        const CommandResult verification = runner.run(lab.binDir + u"/pg_verifybackup"_s, {m_options.targetDir}, 3600 * 1000);
        m_record.verified = verification.ok();
        if (!verification.ok()) {
            writeRecord(&error);
            context.finishStep(Verify, StepStatus::Failed, verification.failureSummary(u"pg_verifybackup"_s));
            return {ActionOutcome::Result::Failed, verification.failureSummary(u"pg_verifybackup"_s),
                    tr("The backup in %1 did not verify: do not rely on it.").arg(QDir::toNativeSeparators(m_options.targetDir))};
        }
        context.finishStep(Verify, StepStatus::Done, verification.output.trimmed().split(u'\n').constLast());
    }
    if (!writeRecord(&error))
        context.log(error);
    return {ActionOutcome::Result::Succeeded,
            tr("Backup of %1 in %2 (%3).").arg(m_primary, QDir::toNativeSeparators(m_options.targetDir), QLocale().formattedDataSize(m_record.sizeBytes)),
            {}};
}

QList<ActionCheck> LabBaseBackup::verify()
{
    QList<ActionCheck> checks;
    const bool manifest = QFile::exists(m_options.targetDir + u"/backup_manifest"_s);
    checks << (manifest ? passed(tr("Manifest"), tr("backup_manifest written"))
                        : failed(tr("Manifest"), tr("%1 has no backup_manifest").arg(m_options.targetDir)));
    if (m_record.verified)
        checks << (*m_record.verified ? passed(tr("Verified"), tr("pg_verifybackup found every file intact"))
                                      : failed(tr("Verified"), tr("pg_verifybackup reported problems")));
    return checks;
}

void LabBaseBackup::readManifest()
{
    m_record.tool = u"basebackup"_s;
    m_record.type = u"full"_s;
    m_record.label = QFileInfo(m_options.targetDir).fileName();
    m_record.location = m_options.targetDir;
    m_record.storedBytes = folderBytes(m_options.targetDir);
    QFile file(m_options.targetDir + u"/backup_manifest"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject manifest = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &entry : constArray(manifest.value("Files"_L1)))
        m_record.sizeBytes += qint64(entry.toObject().value("Size"_L1).toDouble());
    const QJsonArray ranges = manifest.value("WAL-Ranges"_L1).toArray();
    if (!ranges.isEmpty()) {
        m_record.lsnStart = ranges.first().toObject().value("Start-LSN"_L1).toString();
        m_record.lsnStop = ranges.last().toObject().value("End-LSN"_L1).toString();
    }
}

bool LabBaseBackup::writeRecord(QString *error) const
{
    QSaveFile file(m_options.targetDir + u".json"_s);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(backupRecordToJson(m_record)).toJson()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QList<BackupRecord> LabBaseBackup::list(const Lab &lab)
{
    QList<BackupRecord> records;
    const QDir folder(backupsFolder(lab));
    for (const QFileInfo &info : folder.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        BackupRecord record;
        record.tool = object.value("tool"_L1).toString();
        record.label = object.value("label"_L1).toString();
        record.type = object.value("type"_L1).toString();
        record.started = QDateTime::fromString(object.value("started"_L1).toString(), Qt::ISODate);
        record.stopped = QDateTime::fromString(object.value("stopped"_L1).toString(), Qt::ISODate);
        record.sizeBytes = qint64(object.value("size_bytes"_L1).toDouble());
        record.storedBytes = qint64(object.value("stored_bytes"_L1).toDouble());
        record.lsnStart = object.value("lsn_start"_L1).toString();
        record.lsnStop = object.value("lsn_stop"_L1).toString();
        record.location = object.value("location"_L1).toString();
        if (object.value("verified"_L1).isBool())
            record.verified = object.value("verified"_L1).toBool();
        if (QFileInfo::exists(record.location))
            records << record;
    }
    return records;
}

} // namespace pgv
