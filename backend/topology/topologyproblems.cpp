// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologyproblems.h"
#include "core/sqladvice.h"

#include "core/units.h"
#include "hostmatch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

class ProblemFinder
{
public:
    ProblemFinder(const TopologyInput &input, const TopologySnapshot *previous, TopologySnapshot &snapshot)
        : m_input(input), m_previous(previous), m_snapshot(snapshot)
    {
    }

    void addProblem(ProblemKind kind, ProblemSeverity severity, const QString &node, const QString &message)
    {
        m_snapshot.problems << Problem{kind, severity, node, message};
    }

    void run()
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
        if (node.state == u"fenced") {
            addProblem(ProblemKind::NodeDown, ProblemSeverity::Warning, node.name,
                       QCoreApplication::translate("Topology", "%1 (%2) is fenced: stopped on purpose (the old primary after a failover) and kept from "
                                                               "starting as a second primary. Rejoin it as a standby: pgversectl rejoin %1")
                           .arg(node.name, where));
        } else if (node.state == u"timeout") {
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
        const TopologyNode *upstream = node.upstream.isEmpty() ? nullptr : m_snapshot.node(node.upstream);
        const TopologyNode *reference = upstream && upstream->isUp() ? upstream : primary;
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
        const auto found = m_input.probes.constFind(node.name);
        if (found == m_input.probes.cend() || !found->reachable)
            return;
        const NodeProbe *probe = &*found;
        const std::optional<Lsn> end = probe->walEnd();
        for (const ReplicationSlot &slot : probe->replicationSlots) {
            if (slot.active || slot.temporary || !slot.restartLsn)
                continue;
            const qint64 retained = std::max<qint64>(0, lsnDiff(end, slot.restartLsn).value_or(0));
            addProblem(ProblemKind::SlotInactive, ProblemSeverity::Warning, node.name,
                       QCoreApplication::translate("Topology", "Slot %1 on %2 is inactive: it holds back WAL (%3 so far), more with every write, until its client returns. If that client is gone for good: SELECT pg_drop_replication_slot(%4);")
                           .arg(slot.name, node.name, formatBytes(retained), SqlAdvice::literal(slot.name)));
        }
    }

    const TopologyInput &m_input;
    const TopologySnapshot *m_previous;
    TopologySnapshot &m_snapshot;
};

} // namespace

void findTopologyProblems(const TopologyInput &input, const TopologySnapshot *previous, TopologySnapshot *snapshot)
{
    ProblemFinder(input, previous, *snapshot).run();
}

} // namespace pgv
