// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology.h"

#include <QDateTime>

namespace pgv {

/// One line that says how the cluster is, above its graph: "Healthy: …", "Degraded: 1 of 2 standbys down, 1
/// paused", or "No primary since 03:05:31 — candidates node2 (0/5A00 received, 0 B behind the most advanced), …".
struct ClusterHeadline
{
    enum class Level { Unknown, Healthy, Degraded, Critical };
    struct Candidate
    {
        QString node;
        std::optional<Lsn> received;
        qint64 behindBytes = 0; ///< behind the most advanced candidate
        bool delayed = false;   ///< applies WAL late on purpose: promoting it loses its delay's worth of changes
    };

    Level level = Level::Unknown;
    QString text;
    QList<Candidate> candidates; ///< with no primary: the standbys that answer, most advanced first
    bool offersFailover = false; ///< no primary and someone to promote
};

/// The headline of \a snapshot; \a noPrimarySince is when the cluster was first seen without a primary (invalid
/// when it has one or that is not known).
ClusterHeadline clusterHeadline(const TopologySnapshot &snapshot, const QDateTime &noPrimarySince = {});

/// Remembers since when a cluster has had no primary, snapshot after snapshot, for its headline.
class HeadlineTracker
{
public:
    ClusterHeadline update(const TopologySnapshot &snapshot);

private:
    QString m_cluster;
    QDateTime m_noPrimarySince;
};

} // namespace pgv
