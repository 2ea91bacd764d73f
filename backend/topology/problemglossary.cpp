// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemglossary.h"

#include <QCoreApplication>

namespace pgv {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("ProblemGlossary", text);
}
} // namespace

QList<ProblemExplanation> problemGlossary()
{
    // QT_TRANSLATE_NOOP marks the texts for lupdate under this context; translated() looks them up.
    return {
        {ProblemKind::NodeDown, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Node down")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The monitor gets no answer from the server: it is stopped, crashed, unreachable over the network, or hung (a timeout). A lab node that is fenced is down on purpose.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Look at the server's log and host. A stopped standby: start it (lab start). A former primary after a failover: rejoin it as a standby. The primary itself: bring it back, or fail over."))},
        {ProblemKind::SplitBrain, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Split brain")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "More than one node accepts writes: clients may be writing to different primaries, and their changes diverge.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Stop writes to all but one at once (stop the others), keep the one with the data you want, then rejoin the others: pg_rewind discards what they wrote alone."))},
        {ProblemKind::NoPrimary, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "No primary")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "No reachable node accepts writes, and none is merely refusing connections (which could be a full primary): the cluster takes no writes.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Bring the primary back if it can come back soon; otherwise fail over to the most advanced standby (the headline names the candidates and how far behind each is)."))},
        {ProblemKind::SystemIdMismatch, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Another cluster's node")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The node's system identifier differs from the primary's: it was initialised separately and cannot replicate from it.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Check the profile's address for that node. To make it a standby, rebuild it from a base backup of the primary."))},
        {ProblemKind::TimelineDivergence, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Timeline divergence")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "A standby is on another timeline than its upstream: it missed a promotion, or wrote past the point where the timelines forked.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Rejoin it: it is rewound to the fork point and follows the new timeline."))},
        {ProblemKind::NotStreaming, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Not streaming")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "A standby is up but receives no WAL from its upstream: it falls further behind, and a failover to it would lose what it has not received.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Read the standby's log (authentication, a missing slot or WAL segment, the upstream's address); check primary_conninfo."))},
        {ProblemKind::SlotInactive, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Inactive slot")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "A replication slot has no client: the server keeps all WAL since the slot's position, and the disk fills up.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Bring its client back, or drop the slot if the client is gone for good (pg_drop_replication_slot)."))},
        {ProblemKind::ReplayPaused, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Replay paused")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Someone paused WAL replay on a standby: it receives WAL but applies none, so its data grows old.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Resume it when the reason is over: SELECT pg_wal_replay_resume();"))},
        {ProblemKind::HaDisagreement, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "HA manager disagrees")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Patroni and the servers tell different stories about who leads or who streams.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Trust the servers for the data, Patroni for what it will do next; look at patronictl list and Patroni's log before any action."))},
        {ProblemKind::HaPaused, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "HA paused")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Patroni is in maintenance mode: it will not fail over automatically.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Resume it when the maintenance is over (pgversectl patroni resume)."))},
        {ProblemKind::HaUnreachable, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "HA manager unreachable")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Patroni's REST API does not answer: the console cannot see what Patroni decides, nor drive it.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Check that Patroni runs and that the profile's REST address and credentials are right."))},
        {ProblemKind::ConnectionsExhausted, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Connections exhausted")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The server is alive but every connection slot is taken (too many clients): new clients are refused. A full primary is not a dead one.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Do not fail over. Find who holds the connections (a pool, a leak), end idle sessions, put a pooler in front; superuser_reserved_connections keeps room for you."))},
        {ProblemKind::ConnectionRejected, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Refusing connections")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The server answers but refuses the monitor: authentication, starting up, shutting down or in recovery without hot standby.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Read the message: fix the profile's credentials or pg_hba.conf, or wait for the startup to finish."))},
        {ProblemKind::ActionInterrupted, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Interrupted action")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "An action's process died, or the action failed half-way: the cluster may be between two states (a primary stopped, a standby not yet promoted).")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Run Recover (pgversectl recover): it makes one primary and every other node follow it, from what the servers say now."))},
        {ProblemKind::ArchivingFailing, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Archiving failing")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The primary's archive_command fails: WAL piles up on its disk, and backups cannot restore past the last archived segment.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Read the server log for the archive command's error (the repository, its permissions, space); pgbackrest check says more."))},
        {ProblemKind::PoolerUnreachable, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Pooler unreachable")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The pooler's admin console does not answer: it may be down, or the profile's admin user is not one of its admin_users or stats_users.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Check that PgBouncer runs (a lab: pgversectl lab start) and that its admin user and password match the profile."))},
        {ProblemKind::PoolerRoutesToStandby, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Pooler routes to a standby")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The pooler sends its clients to a node that is a standby now, usually the old primary after a switchover or failover: their writes fail.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Point its [databases] at the primary and RELOAD it (a lab's switchover, failover and recover do this)."))},
        {ProblemKind::PoolerRoutesToDownNode, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Pooler routes to a down node")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The pooler sends its clients to a node that is down: every new transaction fails.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Point its [databases] at the primary and RELOAD it."))},
        {ProblemKind::PoolerRoutesElsewhere, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Pooler routes elsewhere")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The pooler sends its clients to a server that is none of the cluster's nodes.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Check its [databases]: a node missing from the profile, or a pooler configured for another cluster."))},
        {ProblemKind::PoolerClientsWaiting, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Clients waiting in the pooler")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Clients wait longer than the limit for a server connection: the pool is too small for the load, or its transactions are slow.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Look at the node's sessions for slow or blocked transactions; raise the pool size if the server has connections to spare."))},
        {ProblemKind::PoolerPoolFull, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Pool full")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "A pool has every server connection in use and clients waiting for one.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Raise its pool_size (or default_pool_size) if the server has connections to spare, or find what keeps the connections busy."))},
        {ProblemKind::PoolerLeftPaused, translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Pooler left paused")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "The pooler is paused and no action that paused it is running: an action died while it held the clients. They wait, and are disconnected after query_wait_timeout.")),
         translated(QT_TRANSLATE_NOOP("ProblemGlossary", "Resume it: pgversectl pooler resume (recover also routes and resumes a lab's poolers)."))},
    };
}

} // namespace pgv
