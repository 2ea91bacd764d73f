// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolerprobe.h"

#include "poolerconsole.h"

#include <QElapsedTimer>
#include <QThread>


using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Columns looked up by name once per result: PgBouncer adds, renames and reorders them between versions.
class Columns
{
public:
    explicit Columns(const QueryResult &result)
        : m_result(result)
    {
    }
    QString text(qsizetype row, QStringView column) const
    {
        const qsizetype index = m_result.columns.indexOf(column);
        if (index < 0 || index >= m_result.rows.at(row).size())
            return {};
        return m_result.rows.at(row).at(index).value_or(QString());
    }
    /// The first of \a names the result has (renamed columns: the newer name first).
    QString text(qsizetype row, std::initializer_list<QStringView> names) const
    {
        for (const QStringView name : names) {
            if (m_result.columns.contains(name))
                return text(row, name);
        }
        return {};
    }
    qint64 number(qsizetype row, QStringView column) const { return text(row, column).toLongLong(); }
    double real(qsizetype row, QStringView column) const { return text(row, column).toDouble(); }
    qsizetype rows() const { return m_result.rows.size(); }

private:
    const QueryResult &m_result;
};

QList<PoolerConnection> readConnections(const QueryResult &result, int limit)
{
    const Columns columns(result);
    QList<PoolerConnection> connections;
    for (qsizetype row = 0; row < columns.rows() && connections.size() < limit; ++row) {
        PoolerConnection connection;
        connection.type = columns.text(row, u"type");
        connection.user = columns.text(row, u"user");
        connection.database = columns.text(row, u"database");
        connection.state = columns.text(row, u"state");
        connection.address = columns.text(row, u"addr");
        connection.port = int(columns.number(row, u"port"));
        connection.waitSeconds = double(columns.number(row, u"wait")) + double(columns.number(row, u"wait_us")) / 1e6;
        connection.applicationName = columns.text(row, u"application_name");
        connection.remotePid = columns.number(row, u"remote_pid");
        connections << connection;
    }
    return connections;
}

} // namespace

void readPoolerResults(const PoolerResults &results, PoolerStatus *status)
{
    if (results.version && !results.version->rows.isEmpty())
        status->version = results.version->rows.first().value(0).value_or(QString()).trimmed();
    if (results.databases) {
        const Columns columns(*results.databases);
        for (qsizetype row = 0; row < columns.rows(); ++row) {
            PoolerDatabase database;
            database.name = columns.text(row, u"name");
            database.host = columns.text(row, u"host");
            database.port = int(columns.number(row, u"port"));
            database.database = columns.text(row, u"database");
            database.poolSize = int(columns.number(row, u"pool_size"));
            database.poolMode = columns.text(row, u"pool_mode");
            database.currentConnections = int(columns.number(row, u"current_connections"));
            database.paused = columns.number(row, u"paused") != 0;
            database.disabled = columns.number(row, u"disabled") != 0;
            status->databases << database;
        }
    }
    if (results.pools) {
        const Columns columns(*results.pools);
        for (qsizetype row = 0; row < columns.rows(); ++row) {
            PoolerPool pool;
            pool.database = columns.text(row, u"database");
            pool.user = columns.text(row, u"user");
            pool.clientsActive = int(columns.number(row, u"cl_active"));
            pool.clientsWaiting = int(columns.number(row, u"cl_waiting"));
            pool.serversActive = int(columns.number(row, u"sv_active"));
            pool.serversIdle = int(columns.number(row, u"sv_idle"));
            pool.serversUsed = int(columns.number(row, u"sv_used"));
            pool.serversLogin = int(columns.number(row, u"sv_login"));
            pool.maxWaitSeconds = double(columns.number(row, u"maxwait")) + double(columns.number(row, u"maxwait_us")) / 1e6;
            pool.poolMode = columns.text(row, u"pool_mode");
            status->pools << pool;
        }
    }
    if (results.stats) {
        const Columns columns(*results.stats);
        for (qsizetype row = 0; row < columns.rows(); ++row) {
            PoolerStats stats;
            stats.database = columns.text(row, u"database");
            stats.totalTransactions = columns.number(row, u"total_xact_count");
            stats.totalQueries = columns.number(row, u"total_query_count");
            stats.totalTransactionTimeUs = columns.number(row, u"total_xact_time");
            stats.totalQueryTimeUs = columns.number(row, u"total_query_time");
            stats.totalWaitTimeUs = columns.number(row, u"total_wait_time");
            stats.transactionsPerSecond = columns.real(row, u"avg_xact_count");
            stats.queriesPerSecond = columns.real(row, u"avg_query_count");
            stats.averageTransactionMs = columns.real(row, u"avg_xact_time") / 1000.0;
            stats.averageQueryMs = columns.real(row, u"avg_query_time") / 1000.0;
            stats.averageWaitMs = columns.real(row, u"avg_wait_time") / 1000.0;
            status->stats << stats;
        }
    }
    if (results.clients) {
        // The admin console's own clients (this monitor among them) are not the pooler's clients.
        const qsizetype database = results.clients->columns.indexOf(u"database"_s);
        status->clientCount = int(std::count_if(results.clients->rows.cbegin(), results.clients->rows.cend(), [&](const auto &row) {
            return row.value(database).value_or(QString()) != u"pgbouncer";
        }));
        status->clients = readConnections(*results.clients, PoolerStatus::kMaxClients + 1);
        status->clients.removeIf([](const PoolerConnection &client) { return client.database == u"pgbouncer"; });
        status->clients = status->clients.mid(0, PoolerStatus::kMaxClients);
    }
    if (results.servers)
        status->servers = readConnections(*results.servers, PoolerStatus::kMaxClients);
    if (results.config) {
        static const QStringList watched{u"pool_mode"_s, u"query_wait_timeout"_s, u"max_client_conn"_s, u"default_pool_size"_s,
                                         u"reserve_pool_size"_s, u"server_login_retry"_s, u"stats_period"_s, u"listen_port"_s};
        const Columns columns(*results.config);
        for (qsizetype row = 0; row < columns.rows(); ++row) {
            const QString key = columns.text(row, u"key");
            if (watched.contains(key))
                status->config.insert(key, columns.text(row, u"value"));
        }
    }
}

PoolerStatus probePooler(const PoolerEndpoint &endpoint, QDeadlineTimer deadline)
{
    PoolerStatus status;
    status.name = endpoint.name;
    status.host = endpoint.connInfo.value(u"host"_s);
    status.port = endpoint.connInfo.value(u"port"_s).toInt();
    status.probedAt = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;
    timer.start();
    PoolerConsole console;
    if (!console.open(endpoint, u"pgverse-monitor"_s, deadline, &status.error))
        return status;
    PoolerResults results;
    const std::pair<std::optional<QueryResult> *, QString> commands[] = {
        {&results.version, u"SHOW VERSION"_s}, {&results.databases, u"SHOW DATABASES"_s}, {&results.pools, u"SHOW POOLS"_s},
        {&results.stats, u"SHOW STATS"_s},     {&results.clients, u"SHOW CLIENTS"_s},     {&results.servers, u"SHOW SERVERS"_s},
        {&results.config, u"SHOW CONFIG"_s},
    };
    for (const auto &[result, command] : commands) {
        *result = console.run(command, deadline, &status.error);
        if (!*result)
            return status; // a console that stops answering half-way is not read at all: no half a picture
    }
    readPoolerResults(results, &status);
    status.reachable = true;
    status.error.clear();
    status.roundTripMs = timer.elapsed();
    return status;
}

QList<PoolerStatus> probePoolers(const QList<PoolerEndpoint> &poolers, int timeoutMs)
{
    QList<PoolerStatus> statuses(poolers.size());
    const QDeadlineTimer deadline(timeoutMs);
    // A QThread each, so that stopping the calling thread (a monitor closing) reaches the probes: their sessions end
    // their waits at the next slice instead of at the deadline.
    std::vector<std::unique_ptr<QThread>> threads;
    threads.reserve(size_t(poolers.size()));
    for (qsizetype i = 0; i < poolers.size(); ++i) {
        threads.emplace_back(QThread::create([&statuses, &poolers, deadline, i] { statuses[i] = probePooler(poolers.at(i), deadline); }));
        threads.back()->start();
    }
    QThread *caller = QThread::currentThread();
    for (const std::unique_ptr<QThread> &thread : threads) {
        while (!thread->wait(QDeadlineTimer(20))) {
            if (caller->isInterruptionRequested()) {
                for (const std::unique_ptr<QThread> &other : threads)
                    other->requestInterruption();
            }
        }
    }
    return statuses;
}

// PoolerStatus

PoolerClients PoolerStatus::clientTotals() const
{
    PoolerClients totals;
    for (const PoolerPool &pool : pools) {
        if (pool.database == u"pgbouncer")
            continue;
        totals.active += pool.clientsActive;
        totals.waiting += pool.clientsWaiting;
        totals.longestWaitSeconds = std::max(totals.longestWaitSeconds, pool.maxWaitSeconds);
    }
    return totals;
}

QList<PoolerDatabase> PoolerStatus::routedDatabases() const
{
    QList<PoolerDatabase> routed;
    for (const PoolerDatabase &database : databases) {
        if (database.name != u"pgbouncer")
            routed << database;
    }
    return routed;
}

bool PoolerStatus::paused() const
{
    const QList<PoolerDatabase> routed = routedDatabases();
    return !routed.isEmpty() && std::all_of(routed.cbegin(), routed.cend(), [](const PoolerDatabase &database) { return database.paused; });
}

std::optional<QString> PoolerStatus::routesTo() const
{
    std::optional<QString> target;
    for (const PoolerDatabase &database : routedDatabases()) {
        const QString here = u"%1:%2"_s.arg(database.host.isEmpty() ? u"(socket)"_s : database.host).arg(database.port);
        if (target && *target != here)
            return std::nullopt;
        target = here;
    }
    return target;
}

std::optional<double> PoolerStatus::configSeconds(const QString &key) const
{
    bool ok = false;
    const double seconds = config.value(key).toDouble(&ok);
    return ok ? std::optional(seconds) : std::nullopt;
}

} // namespace pgv
