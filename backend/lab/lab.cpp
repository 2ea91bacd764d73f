// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"

#include "labfiles.h"

#include <QDir>
#include <QFile>
#include <QTcpServer>

#include <csignal>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
constexpr int kServerStartTimeoutS = 60;
}

Lab::Lab(LabManifest manifest, ServerUser user)
    : m_manifest(std::move(manifest))
    , m_user(std::move(user))
{
}

std::optional<Lab> Lab::open(const QString &dir, QString *error)
{
    auto manifest = LabManifest::load(dir, error);
    if (!manifest)
        return std::nullopt;
    auto user = ServerUser::resolve(manifest->serverUser, error);
    if (!user)
        return std::nullopt;
    return Lab(std::move(*manifest), std::move(*user));
}

CommandRunner Lab::runner() const
{
    // The server user may not be able to enter our working folder; the lab folder it can.
    CommandRunner runner(m_user, m_manifest.dir);
    runner.setEnvironment(u"PGPASSFILE"_s, m_manifest.passFile());
    return runner;
}

std::optional<qint64> Lab::runningPid(const QString &node) const
{
    return m_manifest.isPatroni() && !m_manifest.isSubscriber(node) ? pidFromFile(node) : postgresPid(node);
}

std::optional<qint64> Lab::postgresPid(const QString &node) const
{
    QFile pidFile(m_manifest.dataDir(node) + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 pid = QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong(&ok);
    if (!ok || pid <= 0)
        return std::nullopt;
    if (!isProcessAlive(pid))
        return std::nullopt; // a stale file left by a crash
    return pid;
}

void Lab::clearStaleLockFiles(const QString &node) const
{
    const QString path = m_manifest.dataDir(node) + u"/postmaster.pid"_s;
    if (QFile::exists(path) && !postgresPid(node))
        QFile::remove(path);
    // The socket's lock file names the postmaster too, and PostgreSQL refuses to start while kill(pid, 0) succeeds
    // for it, which it does for a killed postmaster nobody has reaped yet (a zombie: where PID 1 of a container
    // reaps late, for a second or more after a crash). A zombie runs nothing: its lock is stale.
    const LabNode *labNode = m_manifest.member(node);
    if (!labNode)
        return;
    QFile socketLock(m_manifest.socketDir() + u"/.s.PGSQL.%1.lock"_s.arg(labNode->port));
    if (!socketLock.open(QIODevice::ReadOnly))
        return;
    bool ok = false;
    const qint64 pid = QString::fromLatin1(socketLock.readLine()).trimmed().toLongLong(&ok);
    socketLock.close();
    if (ok && pid > 0 && !isProcessAlive(pid))
        socketLock.remove();
}

bool Lab::isStandby(const QString &node) const
{
    // In a Patroni lab, Patroni decides and the files say nothing lasting.
    return !m_manifest.isPatroni() && QFile::exists(m_manifest.dataDir(node) + u"/standby.signal"_s);
}

std::optional<QString> Lab::runningPrimary() const
{
    for (const LabNode &node : m_manifest.nodes) {
        if (runningPid(node.name) && !isStandby(node.name))
            return node.name;
    }
    return std::nullopt;
}

bool Lab::isFenced(const QString &node) const
{
    return QFile::exists(fenceFile(node));
}

QString Lab::logTail(const QString &node, int lines) const
{
    QFile log(m_manifest.logFile(node));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    if (log.size() > 16384)
        log.seek(log.size() - 16384);
    const QStringList all = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

CommandResult Lab::initdb(const QString &member, const QString &passwordFile, const std::atomic_bool *cancel) const
{
    CommandResult result = runner().run(m_manifest.binDir + u"/initdb"_s,
                                        {u"-D"_s, m_manifest.dataDir(member), u"-U"_s, m_manifest.superuser, u"--pwfile"_s, passwordFile,
                                         u"--auth=scram-sha-256"_s, u"-E"_s, u"UTF8"_s, u"--locale=C"_s},
                                        120000, cancel);
    QFile::remove(passwordFile);
    return result;
}

bool Lab::startNode(const QString &node, QString *error) const
{
    const LabNode *labNode = m_manifest.member(node);
    if (!labNode) {
        if (error)
            *error = tr("The lab has no node named \"%1\".").arg(node);
        return false;
    }
    if (runningPid(node))
        return true;
    if (m_manifest.isSubscriber(node))
        return startServer(*labNode, error); // a cluster of its own: no primary of the lab's cluster to clash with
    if (m_manifest.isPatroni())
        return startPatroniMember(node, error);
    if (isFenced(node)) {
        if (error)
            *error = tr("%1 is fenced: it was the primary before a failover and would be a second primary if it started now. "
                        "Rejoin it as a standby with: pgversectl rejoin %1").arg(node);
        return false;
    }
    if (!isStandby(node)) {
        // Configured as a primary while another node already is one: started, it would be a second primary.
        if (const auto primary = runningPrimary(); primary && *primary != node) {
            if (error)
                *error = tr("%1 is configured as a primary but %2 already runs as the primary: starting %1 would make two. Rejoin it as a "
                            "standby with: pgversectl rejoin %1 (or pgversectl recover).").arg(node, *primary);
            return false;
        }
    }
    return startServer(*labNode, error);
}

bool Lab::startServer(const LabNode &labNode, QString *error) const
{
    const QString &node = labNode.name;
    if (!isPortFree(labNode.port)) {
        if (error)
            *error = tr("Cannot start %1: port %2 on 127.0.0.1 is already in use by another program.").arg(node).arg(labNode.port);
        return false;
    }
    clearStaleLockFiles(node);
    const CommandResult result = runner().run(m_manifest.binDir + u"/pg_ctl"_s,
                                              {u"-D"_s, m_manifest.dataDir(node), u"-l"_s, m_manifest.logFile(node), u"-o"_s,
                                               LabFiles::nodeServerOptions(labNode), u"-w"_s, u"-t"_s,
                                               QString::number(kServerStartTimeoutS), u"start"_s},
                                              (kServerStartTimeoutS + 10) * 1000);
    if (!result.ok()) {
        if (error) {
            *error = tr("%1 failed to start. Last lines of its log (%2):\n%3")
                         .arg(node, m_manifest.logFile(node), logTail(node).isEmpty() ? result.output.trimmed() : logTail(node));
        }
        return false;
    }
    return true;
}

bool Lab::stopNode(const QString &node, QString *error, StopMode mode) const
{
    if (!runningPid(node))
        return true;
    if (m_manifest.isPatroni() && !m_manifest.isSubscriber(node))
        return stopPatroniMember(node, error);
    const CommandResult result = runner().run(
        m_manifest.binDir + u"/pg_ctl"_s,
        {u"-D"_s, m_manifest.dataDir(node), u"-m"_s, mode == StopMode::Fast ? u"fast"_s : u"immediate"_s, u"-w"_s, u"-t"_s, u"60"_s, u"stop"_s},
        70000);
    if (!result.ok()) {
        if (error)
            *error = result.failureSummary(tr("Stopping %1").arg(node));
        return false;
    }
    return true;
}

bool Lab::startAll(const LabProgress &progress, QString *error) const
{
    if (m_manifest.isPatroni()) {
        if (progress)
            progress(tr("Starting etcd on port %1…").arg(m_manifest.etcdClientPort));
        if (!startEtcd(error))
            return false;
    }
    QList<LabNode> ordered;
    for (const LabNode &node : m_manifest.nodes)
        (isStandby(node.name) ? ordered.append(node) : ordered.prepend(node));
    for (const LabNode &node : std::as_const(ordered)) {
        if (runningPid(node.name))
            continue;
        if (isFenced(node.name)) {
            if (progress)
                progress(tr("Leaving %1 stopped: it is fenced until it is rejoined (pgversectl rejoin %1).").arg(node.name));
            continue;
        }
        if (progress)
            progress(tr("Starting %1 on port %2…").arg(node.name).arg(node.port));
        if (!startNode(node.name, error))
            return false;
    }
    // After the publisher, so that its apply worker finds the slot at once instead of retrying every 5 s.
    if (m_manifest.subscriber && !runningPid(m_manifest.subscriber->name)) {
        if (progress)
            progress(tr("Starting %1 (subscriber) on port %2…").arg(m_manifest.subscriber->name).arg(m_manifest.subscriber->port));
        if (!startNode(m_manifest.subscriber->name, error))
            return false;
    }
    // Last, routed to whichever node takes writes now (a Patroni lab may have changed its leader while stopped).
    std::optional<QString> primary;
    for (const LabPooler &pooler : m_manifest.poolers) {
        if (poolerPid(pooler.name))
            continue;
        if (!primary)
            primary = writableNode();
        const QString routesTo = primary.value_or(poolerRoute(pooler).value_or(m_manifest.nodes.first().name));
        if (progress)
            progress(tr("Starting %1 (PgBouncer) on port %2, routing to %3…").arg(pooler.name).arg(pooler.port).arg(routesTo));
        if (!startPooler(pooler, *m_manifest.node(routesTo), error))
            return false;
    }
    return true;
}

bool Lab::stopAll(const LabProgress &progress, QString *error, StopMode mode) const
{
    QList<LabNode> ordered;
    for (const LabNode &node : m_manifest.nodes)
        (isStandby(node.name) ? ordered.prepend(node) : ordered.append(node));
    // The subscriber first: stopped after the publisher, its apply worker would log a failed reconnect every 5 s.
    if (m_manifest.subscriber)
        ordered.prepend(*m_manifest.subscriber);
    bool allStopped = true;
    // The poolers first: their clients get a clean disconnect rather than errors from a server going away.
    for (const LabPooler &pooler : m_manifest.poolers) {
        if (!poolerPid(pooler.name))
            continue;
        if (progress)
            progress(tr("Stopping %1…").arg(pooler.name));
        QString poolerError;
        if (!stopPooler(pooler, &poolerError)) {
            allStopped = false;
            if (error)
                *error += poolerError + u'\n';
        }
    }
    for (const LabNode &node : std::as_const(ordered)) {
        if (!runningPid(node.name))
            continue;
        if (progress)
            progress(tr("Stopping %1…").arg(node.name));
        QString nodeError;
        if (!stopNode(node.name, &nodeError, mode)) {
            allStopped = false;
            if (error)
                *error += nodeError + u'\n';
        }
    }
    if (m_manifest.isPatroni() && allStopped)
        stopEtcd();
    return allStopped;
}

bool isPortFree(int port)
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, static_cast<quint16>(port));
}

QList<int> findFreePorts(int count, int first)
{
    for (int base = first; base + count <= 65535; base += count) {
        QList<int> ports;
        for (int port = base; port < base + count && isPortFree(port); ++port)
            ports << port;
        if (ports.size() == count)
            return ports;
    }
    return {};
}

} // namespace pgv
