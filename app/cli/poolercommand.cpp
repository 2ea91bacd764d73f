// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolercommand.h"

#include "actioncommand.h"
#include "cliio.h"
#include "clusterselection.h"
#include "core/units.h"
#include "pooler/poolercontrol.h"
#include "pooler/poolerestate.h"
#include "pooler/poolerjson.h"
#include "pooler/poolerprobe.h"
#include "profiles/profilestore.h"
#include "statuscommand.h"
#include "watchloop.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QTimer>

#include <thread>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pgv::cli", text);
}


QString estateText(const PoolerEstate &estate)
{
    TextTable poolers({u"POOLER"_s, u"ADDRESS"_s, u"VERSION"_s, u"ROUTES TO"_s, u"PAUSED"_s, u"CLIENTS"_s, u"WAITING"_s, u"MAX WAIT"_s});
    TextTable pools({u"POOLER"_s, u"POOL"_s, u"MODE"_s, u"CL ACTIVE"_s, u"CL WAITING"_s, u"SV ACTIVE"_s, u"SV IDLE"_s, u"SV USED"_s, u"MAX WAIT"_s,
                     u"XACT/S"_s, u"AVG XACT"_s, u"AVG WAIT"_s});
    for (const PoolerStatus &pooler : estate.poolers) {
        const QString address = u"%1:%2"_s.arg(pooler.host).arg(pooler.port);
        if (!pooler.reachable) {
            poolers.addRow({pooler.name, address, u"-"_s, u"-"_s, u"-"_s, u"-"_s, u"-"_s, tr("unreachable")});
            continue;
        }
        int waiting = 0;
        double maxWait = 0;
        QHash<QString, const PoolerStats *> stats;
        for (const PoolerStats &stat : pooler.stats)
            stats.insert(stat.database, &stat);
        for (const PoolerPool &pool : pooler.pools) {
            if (pool.database == u"pgbouncer")
                continue;
            waiting += pool.clientsWaiting;
            maxWait = std::max(maxWait, pool.maxWaitSeconds);
            const PoolerStats *stat = stats.value(pool.database);
            pools.addRow({pooler.name, pool.database + u'/' + pool.user, pool.poolMode, QString::number(pool.clientsActive),
                          QString::number(pool.clientsWaiting), QString::number(pool.serversActive), QString::number(pool.serversIdle),
                          QString::number(pool.serversUsed), formatSeconds(pool.maxWaitSeconds),
                          stat ? QString::number(stat->transactionsPerSecond, 'f', 1) : u"-"_s,
                          stat ? QString::number(stat->averageTransactionMs, 'f', 2) + u" ms"_s : u"-"_s,
                          stat ? QString::number(stat->averageWaitMs, 'f', 2) + u" ms"_s : u"-"_s});
        }
        QStringList paused;
        for (const PoolerDatabase &database : pooler.routedDatabases()) {
            if (database.paused)
                paused << database.name;
        }
        poolers.addRow({pooler.name, address, pooler.version.section(u' ', 1), estate.routesTo.value(pooler.name, u"-"_s),
                        paused.isEmpty() ? tr("no") : paused.join(u','), QString::number(pooler.clientCount), QString::number(waiting),
                        formatSeconds(maxWait)});
    }
    QString text = estate.poolers.isEmpty() ? tr("No poolers in this profile (a lab gets them with: pgversectl lab pooler add).\n") : poolers.toString();
    if (!estate.poolers.isEmpty())
        text += u'\n' + pools.toString();
    if (!estate.problems.isEmpty()) {
        text += tr("\nProblems:\n");
        for (const PoolerProblem &problem : estate.problems)
            text += u"  [%1] %2: %3\n"_s.arg(severityName(problem.severity), problemKindName(problem.kind), problem.message);
    }
    return text;
}

int runPoolerControl(PoolerControl::Command command, const QStringList &arguments)
{
    QCommandLineParser parser;
    switch (command) {
    case PoolerControl::Command::Pause:
        parser.setApplicationDescription(tr("PAUSE a database (default: every database) on one pooler or all of the cluster's: running "
                                            "transactions finish, new queries wait until resume. Checked and audited."));
        break;
    case PoolerControl::Command::Resume:
        parser.setApplicationDescription(tr("RESUME what is paused on one pooler or all of the cluster's, also after a switchover died while "
                                            "they were paused. Checked and audited."));
        break;
    case PoolerControl::Command::Reconnect:
        parser.setApplicationDescription(tr("RECONNECT: server connections close once released and are opened anew. Checked and audited."));
        break;
    case PoolerControl::Command::Reload:
        parser.setApplicationDescription(tr("RELOAD: the pooler reads its configuration file again. Checked and audited."));
        break;
    case PoolerControl::Command::Kill:
        parser.setApplicationDescription(tr("KILL a database: drop every client and server connection of it at once, then RESUME it. "
                                            "Checked and audited; the cluster's name is asked for unless --yes."));
        break;
    }
    addHelpOption(parser);
    ClusterSelection::addOptions(parser);
    parser.addPositionalArgument(u"pooler"_s, tr("The pooler (default: every pooler of the cluster)."), u"[NAME]"_s);
    parser.addOption({u"database"_s, tr("Only this database."), u"db"_s});
    parser.addOption({u"json"_s, tr("Print the run as JSON.")});
    parser.addOption({u"dry-run"_s, tr("Run the checks and print the plan; change nothing.")});
    parser.addOption({u"yes"_s, tr("Do not ask to confirm.")});
    if (const auto stop = parseOrAnswerHelp(parser, arguments))
        return *stop;
    QString error;
    const auto selection = ClusterSelection::resolve(parser, &error);
    if (!selection)
        return fail(error);
    QList<PoolerEndpoint> poolers = selection->poolerEndpoints();
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return fail(tr("Name one pooler, or none for all of them."));
    if (!positional.isEmpty()) {
        poolers.removeIf([&](const PoolerEndpoint &pooler) { return pooler.name != positional.first(); });
        if (poolers.isEmpty())
            return fail(tr("%1 has no pooler named %2 (pgversectl pooler lists them).").arg(selection->profile.name, positional.first()));
    }
    PoolerControl action(command, poolers, parser.value(u"database"_s), selection->profile, selection->password);
    const auto stored = ProfileStore().find(selection->profile.name);
    const bool readOnly = selection->profile.readOnly || (stored && stored->readOnly);
    return executeAction(action, ActionPolicy{selection->profile.name, readOnly},
                         {parser.isSet(u"json"_s), parser.isSet(u"dry-run"_s), parser.isSet(u"yes"_s)});
}

} // namespace

int runPooler(const QStringList &arguments)
{
    static const QHash<QString, PoolerControl::Command> commands{
        {u"pause"_s, PoolerControl::Command::Pause},         {u"resume"_s, PoolerControl::Command::Resume},
        {u"reconnect"_s, PoolerControl::Command::Reconnect}, {u"reload"_s, PoolerControl::Command::Reload},
        {u"kill"_s, PoolerControl::Command::Kill},
    };
    if (const QString operation = arguments.value(1); commands.contains(operation)) {
        QStringList rest = arguments;
        rest.removeAt(1);
        setCommandName(u"pooler "_s + operation);
        return runPoolerControl(commands.value(operation), rest);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The cluster's connection poolers (PgBouncer): where each routes, its pools (clients active and waiting, servers, the longest "
           "wait), its rates, and what is wrong: a pooler routing to a standby or a down node, clients waiting too long, a pool at its "
           "limit, a pooler left paused, one that does not answer.\n\n"
           "Commands: pause|resume|reconnect|reload|kill [NAME] [--database DB]."));
    addHelpOption(parser);
    ClusterSelection::addOptions(parser);
    parser.addOption({u"json"_s, tr("Print JSON (one document per update with --watch).")});
    parser.addOption({u"watch"_s, tr("Keep printing until interrupted (Ctrl+C).")});
    parser.addOption({u"interval"_s, tr("With --watch: milliseconds between updates (default: the profile's poll interval)."), u"ms"_s});
    parser.addOption({u"max-wait"_s, tr("Seconds a client may wait for a server connection before it is a problem (default 1)."), u"s"_s});
    if (const auto stop = parseOrAnswerHelp(parser, arguments))
        return *stop;
    QString error;
    const auto selection = ClusterSelection::resolve(parser, &error);
    if (!selection)
        return fail(error);
    const Profile &profile = selection->profile;
    PoolerAssessmentSettings settings;
    if (parser.isSet(u"max-wait"_s)) {
        bool ok = false;
        settings.maxClientWaitSeconds = parser.value(u"max-wait"_s).toDouble(&ok);
        if (!ok || settings.maxClientWaitSeconds < 0)
            return fail(tr("--max-wait takes seconds (0 or more)."));
    }
    int intervalMs = profile.pollIntervalMs;
    if (parser.isSet(u"interval"_s)) {
        bool ok = false;
        intervalMs = parser.value(u"interval"_s).toInt(&ok);
        if (!ok || intervalMs < 100)
            return fail(tr("--interval takes milliseconds, at least 100."));
    }
    const bool json = parser.isSet(u"json"_s);
    const bool watch = parser.isSet(u"watch"_s);
    if (watch)
        stopOnInterrupt();
    const QList<PoolerEndpoint> poolers = selection->poolerEndpoints();
    const LockScope scope = profileLockScope(profile, selection->password);
    int code = ExitOk;
    do {
        // The nodes and the poolers at the same moment: where a pooler routes is judged against the roles now.
        QList<PoolerStatus> statuses;
        const ProbeSettings probe = profile.probeSettings();
        std::jthread poolerRead([&] { statuses = probePoolers(poolers, probe.connectTimeoutMs + probe.queryTimeoutMs); });
        const TopologySnapshot snapshot = probeOnce(profile.name, profile.endpoints(selection->password), profile.probeSettings(), patroniOf(profile));
        poolerRead.join();
        bool held = false;
        readActionJournal(scope, &held);
        settings.actionRunning = held;
        const PoolerEstate estate = assessPoolers(statuses, snapshot, settings);
        const bool anyReachable = std::any_of(statuses.cbegin(), statuses.cend(), [](const PoolerStatus &status) { return status.reachable; });
        code = !anyReachable && !statuses.isEmpty() ? int(ExitUsageOrConnect) : estate.healthy() ? int(ExitOk) : int(ExitProblems);
        if (json) {
            printJson(poolersToJson(estate), watch);
        } else {
            clearScreenIf(watch && isTerminal());
            out() << estateText(estate) << Qt::flush;
        }
        if (!watch)
            break;
        QEventLoop pause;
        QTimer::singleShot(intervalMs, &pause, &QEventLoop::quit);
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &pause, [&] {
            if (interrupted())
                pause.quit();
        });
        check.start(50);
        pause.exec();
    } while (!interrupted());
    return code;
}

} // namespace pgv::cli
