// SPDX-License-Identifier: GPL-3.0-or-later
#include "patronimerge.h"

#include "hostmatch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

void mergePatroniStatus(const PatroniStatus &patroni, TopologySnapshot *snapshot)
{
    const auto addProblem = [snapshot](ProblemKind kind, ProblemSeverity severity, const QString &node, const QString &message) {
        snapshot->problems << Problem{kind, severity, node, message};
    };
    HaClusterState &ha = snapshot->ha.emplace();
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
    for (TopologyNode &node : snapshot->nodes) {
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

} // namespace pgv
