// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace pgv {

struct LabNode
{
    QString name;
    int port = 0;
    int restPort = 0; // Patroni's REST API, in a Patroni lab
};

/// lab.json: what a lab folder holds and how to reach it. Passwords stay in the lab's pgpass file (mode 0600).
struct LabManifest
{
    static constexpr int kFormat = 1;

    enum class Kind { Streaming, Patroni };

    QString dir;
    QString name;
    Kind kind = Kind::Streaming;
    int etcdClientPort = 0; // Patroni labs: the etcd they keep their state in
    int etcdPeerPort = 0;
    QString patroniUser = QStringLiteral("pgverse");
    QString binDir;
    QString serverUser;
    QDateTime created;
    QList<LabNode> nodes;
    QString superuser = QStringLiteral("postgres");
    QString replicationUser = QStringLiteral("replicator");
    QString monitorUser = QStringLiteral("pgverse_monitor");

    QString manifestFile() const { return dir + QStringLiteral("/lab.json"); }
    QString dataDir(const QString &node) const { return dir + QStringLiteral("/data/") + node; }
    QString logFile(const QString &node) const { return dir + QStringLiteral("/log/") + node + QStringLiteral(".log"); }
    QString socketDir() const { return dir + QStringLiteral("/sock"); }
    QString archiveDir() const { return dir + QStringLiteral("/archive"); }
    QString passFile() const { return dir + QStringLiteral("/pgpass"); }
    QString serviceFile() const { return dir + QStringLiteral("/pg_service.conf"); }
    QString runDir() const { return dir + QStringLiteral("/run"); }
    QString patroniConfig(const QString &node) const { return dir + QStringLiteral("/patroni/") + node + QStringLiteral(".yml"); }
    QString patroniPasswordFile() const { return dir + QStringLiteral("/patroni-rest.secret"); }
    QString etcdDataDir() const { return dir + QStringLiteral("/etcd"); }
    QString patroniUrl(const LabNode &node) const { return QStringLiteral("http://127.0.0.1:%1").arg(node.restPort); }
    bool isPatroni() const { return kind == Kind::Patroni; }

    const LabNode *node(QStringView nodeName) const;
    /// A connection string for \a node as \a user (the superuser when empty), with the lab's password file.
    QString conninfo(const LabNode &node, const QString &user = {}) const;
    /// The profile the GUI and the CLI open the lab with.
    Profile toProfile() const;

    static bool isLab(const QString &dir);
    static std::optional<LabManifest> load(const QString &dir, QString *error);
    bool save(QString *error) const;
};

/// Why \a dir cannot hold a lab (characters that the server's configuration or the socket path cannot carry), or empty.
QString labDirectoryProblem(const QString &dir);

} // namespace pgv
