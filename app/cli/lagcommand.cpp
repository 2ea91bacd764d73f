// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagcommand.h"

#include "alerts/alertengine.h"
#include "alerts/alertjson.h"
#include "alerts/alertrouter.h"
#include "cliio.h"
#include "clusterselection.h"
#include "core/jsonnulls.h"
#include "core/units.h"
#include "monitor/clustermonitor.h"
#include "statuscommand.h"
#include "topology/topologyjson.h"
#include "watchloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QJsonValue number(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString text(const std::optional<qint64> &bytes)
{
    return bytes ? formatBytes(*bytes) : u"-"_s;
}

QString text(const std::optional<double> &seconds)
{
    return seconds ? formatSeconds(*seconds) : u"-"_s;
}

/// The documented `lag --json` shape: {"standbys":[…],"slots":[…]}.
QJsonObject lagToJson(const TopologySnapshot &snapshot)
{
    QJsonArray standbys;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role != NodeRole::Standby)
            continue;
        standbys.append(QJsonObject{
            {"name"_L1, node.name},
            {"upstream"_L1, textOrNull(node.upstream)},
            {"write_lag_bytes"_L1, number(node.writeLagBytes)},
            {"flush_lag_bytes"_L1, number(node.flushLagBytes)},
            {"replay_lag_bytes"_L1, number(node.replayLagBytes)},
            {"write_lag_s"_L1, number(node.writeLagSeconds)},
            {"flush_lag_s"_L1, number(node.flushLagSeconds)},
            {"replay_lag_s"_L1, number(node.replayLagSeconds)},
            {"replay_paused"_L1, node.replayPaused},
            {"state"_L1, node.state},
            {"sync_state"_L1, textOrNull(node.syncState)},
            {"external"_L1, node.external},
        });
    }
    QJsonArray slots;
    for (const SlotStatus &slot : snapshot.replicationSlots)
        slots.append(slotToJson(slot));
    return QJsonObject{{"cluster"_L1, snapshot.cluster}, {"taken_at"_L1, snapshot.takenAt.toString(Qt::ISODateWithMs)},
                       {"standbys"_L1, standbys}, {"slots"_L1, slots}};
}

QString lagTable(const TopologySnapshot &snapshot)
{
    TextTable standbys({u"STANDBY"_s, u"UPSTREAM"_s, u"STATE"_s, u"WRITE"_s, u"FLUSH"_s, u"REPLAY"_s, u"REPLAY TIME"_s, u"PAUSED"_s});
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role == NodeRole::Standby) {
            standbys.addRow({node.name, node.upstream.isEmpty() ? u"-"_s : node.upstream, node.state, text(node.writeLagBytes),
                             text(node.flushLagBytes), text(node.replayLagBytes), text(node.replayLagSeconds),
                             node.replayPaused ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no")});
        }
    }
    TextTable slots({u"SLOT"_s, u"NODE"_s, u"TYPE"_s, u"ACTIVE"_s, u"RETAINED"_s});
    for (const SlotStatus &slot : snapshot.replicationSlots) {
        slots.addRow({slot.name, slot.node, slot.type,
                      slot.active ? QCoreApplication::translate("cli", "yes") : QCoreApplication::translate("cli", "no"),
                      text(slot.retainedBytes)});
    }
    return standbys.toString() + u'\n' + slots.toString();
}

struct Command
{
    QCommandLineParser parser;
    std::optional<ClusterSelection> selection;
    ProbeSettings settings;
};

/// Parses the options lag and alerts share; returns an exit code when the command should stop here.
std::optional<int> parseCommon(Command &command, const QStringList &arguments, const QString &description)
{
    QCommandLineParser &parser = command.parser;
    parser.setApplicationDescription(description);
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
    command.selection = ClusterSelection::resolve(parser, &error);
    if (!command.selection)
        return fail(error);
    command.settings = command.selection->profile.probeSettings();
    if (parser.isSet(u"interval"_s))
        command.settings.intervalMs = std::max(100, parser.value(u"interval"_s).toInt());
    return std::nullopt;
}

} // namespace

int runLag(const QStringList &arguments)
{
    Command command;
    if (const auto exit = parseCommon(command, arguments, QCoreApplication::translate("cli", "Show the replication lag of every standby and slot.")))
        return *exit;
    const Profile &profile = command.selection->profile;
    const bool json = command.parser.isSet(u"json"_s);
    auto print = [&](const TopologySnapshot &snapshot) {
        if (json)
            printJson(lagToJson(snapshot), command.parser.isSet(u"watch"_s));
        else {
            clearScreenIf(command.parser.isSet(u"watch"_s) && isTerminal());
            out() << lagTable(snapshot) << Qt::flush;
        }
        return snapshot.anyReachable() ? int(ExitOk) : int(ExitUsageOrConnect);
    };
    if (!command.parser.isSet(u"watch"_s))
        return print(probeOnce(profile.name, profile.endpoints(command.selection->password), command.settings));
    ClusterMonitor monitor(profile.name, profile.endpoints(command.selection->password), command.settings);
    return runWatchLoop(monitor, command.settings.intervalMs, print);
}

int runAlerts(const QStringList &arguments)
{
    Command command;
    command.parser.addOption({u"notify"_s,
                              QCoreApplication::translate("cli", "Run <command> (by /bin/sh) for each alert that fires or resolves, with the "
                                                                 "alert on stdin as Alertmanager's webhook JSON. Repeatable."),
                              u"command"_s});
    command.parser.addOption({u"routes"_s, QCoreApplication::translate("cli", "Also send each alert to the saved routes (pgversectl route list).")});
    if (const auto exit = parseCommon(command, arguments,
                                      QCoreApplication::translate("cli", "Show the alerts firing now (exit code 1 when any fire that no silence "
                                                                         "covers).\nA single check cannot see for how long a condition has held, "
                                                                         "so it ignores the rules' hold times; --watch applies them. Silenced "
                                                                         "alerts are listed, marked, and never notified.")))
        return *exit;
    const Profile &profile = command.selection->profile;
    QList<AlertRule> rules = AlertRuleStore().rules(profile.name);
    const bool watch = command.parser.isSet(u"watch"_s);
    if (!watch) {
        for (AlertRule &rule : rules)
            rule.holdSeconds = 0;
    }
    AlertEngine engine(profile.name, rules);
    QList<AlertRoute> routes = command.parser.isSet(u"routes"_s) ? AlertRouteStore().routes() : QList<AlertRoute>{};
    const QStringList notify = command.parser.values(u"notify"_s);
    for (qsizetype i = 0; i < notify.size(); ++i) {
        AlertRoute route;
        route.name = u"notify-%1"_s.arg(i + 1);
        route.target = notify[i];
        route.retries = 2;
        routes << route;
    }
    AlertRouter router;
    router.setRoutes(routes);
    QObject::connect(&router, &AlertRouter::delivered, &router, [](const DeliveryRecord &record) {
        if (!record.ok()) {
            const QString detail = record.attempts.isEmpty() ? QCoreApplication::translate("cli", "not tried") : record.attempts.last().detail;
            err() << QCoreApplication::translate("cli", "pgversectl: could not deliver %1 on %2 to %3 after %n tries: %4\n", nullptr,
                                                 int(record.attempts.size()))
                         .arg(record.rule, record.subject.isEmpty() ? record.cluster : record.subject, record.route, detail)
                  << Qt::flush;
        }
    });
    const bool json = command.parser.isSet(u"json"_s);
    const SilenceStore silences;
    auto print = [&](const TopologySnapshot &snapshot) {
        QString silenceError;
        engine.setSilences(silences.current(QDateTime::currentDateTimeUtc(), &silenceError));
        if (!silenceError.isEmpty())
            err() << u"pgversectl: "_s << silenceError << u'\n' << Qt::flush;
        engine.evaluate(snapshot);
        router.route(engine.takeNotifications());
        const QList<Alert> firing = engine.firing();
        if (json) {
            QJsonArray alerts;
            for (const Alert &alert : firing)
                alerts.append(alertToJson(alert));
            printJson(QJsonObject{{"cluster"_L1, profile.name}, {"alerts"_L1, alerts}}, watch);
        } else {
            clearScreenIf(watch && isTerminal());
            if (firing.isEmpty())
                out() << QCoreApplication::translate("cli", "No alert is firing on %1.\n").arg(profile.name);
            for (const Alert &alert : firing) {
                out() << u"%1 [%2] %3"_s.arg(severityName(alert.severity).toUpper(), ruleName(alert.rule.kind), alert.message);
                if (alert.isSilenced())
                    out() << QCoreApplication::translate("cli", " (silenced until %1: %2)")
                                 .arg(alert.silence.until.toLocalTime().toString(u"HH:mm:ss"_s), alert.silence.reason);
                out() << u'\n';
            }
            out().flush();
        }
        if (!snapshot.anyReachable())
            return int(ExitUsageOrConnect);
        const bool anyHeard = std::any_of(firing.cbegin(), firing.cend(), [](const Alert &alert) { return !alert.isSilenced(); });
        return anyHeard ? int(ExitProblems) : int(ExitOk);
    };
    // Deliveries still under way when the command ends get a little time: a --notify command that is not run
    // at all is worse than a late exit.
    constexpr int kDeliveryGraceMs = 15000;
    if (!watch) {
        const int code = print(probeOnce(profile.name, profile.endpoints(command.selection->password), command.settings));
        router.finish(kDeliveryGraceMs);
        return code;
    }
    ClusterMonitor monitor(profile.name, profile.endpoints(command.selection->password), command.settings);
    const int code = runWatchLoop(monitor, command.settings.intervalMs, print);
    router.finish(kDeliveryGraceMs);
    return code;
}

} // namespace pgv::cli
