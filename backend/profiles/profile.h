// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "patroni/patroniclient.h"
#include "pg/conninfo.h"
#include "monitor/nodeprober.h"
#include "pooler/poolerstatus.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pgv {

struct ProfileNode
{
    QString name;
    QString conninfo; // never holds a password: those live in the keychain or a .pgpass file

    friend bool operator==(const ProfileNode &, const ProfileNode &) = default;
};

/// A connection pooler in front of the cluster: its admin console (database "pgbouncer").
struct ProfilePooler
{
    QString name;
    QString conninfo; // the admin console's; never holds a password (keychain or .pgpass, as for nodes)
    bool passwordInKeychain = false; // under Profile::poolerSecretKey()

    friend bool operator==(const ProfilePooler &, const ProfilePooler &) = default;
};

/// A named cluster: its nodes and how PostgresVerse may treat it.
struct Profile
{
    QString name;
    QList<ProfileNode> nodes;
    QString sslmode;          // empty: whatever the conninfo or libpq's default says
    bool readOnly = false;    // look, never act: actions are refused for read-only profiles
    bool passwordInKeychain = false;
    int pollIntervalMs = 1000;
    QString labDir;           // set when the profile describes a PostgresVerse lab
    /// Patroni's REST API (any member; the others are found through GET /cluster), for clusters Patroni manages.
    QString patroniUrl;
    QString patroniUser;
    /// A file holding the REST password (mode 0600), as a lab writes; otherwise the keychain holds it.
    QString patroniPasswordFile;
    QString patroniCaFile;    // for https: the CA that signed Patroni's certificate
    /// Profiles of the clusters drawn beside this one when it is opened (a lab's subscriber, a cluster of its own).
    QStringList beside;
    /// PgBouncers the cluster's clients connect through (watched beside the nodes; paused around a switchover).
    QList<ProfilePooler> poolers;

    /// Problems that make the profile unusable, each phrased as what to change. Empty when valid.
    QStringList validate() const;
    /// The node's connection settings with the profile's sslmode applied.
    ConnInfo connInfoFor(const ProfileNode &node) const;
    /// Endpoints for the monitor; \a password (from the keychain) applies to every node.
    QList<NodeEndpoint> endpoints(const QString &password = {}) const;
    ProbeSettings probeSettings() const;
    /// The poolers' admin consoles. Their passwords come from \a passwords (by pooler: what the keychain holds for
    /// those marked so), else from a password file (a lab's) or ~/.pgpass; never the nodes'.
    QList<PoolerEndpoint> poolerEndpoints(const QHash<QString, QString> &passwords = {}) const;
    /// Where the keychain keeps \a pooler's admin password: beside the profile's own, apart from the nodes'.
    QString poolerSecretKey(const QString &pooler) const { return name + QStringLiteral("#pooler:") + pooler; }
    /// Patroni's REST endpoint with the password from patroniPasswordFile, if any (the keychain fills it otherwise).
    PatroniEndpoint patroniEndpoint() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

/// Builds a profile from `--node` arguments: "conninfo" or "name=conninfo" is ambiguous, so a name is only
/// taken from "NAME@conninfo"; otherwise nodes are named by their address.
Profile profileFromNodeArguments(const QStringList &arguments);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::Profile)
