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

/// A PgBouncer of the lab (`lab up --pgbouncer`): transaction pooling on 127.0.0.1, routing to the primary.
struct LabPooler
{
    QString name; // pooler1, pooler2…: also its service in pg_service.conf
    int port = 0;
};

/// The logical-replication set-up a lab builds with `lab up --subscriber`: names the lab, its tests and the drills rely on.
namespace LabLogical {
inline constexpr QLatin1StringView kDatabase{"shop"};
inline constexpr QLatin1StringView kTable{"public.orders"};
inline constexpr QLatin1StringView kPublication{"orders_pub"};
inline constexpr QLatin1StringView kSubscription{"orders_sub"};
inline constexpr QLatin1StringView kSubscriberName{"analytics"};
} // namespace LabLogical

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
    /// A stand-alone server of its own (not one of the cluster's nodes) subscribing to the primary's publication.
    std::optional<LabNode> subscriber;
    QList<LabPooler> poolers;
    /// The admin user of every pooler's console; each pooler has a password of its own (pgpass lines per port).
    QString poolerAdmin = QStringLiteral("pgverse_pooler");
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
    QString poolerDir() const { return dir + QStringLiteral("/pgbouncer"); }
    QString poolerConfig(const QString &pooler) const { return poolerDir() + u'/' + pooler + QStringLiteral(".ini"); }
    QString poolerAuthFile(const QString &pooler) const { return poolerDir() + u'/' + pooler + QStringLiteral(".users"); }
    const LabPooler *pooler(QStringView poolerName) const;
    /// The admin console of \a pooler, as its admin user with the lab's password file.
    QString poolerConninfo(const LabPooler &pooler) const;

    /// One of the cluster's nodes; the subscriber is not one of them.
    const LabNode *node(QStringView nodeName) const;
    /// A node or the subscriber: every server the lab starts and stops.
    const LabNode *member(QStringView memberName) const;
    bool isSubscriber(QStringView memberName) const { return subscriber && subscriber->name == memberName; }
    /// A connection string for \a node as \a user (the superuser when empty), with the lab's password file.
    QString conninfo(const LabNode &node, const QString &user = {}) const;
    /// The profile the GUI and the CLI open the lab with.
    Profile toProfile() const;
    /// The subscriber as a cluster of its own, for the monitor and `pgversectl logical`; empty without one.
    std::optional<Profile> subscriberProfile() const;

    static bool isLab(const QString &dir);
    static std::optional<LabManifest> load(const QString &dir, QString *error);
    bool save(QString *error) const;
};

/// Why \a dir cannot hold a lab (characters that the server's configuration or the socket path cannot carry), or empty.
QString labDirectoryProblem(const QString &dir);

} // namespace pgv
