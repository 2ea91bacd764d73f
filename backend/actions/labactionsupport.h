// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "lab/lab.h"
#include "topology/topology.h"

namespace pgv {

struct LabActionSettings
{
    qint64 maxReplayLagBytes = 16ll * 1024 * 1024; // a switchover candidate may be at most this far behind
    int stepTimeoutMs = 60000;
    /// Switch over even when a logical subscriber cannot be kept whole; the checks then say what it may miss.
    bool force = false;
    /// Pause the lab's poolers while the primary changes (clients wait rather than fail); off: --no-pooler-pause.
    /// They are routed to the new primary either way.
    bool pausePoolers = true;
};

/// The lab's topology as its servers report it now.
TopologySnapshot probeLab(const Lab &lab);
/// What \a node alone reports now: its role, its own WAL receiver's state, and (a primary) its standbys as its
/// replication rows name them. For an operation on one node, which must not wait for another node that is hung.
TopologySnapshot probeLabNode(const Lab &lab, const QString &node);

/// Checks, waiting up to \a waitMs for replication to settle, that \a primary is the one writable node on a timeline
/// of at least \a minTimeline and that every node of \a standbys streams from it on that timeline.
QList<ActionCheck> verifyLabTopology(const Lab &lab, const QString &primary, const QStringList &standbys, int minTimeline,
                                     int waitMs = 30000);

/// Check helpers with stable, readable names.
ActionCheck passed(const QString &name, const QString &reason);
ActionCheck warned(const QString &name, const QString &reason);
ActionCheck failed(const QString &name, const QString &reason);

/// Whether WAL archiving works on the primary \a node (pg_stat_archiver): fails when the newest attempt failed.
ActionCheck archivingCheck(const Lab &lab, const QString &primary);

/// Waits until \a node's WAL receiver streams from \a upstream on \a timeline.
bool waitUntilStreaming(const Lab &lab, const QString &node, const QString &upstream, int timeline, int timeoutMs);

} // namespace pgv
