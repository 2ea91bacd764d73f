// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolerestate.h"

#include "core/units.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pgv::PoolerEstate", text);
}

/// The node listening at \a hostPort ("127.0.0.1:55432"), matching localhost spellings of one another.
const TopologyNode *nodeAt(const TopologySnapshot &snapshot, const QString &hostPort)
{
    static const QStringList loopback{u"127.0.0.1"_s, u"localhost"_s, u"::1"_s};
    const QString host = hostPort.section(u':', 0, -2);
    const int port = hostPort.section(u':', -1).toInt();
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.external || node.port != port)
            continue;
        if (node.host == host || (loopback.contains(node.host) && loopback.contains(host)))
            return &node;
    }
    return nullptr;
}

QString primaryName(const TopologySnapshot &snapshot)
{
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role == NodeRole::Primary && !node.external)
            return node.name;
    }
    return {};
}

} // namespace

PoolerEstate assessPoolers(const QList<PoolerStatus> &poolers, const TopologySnapshot &snapshot, const PoolerAssessmentSettings &settings)
{
    PoolerEstate estate;
    estate.poolers = poolers;
    const QString primary = primaryName(snapshot);
    const QString routeFix = primary.isEmpty() ? tr("route it to the primary once there is one")
                                               : tr("route it to %1, the primary (its [databases] host and port, then RELOAD)").arg(primary);
    for (const PoolerStatus &pooler : poolers) {
        auto add = [&](ProblemKind kind, ProblemSeverity severity, const QString &subject, const QString &message) {
            estate.problems << PoolerProblem{kind, severity, pooler.name, subject, message};
        };
        if (!pooler.reachable) {
            add(ProblemKind::PoolerUnreachable, ProblemSeverity::Critical, {},
                tr("%1 (%2:%3) cannot be read: %4").arg(pooler.name, pooler.host).arg(pooler.port).arg(pooler.error));
            continue;
        }
        if (const auto target = pooler.routesTo()) {
            const TopologyNode *node = nodeAt(snapshot, *target);
            estate.routesTo.insert(pooler.name, node ? node->name : *target);
            if (!node) {
                add(ProblemKind::PoolerRoutesElsewhere, ProblemSeverity::Error, *target,
                    tr("%1 routes to %2, which is none of %3's nodes: %4.").arg(pooler.name, *target, snapshot.cluster, routeFix));
            } else if (node->role == NodeRole::Standby) {
                add(ProblemKind::PoolerRoutesToStandby, ProblemSeverity::Critical, node->name,
                    tr("%1 routes to %2, which is a standby (the old primary after a role change?): its clients' writes fail; %3.")
                        .arg(pooler.name, node->name, routeFix));
            } else if (!node->isUp()) {
                add(ProblemKind::PoolerRoutesToDownNode, ProblemSeverity::Critical, node->name,
                    tr("%1 routes to %2, which is down: its clients get errors; %3.").arg(pooler.name, node->name, routeFix));
            }
        }
        QMap<QString, int> poolSizes;
        for (const PoolerDatabase &database : pooler.databases)
            poolSizes.insert(database.name, database.poolSize);
        for (const PoolerPool &pool : pooler.pools) {
            if (pool.database == u"pgbouncer")
                continue;
            const QString subject = pool.database + u'/' + pool.user;
            if (pool.clientsWaiting > 0 && pool.maxWaitSeconds > settings.maxClientWaitSeconds && !pooler.paused()) {
                add(ProblemKind::PoolerClientsWaiting, ProblemSeverity::Warning, subject,
                    tr("%1: %2 clients of %3 wait for a server connection, the longest %4: the pool is too small for the load, or its "
                       "transactions are slow (see the Sessions page of the node).")
                        .arg(pooler.name)
                        .arg(pool.clientsWaiting)
                        .arg(subject, formatSeconds(pool.maxWaitSeconds)));
            }
            const int size = poolSizes.value(pool.database);
            // Idle servers are connections to spare: a pool is full when none is (a paused pool's clients wait on purpose).
            const int busy = pool.serversActive + pool.serversUsed + pool.serversLogin;
            if (size > 0 && busy >= size && pool.clientsWaiting > 0 && !pooler.paused()) {
                add(ProblemKind::PoolerPoolFull, ProblemSeverity::Warning, subject,
                    tr("%1: pool %2 has all %3 of its server connections in use and %4 clients waiting: raise its pool_size (or "
                       "default_pool_size) if the server has connections to spare.")
                        .arg(pooler.name, subject)
                        .arg(size)
                        .arg(pool.clientsWaiting));
            }
        }
        if (pooler.paused() && !settings.actionRunning) {
            add(ProblemKind::PoolerLeftPaused, ProblemSeverity::Critical, {},
                tr("%1 is paused and no action that paused it is running: its clients wait (and are disconnected after "
                   "query_wait_timeout). Resume it: pgversectl pooler resume %1").arg(pooler.name));
        }
    }
    return estate;
}

QList<TopologyEdge> poolerEdges(const PoolerEstate &estate)
{
    QList<TopologyEdge> edges;
    for (const PoolerStatus &pooler : estate.poolers) {
        if (!pooler.reachable || !estate.routesTo.contains(pooler.name))
            continue;
        TopologyEdge edge;
        edge.kind = EdgeKind::Pooler;
        edge.upstream = estate.routesTo.value(pooler.name);
        edge.standby = pooler.name;
        edge.state = pooler.paused() ? u"paused"_s : u"routing"_s;
        edge.streaming = !pooler.paused();
        const PoolerClients clients = pooler.clientTotals();
        edge.clientsActive = clients.active;
        edge.clientsWaiting = clients.waiting;
        edge.maxWaitSeconds = clients.longestWaitSeconds;
        edges << edge;
    }
    return edges;
}

void addPoolerProblems(TopologySnapshot &snapshot, const PoolerEstate &estate)
{
    for (const PoolerProblem &problem : estate.problems)
        snapshot.problems << Problem{problem.kind, problem.severity, problem.pooler, problem.message};
}

void addPoolers(TopologySnapshot &snapshot, const PoolerEstate &estate)
{
    snapshot.poolers = estate.poolers;
    snapshot.edges << poolerEdges(estate);
    addPoolerProblems(snapshot, estate);
}

} // namespace pgv
