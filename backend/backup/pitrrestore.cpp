// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitrrestore.h"

#include "actions/labactionsupport.h"
#include "actions/labnodeops.h"
#include "archiverstatus.h"
#include "core/lsn.h"
#include "pg/pgsession.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s) + u"+00"_s;
}

/// Whether the archiver's last file is \a segment or a later one. Timeline history files ("00000008.history")
/// and backup labels also pass through pg_stat_archiver; only segment names compare as positions.
bool archivedUpTo(const QString &lastArchived, const QString &segment)
{
    static const QRegularExpression segmentName(u"^[0-9A-F]{24}"_s);
    return segmentName.match(lastArchived).hasMatch() && lastArchived.left(24) >= segment;
}

bool portIsFree(int port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress(QHostAddress::LocalHost), quint16(port));
}

} // namespace

QString RestoreTarget::describe() const
{
    switch (kind) {
    case Kind::Latest: return QCoreApplication::translate("pgv::PgBackRestRestore", "the latest archived WAL");
    case Kind::Time: return QCoreApplication::translate("pgv::PgBackRestRestore", "time %1").arg(utcText(time));
    case Kind::Lsn: return QCoreApplication::translate("pgv::PgBackRestRestore", "LSN %1").arg(value);
    case Kind::Name: return QCoreApplication::translate("pgv::PgBackRestRestore", "restore point %1").arg(value);
    case Kind::Immediate: return QCoreApplication::translate("pgv::PgBackRestRestore", "the end of the backup (consistent)");
    }
    return {};
}

QStringList RestoreTarget::pgbackrestArguments() const
{
    switch (kind) {
    case Kind::Latest: return {u"--type=default"_s};
    case Kind::Time: return {u"--type=time"_s, u"--target="_s + utcText(time)};
    case Kind::Lsn: return {u"--type=lsn"_s, u"--target="_s + value};
    case Kind::Name: return {u"--type=name"_s, u"--target="_s + value};
    case Kind::Immediate: return {u"--type=immediate"_s};
    }
    return {};
}

PgBackRestRestore::PgBackRestRestore(Lab lab, RestoreOptions options)
    : m_lab(lab)
    , m_pgbackrest(std::move(lab))
    , m_options(std::move(options))
{
    if (!m_options.destination.isEmpty())
        m_options.destination = QDir::cleanPath(QDir(m_options.destination).absolutePath());
}

QString PgBackRestRestore::title() const
{
    return tr("Restore of lab %1 to %2 into %3 (port %4)")
        .arg(m_lab.manifest().name, m_options.target.describe(), QDir::toNativeSeparators(m_options.destination))
        .arg(m_options.port);
}

QVariantMap PgBackRestRestore::parameters() const
{
    return {{u"tool"_s, u"pgbackrest"_s},
            {u"destination"_s, m_options.destination},
            {u"port"_s, m_options.port},
            {u"target"_s, m_options.target.describe()},
            {u"after"_s, m_options.promote ? u"promote"_s : u"pause"_s},
            {u"check_query"_s, m_options.checkQuery}};
}

QString PgBackRestRestore::restoredConnInfo() const
{
    ConnInfo info;
    info.set(u"host"_s, u"127.0.0.1"_s);
    info.set(u"port"_s, QString::number(m_options.port));
    info.set(u"user"_s, m_lab.manifest().superuser);
    info.set(u"dbname"_s, u"postgres"_s);
    info.set(u"passfile"_s, m_lab.manifest().passFile());
    return info.toDisplayString();
}

bool PgBackRestRestore::restoredServerRuns() const
{
    QFile pidFile(m_options.destination + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    bool ok = false;
    const qint64 pid = QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong(&ok);
    return ok && pid > 0 && isProcessAlive(pid);
}

QString PgBackRestRestore::lastFatalLine(const QString &logFile)
{
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // The log of a restore is short (it is new); its tail holds why the server stopped.
    const qint64 tail = 64 * 1024;
    if (file.size() > tail)
        file.seek(file.size() - tail);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        if (line->contains(u"FATAL:"_s) || line->contains(u"PANIC:"_s))
            return line->trimmed();
    }
    return {};
}

bool PgBackRestRestore::connectRestored(PgSession &session, QString *error, int timeoutMs) const
{
    PgError pgError;
    if (session.open(*ConnInfo::parse(restoredConnInfo()), QString(), QDeadlineTimer(timeoutMs), &pgError))
        return true;
    *error = pgError.message;
    return false;
}

QList<ActionCheck> PgBackRestRestore::preflight()
{
    QList<ActionCheck> checks;
    m_primary.clear();
    m_archiveEnd.clear();
    QString error;
    const QString program = PgBackRest::findProgram(&error);
    if (program.isEmpty())
        return {failed(tr("pgBackRest"), error)};
    checks << passed(tr("pgBackRest"), program);

    const std::optional<BackupCatalog> catalog = m_pgbackrest.info(&error);
    if (!catalog || catalog->backups.isEmpty()) {
        checks << failed(tr("Backups"), catalog ? tr("The repository holds no backup yet: run pgversectl backup run first.") : error);
        return checks;
    }
    checks << passed(tr("Backups"), tr("%1 in %2").arg(catalog->backups.size()).arg(m_pgbackrest.repositoryFolder()));

    // Up to when can we restore? To now, when archiving works: the first step switches WAL and waits for the
    // archive to have it. Otherwise only to the newest archived segment.
    QDateTime latest;
    const std::optional<QString> primary = m_lab.runningPrimary();
    if (primary) {
        m_primary = *primary;
        PgSession session;
        if (LabNodeOps(m_lab).connect(m_primary, session, &error)) {
            if (const auto archiver = readArchiverStatus(session, &error)) {
                latest = archiver->isFailing() ? archiver->lastArchivedTime : QDateTime::currentDateTimeUtc();
                checks << (archiver->isFailing() ? warned(tr("WAL archiving"), tr("failing since %1 (%2): the newest changes cannot be restored")
                                                                                  .arg(utcText(archiver->lastFailedTime), archiver->lastFailedWal))
                                                 : passed(tr("WAL archiving"), tr("%1 segments archived").arg(archiver->archivedCount)));
            }
        }
    }
    // A history file missing from the repository ends every restore on the timeline before it.
    if (const int timeline = m_pgbackrest.primaryTimeline(); timeline > 1) {
        const QStringList missing = m_pgbackrest.missingTimelineHistories(timeline);
        checks << (missing.isEmpty() ? passed(tr("Timeline history"), tr("archived for every timeline up to %1").arg(timeline))
                                     : warned(tr("Timeline history"), tr("the repository lacks %1: recovery cannot follow the cluster onto "
                                                                         "timeline %2, so a restore ends before it").arg(missing.join(u", "_s)).arg(timeline)));
    }
    if (!latest.isValid() && !catalog->backups.isEmpty())
        latest = catalog->backups.constLast().stopped; // the primary is down: what the newest backup covers for sure
    // With the primary down nothing can be switched and waited for: a restore to the latest WAL must at least get
    // into the newest segment the repository holds (labs keep initdb's 16 MiB segments), or it fell short.
    if (m_primary.isEmpty()) {
        if (const auto start = Lsn::ofSegmentStart(catalog->archiveMax))
            m_archiveEnd = start->toString();
        if (m_options.target.kind == RestoreTarget::Kind::Latest && !catalog->archiveMax.isEmpty()) {
            checks << warned(tr("WAL archiving"), tr("no primary runs: the newest changes are those in the newest archived segment, %1; "
                                                     "what the primary had not archived when it stopped cannot be restored")
                                                      .arg(catalog->archiveMax));
        }
    }
    // A segment missing from the archive ends every restore before it, however well archiving works now.
    QDateTime beforeGap;
    if (const QString gap = m_pgbackrest.firstArchiveGap(catalog->backups.constFirst().walStart, &beforeGap); !gap.isEmpty()) {
        checks << warned(tr("Archived WAL"), tr("the repository lacks segment %1: no restore gets past it").arg(gap));
        if (beforeGap.isValid() && (!latest.isValid() || beforeGap < latest))
            latest = beforeGap;
    }
    m_window = recoveryWindow(catalog->backups, latest);

    const RestoreTarget &target = m_options.target;
    if (target.kind == RestoreTarget::Kind::Time) {
        if (!target.time.isValid())
            checks << failed(tr("Target"), tr("The target time is not a valid time."));
        else if (!m_window.contains(target.time))
            checks << failed(tr("Target"), tr("%1 is outside the recoverable window, %2: choose a time inside it.")
                                               .arg(utcText(target.time), m_window.toDisplayString()));
        else
            checks << passed(tr("Target"), tr("%1, inside %2").arg(target.describe(), m_window.toDisplayString()));
    } else if (target.kind == RestoreTarget::Kind::Lsn) {
        static const QRegularExpression lsn(u"^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$"_s);
        checks << (lsn.match(target.value).hasMatch() ? passed(tr("Target"), target.describe())
                                                       : failed(tr("Target"), tr("%1 is not an LSN (like 0/3000060).").arg(target.value)));
    } else if (target.kind == RestoreTarget::Kind::Name) {
        checks << (target.value.trimmed().isEmpty() ? failed(tr("Target"), tr("Name the restore point (pg_create_restore_point)."))
                                                    : passed(tr("Target"), target.describe()));
    } else {
        checks << passed(tr("Target"), target.describe());
    }

    const QDir destination(m_options.destination);
    if (m_options.destination.isEmpty())
        checks << failed(tr("Destination"), tr("Choose a folder for the restored server."));
    else if (destination.exists() && !destination.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        checks << failed(tr("Destination"), tr("%1 is not empty: restore into a new or empty folder; nothing is overwritten.")
                                                .arg(QDir::toNativeSeparators(m_options.destination)));
    else if (m_options.destination.startsWith(m_lab.manifest().dir + u"/data"_s))
        checks << failed(tr("Destination"), tr("%1 is inside the lab's data folders: choose a folder of its own.").arg(m_options.destination));
    else
        checks << passed(tr("Destination"), QDir::toNativeSeparators(m_options.destination));

    if (m_options.port < 1024 || m_options.port > 65535)
        checks << failed(tr("Port"), tr("Choose a port between 1024 and 65535."));
    else if (!portIsFree(m_options.port))
        checks << failed(tr("Port"), tr("Port %1 on 127.0.0.1 is taken: choose another one.").arg(m_options.port));
    else
        checks << passed(tr("Port"), tr("127.0.0.1:%1 is free").arg(m_options.port));
    return checks;
}

QList<ActionStep> PgBackRestRestore::plan() const
{
    return {
        {tr("Archive the newest WAL"), tr("pg_switch_wal() on %1, then wait until pg_stat_archiver has it").arg(m_primary), false},
        {tr("Restore the files"),
         tr("pgbackrest restore %1 --target-action=%2 --archive-mode=off into %3")
             .arg(m_options.target.pgbackrestArguments().join(u' '), m_options.promote ? u"promote"_s : u"pause"_s,
                  QDir::toNativeSeparators(m_options.destination)),
         false},
        {tr("Start the restored server"), tr("pg_ctl start on 127.0.0.1:%1 as a stand-alone server").arg(m_options.port), false},
        {tr("Reach the target"), m_options.promote ? tr("recovery replays WAL up to %1, then promotes").arg(m_options.target.describe())
                                                   : tr("recovery replays WAL up to %1, then pauses (read-only)").arg(m_options.target.describe()),
         false},
        {tr("Run the check query"), m_options.checkQuery.isEmpty() ? tr("none given: skipped") : m_options.checkQuery, false},
    };
}

ActionOutcome PgBackRestRestore::execute(ActionContext &context)
{
    QString error;
    const QString untouched = tr("The lab is untouched.");
    const auto fail = [&](int step, const QString &message, const QString &state) {
        context.finishStep(step, StepStatus::Failed, message);
        return ActionOutcome{ActionOutcome::Result::Failed, message, state};
    };

    context.startStep(ArchiveNewest);
    if (m_primary.isEmpty()) {
        context.finishStep(ArchiveNewest, StepStatus::Skipped,
                           m_archiveEnd.isEmpty() ? tr("no primary running")
                                                  : tr("no primary running: the end to reach is the newest archived segment, at %1").arg(m_archiveEnd));
    } else {
        PgSession session;
        if (!LabNodeOps(m_lab).connect(m_primary, session, &error))
            return fail(ArchiveNewest, error, untouched);
        // Everything committed before this moment is below this position: a restore to the latest WAL must get there.
        const auto position = LabNodeOps::value(session, u"SELECT pg_current_wal_lsn()"_s, &error);
        const auto segment = position ? LabNodeOps::value(session, u"SELECT pg_walfile_name(pg_switch_wal())"_s, &error) : std::nullopt;
        if (!segment)
            return fail(ArchiveNewest, error, untouched);
        m_archiveEnd = *position;
        std::optional<ArchiverStatus> last;
        // A read that timed out or lost its connection must not spend the rest of the minute failing on a closed
        // session: it connects again. Every 100 ms is quick enough for a step that waits on archive_command.
        const bool archived = pollUntil(
            [&] {
                if (!session.isOpen() && !LabNodeOps(m_lab).connect(m_primary, session, &error))
                    return false;
                const auto status = readArchiverStatus(session, &error);
                if (status)
                    last = status;
                return status && archivedUpTo(status->lastArchivedWal, *segment);
            },
            60000, [&] { return context.cancelRequested(); }, 100);
        if (context.cancelRequested())
            return {ActionOutcome::Result::Cancelled, tr("Cancelled before anything was restored."), untouched};
        if (!archived) {
            // What the archiver said last, so the message points at the cause (a failing archive_command, a read
            // that did not come back) rather than only at where to look.
            const QString seen = last ? tr("pg_stat_archiver last archived %1, %2 failure(s), last failed %3")
                                            .arg(last->lastArchivedWal.isEmpty() ? tr("nothing") : last->lastArchivedWal)
                                            .arg(last->failedCount)
                                            .arg(last->lastFailedWal.isEmpty() ? tr("none") : last->lastFailedWal)
                                      : tr("pg_stat_archiver could not be read: %1").arg(error);
            return fail(ArchiveNewest,
                        tr("%1 did not reach the archive within a minute (%2): look at the server log (%3).")
                            .arg(*segment, seen, m_lab.manifest().logFile(m_primary)),
                        untouched);
        }
        context.finishStep(ArchiveNewest, StepStatus::Done, *segment);
    }

    context.startStep(RestoreFiles);
    if (!QDir().mkpath(m_options.destination) || !QFile::setPermissions(m_options.destination, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
        || !m_lab.serverUser().adopt(m_options.destination, false, &error))
        return fail(RestoreFiles, error.isEmpty() ? tr("Cannot create %1.").arg(m_options.destination) : error, untouched);
    std::atomic_bool cancel = false;
    QStringList arguments{u"--pg1-path="_s + m_options.destination, u"--archive-mode=off"_s};
    arguments << m_options.target.pgbackrestArguments();
    if (m_options.target.kind != RestoreTarget::Kind::Latest)
        arguments << (m_options.promote ? u"--target-action=promote"_s : u"--target-action=pause"_s);
    arguments << u"restore"_s;
    const CommandResult restored = m_pgbackrest.run(arguments, 6 * 3600 * 1000, &cancel);
    if (!restored.ok()) {
        QDir(m_options.destination).removeRecursively();
        return fail(RestoreFiles, restored.failureSummary(u"pgbackrest restore"_s), untouched + u' ' + tr("The partial restore was removed."));
    }
    context.finishStep(RestoreFiles, StepStatus::Done);

    context.startStep(Start);
    const QString log = m_options.destination + u"/pgverse-restore.log"_s;
    const CommandResult started = m_lab.runner().run(
        m_lab.manifest().binDir + u"/pg_ctl"_s,
        {u"-D"_s, m_options.destination, u"-l"_s, log, u"-w"_s, u"-t"_s, u"300"_s, u"-o"_s,
         u"-c port=%1 -c cluster_name=restored-%1"_s.arg(m_options.port), u"start"_s},
        310000);
    const QString stopHint = tr("The restored files stay in %1; stop the server with: pg_ctl -D %1 stop (as %2).")
                                 .arg(m_options.destination, m_lab.serverUser().name());
    if (!started.ok()) {
        QFile file(log);
        const QString tail = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed().split(u'\n').mid(-5).join(u'\n') : QString();
        return fail(Start, started.failureSummary(u"pg_ctl start"_s) + u'\n' + tail, untouched + u' ' + stopHint);
    }
    context.finishStep(Start, StepStatus::Done, u"127.0.0.1:%1"_s.arg(m_options.port));

    context.startStep(ReachTarget);
    PgSession restoredSession;
    QString fatal;
    const bool reached = pollUntil([&] {
        if (!restoredSession.isOpen() && !connectRestored(restoredSession, &error, 2000)) {
            // A server that exited (recovery ended before the target, a missing WAL file…) never comes back:
            // say why at once instead of waiting out the deadline.
            if (!restoredServerRuns()) {
                fatal = lastFatalLine(log);
                if (fatal.isEmpty())
                    fatal = tr("the server exited: %1").arg(error);
            }
            return false;
        }
        const QString sql = m_options.promote || m_options.target.kind == RestoreTarget::Kind::Latest
                                ? u"SELECT NOT pg_is_in_recovery()"_s
                                : u"SELECT pg_get_wal_replay_pause_state() = 'paused'"_s;
        const auto done = LabNodeOps::value(restoredSession, sql, &error, 2000);
        if (!done)
            restoredSession.close();
        return done && *done == u"t";
    }, 600000, [&] { return context.cancelRequested() || !fatal.isEmpty(); });
    if (!fatal.isEmpty())
        return fail(ReachTarget, tr("The restored server stopped before reaching %1: %2 (see %3).").arg(m_options.target.describe(), fatal, log),
                    untouched + u' ' + tr("Nothing runs on port %1; the restored files stay in %2.").arg(m_options.port).arg(m_options.destination));
    if (!reached)
        return fail(ReachTarget, tr("The restored server did not reach %1: %2 (see %3).").arg(m_options.target.describe(), error, log),
                    untouched + u' ' + stopHint);
    // Both stay as recovery left them once it has ended: where replay stopped and the last transaction it applied.
    PgError pgError;
    const auto position = restoredSession.exec(
        u"SELECT pg_last_wal_replay_lsn(), to_char(pg_last_xact_replay_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "pg_last_wal_replay_lsn() >= %1::pg_lsn"_s.arg(m_archiveEnd.isEmpty() ? u"'0/0'"_s : restoredSession.quoteLiteral(m_archiveEnd)),
        QDeadlineTimer(10000), &pgError);
    QString shortBy;
    if (position && !position->rows.isEmpty()) {
        const auto &row = position->rows.first();
        m_reachedLsn = row.value(0).value_or(QString());
        m_reachedTime = QDateTime::fromString(row.value(1).value_or(QString()), Qt::ISODateWithMs);
        if (m_options.target.kind == RestoreTarget::Kind::Latest && !m_archiveEnd.isEmpty() && row.value(2).value_or(QString()) != u"t")
            shortBy = m_archiveEnd;
    }
    const QString reachedText = m_reachedLsn.isEmpty() ? tr("position unknown (%1)").arg(pgError.message)
                                : m_reachedTime.isValid() ? tr("replayed up to %1, last transaction at %2").arg(m_reachedLsn, utcText(m_reachedTime))
                                                          : tr("replayed up to %1, no transaction replayed after the backup").arg(m_reachedLsn);
    if (!shortBy.isEmpty())
        return fail(ReachTarget, tr("Recovery ended at %1, short of the archive's end %2: the archive lacks WAL or a timeline's history file between "
                                    "them, so changes after %1 are not in the restored server (%3). Check the archive with pgversectl backup "
                                    "verify and the primary's pg_stat_archiver.")
                                     .arg(m_reachedLsn, shortBy, reachedText),
                    untouched + u' ' + stopHint);
    context.finishStep(ReachTarget, StepStatus::Done, (m_options.promote ? tr("promoted") : tr("paused")) + u"; "_s + reachedText);

    context.startStep(CheckQuery);
    if (m_options.checkQuery.trimmed().isEmpty()) {
        context.finishStep(CheckQuery, StepStatus::Skipped);
    } else {
        PgError queryError;
        const auto result = restoredSession.exec(m_options.checkQuery, QDeadlineTimer(60000), &queryError);
        if (!result)
            return fail(CheckQuery, tr("The check query failed: %1").arg(queryError.message), stopHint);
        m_checkResult = result->scalar().value_or(QString());
        for (const auto &row : result->rows.mid(0, 5)) {
            QStringList cells;
            for (const auto &cell : row)
                cells << cell.value_or(u"NULL"_s);
            context.log(cells.join(u" | "_s));
        }
        context.finishStep(CheckQuery, StepStatus::Done, m_checkResult);
    }
    return {ActionOutcome::Result::Succeeded,
            tr("Restored to %1 (%2): a stand-alone server runs on 127.0.0.1:%3 with its data in %4.")
                .arg(m_options.target.describe(), reachedText)
                .arg(m_options.port)
                .arg(QDir::toNativeSeparators(m_options.destination)),
            stopHint};
}

QList<ActionCheck> PgBackRestRestore::verify()
{
    PgSession session;
    QString error;
    if (!connectRestored(session, &error))
        return {failed(tr("Restored server"), error)};
    const auto recovering = LabNodeOps::value(session, u"SELECT pg_is_in_recovery()"_s, &error);
    const bool writable = recovering && *recovering == u"f";
    if (m_options.promote || m_options.target.kind == RestoreTarget::Kind::Latest)
        return {writable ? passed(tr("Restored server"), tr("answers on port %1 and accepts writes").arg(m_options.port))
                         : failed(tr("Restored server"), tr("still in recovery"))};
    return {!writable ? passed(tr("Restored server"), tr("answers on port %1, paused at the target (read-only)").arg(m_options.port))
                      : warned(tr("Restored server"), tr("was promoted although pausing was asked for"))};
}

} // namespace pgv
