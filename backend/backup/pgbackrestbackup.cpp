// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgbackrestbackup.h"

#include "actions/labactionsupport.h"
#include "actions/labnodeops.h"
#include "pg/pgsession.h"

#include <cmath>
#include <QElapsedTimer>
#include <QFile>

#include <future>

using namespace Qt::StringLiterals;

namespace pgv {

PgBackRestBackup::PgBackRestBackup(Lab lab, Type type)
    : m_lab(lab)
    , m_pgbackrest(std::move(lab))
    , m_type(type)
{
}

QString PgBackRestBackup::typeName(Type type)
{
    switch (type) {
    case Type::Full: return u"full"_s;
    case Type::Differential: return u"diff"_s;
    case Type::Incremental: return u"incr"_s;
    }
    return {};
}

QString PgBackRestBackup::title() const
{
    return tr("pgBackRest %1 backup of lab %2").arg(typeName(m_type), m_lab.manifest().name);
}

QVariantMap PgBackRestBackup::parameters() const
{
    return {{u"tool"_s, u"pgbackrest"_s}, {u"type"_s, typeName(m_type)}, {u"repository"_s, m_pgbackrest.repositoryFolder()}};
}

QList<ActionCheck> PgBackRestBackup::preflight()
{
    QList<ActionCheck> checks;
    QString error;
    const QString program = PgBackRest::findProgram(&error);
    checks << (program.isEmpty() ? failed(tr("pgBackRest"), error) : passed(tr("pgBackRest"), program));
    if (m_lab.manifest().kind != LabManifest::Kind::Streaming)
        checks << failed(tr("Lab kind"), tr("In a Patroni lab, Patroni owns archive_command: back it up with --tool basebackup."));
    const std::optional<QString> primary = m_lab.runningPrimary();
    if (!primary) {
        checks << failed(tr("Primary"), tr("No primary of lab %1 is running: start the lab first.").arg(m_lab.manifest().name));
        return checks;
    }
    m_primary = *primary;
    const LabNodeOps ops(m_lab);
    PgSession session;
    if (!ops.connect(m_primary, session, &error)) {
        checks << failed(tr("Primary"), tr("%1 does not answer: %2").arg(m_primary, error));
        return checks;
    }
    checks << passed(tr("Primary"), tr("%1 answers").arg(m_primary));
    const auto mode = LabNodeOps::value(session, u"SELECT current_setting('archive_mode')"_s, &error);
    checks << (mode && *mode != u"off" ? passed(tr("WAL archiving"), tr("archive_mode is %1").arg(*mode))
                                       : failed(tr("WAL archiving"), tr("archive_mode is off: turn it on and restart the primary.")));
    if (m_type != Type::Full && !m_pgbackrest.hasStanza())
        checks << failed(tr("Prior backup"), tr("A %1 backup builds on a full one: run a full backup first.").arg(typeName(m_type)));
    if (m_pgbackrest.hasStanza()) {
        if (const auto catalog = m_pgbackrest.info(&error)) {
            m_newestBefore = catalog->backups.isEmpty() ? QString() : catalog->backups.constLast().label;
            if (catalog->backupRunning)
                checks << failed(tr("Repository"), tr("Another backup of this stanza is running: wait for it to finish."));
            else
                checks << passed(tr("Repository"), tr("%1 backup(s) in %2").arg(catalog->backups.size()).arg(m_pgbackrest.repositoryFolder()));
            if (m_type != Type::Full && catalog->backups.isEmpty())
                checks << failed(tr("Prior backup"), tr("A %1 backup builds on a full one: run a full backup first.").arg(typeName(m_type)));
        }
    }
    return checks;
}

QList<ActionStep> PgBackRestBackup::plan() const
{
    return {
        {tr("Configure the repository and WAL archiving"),
         tr("%1 for primary %2; archive_command also pushes WAL to pgBackRest (ALTER SYSTEM and reload on every running node)")
             .arg(m_pgbackrest.configFile(), m_primary),
         false},
        {tr("Create the stanza"), m_pgbackrest.hasStanza() ? tr("exists: skipped") : tr("pgbackrest stanza-create"), false},
        {tr("Check archiving"), tr("pgbackrest check: a WAL switch must reach the repository"), false},
        {tr("Back up"), tr("pgbackrest backup --type=%1 (start-fast, lz4)").arg(typeName(m_type)), false},
    };
}

ActionOutcome PgBackRestBackup::execute(ActionContext &context)
{
    QString error;
    const auto fail = [&](int step, const QString &message) {
        context.finishStep(step, StepStatus::Failed, message);
        return ActionOutcome{ActionOutcome::Result::Failed, message,
                             tr("The cluster keeps running; earlier backups in %1 are untouched.").arg(m_pgbackrest.repositoryFolder())};
    };
    context.startStep(Configure);
    if (!m_pgbackrest.writeConfig(m_primary, &error) || !m_pgbackrest.enableArchiving(&error))
        return fail(Configure, error);
    context.finishStep(Configure, StepStatus::Done);

    context.startStep(Stanza);
    if (m_pgbackrest.hasStanza()) {
        context.finishStep(Stanza, StepStatus::Skipped, tr("exists"));
    } else {
        const CommandResult created = m_pgbackrest.run({u"stanza-create"_s}, 120000);
        if (!created.ok())
            return fail(Stanza, created.failureSummary(u"pgbackrest stanza-create"_s));
        context.finishStep(Stanza, StepStatus::Done);
    }

    context.startStep(Check);
    const CommandResult checked = m_pgbackrest.run({u"check"_s}, 120000);
    if (!checked.ok())
        return fail(Check, checked.failureSummary(u"pgbackrest check"_s));
    context.finishStep(Check, StepStatus::Done);

    context.startStep(Backup);
    std::atomic_bool stop = false;
    const PgBackRest pgbackrest = m_pgbackrest;
    const QString type = typeName(m_type);
    std::future<CommandResult> backup = std::async(std::launch::async, [pgbackrest, type, &stop] {
        return pgbackrest.run({u"--type="_s + type, u"backup"_s}, 24 * 3600 * 1000, &stop);
    });
    QElapsedTimer clock;
    clock.start();
    while (backup.wait_for(std::chrono::milliseconds(500)) != std::future_status::ready) {
        if (context.cancelRequested())
            stop = true;
        const double percent = pgbackrest.runningBackupPercent();
        if (percent >= 0) {
            ActionProgress progress;
            progress.phase = tr("copying files");
            progress.total = 10000;
            progress.inBytes = false;
            progress.done = qint64(percent * 100);
            const double seconds = clock.elapsed() / 1000.0;
            if (percent > 1)
                progress.secondsLeft = int(std::lround(seconds * (100 - percent) / percent));
            context.progress(progress);
        }
    }
    const CommandResult result = backup.get();
    if (result.cancelled) {
        context.finishStep(Backup, StepStatus::Failed, tr("cancelled"));
        // pgBackRest resumes or cleans an aborted backup itself on the next run; nothing half-made is listed.
        return {ActionOutcome::Result::Cancelled, tr("Backup cancelled."), tr("The cluster is unchanged; the aborted backup is not listed.")};
    }
    if (!result.ok())
        return fail(Backup, result.failureSummary(u"pgbackrest backup"_s));
    context.finishStep(Backup, StepStatus::Done, tr("done in %1 s").arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    // Read after the step ends: the step's time is the backup's alone, comparable with pgbackrest run by hand.
    if (const auto catalog = m_pgbackrest.info(&error); catalog && !catalog->backups.isEmpty()) {
        m_record = catalog->backups.constLast();
        context.log(tr("pgBackRest lists it as %1").arg(m_record.label));
    }
    return {ActionOutcome::Result::Succeeded,
            tr("%1 backup %2 of %3 (%4 in the repository).").arg(typeName(m_type), m_record.label, QLocale().formattedDataSize(m_record.sizeBytes),
                                                                  QLocale().formattedDataSize(m_record.storedBytes)),
            {}};
}

QList<ActionCheck> PgBackRestBackup::verify()
{
    QString error;
    const auto catalog = m_pgbackrest.info(&error);
    if (!catalog)
        return {failed(tr("Catalogue"), error)};
    // Counting would not do: retention expires old backups as new ones arrive.
    if (catalog->backups.isEmpty() || catalog->backups.constLast().label == m_newestBefore)
        return {failed(tr("Catalogue"), tr("pgBackRest lists no new backup."))};
    const BackupRecord &newest = catalog->backups.constLast();
    return {passed(tr("Catalogue"), tr("%1 listed, %2 to %3").arg(newest.label, newest.lsnStart, newest.lsnStop)),
            newest.error ? warned(tr("Page checksums"), tr("pgBackRest found checksum errors while copying"))
                         : passed(tr("Page checksums"), tr("no errors reported"))};
}

} // namespace pgv
