// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QCommandLineParser>
#include <optional>

namespace pgv::cli {

/// --profile NAME | --lab DIR | --node [NAME@]CONNINFO …: which cluster a command works on.
struct ClusterSelection
{
    Profile profile;
    QString password; // from the keychain when the profile keeps one there
    QHash<QString, QString> poolerPasswords; // by pooler: those the keychain keeps

    /// The profile's poolers with the passwords the keychain keeps for them.
    QList<PoolerEndpoint> poolerEndpoints() const { return profile.poolerEndpoints(poolerPasswords); }

    /// What --node means: a node given by its connection string (the cluster is the nodes given), or, for commands
    /// that read one node of a cluster (sessions, locks), the name of that node in the profile or lab.
    enum class NodeOption { Conninfo, NameOfOne };
    static void addOptions(QCommandLineParser &parser, NodeOption node = NodeOption::Conninfo);
    /// Without any of the options: the lab named by PGVERSE_LAB (set by `lab env`), else the default lab.
    static std::optional<ClusterSelection> resolve(const QCommandLineParser &parser, QString *error, NodeOption node = NodeOption::Conninfo);
};

/// The clusters drawn beside \a profile (Profile::beside), from the saved profiles or, for a lab, its manifest's
/// subscriber: a lab made with registerProfile off has no saved profile for it.
QList<Profile> besideProfiles(const Profile &profile);

} // namespace pgv::cli
