// SPDX-License-Identifier: GPL-3.0-or-later
// The lab's PgBouncers: their files, starting and stopping them, routing them to a node, and `lab pooler add`.
#include "lab.h"

#include "labfiles.h"
#include "labprocess.h"
#include "labsql.h"
#include "actions/actionlock.h"
#include "pg/conninfo.h"
#include "pooler/poolerconsole.h"
#include "profiles/profilestore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <pqxx/pqxx>

#include <csignal>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int kPoolerStartTimeoutMs = 15000;
constexpr int kConsoleDeadlineMs = 3000;

/// Runs one admin-console command on \a pooler.
bool poolerCommand(const LabManifest &lab, const LabPooler &pooler, const QString &command, QString *error)
{
    const QDeadlineTimer deadline(kConsoleDeadlineMs);
    PoolerConsole console;
    return console.open(PoolerEndpoint{pooler.name, *ConnInfo::parse(lab.poolerConninfo(pooler)), {}}, u"pgverse-lab"_s, deadline, error)
           && console.run(command, deadline, error);
}

} // namespace

std::optional<QString> Lab::writableNode() const
{
    for (const LabNode &node : m_manifest.nodes) {
        if (!runningPid(node.name))
            continue;
        bool writable = false;
        if (runLabSql(m_manifest, node, u"postgres"_s,
                      [&](pqxx::nontransaction &tx) { writable = !tx.exec1("SELECT pg_is_in_recovery()")[0].as<bool>(); }, nullptr,
                      QDeadlineTimer(5000))
            && writable)
            return node.name;
    }
    return std::nullopt;
}

bool Lab::startPooler(const LabPooler &pooler, const LabNode &routesTo, QString *error) const
{
    if (poolerPid(pooler.name))
        return true;
    const QString program = QStandardPaths::findExecutable(u"pgbouncer"_s, {u"/usr/sbin"_s, u"/usr/bin"_s, u"/usr/local/sbin"_s, u"/usr/local/bin"_s});
    if (program.isEmpty()) {
        if (error)
            *error = tr("pgbouncer is not installed; lab poolers need it: apt-get install pgbouncer (or scripts/install-deps)");
        return false;
    }
    if (!isPortFree(pooler.port)) {
        if (error)
            *error = tr("Cannot start %1: port %2 on 127.0.0.1 is already in use by another program.").arg(pooler.name).arg(pooler.port);
        return false;
    }
    const QString config = m_manifest.poolerConfig(pooler.name);
    if (!writePrivateFile(config, LabFiles::poolerConfig(m_manifest, pooler, routesTo), error) || !m_user.adopt(config, false, error))
        return false;
    const auto pid = runner().startDetached(program, {config}, m_manifest.logFile(pooler.name), error);
    if (!pid)
        return false;
    QDir().mkpath(m_manifest.runDir());
    QFile pidFile(m_manifest.runDir() + u'/' + pooler.name + u".pid"_s);
    if (!pidFile.open(QIODevice::WriteOnly) || pidFile.write(QByteArray::number(*pid)) < 0) {
        if (error)
            *error = tr("Could not record the PID of %1 in %2").arg(pooler.name, pidFile.fileName());
        ::kill(pid_t(*pid), SIGTERM);
        return false;
    }
    pidFile.close();
    QString lastError;
    const bool answers = pollUntil([&] { return isProcessAlive(*pid) && poolerCommand(m_manifest, pooler, u"SHOW VERSION"_s, &lastError); },
                                   kPoolerStartTimeoutMs, {}, 100);
    if (!answers) {
        if (error) {
            *error = tr("%1 did not start answering on port %2 within %3 s (%4). Last lines of its log (%5):\n%6")
                         .arg(pooler.name)
                         .arg(pooler.port)
                         .arg(kPoolerStartTimeoutMs / 1000)
                         .arg(lastError, m_manifest.logFile(pooler.name), logTail(pooler.name));
        }
        ::kill(pid_t(*pid), SIGTERM);
        return false;
    }
    return true;
}

bool Lab::stopPooler(const LabPooler &pooler, QString *error) const
{
    const auto pid = poolerPid(pooler.name);
    if (!pid)
        return true;
    // SIGTERM: PgBouncer 1.18 shuts down at once, closing its clients (SIGINT would wait for them). From 1.23 on a
    // first SIGTERM waits for the clients and a second one shuts down at once.
    ::kill(pid_t(*pid), SIGTERM);
    if (!pollUntil([&] { return !isProcessAlive(*pid); }, 1000, {}, 20))
        ::kill(pid_t(*pid), SIGTERM);
    if (!pollUntil([&] { return !isProcessAlive(*pid); }, 10000, {}, 20)) {
        ::kill(pid_t(*pid), SIGKILL);
        if (!pollUntil([&] { return !isProcessAlive(*pid); }, 5000, {}, 20)) {
            if (error)
                *error = tr("%1 (PID %2) did not stop; see %3").arg(pooler.name).arg(*pid).arg(m_manifest.logFile(pooler.name));
            return false;
        }
    }
    QFile::remove(m_manifest.runDir() + u'/' + pooler.name + u".pid"_s);
    return true;
}

bool Lab::routePooler(const LabPooler &pooler, const LabNode &routesTo, QString *error) const
{
    const QString config = m_manifest.poolerConfig(pooler.name);
    if (!writePrivateFile(config, LabFiles::poolerConfig(m_manifest, pooler, routesTo), error) || !m_user.adopt(config, false, error))
        return false;
    return !poolerPid(pooler.name) || poolerCommand(m_manifest, pooler, u"RELOAD"_s, error);
}

std::optional<QString> Lab::poolerRoute(const LabPooler &pooler) const
{
    QFile config(m_manifest.poolerConfig(pooler.name));
    if (!config.open(QIODevice::ReadOnly))
        return std::nullopt;
    static const QRegularExpression route(u"^\\* = host=\\S+ port=(\\d+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = route.match(QString::fromUtf8(config.readAll()));
    if (!match.hasMatch())
        return std::nullopt;
    for (const LabNode &node : m_manifest.nodes) {
        if (node.port == match.captured(1).toInt())
            return node.name;
    }
    return std::nullopt;
}

namespace {

class PoolerBuilder
{
public:
    PoolerBuilder(Lab lab, const LabProgress &progress, const std::atomic_bool *cancel)
        : m_lab(std::move(lab))
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    std::optional<LabManifest> run(int count, bool registerProfile, QString *error)
    {
        // It changes the lab's manifest and password file: never beside a running action on the lab.
        ActionJournal journal;
        journal.action = u"pooler-add"_s;
        journal.title = QCoreApplication::translate("pgv::Lab", "Adding poolers to %1").arg(m_lab.manifest().name);
        journal.cluster = m_lab.manifest().name;
        const ActionLock::Attempt lock = ActionLock::acquire(labLockScope(m_lab.manifest().name, m_lab.manifest().dir), journal);
        if (!lock.lock) {
            *error = lock.message;
            return std::nullopt;
        }
        auto result = build(count, registerProfile, error);
        lock.lock->finish(false);
        return result;
    }

private:
    std::optional<LabManifest> build(int count, bool registerProfile, QString *error)
    {
        LabManifest lab = m_lab.manifest();
        if (count < 1 || count > 8) {
            *error = QCoreApplication::translate("pgv::Lab", "A lab takes 1 to 8 poolers at a time, not %1.").arg(count);
            return std::nullopt;
        }
        const auto primary = m_lab.writableNode();
        if (!primary) {
            *error = QCoreApplication::translate("pgv::Lab", "No node of the lab runs as the primary; start the lab first (pgversectl lab start).");
            return std::nullopt;
        }
        QFile passFile(lab.passFile());
        const QString passText = passFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(passFile.readAll()) : QString();
        passFile.close();
        const QString superuserPassword = LabFiles::passFilePassword(passText, lab.superuser).value_or(QString());
        if (superuserPassword.isEmpty()) {
            *error = QCoreApplication::translate("pgv::Lab", "The lab's password file %1 holds no password for %2; the poolers could not log in for it.")
                         .arg(lab.passFile(), lab.superuser);
            return std::nullopt;
        }
        int highest = 0;
        // Past every port the lab uses, stopped members' too (a Patroni member's REST API, etcd's).
        for (const LabNode &node : lab.nodes)
            highest = std::max({highest, node.port, node.restPort});
        highest = std::max({highest, lab.etcdClientPort, lab.etcdPeerPort});
        if (lab.subscriber)
            highest = std::max(highest, lab.subscriber->port);
        for (const LabPooler &pooler : lab.poolers)
            highest = std::max(highest, pooler.port);
        const QList<int> ports = findFreePorts(count, highest + 1);
        if (ports.isEmpty()) {
            *error = QCoreApplication::translate("pgv::Lab", "No %1 free ports were found on 127.0.0.1 for the poolers.").arg(count);
            return std::nullopt;
        }
        if (!QDir().mkpath(lab.poolerDir()) || !QFile::setPermissions(lab.poolerDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
            || !m_lab.serverUser().adopt(lab.poolerDir(), false, error)) {
            if (error->isEmpty())
                *error = QCoreApplication::translate("pgv::Lab", "Could not create %1.").arg(lab.poolerDir());
            return std::nullopt;
        }
        QString newPassLines;
        for (int i = 0; i < count; ++i) {
            int number = int(lab.poolers.size()) + 1;
            while (lab.pooler(u"pooler%1"_s.arg(number)))
                ++number;
            const LabPooler pooler{u"pooler%1"_s.arg(number), ports.at(i)};
            const LabCredential admin{lab.poolerAdmin, randomSecret()};
            const QString authFile = lab.poolerAuthFile(pooler.name);
            // The auth file gives PgBouncer the passwords it checks clients against and logs in to the server with.
            if (!writePrivateFile(authFile, LabFiles::poolerAuthFile({{lab.superuser, superuserPassword}, admin}), error)
                || !m_lab.serverUser().adopt(authFile, false, error))
                return std::nullopt;
            lab.poolers << pooler;
            newPassLines += LabFiles::passFileLinesForPort(pooler.port, admin);
        }
        // The admin lines first: libpq takes the first line that matches.
        if (!writePrivateFile(lab.passFile(), newPassLines + passText, error) || !m_lab.serverUser().adopt(lab.passFile(), false, error))
            return std::nullopt;
        const Lab withPoolers(lab, m_lab.serverUser());
        for (qsizetype i = lab.poolers.size() - count; i < lab.poolers.size(); ++i) {
            const LabPooler &pooler = lab.poolers.at(i);
            if (m_progress)
                m_progress(QCoreApplication::translate("pgv::Lab", "Starting %1 (PgBouncer, transaction pooling) on port %2, routing to %3…")
                               .arg(pooler.name)
                               .arg(pooler.port)
                               .arg(*primary));
            if ((m_cancel && m_cancel->load()) || !withPoolers.startPooler(pooler, *lab.node(*primary), error)) {
                if (m_cancel && m_cancel->load())
                    *error = QCoreApplication::translate("pgv::Lab", "Adding the poolers was cancelled; they were removed again.");
                undo(withPoolers, lab, count, passText);
                return std::nullopt;
            }
        }
        if (!lab.save(error) || !writePrivateFile(lab.serviceFile(), LabFiles::serviceFile(lab), error)) {
            undo(withPoolers, lab, count, passText);
            return std::nullopt;
        }
        if (registerProfile) {
            ProfileStore store;
            Profile cluster = store.find(lab.name).value_or(lab.toProfile());
            cluster.poolers = lab.toProfile().poolers;
            if (!store.save(cluster, error))
                return std::nullopt;
        }
        return lab;
    }

    /// Stops and removes the poolers this run added, and puts the password file back.
    static void undo(const Lab &lab, const LabManifest &manifest, int count, const QString &passText)
    {
        for (qsizetype i = manifest.poolers.size() - count; i < manifest.poolers.size(); ++i) {
            const LabPooler &pooler = manifest.poolers.at(i);
            lab.stopPooler(pooler, nullptr);
            QFile::remove(manifest.poolerConfig(pooler.name));
            QFile::remove(manifest.poolerAuthFile(pooler.name));
        }
        if (writePrivateFile(manifest.passFile(), passText, nullptr))
            lab.serverUser().adopt(manifest.passFile(), false, nullptr);
    }

    Lab m_lab;
    const LabProgress &m_progress;
    const std::atomic_bool *m_cancel;
};

} // namespace

std::optional<LabManifest> addLabPoolers(const QString &dir, int count, bool registerProfile, const LabProgress &progress,
                                         const std::atomic_bool *cancel, QString *error)
{
    QString message;
    auto lab = Lab::open(dir, &message);
    std::optional<LabManifest> manifest;
    if (lab)
        manifest = PoolerBuilder(std::move(*lab), progress, cancel).run(count, registerProfile, &message);
    if (!manifest && error)
        *error = message;
    return manifest;
}

} // namespace pgv
