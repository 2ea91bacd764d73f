// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyassembler.h"

#include "core/units.h"
#include "hostmatch.h"
#include "patronimerge.h"
#include "topologyproblems.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

std::optional<qint64> nonNegative(std::optional<qint64> bytes)
{
    if (bytes && *bytes < 0)
        return qint64(0); // a standby can report a position a little ahead of what its upstream has flushed
    return bytes;
}

class Assembler
{
public:
    Assembler(const TopologyInput &input, const TopologySnapshot *previous) : m_input(input), m_previous(previous) {}

    TopologySnapshot run()
    {
        m_snapshot.cluster = m_input.cluster;
        m_snapshot.takenAt = QDateTime::currentDateTimeUtc();
        m_snapshot.complete = !m_input.nodes.isEmpty();
        for (const ClusterNodeSpec &spec : m_input.nodes)
            addProfileNode(spec);
        for (int i = 0; i < m_snapshot.nodes.size(); ++i)
            resolveUpstreamFromStandby(i);
        for (TopologyNode &node : m_snapshot.nodes)
            inferUpstreamOfDownNode(node);
        for (const ClusterNodeSpec &spec : m_input.nodes)
            attachReplicationClients(spec.name);
        estimateStalledReplayLag();
        addEdges();
        collectSlots();
        collectLogical();
        computeDepths();
        findTopologyProblems(m_input, m_previous, &m_snapshot);
        if (m_input.patroni)
            mergePatroniStatus(*m_input.patroni, &m_snapshot);
        // First in the list: until recover runs, every other action is refused and the cluster may have no primary.
        if (!m_input.interruptedAction.isEmpty())
            m_snapshot.problems.prepend(Problem{ProblemKind::ActionInterrupted, ProblemSeverity::Critical, QString(), m_input.interruptedAction});
        return m_snapshot;
    }

private:
    const NodeProbe *probeOf(const QString &name) const
    {
        const auto it = m_input.probes.constFind(name);
        return it != m_input.probes.cend() && it->reachable ? &*it : nullptr;
    }

    int indexOf(QStringView name) const
    {
        for (int i = 0; i < m_snapshot.nodes.size(); ++i) {
            if (m_snapshot.nodes[i].name == name)
                return i;
        }
        return -1;
    }

    void addProfileNode(const ClusterNodeSpec &spec)
    {
        TopologyNode node;
        node.name = spec.name;
        node.host = spec.host;
        node.port = spec.port;
        const auto it = m_input.probes.constFind(spec.name);
        const TopologyNode *before = m_previous ? m_previous->node(spec.name) : nullptr;
        if (it == m_input.probes.cend()) {
            m_snapshot.complete = false;
            node.state = u"connecting"_s;
        } else if (!it->reachable) {
            // A server that answers with an error is alive: "down" is kept for no answer at all.
            const bool refusing = it->failure == PgError::Kind::Rejected;
            node.role = refusing ? NodeRole::Unknown : NodeRole::Down;
            node.state = refusing ? (it->errorSqlState == u"53300" ? u"connections exhausted"_s : u"refusing connections"_s)
                         : it->fenced                             ? u"fenced"_s
                         : it->failure == PgError::Kind::TimedOut ? u"timeout"_s
                                                                   : u"unreachable"_s;
            node.error = it->error;
            node.errorSqlState = it->errorSqlState;
            if (before) {
                node.upstream = before->upstream;
                node.lastSeen = before->lastSeen;
                node.serverVersion = before->serverVersion;
                node.timeline = before->timeline;
            }
        } else {
            const NodeProbe &probe = *it;
            node.role = probe.inRecovery ? NodeRole::Standby : NodeRole::Primary;
            node.state = probe.inRecovery ? u"not streaming"_s : u"running"_s;
            if (!probe.host.isEmpty())
                node.host = probe.host;
            if (probe.port > 0)
                node.port = probe.port;
            node.serverVersion = probe.serverVersion;
            node.timeline = probe.timeline;
            node.lsn = probe.inRecovery ? probe.replayLsn : probe.currentLsn;
            node.receivedLsn = probe.inRecovery ? probe.walEnd() : std::nullopt;
            node.replayPaused = probe.replayPaused;
            node.walBytesPerSecond = probe.walBytesPerSecond;
            node.applyDelayMs = probe.inRecovery ? probe.applyDelayMs : std::nullopt;
            node.connections = probe.connections;
            node.archiveFailing = !probe.inRecovery && probe.archiveFailing;
            node.archiveFailedWal = probe.archiveFailedWal;
            node.archiveFailedAt = probe.archiveFailedAt;
            node.lastArchivedAt = probe.lastArchivedAt;
            node.systemIdentifier = probe.systemIdentifier;
            node.probeLatencyMs = probe.latencyMs;
            node.lastSeen = probe.probedAt;
            if (probe.inRecovery && probe.receiveLsn && probe.replayLsn)
                node.replayLagBytes = nonNegative(probe.receiveLsn->bytesSince(*probe.replayLsn));
        }
        m_snapshot.nodes << node;
    }

    /// The profile node listening on host:port, if any.
    QString nodeAt(const QString &host, int port) const
    {
        QString portOnlyMatch;
        for (const TopologyNode &node : m_snapshot.nodes) {
            if (node.external || node.port != port)
                continue;
            if (!host.isEmpty() && !host.startsWith(u'/') && !node.host.isEmpty() && !node.host.startsWith(u'/')
                && (node.host == host || (isLoopback(node.host) && isLoopback(host))))
                return node.name;
            if (hostsMatch(node.host, host) && portOnlyMatch.isEmpty())
                portOnlyMatch = node.name;
        }
        return portOnlyMatch;
    }

    void resolveUpstreamFromStandby(int index)
    {
        TopologyNode &node = m_snapshot.nodes[index];
        const NodeProbe *probe = probeOf(node.name);
        if (!probe || !probe->inRecovery)
            return;
        if (probe->walReceiver && probe->walReceiver->senderPort > 0) {
            const WalReceiver &receiver = *probe->walReceiver;
            const QString upstream = nodeAt(receiver.senderHost, receiver.senderPort);
            node.upstream = upstream.isEmpty() ? addressText(receiver.senderHost, receiver.senderPort) : upstream;
            node.state = receiver.status;
        } else if (!probe->configuredUpstreamHost.isEmpty() || probe->configuredUpstreamPort > 0) {
            const QString upstream = nodeAt(probe->configuredUpstreamHost, probe->configuredUpstreamPort);
            node.upstream = upstream.isEmpty() ? addressText(probe->configuredUpstreamHost, probe->configuredUpstreamPort) : upstream;
            node.state = u"not streaming"_s;
        }
    }

    /// A down node seen for the first time still belongs under the node that keeps a replication slot for it.
    void inferUpstreamOfDownNode(TopologyNode &node) const
    {
        if (node.role != NodeRole::Down || !node.upstream.isEmpty())
            return;
        for (const ClusterNodeSpec &spec : m_input.nodes) {
            const NodeProbe *probe = probeOf(spec.name);
            if (!probe)
                continue;
            for (const ReplicationSlot &slot : probe->replicationSlots) {
                if (slot.type == u"physical" && slot.name == node.name) {
                    node.upstream = spec.name;
                    return;
                }
            }
        }
    }

    int standbyForClient(const ReplicationClient &client) const
    {
        for (int i = 0; i < m_snapshot.nodes.size(); ++i) {
            const TopologyNode &node = m_snapshot.nodes[i];
            if (node.external)
                continue;
            if (node.name == client.applicationName)
                return i;
            const NodeProbe *probe = probeOf(node.name);
            if (probe && !probe->clusterName.isEmpty() && probe->clusterName == client.applicationName)
                return i;
        }
        return -1;
    }

    void attachReplicationClients(const QString &upstreamName)
    {
        const NodeProbe *upstream = probeOf(upstreamName);
        if (!upstream)
            return;
        const std::optional<Lsn> upstreamEnd = upstream->walEnd();
        for (const ReplicationClient &client : upstream->replication) {
            if (client.isLogical())
                continue; // a subscriber, not a standby: collectLogical keeps it
            int index = standbyForClient(client);
            if (index >= 0 && !m_snapshot.nodes[index].upstream.isEmpty() && m_snapshot.nodes[index].upstream != upstreamName
                && m_snapshot.nodes[index].isUp())
                continue; // the standby says it streams from elsewhere; trust the standby
            if (index < 0) {
                TopologyNode external;
                external.name = client.applicationName.isEmpty() ? addressText(client.clientAddress, client.clientPort)
                                                                 : client.applicationName;
                external.host = client.clientAddress;
                external.role = NodeRole::Standby;
                external.external = true;
                m_snapshot.nodes << external;
                index = int(m_snapshot.nodes.size()) - 1;
            }
            TopologyNode &standby = m_snapshot.nodes[index];
            standby.upstream = upstreamName;
            standby.syncState = client.syncState;
            if (standby.role == NodeRole::Standby) // a node that is down or not yet probed keeps saying so
                standby.state = client.state;
            standby.writeLagBytes = nonNegative(lsnDiff(upstreamEnd, client.writeLsn));
            standby.flushLagBytes = nonNegative(lsnDiff(upstreamEnd, client.flushLsn));
            standby.replayLagBytes = nonNegative(lsnDiff(upstreamEnd, freshestReplayLsn(standby.name, *upstream, client)));
            // The server reports NULL lag when the link is idle: that means "caught up", not "unknown".
            standby.writeLagSeconds = client.writeLagSeconds.value_or(0.0);
            standby.flushLagSeconds = client.flushLagSeconds.value_or(0.0);
            standby.replayLagSeconds = client.replayLagSeconds.value_or(0.0);
        }
    }

    /// The upstream knows a standby's replay position only as of the standby's last report (every
    /// wal_receiver_status_interval, 10 s by default, on an idle link), so a standby that replayed the last few
    /// records right after reporting would look some KiB behind for up to 10 s. The standby's own probe of the same
    /// round is fresher; both only move forward on one timeline, so the later of the two is the better one.
    std::optional<Lsn> freshestReplayLsn(const QString &standbyName, const NodeProbe &upstream,
                                         const ReplicationClient &client) const
    {
        const NodeProbe *own = probeOf(standbyName);
        if (!own || !own->inRecovery || !own->replayLsn || own->timeline != upstream.timeline)
            return client.replayLsn;
        return client.replayLsn ? std::max(*client.replayLsn, *own->replayLsn) : own->replayLsn;
    }

    /// pg_stat_replication's replay_lag is measured when the standby reports back (every wal_receiver_status_interval,
    /// 10 s by default, when nothing else makes it): a standby whose replay stalls with WAL waiting would show a lag
    /// that jumps in 10 s steps. Once the replay position has stood still across two probes while WAL waits, the
    /// lag is the age of the newest replayed commit, counted no further back than the stall was first seen — so a
    /// long idle spell before it, or one record caught unreplayed between probes, never reads as hours of lag.
    void estimateStalledReplayLag()
    {
        for (TopologyNode &node : m_snapshot.nodes) {
            // Behind by the standby's own, fresh account: WAL received and not replayed. The primary's view of the
            // replay position is as old as the last report, so an idle standby would look behind for up to 10 s.
            const NodeProbe *probe = probeOf(node.name);
            if (node.role != NodeRole::Standby || !probe || !probe->receiveLsn || !probe->replayLsn
                || *probe->receiveLsn <= *probe->replayLsn)
                continue;
            const TopologyNode *before = m_previous ? m_previous->node(node.name) : nullptr;
            if (!before || before->role != NodeRole::Standby || !before->lsn || !node.lsn || *before->lsn != *node.lsn)
                continue;
            node.replayStalledSince = before->replayStalledSince.isValid() ? before->replayStalledSince : node.lastSeen;
            if (!probe->replayAgeSeconds)
                continue;
            const double stalledFor = double(node.replayStalledSince.msecsTo(node.lastSeen)) / 1000.0;
            const double estimate = std::clamp(*probe->replayAgeSeconds, 0.0, stalledFor);
            node.replayLagSeconds = std::max(node.replayLagSeconds.value_or(0.0), estimate);
        }
    }

    void addEdges()
    {
        for (const TopologyNode &node : std::as_const(m_snapshot.nodes)) {
            if (node.upstream.isEmpty() || node.role == NodeRole::Primary)
                continue;
            TopologyEdge edge;
            edge.upstream = node.upstream;
            edge.standby = node.name;
            edge.syncState = node.syncState;
            edge.state = node.isUp() ? node.state : u"not streaming"_s;
            edge.streaming = node.isUp() && node.state == u"streaming";
            edge.replayLagBytes = node.replayLagBytes;
            edge.replayLagSeconds = node.replayLagSeconds;
            if (const NodeProbe *probe = probeOf(node.name); probe && probe->walReceiver)
                edge.slot = probe->walReceiver->slotName;
            m_snapshot.edges << edge;
        }
    }

    void collectSlots()
    {
        for (const ClusterNodeSpec &spec : m_input.nodes) {
            const NodeProbe *probe = probeOf(spec.name);
            if (!probe)
                continue;
            const std::optional<Lsn> end = probe->walEnd();
            for (const ReplicationSlot &slot : probe->replicationSlots) {
                SlotStatus status;
                status.node = spec.name;
                status.name = slot.name;
                status.type = slot.type;
                status.active = slot.active;
                status.temporary = slot.temporary;
                status.retainedBytes = nonNegative(lsnDiff(end, slot.restartLsn));
                status.logicalLagBytes = nonNegative(lsnDiff(end, slot.confirmedFlushLsn));
                status.walStatus = slot.walStatus;
                status.safeWalSize = slot.safeWalSize;
                status.failover = slot.failover;
                status.synced = slot.synced;
                status.invalidationReason = slot.invalidationReason;
                status.plugin = slot.plugin;
                status.database = slot.database;
                status.confirmedFlushLsn = slot.confirmedFlushLsn;
                status.activePid = slot.activePid;
                m_snapshot.replicationSlots << status;
            }
        }
    }

    void collectLogical()
    {
        for (const ClusterNodeSpec &spec : m_input.nodes) {
            const NodeProbe *probe = probeOf(spec.name);
            if (!probe)
                continue;
            for (const Subscription &subscription : probe->subscriptions)
                m_snapshot.subscriptions << SubscriptionStatus{spec.name, subscription};
            for (const ReplicationClient &client : probe->replication) {
                if (client.isLogical()) {
                    m_snapshot.logicalSenders << LogicalSender{spec.name, client.pid, client.applicationName, client.database, client.state,
                                                               client.clientAddress, client.flushLsn, client.replayLagSeconds};
                }
            }
        }
    }

    void computeDepths()
    {
        for (TopologyNode &node : m_snapshot.nodes) {
            int depth = 0;
            QSet<QString> seen{node.name};
            QString upstream = node.upstream;
            while (!upstream.isEmpty() && !seen.contains(upstream)) {
                seen.insert(upstream);
                const int index = indexOf(upstream);
                ++depth;
                if (index < 0)
                    break;
                upstream = m_snapshot.nodes[index].upstream;
            }
            node.depth = depth;
        }
    }

    const TopologyInput &m_input;
    const TopologySnapshot *m_previous;
    TopologySnapshot m_snapshot;
};

} // namespace

TopologySnapshot assembleTopology(const TopologyInput &input, const TopologySnapshot *previous)
{
    return Assembler(input, previous).run();
}

} // namespace pgv
