// SPDX-License-Identifier: GPL-3.0-or-later
// Patroni labs: one etcd and Patroni members on 127.0.0.1, started as daemons that outlive pgversectl and pgverse.
#include "lab.h"

#include "core/apppaths.h"
#include "labfiles.h"
#include "patroni/patroniclient.h"
#include "patroni/patronicluster.h"
#include "profiles/profilestore.h"
#include "serverbinaries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int kPollMs = 100;

/// Patroni answers over HTTP: asking every 100 ms is often enough.
bool waitFor(const std::function<bool()> &condition, int timeoutMs, const std::atomic_bool *cancel = nullptr)
{
    return pollUntil(condition, timeoutMs, [cancel] { return cancel && cancel->load(); }, kPollMs);
}

QString yamlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"'"_s, u"''"_s);
    return u'\'' + escaped + u'\'';
}

struct PatroniSecrets
{
    QString superuser;
    QString replication;
    QString rewind;
    QString rest;
};

QString memberConfig(const LabManifest &lab, const LabNode &node, const QString &binDir, const PatroniSecrets &secrets, bool logical)
{
    const QString data = lab.dataDir(node.name);
    return uR"(# Patroni member %1 of the PostgresVerse lab "%2".
scope: %2
name: %1
log:
  level: INFO
restapi:
  listen: 127.0.0.1:%3
  connect_address: 127.0.0.1:%3
  authentication:
    username: %4
    password: %5
etcd3:
  hosts: 127.0.0.1:%6
bootstrap:
  dcs:
    ttl: 20
    loop_wait: 2
    retry_timeout: 5
    maximum_lag_on_failover: 1048576
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_level: %18
        wal_log_hints: 'on'
        max_wal_senders: 10
        max_replication_slots: 10
        hot_standby: 'on'
        shared_buffers: 32MB
        max_connections: 50
  initdb:
    - encoding: UTF8
    - locale: C
postgresql:
  listen: 127.0.0.1:%7
  connect_address: 127.0.0.1:%7
  data_dir: %8
  bin_dir: %9
  pgpass: %10
  authentication:
    superuser:
      username: %11
      password: %12
    replication:
      username: %13
      password: %14
    rewind:
      username: rewinder
      password: %15
  parameters:
    shared_preload_libraries: pg_stat_statements
    unix_socket_directories: %16
    password_encryption: scram-sha-256
  pg_hba:
    - local all all peer
    - host all all 127.0.0.1/32 scram-sha-256
    - host replication %17 127.0.0.1/32 scram-sha-256
tags:
  nofailover: false
  noloadbalance: false
  clonefrom: false
  nosync: false
)"_s.arg(node.name, lab.name)
        .arg(node.restPort)
        .arg(yamlString(lab.patroniUser), yamlString(secrets.rest))
        .arg(lab.etcdClientPort)
        .arg(node.port)
        .arg(yamlString(data), yamlString(binDir), yamlString(lab.dir + u"/patroni/"_s + node.name + u".pgpass"_s), yamlString(lab.superuser),
             yamlString(secrets.superuser), yamlString(lab.replicationUser), yamlString(secrets.replication), yamlString(secrets.rewind),
             yamlString(lab.socketDir()))
        // The user is a pg_hba field: plain, as YAML quotes would be taken literally there.
        .arg(lab.replicationUser, logical ? u"logical"_s : u"replica"_s);
}

PatroniClient clientFor(const LabManifest &lab, const LabNode &node, int timeoutMs = 2000)
{
    return PatroniClient(PatroniEndpoint{QUrl(lab.patroniUrl(node)), lab.patroniUser, PatroniClient::readPasswordFile(lab.patroniPasswordFile()), {}},
                         timeoutMs);
}

} // namespace

std::optional<qint64> Lab::pidFromFile(const QString &name) const
{
    QFile file(m_manifest.runDir() + u'/' + name + u".pid"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const qint64 pid = QString::fromLatin1(file.readAll()).trimmed().toLongLong();
    return pid > 0 && isProcessAlive(pid) ? std::optional(pid) : std::nullopt;
}

bool Lab::startEtcd(QString *error) const
{
    if (pidFromFile(u"etcd"_s))
        return true;
    const QString etcd = QStandardPaths::findExecutable(u"etcd"_s);
    if (etcd.isEmpty()) {
        if (error)
            *error = tr("etcd is not installed; Patroni labs need it: apt-get install etcd-server");
        return false;
    }
    const QString client = u"http://127.0.0.1:%1"_s.arg(m_manifest.etcdClientPort);
    const QString peer = u"http://127.0.0.1:%1"_s.arg(m_manifest.etcdPeerPort);
    const auto pid = runner().startDetached(etcd,
                                            {u"--name"_s, u"e1"_s, u"--data-dir"_s, m_manifest.etcdDataDir(), u"--listen-client-urls"_s, client,
                                             u"--advertise-client-urls"_s, client, u"--listen-peer-urls"_s, peer,
                                             u"--initial-advertise-peer-urls"_s, peer, u"--initial-cluster"_s, u"e1="_s + peer,
                                             u"--initial-cluster-state"_s, u"new"_s},
                                            m_manifest.dir + u"/log/etcd.log"_s, error);
    if (!pid)
        return false;
    QFile pidFile(m_manifest.runDir() + u"/etcd.pid"_s);
    if (pidFile.open(QIODevice::WriteOnly))
        pidFile.write(QByteArray::number(*pid));
    pidFile.close();
    const PatroniClient health(PatroniEndpoint{QUrl(client), {}, {}, {}}, 1000);
    if (!waitFor([&] { return health.get(u"/health"_s).ok(); }, 30000)) {
        if (error)
            *error = tr("etcd did not become healthy within 30 s; see %1/log/etcd.log").arg(m_manifest.dir);
        return false;
    }
    return true;
}

void Lab::stopEtcd() const
{
    if (const auto pid = pidFromFile(u"etcd"_s)) {
        ::kill(static_cast<pid_t>(*pid), SIGTERM);
        waitFor([&] { return !isProcessAlive(*pid); }, 20000);
    }
}

bool Lab::startPatroniMember(const QString &node, QString *error) const
{
    if (!startEtcd(error))
        return false;
    const QString patroni = QStandardPaths::findExecutable(u"patroni"_s);
    if (patroni.isEmpty()) {
        if (error)
            *error = tr("patroni is not installed; Patroni labs need it: apt-get install patroni");
        return false;
    }
    const auto pid = runner().startDetached(patroni, {m_manifest.patroniConfig(node)}, m_manifest.logFile(node), error);
    if (!pid)
        return false;
    QFile pidFile(m_manifest.runDir() + u'/' + node + u".pid"_s);
    if (!pidFile.open(QIODevice::WriteOnly) || pidFile.write(QByteArray::number(*pid)) < 0) {
        if (error)
            *error = tr("Could not record the PID of %1's patroni in %2").arg(node, pidFile.fileName());
        return false;
    }
    return true;
}

bool Lab::stopPatroniMember(const QString &node, QString *error) const
{
    const auto pid = pidFromFile(node);
    if (!pid)
        return true;
    // Patroni stops its PostgreSQL on SIGTERM (which it started detached, so its process tree is not enough).
    ::kill(static_cast<pid_t>(*pid), SIGTERM);
    if (!waitFor([&] { return !isProcessAlive(*pid) && !postgresPid(node); }, 60000)) {
        if (error)
            *error = tr("patroni of %1 did not stop within 60 s; see %2").arg(node, m_manifest.logFile(node));
        return false;
    }
    return true;
}

namespace {

/// A member's REST API that answers, for changes that any member takes (PATCH /config).
std::optional<PatroniClient> answeringMember(const LabManifest &lab, QString *error)
{
    for (const LabNode &node : lab.nodes) {
        PatroniClient client = clientFor(lab, node, 5000);
        if (client.get(u"/config"_s).ok())
            return client;
    }
    *error = QCoreApplication::translate("pgv::Lab", "No Patroni member of %1 answers on its REST API: start the lab first (pgversectl lab start).")
                 .arg(lab.name);
    return std::nullopt;
}

} // namespace

bool declarePatroniLogicalSlot(const Lab &lab, const QString &slot, const QString &database, const LabProgress &progress, QString *error)
{
    const LabManifest &manifest = lab.manifest();
    const auto client = answeringMember(manifest, error);
    if (!client)
        return false;
    const QJsonObject config = client->get(u"/config"_s).json().object();
    const bool logical = config.value("postgresql"_L1).toObject().value("parameters"_L1).toObject().value("wal_level"_L1).toString() == u"logical";
    QJsonObject patch{{"slots"_L1, QJsonObject{{slot, QJsonObject{{"type"_L1, u"logical"_s}, {"database"_L1, database}, {"plugin"_L1, u"pgoutput"_s}}}}}};
    if (!logical)
        patch.insert("postgresql"_L1, QJsonObject{{"parameters"_L1, QJsonObject{{"wal_level"_L1, u"logical"_s}}}});
    if (const PatroniReply reply = client->patch(u"/config"_s, patch); !reply.ok()) {
        *error = QCoreApplication::translate("pgv::Lab", "Patroni did not take the permanent slot %1: %2").arg(slot, reply.describe());
        return false;
    }
    if (logical)
        return true;
    // wal_level takes a restart: each member once Patroni says it is pending, replicas first so the leader stays.
    if (progress)
        progress(QCoreApplication::translate("pgv::Lab", "Setting wal_level = logical through Patroni and restarting every member…"));
    const auto cluster = PatroniCluster::fromJson(client->get(u"/cluster"_s).json().object());
    if (!cluster || !cluster->leader()) {
        *error = QCoreApplication::translate("pgv::Lab", "Patroni reports no leader for %1: restart the members by hand (patronictl restart).").arg(manifest.name);
        return false;
    }
    QList<const LabNode *> order;
    for (const LabNode &node : manifest.nodes)
        (node.name == cluster->leader()->name ? order.append(&node) : order.prepend(&node));
    for (const LabNode *node : std::as_const(order)) {
        const PatroniClient member = clientFor(manifest, *node, 5000);
        if (!waitFor([&] { return member.get(u"/patroni"_s).json().object().value("pending_restart"_L1).toBool(); }, 30000)) {
            *error = QCoreApplication::translate("pgv::Lab", "Patroni did not ask %1 for a restart within 30 s after wal_level changed.").arg(node->name);
            return false;
        }
        if (const PatroniReply restarted = member.post(u"/restart"_s, {}, 120000); !restarted.ok()) {
            *error = QCoreApplication::translate("pgv::Lab", "Restarting %1 through Patroni failed: %2").arg(node->name, restarted.describe());
            return false;
        }
    }
    return true;
}

void undeclarePatroniLogicalSlot(const Lab &lab, const QString &slot)
{
    QString error;
    if (const auto client = answeringMember(lab.manifest(), &error))
        client->patch(u"/config"_s, QJsonObject{{"slots"_L1, QJsonObject{{slot, QJsonValue::Null}}}});
}

std::optional<LabManifest> createPatroniLab(const LabOptions &options, const LabProgress &progress, const std::atomic_bool *cancel,
                                            QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("pgv::Lab", text); };
    auto report = [&](const QString &step) {
        if (progress)
            progress(step);
    };
    const QString dir = QDir(options.dir.isEmpty() ? AppPaths::defaultLabDir() : options.dir).absolutePath();
    if (const QString problem = labDirectoryProblem(dir); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    if (QFileInfo::exists(dir) && !QDir(dir).isEmpty()) {
        *error = tr("%1 exists, is not empty and is not a lab. Choose a new or empty folder with --dir.").arg(dir);
        return std::nullopt;
    }
    for (const QString &tool : {u"patroni"_s, u"etcd"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            *error = tr("%1 is not installed; Patroni labs need it: apt-get install patroni etcd-server").arg(tool);
            return std::nullopt;
        }
    }
    auto user = ServerUser::resolve(options.serverUser, error);
    if (!user)
        return std::nullopt;
    auto binaries = ServerBinaries::locate(options.binDir, error);
    if (!binaries)
        return std::nullopt;
    const int members = std::max(1, options.standbys + 1);
    // Per member a PostgreSQL port and a REST port, plus etcd's client and peer ports.
    const QList<int> ports = findFreePorts(2 * members + 2, options.basePort > 0 ? options.basePort : 55432);
    if (ports.isEmpty() || (options.basePort > 0 && ports.first() != options.basePort)) {
        *error = tr("Port %1 and the ports after it are not all free on 127.0.0.1; choose another base port with --port.").arg(options.basePort);
        return std::nullopt;
    }
    LabManifest lab;
    lab.dir = dir;
    lab.name = options.name.isEmpty() ? QFileInfo(dir).fileName() : options.name;
    lab.kind = LabManifest::Kind::Patroni;
    lab.binDir = binaries->binDir;
    lab.serverUser = user->switchesUser() ? user->name() : QString();
    lab.created = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < members; ++i)
        lab.nodes << LabNode{u"node%1"_s.arg(i + 1), ports[i], ports[members + i]};
    lab.etcdClientPort = ports[2 * members];
    lab.etcdPeerPort = ports[2 * members + 1];

    for (const QString &sub : {QString(), u"/data"_s, u"/log"_s, u"/sock"_s, u"/run"_s, u"/patroni"_s, u"/etcd"_s}) {
        if (!QDir().mkpath(dir + sub) || !QFile::setPermissions(dir + sub, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
            *error = tr("Could not create %1; check that the parent folder is writable.").arg(dir + sub);
            return std::nullopt;
        }
    }
    Lab created(lab, *user);
    auto fail = [&](const QString &message) -> std::optional<LabManifest> {
        *error = message;
        created.stopAll({}, nullptr);
        QDir(dir).removeRecursively();
        return std::nullopt;
    };
    const PatroniSecrets secrets{randomSecret(), randomSecret(), randomSecret(), randomSecret()};
    QString writeError;
    bool written = lab.save(&writeError) && writePrivateFile(lab.patroniPasswordFile(), secrets.rest + u'\n', &writeError)
                   && writePrivateFile(lab.passFile(), LabFiles::passFile(lab, {{lab.superuser, secrets.superuser}, {lab.replicationUser, secrets.replication}}),
                                &writeError)
                   && writePrivateFile(lab.serviceFile(), LabFiles::serviceFile(lab), &writeError);
    for (const LabNode &node : std::as_const(lab.nodes))
        written = written && writePrivateFile(lab.patroniConfig(node.name), memberConfig(lab, node, binaries->binDir, secrets, options.subscriber), &writeError);
    if (!written || !user->adopt(dir, true, &writeError))
        return fail(writeError);

    report(tr("Starting etcd on port %1…").arg(lab.etcdClientPort));
    QString startError;
    const LabNode &first = lab.nodes.first();
    report(tr("Starting %1, which bootstraps the cluster with initdb…").arg(first.name));
    if (!created.startNode(first.name, &startError))
        return fail(startError);
    const PatroniClient leader = clientFor(lab, first);
    if (!waitFor([&] { return leader.get(u"/primary"_s).status == 200; }, 90000, cancel))
        return fail(cancel && cancel->load() ? tr("Lab creation cancelled; nothing was kept.")
                                             : tr("%1 did not become the leader within 90 s. Last lines of its log:\n%2")
                                                   .arg(first.name, created.logTail(first.name, 12)));
    for (int i = 1; i < lab.nodes.size(); ++i) {
        report(tr("Starting %1, which clones %2…").arg(lab.nodes[i].name, first.name));
        if (!created.startNode(lab.nodes[i].name, &startError))
            return fail(startError);
    }
    report(tr("Waiting until every replica streams…"));
    const bool settled = waitFor(
        [&] {
            const auto cluster = PatroniCluster::fromJson(leader.get(u"/cluster"_s).json().object());
            if (!cluster || cluster->members.size() != lab.nodes.size() || !cluster->leader())
                return false;
            return std::all_of(cluster->members.cbegin(), cluster->members.cend(), [](const PatroniMember &member) {
                return member.isLeader() || ((member.state == u"streaming" || member.state == u"running") && member.lagBytes == 0);
            });
        },
        60000, cancel);
    if (!settled) {
        QString tails;
        for (int i = 1; i < lab.nodes.size(); ++i)
            tails += u"\n%1:\n"_s.arg(lab.nodes[i].name) + created.logTail(lab.nodes[i].name, 8);
        return fail(tr("The replicas did not all stream within 60 s. Last lines of their logs:%1").arg(tails));
    }
    if (options.registerProfile) {
        QString profileError;
        if (!ProfileStore().save(lab.toProfile(), &profileError))
            return fail(profileError);
    }
    std::optional<LabManifest> result = lab;
    if (options.subscriber) {
        QString subscriberError;
        result = addLabSubscriber(lab.dir, options.registerProfile, progress, cancel, &subscriberError);
        if (!result)
            return fail(subscriberError);
    }
    if (options.poolers > 0) {
        QString poolerError;
        result = addLabPoolers(lab.dir, options.poolers, options.registerProfile, progress, cancel, &poolerError);
        if (!result)
            return fail(poolerError);
    }
    return result;
}

} // namespace pgv
