// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeprober.h"
#include "profiles/profile.h"

#include <QDeadlineTimer>
#include <optional>

namespace pgv {

class PgSession;
struct PgError;

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
    bool isLab() const { return !profile.labDir.isEmpty(); }
    std::optional<NodeEndpoint> endpoint(const QString &node) const;
    QStringList nodeNames() const;
    /// Opens \a session to \a node with the context's secret. Blocks up to \a deadline: call it on a worker thread.
    bool connect(const QString &node, PgSession *session, QDeadlineTimer deadline, PgError *error) const;

    friend bool operator==(const ClusterContext &a, const ClusterContext &b)
    {
        return a.profile.name == b.profile.name && a.password == b.password && a.profile.readOnly == b.profile.readOnly
            && a.nodeNames() == b.nodeNames();
    }
};

} // namespace pgv
