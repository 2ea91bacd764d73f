// SPDX-License-Identifier: GPL-3.0-or-later
// The pooler monitor's reading of PgBouncer's admin console, from results as PgBouncer 1.18 (Debian 12) returns them
// and as 1.24 does (reserve_pool renamed reserve_pool_size, columns added and moved): every column by name. Then
// what the estate makes of them against a cluster's roles, its JSON contract, and the lab's pooler files; the rates
// since the last poll; the models the window shows them with (under QAbstractItemModelTester) and the lag series.
#include "lab/labfiles.h"
#include "lag/lagseries.h"
#include "nodedetailsmodel.h"
#include "poolermodels.h"
#include "pooler/poolerrates.h"
#include "topologymodel.h"
#include "pooler/poolerestate.h"
#include "pooler/poolerjson.h"
#include "pooler/poolerprobe.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

QueryResult result(const QString &columns, const QList<QString> &rows)
{
    QueryResult result;
    result.columns = columns.split(u',');
    for (const QString &row : rows) {
        QList<std::optional<QString>> cells;
        for (const QString &cell : row.split(u'|'))
            cells << (cell == u"NULL" ? std::nullopt : std::optional(cell));
        result.rows << cells;
    }
    return result;
}

/// SHOW … of PgBouncer 1.18.0, recorded from the lab's pooler1 with 4 pgbench clients paused.
PoolerResults recorded118()
{
    PoolerResults results;
    results.version = result(u"version"_s, {u"PgBouncer 1.18.0"_s});
    results.databases = result(u"name,host,port,database,force_user,pool_size,min_pool_size,reserve_pool,pool_mode,max_connections,current_connections,paused,disabled"_s,
                               {u"pgbouncer||55434|pgbouncer|pgbouncer|2|0|0|statement|0|0|0|0"_s,
                                u"postgres|127.0.0.1|55432|postgres||10|0|0||0|1|1|0"_s, u"shop|127.0.0.1|55432|shop||10|0|0||0|0|1|0"_s});
    results.pools = result(u"database,user,cl_active,cl_waiting,cl_active_cancel_req,cl_waiting_cancel_req,sv_active,sv_active_cancel,sv_being_canceled,sv_idle,sv_used,sv_tested,sv_login,maxwait,maxwait_us,pool_mode"_s,
                           {u"pgbouncer|pgbouncer|1|0|0|0|0|0|0|0|0|0|0|0|0|statement"_s,
                            u"postgres|postgres|0|4|0|0|0|0|0|10|0|0|0|1|566000|transaction"_s});
    results.stats = result(u"database,total_xact_count,total_query_count,total_received,total_sent,total_xact_time,total_query_time,total_wait_time,avg_xact_count,avg_query_count,avg_recv,avg_sent,avg_xact_time,avg_query_time,avg_wait_time"_s,
                           {u"pgbouncer|3|3|0|0|0|0|0|0|0|0|0|0|0|0"_s, u"postgres|5756|40292|52|161|16400000|15000000|5963|186|1302|5|17|2850|400|7940"_s});
    results.clients = result(u"type,user,database,state,addr,port,local_addr,local_port,connect_time,request_time,wait,wait_us,close_needed,ptr,link,remote_pid,tls,application_name"_s,
                             {u"C|pgverse_pooler|pgbouncer|active|127.0.0.1|32828|127.0.0.1|55434|2026-12-07 11:35:01 UTC|2026-12-07 11:35:01 UTC|0|248|0|0x1||0||pgverse-monitor"_s,
                              u"C|postgres|postgres|waiting|127.0.0.1|40000|127.0.0.1|55434|2026-12-07 11:35:01 UTC|2026-12-07 11:35:01 UTC|1|566000|0|0x2||0||pgbench"_s});
    results.servers = result(u"type,user,database,state,addr,port,local_addr,local_port,connect_time,request_time,wait,wait_us,close_needed,ptr,link,remote_pid,tls,application_name"_s,
                             {u"S|postgres|postgres|idle|127.0.0.1|55432|127.0.0.1|54400|2026-12-07 11:34:57 UTC|2026-12-07 11:34:57 UTC|0|0|0|0x3||13299||pgbench"_s});
    results.config = result(u"key,value,default,changeable"_s,
                            {u"pool_mode|transaction|session|yes"_s, u"query_wait_timeout|120|120|yes"_s, u"stats_period|10|60|yes"_s,
                             u"logfile||||yes"_s});
    return results;
}

/// The same pooler as PgBouncer 1.24 would show it: renamed and added columns, another order.
PoolerResults variant124()
{
    PoolerResults results = recorded118();
    results.version = result(u"version"_s, {u"PgBouncer 1.24.1"_s});
    results.databases = result(u"name,host,port,database,force_user,pool_size,min_pool_size,reserve_pool_size,server_lifetime,pool_mode,load_balance_hosts,max_connections,current_connections,max_client_connections,current_client_connections,paused,disabled"_s,
                               {u"pgbouncer|NULL|6432|pgbouncer|pgbouncer|2|0|0|3600|statement|NULL|0|0|0|1|0|0"_s,
                                u"postgres|127.0.0.1|55433|postgres|NULL|20|0|0|3600|NULL|NULL|0|3|0|8|0|0"_s});
    results.pools = result(u"database,user,cl_active,cl_waiting,cl_active_cancel_req,cl_waiting_cancel_req,sv_active,sv_active_cancel,sv_being_canceled,sv_idle,sv_used,sv_tested,sv_login,maxwait,maxwait_us,pool_mode,load_balance_hosts"_s,
                           {u"postgres|app|8|12|0|0|20|0|0|0|0|0|0|2|500000|transaction|NULL"_s});
    return results;
}

TopologySnapshot cluster(NodeRole node1, NodeRole node2)
{
    TopologySnapshot snapshot;
    snapshot.cluster = u"lab"_s;
    const auto node = [](const QString &name, const QString &host, int port, NodeRole role) {
        TopologyNode made;
        made.name = name;
        made.host = host;
        made.port = port;
        made.role = role;
        return made;
    };
    snapshot.nodes << node(u"node1"_s, u"127.0.0.1"_s, 55432, node1) << node(u"node2"_s, u"localhost"_s, 55433, node2);
    return snapshot;
}

QStringList kinds(const PoolerEstate &estate)
{
    QStringList names;
    for (const PoolerProblem &problem : estate.problems)
        names << problemKindName(problem.kind);
    return names;
}

/// The snapshot of a cluster whose node2 is the primary, with pooler2 (1.24, routing to node2, 12 clients waiting)
/// and pooler3 (unreachable) as the monitor adds them.
TopologySnapshot clusterWithPoolers(const QDateTime &probedAt, qint64 extraTransactions = 0)
{
    PoolerStatus full;
    full.name = u"pooler2"_s;
    full.host = u"127.0.0.1"_s;
    full.port = 6432;
    full.reachable = true;
    full.probedAt = probedAt;
    readPoolerResults(variant124(), &full);
    for (PoolerStats &stats : full.stats) {
        stats.totalTransactions += extraTransactions;
        stats.totalQueries += 2 * extraTransactions;
        stats.totalTransactionTimeUs += extraTransactions * 3000;
        stats.totalQueryTimeUs += extraTransactions * 2 * 1000;
        stats.totalWaitTimeUs += extraTransactions * 500;
    }
    PoolerStatus down;
    down.name = u"pooler3"_s;
    down.host = u"127.0.0.1"_s;
    down.port = 6999;
    down.error = u"connection refused"_s;
    TopologySnapshot snapshot = cluster(NodeRole::Standby, NodeRole::Primary);
    snapshot.takenAt = probedAt;
    addPoolers(snapshot, assessPoolers({full, down}, snapshot, {}));
    return snapshot;
}

} // namespace

class TestPoolers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version118IsReadByColumnName()
    {
        PoolerStatus status;
        readPoolerResults(recorded118(), &status);
        QCOMPARE(status.version, u"PgBouncer 1.18.0"_s);
        QCOMPARE(status.routedDatabases().size(), 2);
        QCOMPARE(status.routesTo().value_or(QString()), u"127.0.0.1:55432"_s);
        QVERIFY(status.paused()); // postgres and shop both paused (1.18 shows a pause only per database)
        QCOMPARE(status.pools.size(), 2);
        const PoolerPool &pool = status.pools.at(1);
        QCOMPARE(pool.clientsWaiting, 4);
        QCOMPARE(pool.serversIdle, 10);
        QCOMPARE(pool.maxWaitSeconds, 1.566);
        QCOMPARE(pool.poolMode, u"transaction"_s);
        QCOMPARE(status.stats.at(1).transactionsPerSecond, 186.0);
        QCOMPARE(status.stats.at(1).averageTransactionMs, 2.85);
        QCOMPARE(status.stats.at(1).averageWaitMs, 7.94);
        QCOMPARE(status.stats.at(1).totalTransactions, 5756);
        QCOMPARE(status.clientCount, 1); // the admin console's own client is not counted
        QCOMPARE(status.clients.size(), 1);
        QCOMPARE(status.clients.first().applicationName, u"pgbench"_s);
        QCOMPARE(status.servers.first().remotePid, 13299);
        QCOMPARE(status.configSeconds(u"query_wait_timeout"_s).value_or(-1), 120.0);
        QVERIFY(!status.config.contains(u"logfile"_s)); // only what the monitor uses
    }

    void version124ColumnsAreReadToo()
    {
        PoolerStatus status;
        readPoolerResults(variant124(), &status);
        QCOMPARE(status.version, u"PgBouncer 1.24.1"_s);
        QCOMPARE(status.routesTo().value_or(QString()), u"127.0.0.1:55433"_s);
        QVERIFY(!status.paused());
        QCOMPARE(status.databases.at(1).poolSize, 20);
        QCOMPARE(status.databases.at(0).host, QString()); // NULL: the admin console
        QCOMPARE(status.pools.first().clientsWaiting, 12);
        QCOMPARE(status.pools.first().maxWaitSeconds, 2.5);
    }

    void missingResultsLeaveDefaults()
    {
        PoolerStatus status;
        readPoolerResults(PoolerResults{}, &status);
        QVERIFY(status.pools.isEmpty());
        QVERIFY(!status.routesTo());
        QVERIFY(!status.paused()); // nothing routed: nothing paused
    }

    void routingIsJudgedAgainstTheRoles()
    {
        PoolerStatus status;
        status.name = u"pooler1"_s;
        status.reachable = true;
        readPoolerResults(recorded118(), &status);
        status.databases[1].paused = status.databases[2].paused = false;
        // Routes to node1, the primary: only the clients waiting 1.6 s (over 1 s) are a problem.
        PoolerEstate estate = assessPoolers({status}, cluster(NodeRole::Primary, NodeRole::Standby), {});
        QCOMPARE(estate.routesTo.value(u"pooler1"_s), u"node1"_s);
        QCOMPARE(kinds(estate), QStringList{u"pooler_clients_waiting"_s});
        // After a role change node1 is a standby: the pooler must be routed to node2.
        estate = assessPoolers({status}, cluster(NodeRole::Standby, NodeRole::Primary), PoolerAssessmentSettings{5.0, false});
        QCOMPARE(kinds(estate), QStringList{u"pooler_routes_to_standby"_s});
        QVERIFY2(estate.problems.first().message.contains(u"route it to node2"_s), qPrintable(estate.problems.first().message));
        estate = assessPoolers({status}, cluster(NodeRole::Down, NodeRole::Primary), PoolerAssessmentSettings{5.0, false});
        QCOMPARE(kinds(estate), QStringList{u"pooler_routes_to_down_node"_s});
        // "localhost" and "127.0.0.1" are one address; a port no node has is elsewhere.
        status.databases[1].port = status.databases[2].port = 55433;
        estate = assessPoolers({status}, cluster(NodeRole::Standby, NodeRole::Primary), PoolerAssessmentSettings{5.0, false});
        QCOMPARE(estate.routesTo.value(u"pooler1"_s), u"node2"_s);
        QVERIFY(estate.healthy());
        status.databases[1].port = status.databases[2].port = 6000;
        estate = assessPoolers({status}, cluster(NodeRole::Standby, NodeRole::Primary), PoolerAssessmentSettings{5.0, false});
        QCOMPARE(kinds(estate), QStringList{u"pooler_routes_elsewhere"_s});
    }

    void pausesFullPoolsAndUnreachablePoolersAreNamed()
    {
        PoolerStatus paused;
        paused.name = u"pooler1"_s;
        paused.reachable = true;
        readPoolerResults(recorded118(), &paused);
        // Paused while the action that paused it runs: its clients wait on purpose. With no action: left behind.
        QVERIFY(assessPoolers({paused}, cluster(NodeRole::Primary, NodeRole::Standby), PoolerAssessmentSettings{1.0, true}).healthy());
        const PoolerEstate left = assessPoolers({paused}, cluster(NodeRole::Primary, NodeRole::Standby), {});
        QCOMPARE(kinds(left), QStringList{u"pooler_left_paused"_s});
        QVERIFY(left.problems.first().message.contains(u"pgversectl pooler resume pooler1"_s));

        PoolerStatus full;
        full.name = u"pooler2"_s;
        full.reachable = true;
        readPoolerResults(variant124(), &full);
        PoolerStatus down;
        down.name = u"pooler3"_s;
        down.host = u"127.0.0.1"_s;
        down.port = 6999;
        down.error = u"connection refused"_s;
        const PoolerEstate estate = assessPoolers({full, down}, cluster(NodeRole::Standby, NodeRole::Primary), {});
        QCOMPARE(kinds(estate), (QStringList{u"pooler_clients_waiting"_s, u"pooler_pool_full"_s, u"pooler_unreachable"_s}));

        // The pooler edges of the topology, and its problems with the pooler as their node.
        const QList<TopologyEdge> edges = poolerEdges(estate);
        QCOMPARE(edges.size(), 1);
        QCOMPARE(edges.first().kind, EdgeKind::Pooler);
        QCOMPARE(edges.first().upstream, u"node2"_s);
        QCOMPARE(edges.first().standby, u"pooler2"_s);
        QCOMPARE(edges.first().clientsWaiting.value_or(-1), 12);
        TopologySnapshot snapshot = cluster(NodeRole::Standby, NodeRole::Primary);
        addPoolerProblems(snapshot, estate);
        QCOMPARE(snapshot.problems.size(), 3);
        QCOMPARE(snapshot.problems.last().node, u"pooler3"_s);
        QCOMPARE(snapshot.problems.last().severity, ProblemSeverity::Critical);
    }

    void theJsonContractHasItsKeys()
    {
        PoolerStatus status;
        status.name = u"pooler1"_s;
        status.host = u"127.0.0.1"_s;
        status.port = 55434;
        status.reachable = true;
        readPoolerResults(recorded118(), &status);
        const QJsonObject document = poolersToJson(assessPoolers({status}, cluster(NodeRole::Primary, NodeRole::Standby), {}));
        const QJsonObject pooler = document.value("poolers"_L1).toArray().first().toObject();
        for (const char *key : {"name", "host", "port", "version", "reachable", "paused", "routes_to", "pools", "stats"})
            QVERIFY2(pooler.contains(QLatin1StringView(key)), key);
        QCOMPARE(pooler.value("routes_to"_L1).toString(), u"node1"_s);
        QCOMPARE(pooler.value("paused"_L1).toBool(), true);
        const QJsonArray pools = pooler.value("pools"_L1).toArray();
        QCOMPARE(pools.size(), 1); // not the admin console's
        const QJsonObject pool = pools.first().toObject();
        for (const char *key : {"database", "user", "cl_active", "cl_waiting", "sv_active", "sv_idle", "sv_used", "maxwait_s", "pool_mode"})
            QVERIFY2(pool.contains(QLatin1StringView(key)), key);
        QCOMPARE(pool.value("maxwait_s"_L1).toDouble(), 1.566);
        const QJsonObject stats = pooler.value("stats"_L1).toArray().first().toObject();
        for (const char *key : {"database", "xact_per_s", "query_per_s", "avg_xact_ms", "avg_query_ms", "avg_wait_ms"})
            QVERIFY2(stats.contains(QLatin1StringView(key)), key);
        QCOMPARE(stats.value("avg_xact_ms"_L1).toDouble(), 2.85);
        const QJsonObject problem = document.value("problems"_L1).toArray().first().toObject();
        QCOMPARE(problem.value("kind"_L1).toString(), u"pooler_left_paused"_s); // waits of a paused pool are no problem of their own
        QCOMPARE(problem.value("pooler"_L1).toString(), u"pooler1"_s);
    }

    void ratesSinceTheLastPollNeverGoBackwards()
    {
        PoolerStats before;
        before.database = u"postgres"_s;
        before.totalTransactions = 1000;
        before.totalQueries = 3000;
        before.totalTransactionTimeUs = 2'000'000;
        before.totalQueryTimeUs = 1'500'000;
        before.totalWaitTimeUs = 100'000;
        PoolerStats now = before;
        now.totalTransactions += 200;
        now.totalQueries += 600;
        now.totalTransactionTimeUs += 400'000;
        now.totalQueryTimeUs += 300'000;
        now.totalWaitTimeUs += 20'000;
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const auto rates = poolerRates(before, at, now, at.addSecs(2));
        QVERIFY(rates);
        QCOMPARE(rates->transactionsPerSecond, 100.0);
        QCOMPARE(rates->queriesPerSecond, 300.0);
        QCOMPARE(rates->averageTransactionMs.value_or(-1), 2.0);
        QCOMPARE(rates->averageQueryMs.value_or(-1), 0.5);
        QCOMPARE(rates->averageWaitMs.value_or(-1), 0.1);
        // A restarted pooler starts its totals again: no negative rate, no spike; nor from a poll against itself.
        QVERIFY(!poolerRates(now, at, before, at.addSecs(2)));
        QVERIFY(!poolerRates(before, at, now, at));
        QVERIFY(!poolerRates(before, {}, now, at));
        // Nothing ended in between: rates of 0, no average made up.
        const auto idle = poolerRates(before, at, before, at.addSecs(1));
        QVERIFY(idle && idle->transactionsPerSecond == 0 && !idle->averageTransactionMs);
    }

    void theWindowsModelsShowThePoolers()
    {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
        const SnapshotPtr first = shareSnapshot(clusterWithPoolers(at));
        QCOMPARE(first->poolers.size(), 2);
        QVERIFY(first->pooler(u"pooler3"));

        // The topology: the poolers are top-level rows after the nodes' tree, cards of their own in the graph.
        TopologyModel topology;
        QAbstractItemModelTester topologyTester(&topology, QAbstractItemModelTester::FailureReportingMode::QtTest);
        topology.setSnapshot(first);
        QCOMPARE(topology.rowCount(), 4); // the two nodes (neither names an upstream), then the two poolers
        const QModelIndex pooler2 = topology.indexOfNode(u"pooler2"_s);
        QVERIFY(pooler2.isValid());
        QVERIFY(pooler2.data(TopologyModel::PoolerRole).toBool());
        QCOMPARE(pooler2.data(TopologyModel::PoolerRoutesToRole).toString(), u"node2"_s);
        QCOMPARE(pooler2.data(TopologyModel::ClientsWaitingRole).toInt(), 12);
        QCOMPARE(pooler2.data(TopologyModel::ClientsActiveRole).toInt(), 8);
        QCOMPARE(pooler2.siblingAtColumn(TopologyModel::RoleColumn).data().toString(), u"pooler"_s);
        QVERIFY(pooler2.data(TopologyModel::ProblemsRole).toStringList().size() >= 2); // waiting, pool full
        const QModelIndex pooler3 = topology.indexOfNode(u"pooler3"_s);
        QCOMPARE(NodeRole(pooler3.data(TopologyModel::NodeRoleRole).toInt()), NodeRole::Down);
        QVERIFY(!topology.indexOfNode(u"node1"_s).data(TopologyModel::PoolerRole).toBool());
        topology.setSnapshot(first); // the same shape: updated in place
        QCOMPARE(topology.indexOfNode(u"pooler2"_s), pooler2);

        // The Pools page's lists.
        PoolerListModel poolers;
        QAbstractItemModelTester poolerTester(&poolers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        poolers.setSnapshot(*first);
        QCOMPARE(poolers.rowCount(), 2);
        QCOMPARE(poolers.index(0, PoolerListModel::RoutesToColumn).data().toString(), u"node2"_s);
        QCOMPARE(poolers.index(0, PoolerListModel::WaitingColumn).data().toInt(), 12);
        QCOMPARE(poolers.index(1, PoolerListModel::StateColumn).data().toString(), u"unreachable"_s);
        QCOMPARE(poolers.index(1, 0).data(Qt::ToolTipRole).toString(), u"connection refused"_s);

        PoolListModel pools;
        QAbstractItemModelTester poolTester(&pools, QAbstractItemModelTester::FailureReportingMode::QtTest);
        pools.setPoolers(first->poolers);
        QCOMPARE(pools.rowCount(), 1); // pooler2's postgres/app; the unreachable one has none
        QCOMPARE(pools.index(0, PoolListModel::UserColumn).data().toString(), u"app"_s);
        QCOMPARE(pools.index(0, PoolListModel::ServersActiveColumn).data().toInt(), 20);
        // One poll: PgBouncer's stats_period averages stand in; the tooltip says so.
        QVERIFY(pools.index(0, PoolListModel::TransactionsPerSecondColumn).data(Qt::ToolTipRole).toString().contains(u"stats_period"_s));
        // A second poll 2 s later with 400 more transactions: rates since the last poll.
        const SnapshotPtr second = shareSnapshot(clusterWithPoolers(at.addSecs(2), 400));
        pools.setPoolers(second->poolers);
        QCOMPARE(pools.index(0, PoolListModel::TransactionsPerSecondColumn).data().toString(), u"200.0"_s);
        QCOMPARE(pools.index(0, PoolListModel::QueriesPerSecondColumn).data().toString(), u"400.0"_s);
        QCOMPARE(pools.index(0, PoolListModel::AverageTransactionColumn).data().toString(), u"3.00 ms"_s);
        QCOMPARE(pools.index(0, PoolListModel::AverageQueryColumn).data().toString(), u"1.00 ms"_s);
        // The same poll again (another node's round): the rates stay.
        pools.setPoolers(second->poolers);
        QCOMPARE(pools.index(0, PoolListModel::TransactionsPerSecondColumn).data().toString(), u"200.0"_s);

        // The details pane for a pooler's card.
        NodeDetailsModel details;
        QAbstractItemModelTester detailsTester(&details, QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setPooler(*second->pooler(u"pooler2"), u"node2"_s);
        QVERIFY2(details.toText().contains(u"Routes to: node2"_s), qPrintable(details.toText()));
        QVERIFY2(details.toText().contains(u"postgres/app: 8 active, 12 waiting"_s), qPrintable(details.toText()));
        details.setPooler(*second->pooler(u"pooler3"), {});
        QVERIFY(details.toText().contains(u"connection refused"_s));

        // The lag history's series: waiting clients and the longest wait of every pooler that answered.
        int found = 0;
        for (const LagPoint &point : deriveLagPoints(*second)) {
            if (point.key == SeriesKey{u"pooler2"_s, LagMetric::PoolerClientsWaiting}) {
                QCOMPARE(point.value, 12.0);
                ++found;
            }
            if (point.key == SeriesKey{u"pooler2"_s, LagMetric::PoolerMaxWaitSeconds}) {
                QCOMPARE(point.value, 2.5);
                ++found;
            }
            QVERIFY(point.key.subject != u"pooler3");
        }
        QCOMPARE(found, 2);
        QCOMPARE(metricFromName(u"pooler_clients_waiting"), LagMetric::PoolerClientsWaiting);
        QCOMPARE(metricUnit(LagMetric::PoolerClientsWaiting), MetricUnit::Count);
        QCOMPARE(metricUnit(LagMetric::PoolerMaxWaitSeconds), MetricUnit::Seconds);
    }

    void labPoolerFilesQuoteAndRoute()
    {
        LabManifest lab;
        lab.dir = u"/tmp/lab"_s;
        lab.name = u"lab"_s;
        const QString config = LabFiles::poolerConfig(lab, LabPooler{u"pooler1"_s, 6432}, LabNode{u"node2"_s, 55433, 0});
        QVERIFY(config.contains(u"\npostgres = host=127.0.0.1 port=55433\n"_s));
        QVERIFY(config.contains(u"\n* = host=127.0.0.1 port=55433\n"_s));
        QVERIFY(config.contains(u"\npool_mode = transaction\n"_s));
        QVERIFY(config.contains(u"\nlisten_addr = 127.0.0.1\nlisten_port = 6432\n"_s));
        QVERIFY(config.contains(u"\nauth_file = /tmp/lab/pgbouncer/pooler1.users\n"_s));
        QVERIFY(config.contains(u"\nadmin_users = pgverse_pooler\n"_s));
        QCOMPARE(LabFiles::poolerAuthFile({{u"postgres"_s, u"a\"b"_s}, {u"x"_s, u"y"_s}}), u"\"postgres\" \"a\"\"b\"\n\"x\" \"y\"\n"_s);
        QCOMPARE(LabFiles::passFileLinesForPort(6432, {u"pgverse_pooler"_s, u"p:w"_s}),
                 u"127.0.0.1:6432:*:pgverse_pooler:p\\:w\nlocalhost:6432:*:pgverse_pooler:p\\:w\n"_s);
        lab.poolers << LabPooler{u"pooler1"_s, 6432};
        lab.nodes << LabNode{u"node1"_s, 55432, 0};
        QVERIFY(LabFiles::serviceFile(lab).contains(u"\n[pooler1]\nhost=127.0.0.1\nport=6432\nuser=postgres\n"_s));
        QCOMPARE(lab.toProfile().poolers.first().name, u"pooler1"_s);
        QVERIFY(lab.toProfile().poolers.first().conninfo.contains(u"dbname=pgbouncer"_s));
        QVERIFY(lab.toProfile().validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPoolers)
#include "tst_poolers.moc"
