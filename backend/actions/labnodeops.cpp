// SPDX-License-Identifier: GPL-3.0-or-later
#include "labnodeops.h"

#include "core/commandtranscript.h"

#include "lab/labfiles.h"
#include "labactionsupport.h"
#include "walbeyond.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace pgv {

LabNodeOps::LabNodeOps(const Lab &lab)
    : m_lab(lab)
{
}

bool LabNodeOps::connect(const QString &node, PgSession &session, QString *error, int timeoutMs) const
{
    const LabNode *labNode = m_lab.manifest().node(node);
    if (!labNode) {
        *error = tr("the lab has no node %1").arg(node);
        return false;
    }
    auto info = ConnInfo::parse(m_lab.manifest().conninfo(*labNode));
    info->set(u"application_name"_s, u"pgverse-action"_s);
    info->set(u"target_session_attrs"_s, u"any"_s);
    PgError pgError;
    if (!session.open(*info, {}, QDeadlineTimer(timeoutMs), &pgError)) {
        *error = tr("cannot connect to %1: %2").arg(node, pgError.message);
        return false;
    }
    return true;
}

std::optional<QString> LabNodeOps::value(PgSession &session, const QString &sql, QString *error, int timeoutMs)
{
    PgError pgError;
    const auto result = session.exec(sql, QDeadlineTimer(timeoutMs), &pgError);
    if (!result) {
        *error = pgError.message;
        return std::nullopt;
    }
    return result->scalar().value_or(QString());
}

std::optional<QString> LabNodeOps::valueOn(const QString &node, PgSession &session, const QString &sql, QString *error, int timeoutMs) const
{
    if (!session.isOpen() && !connect(node, session, error, timeoutMs))
        return std::nullopt;
    return value(session, sql, error, timeoutMs);
}

bool LabNodeOps::run(PgSession &session, const QString &sql, QString *error, int timeoutMs)
{
    return value(session, sql, error, timeoutMs).has_value();
}

bool LabNodeOps::promote(const QString &node, PgSession &session, int timeoutMs, QString *error) const
{
    if (!valueOn(node, session, u"SELECT pg_promote(false)"_s, error, 5000))
        return false;
    constexpr int kNudgeEveryMs = 250;
    QElapsedTimer sinceNudge;
    sinceNudge.start();
    return pollUntil(
        [&] {
            if (valueOn(node, session, u"SELECT NOT pg_is_in_recovery()"_s, error, 2000) == u"t")
                return true;
            if (sinceNudge.elapsed() >= kNudgeEveryMs) {
                valueOn(node, session, u"SELECT pg_reload_conf()"_s, error, 2000);
                sinceNudge.restart();
            }
            return false;
        },
        timeoutMs);
}

bool LabNodeOps::stopFast(const QString &node, QString *error, int timeoutMs) const
{
    const auto pid = m_lab.runningPid(node);
    if (!pid)
        return true;
    CommandTranscript::note(tr("$ kill -INT %1   (fast shutdown of %2: what pg_ctl stop -m fast sends)").arg(*pid).arg(node));
    if (::kill(static_cast<pid_t>(*pid), SIGINT) != 0) {
        *error = tr("cannot signal %1 (pid %2): %3").arg(node).arg(*pid).arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    // The postmaster removes its pid file as its very last act, as pg_ctl relies on.
    const QString pidFile = m_lab.manifest().dataDir(node) + u"/postmaster.pid"_s;
    if (!pollUntil([&] { return !QFile::exists(pidFile) || !isProcessAlive(*pid); }, timeoutMs)) {
        *error = tr("%1 did not shut down within %2 s").arg(node).arg(timeoutMs / 1000);
        return false;
    }
    return true;
}

bool LabNodeOps::killServer(const QString &node, QString *error) const
{
    const auto pid = m_lab.runningPid(node);
    if (!pid)
        return true;
    // Children first would let the postmaster restart them; a stopped postmaster (SIGKILL) cannot.
    const QList<pid_t> children = childProcesses(static_cast<pid_t>(*pid));
    CommandTranscript::note(tr("$ kill -KILL %1 and its %2 children   (%3 must not write again)").arg(*pid).arg(children.size()).arg(node));
    ::kill(static_cast<pid_t>(*pid), SIGKILL);
    for (pid_t child : children)
        ::kill(child, SIGKILL);
    if (!pollUntil([&] { return !isProcessAlive(*pid); }, 10000)) {
        *error = tr("%1 (pid %2) survived SIGKILL").arg(node).arg(*pid);
        return false;
    }
    for (pid_t child : children)
        pollUntil([&] { return !isProcessAlive(child); }, 5000);
    return true;
}

namespace {
struct ControlData
{
    bool shutDown = false;
    std::optional<Lsn> latestCheckpoint;
    int timeline = 0; ///< of the latest checkpoint
};
} // namespace

static std::optional<ControlData> readControlData(const LabManifest &manifest, const QString &node, QString *error)
{
    // pg_controldata only reads a file; it runs as root as well as the server user, without runuser's cost.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    process.setProcessEnvironment(environment);
    process.start(manifest.binDir + u"/pg_controldata"_s, {u"-D"_s, manifest.dataDir(node)});
    if (!process.waitForFinished(10000) || process.exitCode() != 0) {
        *error = LabNodeOps::tr("pg_controldata failed on %1: %2").arg(node, QString::fromLocal8Bit(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    const QString text = QString::fromLocal8Bit(process.readAllStandardOutput());
    static const QRegularExpression checkpoint(u"Latest checkpoint location:\\s+(\\S+)"_s);
    static const QRegularExpression state(u"Database cluster state:\\s+(.+)"_s);
    ControlData data;
    const auto checkpointMatch = checkpoint.match(text);
    if (checkpointMatch.hasMatch())
        data.latestCheckpoint = Lsn::parse(checkpointMatch.captured(1));
    data.shutDown = state.match(text).captured(1).trimmed() == u"shut down";
    static const QRegularExpression timeline(u"Latest checkpoint's TimeLineID:\\s+(\\d+)"_s);
    data.timeline = timeline.match(text).captured(1).toInt();
    return data;
}

std::optional<Lsn> LabNodeOps::shutDownToCheckpoint(const QString &node, QString *error, int timeoutMs) const
{
    const auto pid = m_lab.runningPid(node);
    if (pid)
        CommandTranscript::note(tr("$ kill -INT %1   (fast shutdown of %2, waiting for its shutdown checkpoint)").arg(*pid).arg(node));
    if (pid && ::kill(static_cast<pid_t>(*pid), SIGINT) != 0) {
        *error = tr("cannot signal %1 (pid %2): %3").arg(node).arg(*pid).arg(QString::fromLocal8Bit(strerror(errno)));
        return std::nullopt;
    }
    std::optional<Lsn> checkpoint;
    const bool done = pollUntil(
        [&] {
            const auto data = readControlData(m_lab.manifest(), node, error);
            if (data && data->shutDown)
                checkpoint = data->latestCheckpoint;
            return checkpoint.has_value();
        },
        timeoutMs);
    if (!done && error->isEmpty())
        *error = tr("%1 did not write its shutdown checkpoint within %2 s").arg(node).arg(timeoutMs / 1000);
    return done ? checkpoint : std::nullopt;
}

bool LabNodeOps::waitUntilStopped(const QString &node, QString *error, int timeoutMs) const
{
    const auto pid = m_lab.runningPid(node);
    if (!pid)
        return true;
    const QString pidFile = m_lab.manifest().dataDir(node) + u"/postmaster.pid"_s;
    if (!pollUntil([&] { return !QFile::exists(pidFile) || !isProcessAlive(*pid); }, timeoutMs)) {
        *error = tr("%1 did not shut down within %2 s").arg(node).arg(timeoutMs / 1000);
        return false;
    }
    return true;
}

int LabNodeOps::checkpointTimeline(const QString &node, QString *error) const
{
    const auto data = readControlData(m_lab.manifest(), node, error);
    return data ? data->timeline : 0;
}

std::optional<Lsn> LabNodeOps::latestCheckpoint(const QString &node, QString *error) const
{
    const auto data = readControlData(m_lab.manifest(), node, error);
    if (data && !data->latestCheckpoint)
        *error = tr("pg_controldata of %1 shows no checkpoint location").arg(node);
    return data ? data->latestCheckpoint : std::nullopt;
}

QString LabNodeOps::upstreamConnInfo(const QString &upstream, const QString &standby) const
{
    const LabNode *node = m_lab.manifest().node(upstream);
    ConnInfo info;
    info.set(u"host"_s, u"127.0.0.1"_s);
    info.set(u"port"_s, QString::number(node ? node->port : 0));
    info.set(u"user"_s, m_lab.manifest().replicationUser);
    info.set(u"passfile"_s, m_lab.manifest().passFile());
    info.set(u"application_name"_s, standby);
    return info.toDisplayString();
}

bool LabNodeOps::configureStandby(const QString &node, const QString &upstream, QString *error) const
{
    const LabManifest &manifest = m_lab.manifest();
    const LabNode *standbyNode = manifest.node(node);
    const LabNode *upstreamNode = manifest.node(upstream);
    if (!standbyNode || !upstreamNode) {
        *error = tr("unknown node %1 or %2").arg(node, upstream);
        return false;
    }
    const QString data = manifest.dataDir(node);
    CommandTranscript::note(tr("$ touch %1/standby.signal; append primary_conninfo (to %2) and primary_slot_name = '%3' to %1/postgresql.auto.conf")
                                .arg(data, upstream, node));
    QFile signal(data + u"/standby.signal"_s);
    QFile settings(data + u"/postgresql.auto.conf"_s);
    // Appended: in postgresql.auto.conf the last setting wins, whatever pg_rewind or an old ALTER SYSTEM left above.
    if (!signal.open(QIODevice::WriteOnly) || !settings.open(QIODevice::Append)
        || settings.write(LabFiles::standbySettings(manifest, *upstreamNode, *standbyNode).toUtf8()) < 0) {
        *error = tr("cannot write the standby settings of %1: %2").arg(node, settings.errorString());
        return false;
    }
    signal.close();
    settings.close();
    return m_lab.serverUser().adopt(signal.fileName(), false, error) && m_lab.serverUser().adopt(settings.fileName(), false, error);
}

bool LabNodeOps::repoint(PgSession &standby, const QString &node, const QString &upstream, QString *error) const
{
    // ALTER SYSTEM refuses to run in a transaction block, so each statement goes on its own.
    return run(standby, u"ALTER SYSTEM SET primary_conninfo = "_s + standby.quoteLiteral(upstreamConnInfo(upstream, node)), error)
           && run(standby, u"ALTER SYSTEM SET primary_slot_name = "_s + standby.quoteLiteral(node), error)
           && run(standby, u"SELECT pg_reload_conf()"_s, error);
}

bool LabNodeOps::ensureSlots(PgSession &primary, const QStringList &names, QString *error)
{
    for (const QString &name : names) {
        const QString literal = primary.quoteLiteral(name);
        if (!run(primary, u"SELECT pg_create_physical_replication_slot(%1, true) WHERE NOT EXISTS "
                          "(SELECT 1 FROM pg_replication_slots WHERE slot_name = %1)"_s.arg(literal), error))
            return false;
    }
    return true;
}

bool LabNodeOps::dropInactiveSlots(PgSession &standby, QString *error, QStringView type)
{
    return run(standby, u"SELECT count(pg_drop_replication_slot(slot_name)) FROM pg_replication_slots "
                        "WHERE NOT active AND slot_type = %1"_s.arg(standby.quoteLiteral(type.toString())), error);
}

bool LabNodeOps::rewind(const QString &node, const QString &source, QString *error) const
{
    const LabNode *sourceNode = m_lab.manifest().node(source);
    if (!sourceNode) {
        *error = tr("unknown node %1").arg(source);
        return false;
    }
    m_lab.clearStaleLockFiles(node);
    // A target that was not shut down cleanly gets crash recovery from pg_rewind in single-user mode, which refuses
    // to run with standby.signal present; the caller writes it again when it configures the node as a standby.
    QFile::remove(m_lab.manifest().dataDir(node) + u"/standby.signal"_s);
    const CommandResult result = m_lab.runner().run(m_lab.manifest().binDir + u"/pg_rewind"_s,
                                                    {u"--target-pgdata"_s, m_lab.manifest().dataDir(node), u"--source-server"_s,
                                                     m_lab.manifest().conninfo(*sourceNode), u"--progress"_s},
                                                    600000);
    if (!result.ok()) {
        *error = result.failureSummary(u"pg_rewind"_s);
        return false;
    }
    return true;
}

bool LabNodeOps::rejoinStopped(const QString &node, const QString &upstream, int timeline, QString *whyRewound, QString *error) const
{
    whyRewound->clear();
    error->clear();
    auto startAsStandby = [&](int waitMs) {
        return configureStandby(node, upstream, error) && (unfence(node), m_lab.startNode(node, error))
               && waitUntilStreaming(m_lab, node, upstream, timeline, waitMs);
    };
    // WAL past the point where the upstream's timeline forked (a crashed primary's unsent commits) means it cannot
    // follow as it is: found in its files at once, where starting it to find out costs the whole wait.
    QString walError;
    const auto diverged = readWalDiscardedByRewind(m_lab, node, upstream, &walError);
    if (diverged && diverged->bytes > 0) {
        *whyRewound = tr("it has %1 past the point where %2's timeline forked").arg(diverged->describe(), upstream);
    } else {
        if (startAsStandby(20000))
            return true;
        *whyRewound = error->isEmpty() ? tr("it does not stream from %1").arg(upstream) : *error;
    }
    if (stopFast(node, error, 30000) && fence(node, tr("being rewound"), error) && rewind(node, upstream, error) && startAsStandby(30000))
        return true;
    QString fenceError;
    if (!m_lab.runningPid(node))
        fence(node, tr("could not be rejoined as a standby of %1").arg(upstream), &fenceError);
    return false;
}

bool LabNodeOps::fence(const QString &node, const QString &reason, QString *error) const
{
    QFile marker(m_lab.fenceFile(node));
    CommandTranscript::note(tr("$ echo '%1' > %2   (the fence: the lab refuses to start %3 until it is rejoined)").arg(reason, marker.fileName(), node));
    if (!marker.open(QIODevice::WriteOnly) || marker.write(reason.toUtf8() + '\n') < 0) {
        *error = tr("cannot fence %1: %2").arg(node, marker.errorString());
        return false;
    }
    return true;
}

void LabNodeOps::unfence(const QString &node) const
{
    if (QFile::exists(m_lab.fenceFile(node)))
        CommandTranscript::note(tr("$ rm %1   (%2 may start again)").arg(m_lab.fenceFile(node), node));
    QFile::remove(m_lab.fenceFile(node));
}

} // namespace pgv
