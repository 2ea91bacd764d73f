// SPDX-License-Identifier: GPL-3.0-or-later
#include "labmanifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
// sockaddr_un holds 108 bytes; ".s.PGSQL.NNNNN.lock" needs 20 of them.
constexpr int kMaxSocketDirLength = 86;
} // namespace

const LabNode *LabManifest::node(QStringView nodeName) const
{
    for (const LabNode &candidate : nodes) {
        if (candidate.name == nodeName)
            return &candidate;
    }
    return nullptr;
}

const LabNode *LabManifest::member(QStringView memberName) const
{
    if (isSubscriber(memberName))
        return &*subscriber;
    return node(memberName);
}

const LabPooler *LabManifest::pooler(QStringView poolerName) const
{
    for (const LabPooler &candidate : poolers) {
        if (candidate.name == poolerName)
            return &candidate;
    }
    return nullptr;
}

QString LabManifest::poolerConninfo(const LabPooler &labPooler) const
{
    ConnInfo info;
    info.set(u"host"_s, u"127.0.0.1"_s);
    info.set(u"port"_s, QString::number(labPooler.port));
    info.set(u"user"_s, poolerAdmin);
    info.set(u"dbname"_s, u"pgbouncer"_s);
    info.set(u"passfile"_s, passFile());
    return info.toDisplayString();
}

QString LabManifest::conninfo(const LabNode &labNode, const QString &user) const
{
    ConnInfo info;
    info.set(u"host"_s, u"127.0.0.1"_s);
    info.set(u"port"_s, QString::number(labNode.port));
    info.set(u"user"_s, user.isEmpty() ? superuser : user);
    info.set(u"dbname"_s, u"postgres"_s);
    info.set(u"passfile"_s, passFile());
    return info.toDisplayString();
}

Profile LabManifest::toProfile() const
{
    Profile profile;
    profile.name = name;
    profile.labDir = dir;
    if (isPatroni() && !nodes.isEmpty()) {
        profile.patroniUrl = patroniUrl(nodes.first());
        profile.patroniUser = patroniUser;
        profile.patroniPasswordFile = patroniPasswordFile();
    }
    for (const LabNode &labNode : nodes)
        profile.nodes << ProfileNode{labNode.name, conninfo(labNode)};
    if (const auto subscriberOne = subscriberProfile())
        profile.beside << subscriberOne->name;
    for (const LabPooler &labPooler : poolers)
        profile.poolers << ProfilePooler{labPooler.name, poolerConninfo(labPooler), false};
    return profile;
}

std::optional<Profile> LabManifest::subscriberProfile() const
{
    if (!subscriber)
        return std::nullopt;
    Profile profile;
    // No labDir: lab actions (switchover, backups) are for the cluster, and must never be offered on its subscriber.
    profile.name = name + u'-' + subscriber->name;
    profile.nodes << ProfileNode{subscriber->name, conninfo(*subscriber)};
    return profile;
}

bool LabManifest::isLab(const QString &dir)
{
    return QFile::exists(dir + u"/lab.json"_s);
}

std::optional<LabManifest> LabManifest::load(const QString &dir, QString *error)
{
    const QString absolute = QDir(dir).absolutePath();
    QFile file(absolute + u"/lab.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("LabManifest", "%1 is not a PostgresVerse lab (it has no lab.json). Create one with: pgversectl lab up --dir %1").arg(absolute);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value("format"_L1).toInt() != kFormat) {
        if (error)
            *error = QCoreApplication::translate("LabManifest", "%1/lab.json is damaged or from an unknown version; this lab cannot be used.").arg(absolute);
        return std::nullopt;
    }
    LabManifest manifest;
    manifest.dir = absolute;
    manifest.name = root.value("name"_L1).toString();
    manifest.binDir = root.value("bin_dir"_L1).toString();
    manifest.serverUser = root.value("server_user"_L1).toString();
    manifest.created = QDateTime::fromString(root.value("created"_L1).toString(), Qt::ISODate);
    manifest.superuser = root.value("superuser"_L1).toString(manifest.superuser);
    manifest.replicationUser = root.value("replication_user"_L1).toString(manifest.replicationUser);
    manifest.monitorUser = root.value("monitor_user"_L1).toString(manifest.monitorUser);
    manifest.kind = root.value("kind"_L1).toString() == u"patroni" ? Kind::Patroni : Kind::Streaming;
    manifest.etcdClientPort = root.value("etcd_client_port"_L1).toInt();
    manifest.etcdPeerPort = root.value("etcd_peer_port"_L1).toInt();
    manifest.patroniUser = root.value("patroni_user"_L1).toString(manifest.patroniUser);
    const QJsonArray nodes = root.value("nodes"_L1).toArray();
    for (const QJsonValue &value : nodes) {
        const QJsonObject object = value.toObject();
        manifest.nodes << LabNode{object.value("name"_L1).toString(), object.value("port"_L1).toInt(), object.value("rest_port"_L1).toInt()};
    }
    if (const QJsonObject subscriber = root.value("subscriber"_L1).toObject(); !subscriber.isEmpty())
        manifest.subscriber = LabNode{subscriber.value("name"_L1).toString(), subscriber.value("port"_L1).toInt(), 0};
    manifest.poolerAdmin = root.value("pooler_admin"_L1).toString(manifest.poolerAdmin);
    const QJsonArray poolers = root.value("poolers"_L1).toArray();
    for (const QJsonValue &value : poolers)
        manifest.poolers << LabPooler{value.toObject().value("name"_L1).toString(), value.toObject().value("port"_L1).toInt()};
    if (manifest.nodes.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("LabManifest", "%1/lab.json lists no nodes; this lab cannot be used.").arg(absolute);
        return std::nullopt;
    }
    return manifest;
}

bool LabManifest::save(QString *error) const
{
    QJsonArray nodeArray;
    for (const LabNode &labNode : nodes)
        nodeArray.append(QJsonObject{{"name"_L1, labNode.name}, {"port"_L1, labNode.port}, {"rest_port"_L1, labNode.restPort}});
    QJsonObject root{
        {"format"_L1, kFormat},
        {"name"_L1, name},
        {"bin_dir"_L1, binDir},
        {"server_user"_L1, serverUser},
        {"created"_L1, created.toString(Qt::ISODate)},
        {"superuser"_L1, superuser},
        {"replication_user"_L1, replicationUser},
        {"monitor_user"_L1, monitorUser},
        {"nodes"_L1, nodeArray},
        {"kind"_L1, isPatroni() ? u"patroni"_s : u"streaming"_s},
        {"etcd_client_port"_L1, etcdClientPort},
        {"etcd_peer_port"_L1, etcdPeerPort},
        {"patroni_user"_L1, patroniUser},
    };
    if (subscriber)
        root.insert("subscriber"_L1, QJsonObject{{"name"_L1, subscriber->name}, {"port"_L1, subscriber->port}});
    if (!poolers.isEmpty()) {
        QJsonArray poolerArray;
        for (const LabPooler &labPooler : poolers)
            poolerArray.append(QJsonObject{{"name"_L1, labPooler.name}, {"port"_L1, labPooler.port}});
        root.insert("poolers"_L1, poolerArray);
        root.insert("pooler_admin"_L1, poolerAdmin);
    }
    QSaveFile file(manifestFile());
    const bool opened = file.open(QIODevice::WriteOnly);
    if (opened)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // the temporary file, before anything is in it
    if (!opened || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("LabManifest", "Could not write %1: %2").arg(manifestFile(), file.errorString());
        return false;
    }
    return true;
}

QString labDirectoryProblem(const QString &dir)
{
    static const QString forbidden = u"'\"\\%:\n\r\t"_s;
    for (const QChar c : dir) {
        if (forbidden.contains(c)) {
            return QCoreApplication::translate("LabManifest", "The lab folder \"%1\" contains the character \"%2\", which server settings and password files cannot "
                      "carry safely. Choose a folder without quotes, backslashes, %, : or control characters.")
                .arg(dir, c == u'\n' ? u"\\n"_s : QString(c));
        }
    }
    if (QDir(dir).absolutePath().size() + 5 > kMaxSocketDirLength)
        return QCoreApplication::translate("LabManifest", "The lab folder path is too long for a Unix socket (at most %1 characters); choose a shorter one.")
            .arg(kMaxSocketDirLength - 5);
    return {};
}

} // namespace pgv
