// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuscommand.h"

#include "cliio.h"
#include "clusterselection.h"
#include "core/units.h"
#include "monitor/clustermonitor.h"
#include "actions/actionlock.h"
#include "logical/logicalestate.h"
#include "pooler/poolerestate.h"
#include "pooler/poolerprobe.h"
#include "topology/topologyjson.h"

#include <QJsonObject>
#include "watchloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString dashIfEmpty(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

QString lagText(const TopologyNode &node)
{
    if (node.role == NodeRole::Primary || !node.replayLagBytes)
        return u"-"_s;
    QString text = formatBytes(*node.replayLagBytes);
    if (node.replayLagSeconds)
        text += u" / "_s + formatSeconds(*node.replayLagSeconds);
    return text;
}

} // namespace

QString formatStatusTable(const TopologySnapshot &snapshot)
{
    QStringList headers{u"NODE"_s, u"ROLE"_s, u"STATE"_s, u"TL"_s, u"LSN"_s, u"UPSTREAM"_s, u"SYNC"_s, u"REPLAY LAG"_s, u"ADDRESS"_s};
    if (snapshot.ha)
        headers << u"PATRONI"_s;
    TextTable table(headers);
    for (const TopologyNode &node : snapshot.nodes) {
        QStringList row{node.external ? node.name + u" (not in profile)"_s : node.name, roleName(node.role), node.state,
                        node.timeline > 0 ? QString::number(node.timeline) : u"-"_s, node.lsn ? node.lsn->toString() : u"-"_s,
                        dashIfEmpty(node.upstream), dashIfEmpty(node.syncState), lagText(node),
                        node.port > 0 ? node.host + u':' + QString::number(node.port) : dashIfEmpty(node.host)};
        if (snapshot.ha)
            row << (!node.ha ? u"-"_s : node.ha->role + u' ' + node.ha->state);
        table.addRow(row);
    }
    QString text = QCoreApplication::translate("cli", "Cluster %1: nodes: %2, %3\n")
                       .arg(snapshot.cluster)
                       .arg(snapshot.nodes.size())
                       .arg(snapshot.healthy() ? QCoreApplication::translate("cli", "healthy")
                                               : QCoreApplication::translate("cli", "problems: %1").arg(snapshot.problems.size()));
    text += table.toString();
    if (!snapshot.problems.isEmpty()) {
        text += QCoreApplication::translate("cli", "\nProblems:\n");
        for (const Problem &problem : snapshot.problems)
            text += u"  [%1] %2: %3\n"_s.arg(severityName(problem.severity), problemKindName(problem.kind), problem.message);
    }
    return text;
}

TopologySnapshot probeOnce(const QString &cluster, const QList<NodeEndpoint> &endpoints, const ProbeSettings &settings,
                           const std::optional<PatroniEndpoint> &patroni)
{
    ClusterMonitor monitor(cluster, endpoints, settings);
    if (patroni)
        monitor.setPatroni(*patroni);
    QEventLoop loop;
    QObject::connect(&monitor, &ClusterMonitor::topologyChanged, &loop, [&](const SnapshotPtr &snapshot) {
        if (snapshot->complete)
            loop.quit();
    });
    // Every probe ends within its connect and query deadlines; the second more is slack for scheduling.
    QTimer::singleShot(settings.connectTimeoutMs + settings.queryTimeoutMs + 1000, &loop, &QEventLoop::quit);
    monitor.start();
    loop.exec();
    monitor.stop();
    return monitor.snapshot();
}

std::optional<PatroniEndpoint> patroniOf(const Profile &profile)
{
    if (profile.patroniUrl.isEmpty())
        return std::nullopt;
    return profile.patroniEndpoint();
}

int statusExitCode(const TopologySnapshot &snapshot)
{
    if (!snapshot.anyReachable())
        return ExitUsageOrConnect;
    return snapshot.healthy() ? ExitOk : ExitProblems;
}

/// An action whose process died (or that failed half-way) is a problem of the cluster until recover runs.
static std::optional<ActionJournal> addInterruptedAction(TopologySnapshot &snapshot, const LockScope &scope)
{
    bool held = false;
    const auto journal = readActionJournal(scope, &held);
    if (!journal || held)
        return std::nullopt;
    snapshot.problems.prepend(Problem{ProblemKind::ActionInterrupted, ProblemSeverity::Critical, QString(), journal->describeInterrupted()});
    return journal;
}

/// The cluster's poolers, probed once: their edges (to the node each routes to) and their problems join the snapshot's.
static void addPoolerState(TopologySnapshot &snapshot, const QList<PoolerEndpoint> &poolers, const LockScope &scope, const ProbeSettings &settings)
{
    if (poolers.isEmpty())
        return;
    PoolerAssessmentSettings assessment;
    bool held = false;
    readActionJournal(scope, &held);
    assessment.actionRunning = held;
    addPoolers(snapshot, assessPoolers(probePoolers(poolers, settings.connectTimeoutMs + settings.queryTimeoutMs), snapshot, assessment));
}

/// The logical edges between the cluster and those drawn beside it (a lab's subscriber), probed once each: the
/// edges of `status --json` carry them with "kind": "logical" and both ends' clusters.
static void addLogicalEdges(TopologySnapshot &snapshot, const Profile &profile)
{
    const QList<Profile> beside = besideProfiles(profile);
    if (beside.isEmpty())
        return;
    QList<SnapshotPtr> estate{shareSnapshot(snapshot)};
    for (const Profile &other : beside)
        estate << shareSnapshot(probeOnce(other.name, other.endpoints(), other.probeSettings(), patroniOf(other)));
    QList<TopologyEdge> edges = logicalEdges(assessLogical(estate));
    for (TopologyEdge &edge : edges) {
        if (edge.upstreamCluster != snapshot.cluster && edge.standbyCluster != snapshot.cluster)
            continue;
        // The snapshot's own cluster is named by leaving it out, as its physical edges do.
        if (edge.upstreamCluster == snapshot.cluster)
            edge.upstreamCluster.clear();
        if (edge.standbyCluster == snapshot.cluster)
            edge.standbyCluster.clear();
        snapshot.edges << std::move(edge);
    }
}

int runStatus(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Show the replication topology and its problems."));
    addHelpOption(parser);
    ClusterSelection::addOptions(parser);
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON (one document per update with --watch).")});
    parser.addOption({u"watch"_s, QCoreApplication::translate("cli", "Keep printing until interrupted (Ctrl+C).")});
    parser.addOption({u"interval"_s, QCoreApplication::translate("cli", "Poll interval in milliseconds (default: the profile's)."), u"ms"_s});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << commandHelp(parser);
        return ExitOk;
    }
    QString error;
    auto selection = ClusterSelection::resolve(parser, &error);
    if (!selection)
        return fail(error);
    ProbeSettings settings = selection->profile.probeSettings();
    if (parser.isSet(u"interval"_s))
        settings.intervalMs = std::max(100, parser.value(u"interval"_s).toInt());

    const bool json = parser.isSet(u"json"_s);
    const LockScope lockScope = profileLockScope(selection->profile, {});
    if (!parser.isSet(u"watch"_s)) {
        TopologySnapshot snapshot = probeOnce(selection->profile.name, selection->profile.endpoints(selection->password), settings,
                                              patroniOf(selection->profile));
        addLogicalEdges(snapshot, selection->profile);
        const auto interrupted = addInterruptedAction(snapshot, lockScope);
        addPoolerState(snapshot, selection->poolerEndpoints(), lockScope, settings);
        if (json) {
            QJsonObject document = topologyToJson(snapshot);
            if (interrupted)
                document.insert("interrupted_action"_L1, interrupted->toJson());
            printJson(document);
        }
        else
            out() << formatStatusTable(snapshot) << Qt::flush;
        return statusExitCode(snapshot);
    }
    ClusterMonitor monitor(selection->profile.name, selection->profile.endpoints(selection->password), settings);
    if (const auto patroni = patroniOf(selection->profile))
        monitor.setPatroni(*patroni);
    if (!selection->profile.poolers.isEmpty())
        monitor.setPoolers(selection->poolerEndpoints(), lockScope);
    return runWatchLoop(monitor, settings.intervalMs, [&](const TopologySnapshot &watched) {
        TopologySnapshot snapshot = watched;
        const auto interrupted = addInterruptedAction(snapshot, lockScope);
        if (json) {
            QJsonObject document = topologyToJson(snapshot);
            if (interrupted)
                document.insert("interrupted_action"_L1, interrupted->toJson());
            printJson(document, true);
        }
        else {
            clearScreenIf(isTerminal());
            // Each block says when it was taken: piped to a file, the blocks of an incident are a timeline.
            const QDateTime taken = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
            out() << QCoreApplication::translate("cli", "— %1 —\n").arg(taken.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s))
                  << formatStatusTable(snapshot) << '\n' << Qt::flush;
        }
        return statusExitCode(snapshot);
    });
}

} // namespace pgv::cli
