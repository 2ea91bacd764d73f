// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poolerstatus.h"
#include "topology/topology.h"

namespace pgv {

struct PoolerProblem
{
    ProblemKind kind = ProblemKind::PoolerUnreachable; // one of the Pooler… kinds
    
    ProblemSeverity severity = ProblemSeverity::Warning;
    QString pooler;
    QString subject; // the pool (database/user) or the node it routes to
    QString message; // what is wrong and what to do, in plain words
};

struct PoolerAssessmentSettings
{
    /// Clients waiting longer than this for a server connection are a problem (the default: 1 s).
    double maxClientWaitSeconds = 1.0;
    /// An action on the cluster holds its lock now: a pause is that action's, not one left behind.
    bool actionRunning = false;
};

/// The cluster's poolers against its nodes: where each routes, and what is wrong.
struct PoolerEstate
{
    QList<PoolerStatus> poolers;
    /// Per pooler: the node it routes to (its name), or "host:port" when that is none of the cluster's nodes.
    QHash<QString, QString> routesTo;
    QList<PoolerProblem> problems;

    bool healthy() const { return problems.isEmpty(); }
};

/// Joins each pooler's routing (SHOW DATABASES) to the node at that address in \a snapshot and names the problems:
/// a pooler that cannot be read; one routing to a standby (the old primary after a role change), a down node or a
/// server that is not the cluster's; clients waiting longer than the setting; a pool with every server connection busy
/// (none idle) and clients waiting; a pooler paused while no action runs (left behind by one that died: pgversectl pooler resume).
PoolerEstate assessPoolers(const QList<PoolerStatus> &poolers, const TopologySnapshot &snapshot, const PoolerAssessmentSettings &settings);

/// A pooler edge per reachable pooler that routes somewhere: from the node (or address) it routes to, to the pooler;
/// state "paused" or "routing", with its clients active and waiting and the longest wait.
QList<TopologyEdge> poolerEdges(const PoolerEstate &estate);

/// The estate's problems as the topology's (the pooler as the node): `status` and the topology show them beside the nodes'.
void addPoolerProblems(TopologySnapshot &snapshot, const PoolerEstate &estate);

/// Everything of the estate the snapshot carries: its poolers as read, their pooler edges and their problems.
void addPoolers(TopologySnapshot &snapshot, const PoolerEstate &estate);

} // namespace pgv
