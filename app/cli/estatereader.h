// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logical/logicaldetails.h"
#include "profiles/profile.h"

#include <memory>
#include <vector>

namespace pgv {
class ClusterMonitor;
}

namespace pgv::cli {

/// Monitors of every cluster read together (the selected one and those drawn beside it): one poll round each, the
/// same deadlines as `status`. What `logical` prints and what `logical enable|disable|refresh` acts on.
class EstateReader
{
public:
    /// \a password is the selected (first) profile's; a cluster found beside it brings its own way in.
    EstateReader(const QList<Profile> &profiles, const QString &password);
    ~EstateReader();
    EstateReader(const EstateReader &) = delete;
    EstateReader &operator=(const EstateReader &) = delete;

    void start();
    /// Waits until every cluster has a complete round (or the probes' deadlines pass), then returns the snapshots.
    QList<SnapshotPtr> waitForRound();

    const QList<ClusterEndpoints> &endpoints() const { return m_endpoints; }
    int intervalMs() const { return m_intervalMs; }

private:
    std::vector<std::unique_ptr<ClusterMonitor>> m_monitors;
    QList<ClusterEndpoints> m_endpoints;
    int m_intervalMs = 60000;
    int m_waitMs = 0;
};

} // namespace pgv::cli
