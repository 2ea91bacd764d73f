// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab.h"

#include "core/apppaths.h"
#include "labfiles.h"
#include "labsql.h"
#include "backup/restoredserver.h"
#include "profiles/profilestore.h"
#include "serverbinaries.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {


bool appendToFile(const QString &path, const QString &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::Append) || file.write(text.toUtf8()) < 0) {
        if (error)
            *error = QCoreApplication::translate("pgv::Lab", "Could not append to %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString defaultLabName(const QString &dir)
{
    if (QDir(dir).absolutePath() == QDir(AppPaths::defaultLabDir()).absolutePath())
        return u"lab"_s;
    return QFileInfo(QDir(dir).absolutePath()).fileName();
}

class LabCreator
{
public:
    LabCreator(const LabOptions &options, const LabProgress &progress, const std::atomic_bool *cancel)
        : m_options(options)
        , m_progress(progress)
        , m_cancel(cancel)
    {
    }

    std::optional<LabManifest> run(QString *error)
    {
        if (!prepare(error))
            return std::nullopt;
        m_createdDir = true;
        if (!build(error)) {
            cleanUp();
            return std::nullopt;
        }
        return m_lab->manifest();
    }

private:
    void report(const QString &step) const
    {
        if (m_progress)
            m_progress(step);
    }

    bool cancelled(QString *error) const
    {
        if (m_cancel && m_cancel->load()) {
            if (error)
                *error = QCoreApplication::translate("pgv::Lab", "Lab creation cancelled; nothing was kept.");
            return true;
        }
        return false;
    }

    bool prepare(QString *error)
    {
        const QString dir = QDir(m_options.dir.isEmpty() ? AppPaths::defaultLabDir() : m_options.dir).absolutePath();
        if (const QString problem = labDirectoryProblem(dir); !problem.isEmpty()) {
            *error = problem;
            return false;
        }
        if (m_options.standbys < 0 || m_options.standbys > 9) {
            *error = QCoreApplication::translate("pgv::Lab", "A lab has between 0 and 9 standbys (asked for %1).").arg(m_options.standbys);
            return false;
        }
        if (QFileInfo::exists(dir) && !QDir(dir).isEmpty()) {
            *error = QCoreApplication::translate("pgv::Lab", "%1 exists, is not empty and is not a lab. Choose a new or empty folder with --dir.").arg(dir);
            return false;
        }
        auto user = ServerUser::resolve(m_options.serverUser, error);
        if (!user)
            return false;
        auto binaries = ServerBinaries::locate(m_options.binDir, error);
        if (!binaries)
            return false;
        QString blocking;
        if (!user->canReach(QFileInfo(dir).path(), &blocking)) {
            *error = QCoreApplication::translate("pgv::Lab", "The servers run as user %1, who cannot enter %2. Choose a lab folder %1 can reach, such as one under /var/tmp.")
                         .arg(user->name(), blocking);
            return false;
        }
        const int count = m_options.standbys + 1;
        QList<int> ports;
        if (m_options.basePort > 0) {
            for (int port = m_options.basePort; port < m_options.basePort + count; ++port) {
                if (port > 65535 || !isPortFree(port)) {
                    const QList<int> suggestion = findFreePorts(count, m_options.basePort + count);
                    *error = QCoreApplication::translate("pgv::Lab", "Port %1 on 127.0.0.1 is already in use. Choose another base port with --port%2.")
                                 .arg(port)
                                 .arg(suggestion.isEmpty() ? QString() : QCoreApplication::translate("pgv::Lab", ", for example --port %1").arg(suggestion.first()));
                    return false;
                }
                ports << port;
            }
        } else {
            ports = findFreePorts(count);
            if (ports.isEmpty()) {
                *error = QCoreApplication::translate("pgv::Lab", "No %1 consecutive free ports were found on 127.0.0.1.").arg(count);
                return false;
            }
        }

        LabManifest manifest;
        manifest.dir = dir;
        manifest.name = m_options.name.isEmpty() ? defaultLabName(dir) : m_options.name;
        manifest.binDir = binaries->binDir;
        manifest.serverUser = user->switchesUser() ? user->name() : QString();
        manifest.created = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < count; ++i)
            manifest.nodes << LabNode{u"node%1"_s.arg(i + 1), ports[i]};

        if (m_options.registerProfile && !checkProfileName(manifest, error))
            return false;

        for (const QString &sub : {QString(), u"/data"_s, u"/log"_s, u"/sock"_s, u"/archive"_s}) {
            if (!QDir().mkpath(dir + sub) || !QFile::setPermissions(dir + sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
                *error = QCoreApplication::translate("pgv::Lab", "Could not create %1; check that the parent folder is writable.").arg(dir + sub);
                return false;
            }
        }
        m_lab.emplace(manifest, *user);
        return true;
    }

    bool checkProfileName(const LabManifest &manifest, QString *error) const
    {
        const auto existing = ProfileStore().find(manifest.name);
        if (!existing || existing->labDir == manifest.dir || (!existing->labDir.isEmpty() && !LabManifest::isLab(existing->labDir)))
            return true;
        *error = QCoreApplication::translate("pgv::Lab", "A profile named \"%1\" already exists for another cluster. Give the lab another name with --name.").arg(manifest.name);
        return false;
    }

    bool build(QString *error)
    {
        const LabManifest &lab = m_lab->manifest();
        const ServerUser &user = m_lab->serverUser();
        if (!lab.save(error))
            return false;

        const QList<LabCredential> credentials{{lab.superuser, randomSecret()},
                                               {lab.replicationUser, randomSecret()},
                                               {lab.monitorUser, randomSecret()}};
        if (!writePrivateFile(lab.passFile(), LabFiles::passFile(lab, credentials), error)
            || !writePrivateFile(lab.serviceFile(), LabFiles::serviceFile(lab), error))
            return false;
        const QString passwordFile = lab.dir + u"/.superuser-password"_s;
        if (!writePrivateFile(passwordFile, credentials.first().password, error) || !user.adopt(lab.dir, true, error))
            return false;

        const LabNode &primary = lab.nodes.first();
        report(QCoreApplication::translate("pgv::Lab", "Creating %1 with initdb…").arg(primary.name));
        const CommandResult initdb = m_lab->initdb(primary.name, passwordFile, m_cancel);
        if (cancelled(error))
            return false;
        if (!initdb.ok()) {
            *error = initdb.failureSummary(u"initdb"_s);
            return false;
        }
        if (!appendToFile(lab.dataDir(primary.name) + u"/postgresql.conf"_s, LabFiles::serverSettings(lab, m_options.subscriber ? LabFiles::WalLevel::Logical : LabFiles::WalLevel::Replica), error))
            return false;

        report(QCoreApplication::translate("pgv::Lab", "Starting %1 (primary) on port %2…").arg(primary.name).arg(primary.port));
        if (!m_lab->startNode(primary.name, error) || cancelled(error))
            return false;

        report(QCoreApplication::translate("pgv::Lab", "Creating the replication and monitoring roles…"));
        const bool rolesCreated = runLabSql(lab, primary, u"postgres"_s, [&](pqxx::nontransaction &tx) {
            const auto password = [&](int i) { return tx.quote(credentials[i].password.toStdString()); };
            tx.exec("CREATE ROLE " + tx.quote_name(lab.replicationUser.toStdString()) + " WITH LOGIN REPLICATION PASSWORD " + password(1));
            tx.exec("CREATE ROLE " + tx.quote_name(lab.monitorUser.toStdString()) + " WITH LOGIN PASSWORD " + password(2)
                    + " IN ROLE pg_monitor");
            // For the explain runner's statements panel: the lab preloads the library, the database needs the view.
            tx.exec("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        }, error);
        if (!rolesCreated)
            return false;

        for (int i = 1; i < lab.nodes.size(); ++i) {
            if (cancelled(error) || !addStandby(primary, lab.nodes[i], error))
                return false;
        }
        if (!waitForStreaming(primary, int(lab.nodes.size()) - 1, error))
            return false;
        if (m_options.registerProfile) {
            Profile profile = lab.toProfile();
            if (!ProfileStore().save(profile, error))
                return false;
        }
        if (m_options.subscriber) {
            auto withSubscriber = addLabSubscriber(lab.dir, m_options.registerProfile, m_progress, m_cancel, error);
            if (!withSubscriber)
                return false;
            m_lab.emplace(std::move(*withSubscriber), m_lab->serverUser());
        }
        if (m_options.poolers > 0) {
            auto withPoolers = addLabPoolers(lab.dir, m_options.poolers, m_options.registerProfile, m_progress, m_cancel, error);
            if (!withPoolers)
                return false;
            m_lab.emplace(std::move(*withPoolers), m_lab->serverUser());
        }
        return true;
    }

    bool addStandby(const LabNode &primary, const LabNode &standby, QString *error)
    {
        const LabManifest &lab = m_lab->manifest();
        report(QCoreApplication::translate("pgv::Lab", "Cloning %1 from %2 with pg_basebackup…").arg(standby.name, primary.name));
        const CommandResult backup = m_lab->runner().run(lab.binDir + u"/pg_basebackup"_s,
                                                         {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(primary.port), u"-U"_s,
                                                          lab.replicationUser, u"-D"_s, lab.dataDir(standby.name), u"-X"_s,
                                                          u"stream"_s, u"-c"_s, u"fast"_s, u"-C"_s, u"-S"_s, standby.name, u"-w"_s},
                                                         300000, m_cancel);
        if (cancelled(error))
            return false;
        if (!backup.ok()) {
            *error = backup.failureSummary(u"pg_basebackup"_s);
            return false;
        }
        const QString data = lab.dataDir(standby.name);
        QFile signal(data + u"/standby.signal"_s);
        if (!signal.open(QIODevice::WriteOnly)) {
            *error = QCoreApplication::translate("pgv::Lab", "Could not create %1.").arg(signal.fileName());
            return false;
        }
        signal.close();
        if (!appendToFile(data + u"/postgresql.auto.conf"_s, LabFiles::standbySettings(lab, primary, standby), error)
            || !m_lab->serverUser().adopt(signal.fileName(), false, error))
            return false;
        report(QCoreApplication::translate("pgv::Lab", "Starting %1 (standby) on port %2…").arg(standby.name).arg(standby.port));
        return m_lab->startNode(standby.name, error);
    }

    bool waitForStreaming(const LabNode &primary, int standbys, QString *error)
    {
        if (standbys == 0)
            return true;
        report(QCoreApplication::translate("pgv::Lab", "Waiting for %1 standbys to stream…").arg(standbys));
        const QDeadlineTimer deadline(60000);
        int streaming = 0;
        while (!deadline.hasExpired()) {
            if (cancelled(error))
                return false;
            const bool queried = runLabSql(m_lab->manifest(), primary, u"postgres"_s, [&](pqxx::nontransaction &tx) {
                streaming = tx.exec1("SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'")[0].as<int>();
            }, error);
            if (!queried)
                return false;
            if (streaming >= standbys)
                return true;
            QThread::msleep(100);
        }
        *error = QCoreApplication::translate("pgv::Lab", "Only %1 of %2 standbys were streaming after 60 s; see the logs in %3.")
                     .arg(streaming)
                     .arg(standbys)
                     .arg(m_lab->manifest().dir + u"/log"_s);
        return false;
    }

    void cleanUp()
    {
        if (!m_lab || !m_createdDir)
            return;
        m_lab->stopAll({}, nullptr, Lab::StopMode::Immediate);
        QDir(m_lab->manifest().dir).removeRecursively();
    }

    const LabOptions &m_options;
    const LabProgress &m_progress;
    const std::atomic_bool *m_cancel;
    std::optional<Lab> m_lab;
    bool m_createdDir = false;
};

} // namespace

std::optional<LabManifest> createLab(const LabOptions &options, const LabProgress &progress, const std::atomic_bool *cancel,
                                     QString *error)
{
    QString message;
    auto manifest = LabCreator(options, progress, cancel).run(&message);
    if (!manifest && error)
        *error = message;
    return manifest;
}

std::optional<LabManifest> labUp(const LabOptions &options, const LabProgress &progress, const std::atomic_bool *cancel,
                                 QString *error)
{
    const QString dir = options.dir.isEmpty() ? AppPaths::defaultLabDir() : options.dir;
    if (!LabManifest::isLab(dir))
        return options.patroni ? createPatroniLab(options, progress, cancel, error) : createLab(options, progress, cancel, error);
    auto lab = Lab::open(dir, error);
    if (!lab || !lab->startAll(progress, error))
        return std::nullopt;
    if (options.registerProfile && !ProfileStore().find(lab->manifest().name)) {
        if (!ProfileStore().save(lab->manifest().toProfile(), error))
            return std::nullopt;
    }
    std::optional<LabManifest> manifest = lab->manifest();
    if (options.subscriber && !manifest->subscriber)
        manifest = addLabSubscriber(dir, options.registerProfile, progress, cancel, error);
    if (manifest && options.poolers > 0 && manifest->poolers.isEmpty())
        manifest = addLabPoolers(dir, options.poolers, options.registerProfile, progress, cancel, error);
    return manifest;
}

bool destroyLab(const QString &dir, const LabProgress &progress, QString *error)
{
    auto lab = Lab::open(dir, error);
    if (!lab)
        return false;
    QString stopError;
    if (!lab->stopAll(progress, &stopError) && !lab->stopAll(progress, &stopError, Lab::StopMode::Immediate)) {
        if (error)
            *error = stopError;
        return false;
    }
    if (progress)
        progress(QCoreApplication::translate("pgv::Lab", "Removing %1…").arg(lab->manifest().dir));
    if (!QDir(lab->manifest().dir).removeRecursively()) {
        if (error)
            *error = QCoreApplication::translate("pgv::Lab", "Could not remove every file of %1.").arg(lab->manifest().dir);
        return false;
    }
    // The lab's profile, and those of servers restored from its backups: they reach them with its passfile, gone now.
    const QStringList restored = restoredServerProfiles(*lab);
    ProfileStore store;
    const QList<Profile> profiles = store.profiles();
    for (const Profile &profile : profiles) {
        const auto subscriber = lab->manifest().subscriberProfile();
        if (profile.labDir == lab->manifest().dir || restored.contains(profile.name) || (subscriber && subscriber->name == profile.name)) {
            store.remove(profile.name);
            if (progress && restored.contains(profile.name))
                progress(QCoreApplication::translate("pgv::Lab", "Removed the profile %1 of a server restored from the lab (its "
                                                                 "folder and process, outside the lab, are left alone).").arg(profile.name));
        }
    }
    return true;
}

} // namespace pgv
