// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lsn.h"
#include "pooler/poolerstatus.h"
#include "subscription.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <memory>
#include <optional>

namespace pgv {

enum class NodeRole { Unknown, Primary, Standby, Down };
enum class ProblemSeverity { Warning, Error, Critical };
enum class ProblemKind {
    NodeDown,
    SplitBrain,
    NoPrimary,
    SystemIdMismatch,
    TimelineDivergence,
    NotStreaming,
    SlotInactive,
    ReplayPaused,
    HaDisagreement, // Patroni and the servers disagree on who leads or who streams
    HaPaused,       // Patroni is in maintenance mode: no automatic failover
    HaUnreachable,  // Patroni's REST API does not answer
    ConnectionsExhausted, // the server is alive but every connection slot is taken ("too many clients")
    ConnectionRejected,   // the server is alive but refuses us (authentication, starting up, shutting down…)
    ActionInterrupted,    // an action was interrupted part-way (its process died): see pgversectl recover
    ArchivingFailing,     // the primary's archive_command fails: WAL piles up and backups cannot restore past the failure
    // A connection pooler in front of the cluster (pooler/poolerestate.h); the problem's node is the pooler.
    PoolerUnreachable,      // its admin console does not answer
    PoolerRoutesToStandby,  // its clients' writes fail: the old primary after a role change
    PoolerRoutesToDownNode, // its clients get errors
    PoolerRoutesElsewhere,  // it routes to a server that is none of the cluster's nodes
    PoolerClientsWaiting,   // clients wait longer than the limit for a server connection
    PoolerPoolFull,         // a pool has every server connection in use and clients waiting
    PoolerLeftPaused,       // paused while no action runs: left by one that died
};

QString roleName(NodeRole role);             // "primary", "standby", "down", "unknown": stable, used in JSON
QString problemKindName(ProblemKind kind);   // "node_down", "split_brain", ...: stable, used in JSON
QString severityName(ProblemSeverity severity);

/// What an HA manager (Patroni) says about one node. Each integration brings a sub-structure like this one (a
/// pooler will have its own) rather than more flat fields on the node.
struct HaMemberState
{
    QString role;  ///< what Patroni calls the member: leader, replica, sync_standby…
    QString state; ///< its state there: running, streaming, stopped…
    std::optional<qint64> lagBytes;
};

/// What the HA manager says about the cluster as a whole.
struct HaClusterState
{
    bool reachable = false; ///< its API answered the last poll
    bool paused = false;    ///< maintenance mode: no automatic failover
    QString leader;
};

struct TopologyNode
{
    QString name;
    QString host;
    int port = 0;
    NodeRole role = NodeRole::Unknown;
    /// running (primary), a replication state such as streaming or catchup (standby), or why it is down.
    QString state;
    bool external = false; // seen as a replication client but not listed in the profile
    QString serverVersion;
    int timeline = 0;
    std::optional<Lsn> lsn; // current WAL position of a primary, replay position of a standby
    std::optional<Lsn> receivedLsn; // a standby's received WAL end: what it would have if promoted now
    QString upstream;       // node name, or host:port when the upstream is not in the profile
    QString syncState;
    std::optional<qint64> writeLagBytes;
    std::optional<qint64> flushLagBytes;
    std::optional<qint64> replayLagBytes;
    std::optional<double> writeLagSeconds;
    std::optional<double> flushLagSeconds;
    std::optional<double> replayLagSeconds;
    /// The first probe at which this standby was behind and its replay position had not moved since the probe
    /// before: replay is stalled (paused, or held by a query conflict) from then on while it stays so.
    QDateTime replayStalledSince;
    bool replayPaused = false;
    std::optional<double> walBytesPerSecond; // average since the node's statistics were reset
    std::optional<qint64> applyDelayMs; // a standby's recovery_min_apply_delay: it applies WAL this late on purpose
    int connections = 0;
    bool archiveFailing = false; // a primary whose archive_command fails (pg_stat_archiver)
    QString archiveFailedWal;
    QDateTime archiveFailedAt;
    QDateTime lastArchivedAt;
    QString systemIdentifier;
    QString error;
    QString errorSqlState; // with a refusal: what the server said (57P03: starting up or shutting down)
    qint64 probeLatencyMs = -1;
    std::optional<HaMemberState> ha; // what the HA manager says of the node; absent when none manages it
    QDateTime lastSeen;
    int depth = 0; // 0 for primaries and orphans, 1 for their standbys, 2 for cascaded standbys…

    bool isUp() const { return role == NodeRole::Primary || role == NodeRole::Standby; }
    /// The server answered our connection attempt with an error: it is alive, whatever its role.
    bool isRefusing() const { return state == u"connections exhausted" || state == u"refusing connections"; }
    /// Refusing because it is starting up or shutting down (cannot_connect_now): it will answer or be gone soon.
    bool isChangingState() const { return isRefusing() && errorSqlState == u"57P03"; }
};

/// What an edge of the estate carries: WAL to a standby, changes of a publication to a subscription, or clients
/// of a connection pooler to the server it routes to.
enum class EdgeKind { Physical, Logical, Pooler };

/// "physical", "logical", "pooler": the names of `status --json`.
QString edgeKindName(EdgeKind kind);
std::optional<EdgeKind> edgeKindFromName(QStringView name);

/// A directed edge from the node that serves (a primary or cascading standby, a publisher, the server a pooler
/// routes to) to the one that depends on it. Either end may be in another cluster than the snapshot's; a node
/// can have several edges in and out.
struct TopologyEdge
{
    EdgeKind kind = EdgeKind::Physical;
    QString upstream;
    QString standby;         ///< the depending end: a standby, a subscriber, a pooler
    QString upstreamCluster; ///< empty: the snapshot's own cluster
    QString standbyCluster;  ///< empty: the snapshot's own cluster
    QString syncState; // async, sync, potential, quorum, or empty when unknown
    QString state;     // streaming, catchup, … or "not streaming"
    bool streaming = false;
    QString slot;
    QStringList publications; ///< logical edges: what the subscription subscribes to
    std::optional<qint64> replayLagBytes;
    std::optional<double> replayLagSeconds;
    /// Pooler edges: the pooler's clients (its routed pools together) and the longest wait among them.
    std::optional<int> clientsActive;
    std::optional<int> clientsWaiting;
    std::optional<double> maxWaitSeconds;
};

/// A replication slot and how much WAL it holds back on its node.
struct SlotStatus
{
    QString node;
    QString name;
    QString type; // physical or logical
    bool active = false;
    bool temporary = false;
    std::optional<qint64> retainedBytes;   // node's WAL end − restart_lsn
    std::optional<qint64> logicalLagBytes; // node's WAL end − confirmed_flush_lsn: how far its subscriber has applied
    QString walStatus;
    std::optional<qint64> safeWalSize; // WAL that can still be written before the slot is at risk of being lost
    QString plugin;   // logical slots: the output plugin (pgoutput for subscriptions)
    QString database; // logical slots: the database they decode
    std::optional<Lsn> confirmedFlushLsn;
    std::optional<qint64> activePid; // the walsender using it, when active
    std::optional<bool> failover;    // PostgreSQL 17 and newer, as ReplicationSlot
    std::optional<bool> synced;
    QString invalidationReason;
};

/// A subscription on one of the snapshot's nodes, as that node reports it; its publisher, in this cluster or
/// another, is joined to it by assessLogical.
struct SubscriptionStatus
{
    QString node;
    Subscription subscription;
};

/// A walsender of one of the snapshot's nodes that decodes logically: a subscriber (or other logical consumer) it
/// streams to. Not a standby, so not a node of the topology.
struct LogicalSender
{
    QString node;
    qint64 pid = 0;       // the walsender's: a logical slot's active_pid when it streams from the slot
    QString application; // a subscription's walsender is named after the subscription
    QString database;
    QString state;       // startup, catchup, streaming, stopping
    QString clientAddress;
    std::optional<Lsn> flushLsn;              // what the subscriber has written and flushed
    std::optional<double> replayLagSeconds;   // NULL from the server when idle: caught up
};

struct Problem
{
    ProblemKind kind;
    ProblemSeverity severity;
    QString node;
    QString message;

    friend bool operator==(const Problem &, const Problem &) = default;
};

struct TopologySnapshot
{
    QString cluster;
    QDateTime takenAt;
    QList<TopologyNode> nodes;
    QList<TopologyEdge> edges;
    QList<SlotStatus> replicationSlots;
    QList<SubscriptionStatus> subscriptions;
    QList<LogicalSender> logicalSenders;
    /// The connection poolers in front of the cluster, as their last poll read them (pooler/poolerestate.h adds
    /// them, their pooler edges and their problems); empty when the profile lists none.
    QList<PoolerStatus> poolers;
    QList<Problem> problems;
    /// Every node has been probed at least once since monitoring started.
    bool complete = false;
    /// Whether a Patroni REST API is part of the picture, and what it last said.
    std::optional<HaClusterState> ha; // absent when no HA manager (Patroni) is part of the picture

    const TopologyNode *node(QStringView name) const;
    const PoolerStatus *pooler(QStringView name) const;
    /// The node (or host:port) the pooler \a name routes to, from its pooler edge; empty when it has none.
    QString poolerRoute(QStringView name) const;
    /// How far behind in time the consumer of logical \a slot is: 0 when it has confirmed everything (an idle
    /// link's NULL lag), else its walsender's replay_lag; nothing while no walsender streams from the slot.
    std::optional<double> logicalLagSeconds(const SlotStatus &slot) const;
    bool anyReachable() const;
    bool healthy() const { return problems.isEmpty(); }
};

/// A snapshot travels shared and immutable from the monitor that assembled it to every model, page and recorder
/// that shows it: one copy per poll round, however many readers.
using SnapshotPtr = std::shared_ptr<const TopologySnapshot>;
inline SnapshotPtr shareSnapshot(TopologySnapshot snapshot)
{
    return std::make_shared<const TopologySnapshot>(std::move(snapshot));
}
/// The snapshot of nothing (no cluster open), shared: readers never check for null.
const SnapshotPtr &emptySnapshot();

} // namespace pgv

Q_DECLARE_METATYPE(pgv::TopologySnapshot)
Q_DECLARE_METATYPE(pgv::SnapshotPtr)
