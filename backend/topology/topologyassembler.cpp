// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyassembler.h"

#include "core/units.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {


bool isLoopback(QStringView host)
{
    return host == u"127.0.0.1" || host == u"localhost" || host == u"::1" || host.startsWith(u"127.");
}

/// A socket directory or an empty host matches by port alone.
bool hostsMatch(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty() || a.startsWith(u'/') || b.startsWith(u'/'))
        return true;
    if (isLoopback(a) && isLoopback(b))
        return true;
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString addressText(const QString &host, int port)
{
    return port > 0 ? host + u':' + QString::number(port) : host;
}

QString sqlLiteral(QString text)
{
    return u'\'' + text.replace(u"'"_s, u"''"_s) + u'\'';
}

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
        addEdges();
        collectSlots();
        computeDepths();
        findProblems();
        mergePatroni();
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
                         : it->failure == PgError::Kind::TimedOut ? u"timeout"_s
                                                                   : u"unreachable"_s;
            node.error = it->error;
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
            node.replayPaused = probe.replayPaused;
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
            standby.replayLagBytes = nonNegative(lsnDiff(upstreamEnd, client.replayLsn));
            // The server reports NULL lag when the link is idle: that means "caught up", not "unknown".
            standby.writeLagSeconds = client.writeLagSeconds.value_or(0.0);
            standby.flushLagSeconds = client.flushLagSeconds.value_or(0.0);
            standby.replayLagSeconds = client.replayLagSeconds.value_or(0.0);
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
                m_snapshot.replicationSlots << status;
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

    void addProblem(ProblemKind kind, ProblemSeverity severity, const QString &node, const QString &message)
    {
        m_snapshot.problems << Problem{kind, severity, node, message};
    }

    void findProblems()
    {
        QStringList primaries;
        QStringList refusing;
        bool anyUp = false;
        for (const TopologyNode &node : std::as_const(m_snapshot.nodes)) {
            if (node.external)
                continue;
            anyUp = anyUp || node.isUp();
            if (node.role == NodeRole::Primary)
                primaries << node.name;
            if (node.role == NodeRole::Down)
                reportDown(node);
            if (node.isRefusing()) {
                refusing << node.name;
                reportRefusing(node);
            }
        }
        if (primaries.size() > 1) {
            for (const QString &primary : std::as_const(primaries)) {
                addProblem(ProblemKind::SplitBrain, ProblemSeverity::Critical, primary,
                           QCoreApplication::translate("Topology", "Split brain: %1 are all writable primaries. Stop or demote all but one before clients write to more than one.")
                               .arg(primaries.join(u", "_s)));
            }
        }
        // A live server that refuses new connections may well be the primary, still committing for the sessions it
        // has: "no primary" would invite a failover that kills it.
        if (anyUp && primaries.isEmpty() && refusing.isEmpty()) {
            addProblem(ProblemKind::NoPrimary, ProblemSeverity::Critical, QString(),
                       QCoreApplication::translate("Topology", "No primary is reachable: the cluster accepts no writes. Bring the primary back or fail over to a standby."));
        }
        const TopologyNode *primary = primaries.isEmpty() ? nullptr : m_snapshot.node(primaries.first());
        for (const TopologyNode &node : std::as_const(m_snapshot.nodes)) {
            if (node.external || !node.isUp())
                continue;
            checkSystemIdentifier(node, primary);
            if (node.role == NodeRole::Standby)
                checkStandby(node, primary);
            checkSlots(node);
            if (node.archiveFailing)
                reportArchivingFailing(node);
        }
    }

    void reportArchivingFailing(const TopologyNode &node)
    {
        const QString lastSuccess = node.lastArchivedAt.isValid() ? node.lastArchivedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)
                                                                  : QCoreApplication::translate("Topology", "never since the statistics were reset");
        addProblem(ProblemKind::ArchivingFailing, ProblemSeverity::Error, node.name,
                   QCoreApplication::translate("Topology", "WAL archiving fails on %1 (%2 at %3; last success: %4). Backups cannot restore past the last "
                                                           "archived segment, and WAL piles up in pg_wal until the disk is full. The server log "
                                                           "shows archive_command's error.")
                       .arg(node.name, node.archiveFailedWal, node.archiveFailedAt.toUTC().toString(u"HH:mm:ss 'UTC'"_s), lastSuccess));
    }

    void reportDown(const TopologyNode &node)
    {
        const QString where = addressText(node.host, node.port);
        if (node.state == u"timeout") {
            addProblem(ProblemKind::NodeDown, ProblemSeverity::Error, node.name,
                       QCoreApplication::translate("Topology", "%1 (%2) does not answer: the server may be hung, stopped or overloaded. The other nodes are still monitored.")
                           .arg(node.name, where));
        } else {
            addProblem(ProblemKind::NodeDown, ProblemSeverity::Error, node.name,
                       QCoreApplication::translate("Topology", "%1 (%2) is unreachable: %3")
                           .arg(node.name, where, node.error));
        }
    }

    void reportRefusing(const TopologyNode &node)
    {
        const TopologyNode *before = m_previous ? m_previous->node(node.name) : nullptr;
        const bool wasPrimary = before && (before->role == NodeRole::Primary || (before->isRefusing() && before->upstream.isEmpty()));
        // libpq prefixes the server's words with the address; the card already shows that.
        const QString said = node.error.section(u"failed: "_s, -1).simplified();
        if (node.state == u"connections exhausted") {
            addProblem(ProblemKind::ConnectionsExhausted, wasPrimary ? ProblemSeverity::Critical : ProblemSeverity::Error, node.name,
                       QCoreApplication::translate("Topology", "%1 is alive but every connection slot is taken. Do not fail over: its sessions go on "
                                                               "working, only new clients are refused. End idle sessions (pg_terminate_backend), "
                                                               "raise max_connections or put a pooler in front. The server said: %2")
                           .arg(node.name, said));
        } else {
            addProblem(ProblemKind::ConnectionRejected, ProblemSeverity::Error, node.name,
                       QCoreApplication::translate("Topology", "%1 is alive but refuses the monitor's connection: %2").arg(node.name, said));
        }
    }

    void checkSystemIdentifier(const TopologyNode &node, const TopologyNode *primary)
    {
        if (!primary || &node == primary || node.systemIdentifier.isEmpty() || primary->systemIdentifier.isEmpty())
            return;
        if (node.systemIdentifier != primary->systemIdentifier) {
            addProblem(ProblemKind::SystemIdMismatch, ProblemSeverity::Error, node.name,
                       QCoreApplication::translate("Topology", "%1 belongs to another database cluster (system identifier %2, the primary %3 has %4): it cannot replicate from this primary.")
                           .arg(node.name, node.systemIdentifier, primary->name, primary->systemIdentifier));
        }
    }

    void checkStandby(const TopologyNode &node, const TopologyNode *primary)
    {
        const int upstreamIndex = indexOf(node.upstream);
        const TopologyNode *reference = upstreamIndex >= 0 && m_snapshot.nodes[upstreamIndex].isUp() ? &m_snapshot.nodes[upstreamIndex] : primary;
        if (reference && node.timeline > 0 && reference->timeline > 0 && node.timeline != reference->timeline) {
            addProblem(ProblemKind::TimelineDivergence, ProblemSeverity::Error, node.name,
                       QCoreApplication::translate("Topology", "%1 is on timeline %2 but %3 is on timeline %4: it must follow the new timeline, or be rewound (pg_rewind) or rebuilt.")
                           .arg(node.name)
                           .arg(node.timeline)
                           .arg(reference->name)
                           .arg(reference->timeline));
        }
        if (node.state != u"streaming") {
            addProblem(ProblemKind::NotStreaming, ProblemSeverity::Warning, node.name,
                       QCoreApplication::translate("Topology", "%1 is not streaming from %2 (state: %3). It falls behind until replication resumes: check its log and primary_conninfo.")
                           .arg(node.name, node.upstream.isEmpty() ? QCoreApplication::translate("Topology", "any upstream") : node.upstream, node.state));
        }
        if (node.replayPaused) {
            addProblem(ProblemKind::ReplayPaused, ProblemSeverity::Warning, node.name,
                       QCoreApplication::translate("Topology", "Replay is paused on %1: it receives WAL but applies none, so its data gets older. Resume with SELECT pg_wal_replay_resume();")
                           .arg(node.name));
        }
    }

    void checkSlots(const TopologyNode &node)
    {
        const NodeProbe *probe = probeOf(node.name);
        if (!probe)
            return;
        const std::optional<Lsn> end = probe->walEnd();
        for (const ReplicationSlot &slot : probe->replicationSlots) {
            if (slot.active || slot.temporary || !slot.restartLsn)
                continue;
            const qint64 retained = std::max<qint64>(0, lsnDiff(end, slot.restartLsn).value_or(0));
            addProblem(ProblemKind::SlotInactive, ProblemSeverity::Warning, node.name,
                       QCoreApplication::translate("Topology", "Slot %1 on %2 is inactive: it holds back WAL (%3 so far), more with every write, until its client returns. If that client is gone for good: SELECT pg_drop_replication_slot(%4);")
                           .arg(slot.name, node.name, formatBytes(retained), sqlLiteral(slot.name)));
        }
    }

    /// Patroni's member list against the servers' own answers: the two-source view no single tool gives.
    void mergePatroni()
    {
        if (!m_input.patroni)
            return;
        const PatroniStatus &patroni = *m_input.patroni;
        HaClusterState &ha = m_snapshot.ha.emplace();
        ha.reachable = patroni.reachable;
        if (!patroni.reachable) {
            addProblem(ProblemKind::HaUnreachable, ProblemSeverity::Warning, QString(),
                       QCoreApplication::translate("Topology", "Patroni's REST API does not answer (%1): its view of the cluster is missing, and its automatic failover "
                          "may not be working either.").arg(patroni.error));
            return;
        }
        ha.paused = patroni.cluster.paused;
        const PatroniMember *leader = patroni.cluster.leader();
        ha.leader = leader ? leader->name : QString();
        if (patroni.cluster.paused) {
            addProblem(ProblemKind::HaPaused, ProblemSeverity::Warning, QString(),
                       QCoreApplication::translate("Topology", "Patroni is in maintenance mode (paused): it will not fail over if the primary dies. Resume with pgversectl patroni resume."));
        }
        for (TopologyNode &node : m_snapshot.nodes) {
            const PatroniMember *member = patroni.cluster.member(node.name);
            if (!member) {
                for (const PatroniMember &candidate : patroni.cluster.members) {
                    if (candidate.port == node.port && hostsMatch(candidate.host, node.host))
                        member = &candidate;
                }
            }
            if (!member)
                continue;
            node.ha = HaMemberState{member->role, member->state, member->lagBytes};
            if (!node.isUp() || node.external)
                continue;
            if (member->isLeader() && node.role != NodeRole::Primary) {
                addProblem(ProblemKind::HaDisagreement, ProblemSeverity::Error, node.name,
                           QCoreApplication::translate("Topology", "Patroni says %1 leads, but the server is in recovery: a switchover or failover may be under way, or the "
                              "leader key is stale.").arg(node.name));
            } else if (!member->isLeader() && node.role == NodeRole::Primary) {
                addProblem(ProblemKind::HaDisagreement, ProblemSeverity::Critical, node.name,
                           QCoreApplication::translate("Topology", "%1 accepts writes but Patroni does not count it as the leader%2: clients may be writing to a server "
                              "Patroni will not protect.").arg(node.name, leader ? QCoreApplication::translate("Topology", " (it names %1)").arg(leader->name) : QString()));
            } else if (member->state == u"streaming" && node.state != u"streaming") {
                addProblem(ProblemKind::HaDisagreement, ProblemSeverity::Warning, node.name,
                           QCoreApplication::translate("Topology", "Patroni reports %1 as streaming, but its WAL receiver says %2.").arg(node.name, node.state));
            }
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
