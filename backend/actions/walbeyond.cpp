// SPDX-License-Identifier: GPL-3.0-or-later
#include "walbeyond.h"

#include "core/units.h"
#include "labnodeops.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

QString WalBeyond::describe() const
{
    if (bytes <= 0)
        return QCoreApplication::translate("pgv::WalBeyond", "no WAL");
    const QString wal = formatBytes(bytes);
    if (commits == 0)
        return QCoreApplication::translate("pgv::WalBeyond", "%1 of WAL without a commit").arg(wal);
    const auto time = [](const QDateTime &t) { return t.toUTC().toString(u"HH:mm:ss.zzz"_s); };
    return QCoreApplication::translate("pgv::WalBeyond", "%n commit(s) (%1 to %2 UTC) in %3 of WAL", nullptr, commits)
        .arg(time(firstCommit), time(lastCommit), wal);
}

WalBeyond parseWalDump(const QString &output, Lsn from)
{
    // rmgr: Transaction len (rec/tot):     34/    34, tx:        745, lsn: 0/03000060, prev 0/03000028, desc: COMMIT 2026-12-02 01:24:03.856703 UTC
    static const QRegularExpression record(u"len \\(rec/tot\\):\\s*\\d+/\\s*(\\d+),.*lsn: ([0-9A-Fa-f]+/[0-9A-Fa-f]+),.*desc: (.*)$"_s);
    static const QRegularExpression commit(u"^COMMIT (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?) UTC"_s);
    WalBeyond beyond;
    beyond.from = from;
    beyond.end = from;
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = record.match(line);
        if (!match.hasMatch())
            continue;
        const auto lsn = Lsn::parse(match.captured(2));
        if (!lsn)
            continue;
        const Lsn end(lsn->value() + match.captured(1).toULongLong());
        if (end <= from)
            continue;
        if (end > beyond.end)
            beyond.end = end;
        const QRegularExpressionMatch committed = commit.match(match.captured(3));
        if (committed.hasMatch()) {
            QDateTime at = QDateTime::fromString(committed.captured(1).left(23), u"yyyy-MM-dd HH:mm:ss.zzz"_s);
            if (!at.isValid())
                at = QDateTime::fromString(committed.captured(1).left(19), u"yyyy-MM-dd HH:mm:ss"_s);
            at.setTimeZone(QTimeZone::utc());
            ++beyond.commits;
            if (!beyond.firstCommit.isValid())
                beyond.firstCommit = at;
            beyond.lastCommit = at;
        }
    }
    beyond.bytes = beyond.end.bytesSince(from);
    return beyond;
}

QList<TimelineFork> newestTimelineHistory(const QStringList &walFolders)
{
    QString newest;
    for (const QString &folder : walFolders) {
        const QStringList histories = QDir(folder).entryList({u"*.history"_s}, QDir::Files, QDir::Name);
        if (!histories.isEmpty() && (newest.isEmpty() || histories.constLast() > QFileInfo(newest).fileName()))
            newest = folder + u'/' + histories.constLast();
    }
    QList<TimelineFork> forks;
    QFile history(newest);
    if (newest.isEmpty() || !history.open(QIODevice::ReadOnly))
        return forks;
    // "1<TAB>0/3000148<TAB>no recovery target specified" per line.
    const QStringList lines = QString::fromUtf8(history.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        if (const auto lsn = fields.size() >= 2 ? Lsn::parse(fields.at(1).trimmed()) : std::nullopt)
            forks << TimelineFork{fields.first().trimmed().toInt(), *lsn};
    }
    return forks;
}

std::optional<WalBeyond> readWalBeyond(const Lab &lab, const QString &node, Lsn readFrom, Lsn from, int timeline, QString *error)
{
    const QString walFolder = lab.manifest().dataDir(node) + u"/pg_wal"_s;
    if (!QDir(walFolder).exists()) {
        *error = QCoreApplication::translate("pgv::WalBeyond", "%1 has no WAL folder (%2)").arg(node, walFolder);
        return std::nullopt;
    }
    // pg_waldump only reads files: it runs as root as well as the server user. It stops with an error at the end of
    // valid WAL, which is where a crashed server's WAL ends; only a start it cannot read is a failure.
    if (timeline <= 0)
        timeline = LabNodeOps(lab).checkpointTimeline(node, error);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    environment.insert(u"TZ"_s, u"UTC"_s);
    process.setProcessEnvironment(environment);
    process.start(lab.manifest().binDir + u"/pg_waldump"_s,
                  {u"--path="_s + walFolder, u"--timeline="_s + QString::number(std::max(1, timeline)), u"--start="_s + std::min(readFrom, from).toString()});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *error = QCoreApplication::translate("pgv::WalBeyond", "pg_waldump did not finish within a minute on %1").arg(node);
        return std::nullopt;
    }
    const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
    const QString problems = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    // "could not find a valid record after X": nothing was written past it.
    if (output.trimmed().isEmpty() && !problems.contains(u"could not find a valid record"_s)) {
        *error = QCoreApplication::translate("pgv::WalBeyond", "pg_waldump cannot read %1's WAL from %2: %3").arg(node, from.toString(), problems);
        return std::nullopt;
    }
    return parseWalDump(output, from);
}

std::optional<WalBeyond> readWalDiscardedByRewind(const Lab &lab, const QString &node, const QString &source, QString *error)
{
    const int timeline = LabNodeOps(lab).checkpointTimeline(node, error);
    if (timeline <= 0)
        return std::nullopt;
    const QList<TimelineFork> forks = newestTimelineHistory({lab.manifest().dataDir(source) + u"/pg_wal"_s});
    if (forks.isEmpty()) {
        *error = QCoreApplication::translate("pgv::WalBeyond", "%1 has no timeline history file: the timelines did not fork").arg(source);
        return std::nullopt;
    }
    for (const TimelineFork &fork : forks) {
        if (fork.parent == timeline)
            return readWalBeyond(lab, node, fork.switchPoint, fork.switchPoint, timeline, error);
    }
    *error = QCoreApplication::translate("pgv::WalBeyond", "%1's history does not fork from timeline %2").arg(source).arg(timeline);
    return std::nullopt;
}

} // namespace pgv
