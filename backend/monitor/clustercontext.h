// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeprober.h"
#include "profiles/profile.h"

#include <optional>

namespace pgv {

/// What a page and a controller know of the cluster the window shows, handed over once when the cluster changes
/// (opened, closed, its password arrived), never per poll: the profile, its endpoints with the session's secret
/// (in memory only), and whether the profile is read-only. An empty context means no cluster is open.
struct ClusterContext
{
    Profile profile;
    QList<NodeEndpoint> endpoints;
    /// The secret the monitor connects with (keychain or typed), for work that builds connections of its own.
    QString password;

    bool isOpen() const { return !profile.name.isEmpty(); }
    bool readOnly() const { return profile.readOnly; }
    const QString &cluster() const { return profile.name; }
    std::optional<NodeEndpoint> endpoint(const QString &node) const;
    QStringList nodeNames() const;
};

} // namespace pgv
