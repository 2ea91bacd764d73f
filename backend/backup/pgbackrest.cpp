// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgbackrest.h"

#include "actions/labnodeops.h"
#include "actions/timelinearchiving.h"
#include "actions/walbeyond.h"
#include "lab/labfiles.h"
#include "pg/pgsession.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

PgBackRest::PgBackRest(Lab lab)
    : m_lab(std::move(lab))
    , m_program(findProgram(nullptr))
{
}

QString PgBackRest::findProgram(QString *error)
{
    const QString overridden = qEnvironmentVariable("PGVERSE_PGBACKREST");
    const QString program = overridden.isEmpty() ? QStandardPaths::findExecutable(u"pgbackrest"_s) : overridden;
    if (!program.isEmpty() && QFileInfo(program).isExecutable())
        return program;
    if (error)
        *error = tr("pgBackRest is not installed%1: install Debian's package (apt install pgbackrest) or back up with "
                    "--tool basebackup.").arg(overridden.isEmpty() ? QString() : tr(" (PGVERSE_PGBACKREST names %1)").arg(overridden));
    return {};
}

QString PgBackRest::stanza() const
{
    return m_lab.manifest().name;
}

QString PgBackRest::folder() const
{
    return m_lab.manifest().dir + u"/pgbackrest"_s;
}

QString PgBackRest::configFile() const
{
    return folder() + u"/pgbackrest.conf"_s;
}

QString PgBackRest::repositoryFolder() const
{
    return folder() + u"/repo"_s;
}

bool PgBackRest::hasStanza() const
{
    return QFile::exists(repositoryFolder() + u"/backup/"_s + stanza() + u"/backup.info"_s);
}

QString PgBackRest::archiveCommand() const
{
    const QString archived = LabFiles::shellQuote(m_lab.manifest().archiveDir() + u"/"_s) + u"%f"_s;
    // The lab's own copy stays (rejoin and students use it); a segment copied before is not an error.
    // --pg1-path is the data folder of the server that archives (the command runs there): the configuration's
    // pg1-path names the primary of the last backup, and after a switchover archive-push would look for the new
    // primary's WAL, and its timeline history file, in the old one's folder.
    return u"{ test -f %1 || cp %p %1; } && %2 --config=%3 --stanza=%4 --pg1-path=\"$(pwd)\" archive-push %p"_s.arg(
        archived, LabFiles::shellQuote(m_program.isEmpty() ? u"pgbackrest"_s : m_program), LabFiles::shellQuote(configFile()),
        LabFiles::shellQuote(stanza()));
}

bool PgBackRest::writeConfig(const QString &primary, QString *error) const
{
    const LabManifest &lab = m_lab.manifest();
    const auto node = std::find_if(lab.nodes.cbegin(), lab.nodes.cend(), [&](const LabNode &n) { return n.name == primary; });
    if (node == lab.nodes.cend()) {
        *error = tr("%1 is not a node of lab %2.").arg(primary, lab.name);
        return false;
    }
    for (const QString &sub : {u""_s, u"/repo"_s, u"/log"_s, u"/lock"_s, u"/spool"_s}) {
        if (!QDir().mkpath(folder() + sub)) {
            *error = tr("Cannot create %1.").arg(folder() + sub);
            return false;
        }
    }
    // Half the cores this process may use, at most four: the lab's servers keep room to run during a backup, and on a
    // machine (or a process pinned) to one or two cores a second worker only fights the first for the same core.
    const int processes = std::clamp(QThread::idealThreadCount() / 2, 1, 4);
    const QString text = u"# Written by PostgresVerse for lab \"%1\"; rewritten before each backup (the primary may change).\n"
                         "[global]\n"
                         "repo1-path=%2\n"
                         "repo1-retention-full=2\n"
                         "log-path=%3/log\n"
                         "lock-path=%3/lock\n"
                         "spool-path=%3/spool\n"
                         "log-level-console=info\n"
                         "log-level-file=info\n"
                         "start-fast=y\n"
                         "process-max=%8\n"
                         "compress-type=lz4\n"
                         "\n"
                         "[%1]\n"
                         "pg1-path=%4\n"
                         "pg1-port=%5\n"
                         "pg1-socket-path=%6\n"
                         "pg1-user=%7\n"_s.arg(stanza(), repositoryFolder(), folder(), lab.dataDir(primary))
                             .arg(node->port)
                             .arg(lab.socketDir(), lab.superuser)
                             .arg(processes);
    QSaveFile file(configFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(configFile(), file.errorString());
        return false;
    }
    return m_lab.serverUser().adopt(folder(), true, error);
}

bool PgBackRest::enableArchiving(QString *error) const
{
    const LabNodeOps ops(m_lab);
    for (const LabNode &node : m_lab.manifest().nodes) {
        if (!m_lab.runningPid(node.name))
            continue; // a stopped node gets it when it comes back as a standby of one that has it
        PgSession session;
        if (!ops.connect(node.name, session, error))
            return false;
        if (!LabNodeOps::run(session, u"ALTER SYSTEM SET archive_command = %1"_s.arg(session.quoteLiteral(archiveCommand())), error)
            || !LabNodeOps::run(session, u"SELECT pg_reload_conf()"_s, error))
            return false;
    }
    return true;
}

CommandResult PgBackRest::run(const QStringList &arguments, int timeoutMs, const std::atomic_bool *cancel) const
{
    QStringList all{u"--config="_s + configFile(), u"--stanza="_s + stanza()};
    all << arguments;
    return m_lab.runner().run(m_program, all, timeoutMs, cancel);
}

std::optional<BackupCatalog> PgBackRest::info(QString *error) const
{
    if (m_program.isEmpty()) {
        findProgram(error);
        return std::nullopt;
    }
    if (!QFile::exists(configFile())) {
        *error = tr("No pgBackRest repository in lab %1 yet: run a backup with --tool pgbackrest first.").arg(stanza());
        return std::nullopt;
    }
    // --log-level-console=off keeps log lines out of the JSON on stdout.
    const CommandResult result = run({u"--output=json"_s, u"--log-level-console=off"_s, u"--log-level-stderr=off"_s, u"info"_s}, 60000);
    if (!result.ok()) {
        *error = result.failureSummary(u"pgbackrest info"_s);
        return std::nullopt;
    }
    return parsePgBackRestInfo(result.output.toUtf8(), stanza(), error);
}

double PgBackRest::runningBackupPercent() const
{
    // pgBackRest keeps the running backup's progress in its lock file ("pctCplt": percent × 100); reading it costs
    // nothing, where asking `pgbackrest info` costs a process competing with the backup for the CPU.
    QFile lock(folder() + u"/lock/"_s + stanza() + u"-backup.lock"_s);
    if (!lock.open(QIODevice::ReadOnly))
        return -1;
    const QJsonObject state = QJsonDocument::fromJson(lock.readAll()).object();
    return state.contains("pctCplt"_L1) ? state.value("pctCplt"_L1).toDouble() / 100.0 : -1;
}

QStringList PgBackRest::missingTimelineHistories(int currentTimeline) const
{
    QSet<QString> held;
    QDirIterator files(repositoryFolder() + u"/archive/"_s + stanza(), {u"*.history*"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        held.insert(files.nextFileInfo().fileName().left(16)); // "00000002.history", whatever compression suffix follows
    QStringList missing;
    for (int timeline = 2; timeline <= std::min(currentTimeline, 100000); ++timeline) {
        const QString name = TimelineArchiving::historyFileName(timeline);
        if (!held.contains(name))
            missing << name;
    }
    return missing;
}

int PgBackRest::primaryTimeline() const
{
    const std::optional<QString> primary = m_lab.runningPrimary();
    PgSession session;
    QString error;
    if (!primary || !LabNodeOps(m_lab).connect(*primary, session, &error, 3000))
        return 0;
    return LabNodeOps::value(session, u"SELECT ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int"_s, &error, 3000)
        .value_or(u"0"_s)
        .toInt();
}

QString PgBackRest::firstArchiveGap(const QString &fromSegment, QDateTime *lastBefore) const
{
    // Segment names: timeline (8 hex), then the segment number as two 8-hex halves (16 MiB segments: 0x00–0xFF in
    // the second). Archived files are "<name>-<sha1>[.compression]".
    static const QRegularExpression segmentFile(u"^([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})-"_s);
    const auto segmentNumber = [](QStringView hi, QStringView lo) { return hi.toULongLong(nullptr, 16) * 0x100 + lo.toULongLong(nullptr, 16); };
    QHash<QString, QDateTime> archived; // "TTTTTTTT:segno" -> when it was archived
    QList<std::pair<int, quint64>> held; // timeline, segment number
    QDirIterator files(repositoryFolder() + u"/archive/"_s + stanza(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QFileInfo file = files.nextFileInfo();
        const QRegularExpressionMatch match = segmentFile.match(file.fileName());
        if (!match.hasMatch() || file.fileName().contains(u".partial"_s))
            continue;
        const quint64 segno = segmentNumber(match.capturedView(2), match.capturedView(3));
        archived.insert(match.captured(1) + u':' + QString::number(segno), file.lastModified());
        held.append({int(match.capturedView(1).toUInt(nullptr, 16)), segno});
    }
    const QRegularExpressionMatch from = QRegularExpression(u"^([0-9A-F]{8})([0-9A-F]{8})([0-9A-F]{8})$"_s).match(fromSegment);
    if (!from.hasMatch())
        return {};
    // Where each timeline begins, from the newest history file any node has: the primary's, or a standby's that
    // followed it when the primary is down.
    QStringList walFolders;
    for (const LabNode &node : m_lab.manifest().nodes)
        walFolders << m_lab.manifest().dataDir(node.name) + u"/pg_wal"_s;
    QList<std::pair<quint64, int>> starts; // first segment number on a timeline, that timeline
    for (const TimelineFork &fork : newestTimelineHistory(walFolders))
        starts.append({fork.switchPoint.value() / (16ull * 1024 * 1024), fork.parent + 1});
    const auto timelineAt = [&](quint64 segno, int first) {
        int timeline = first;
        for (const auto &[start, child] : std::as_const(starts)) {
            if (segno >= start && child > timeline)
                timeline = child;
        }
        return timeline;
    };
    const int firstTimeline = int(from.capturedView(1).toUInt(nullptr, 16));
    // The end: the newest segment on the cluster's own line of timelines. A crashed primary may have archived
    // segments of its timeline past the fork; those are not on the way and not awaited.
    quint64 newest = 0;
    for (const auto &[timeline, segno] : std::as_const(held)) {
        if (timeline == timelineAt(segno, firstTimeline))
            newest = std::max(newest, segno);
    }
    QDateTime previous;
    for (quint64 segno = segmentNumber(from.capturedView(2), from.capturedView(3)); segno <= newest; ++segno) {
        const int timeline = timelineAt(segno, firstTimeline);
        const QString timelineHex = u"%1"_s.arg(timeline, 8, 16, QLatin1Char('0')).toUpper();
        const auto found = archived.constFind(timelineHex + u':' + QString::number(segno));
        if (found == archived.cend()) {
            if (lastBefore)
                *lastBefore = previous;
            return timelineHex + u"%1%2"_s.arg(segno / 0x100, 8, 16, QLatin1Char('0')).arg(segno % 0x100, 8, 16, QLatin1Char('0')).toUpper();
        }
        previous = *found;
    }
    return {};
}

} // namespace pgv
