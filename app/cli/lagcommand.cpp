// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagcommand.h"

#include "alerts/alertengine.h"
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

QJsonObject alertToJson(const Alert &alert)
{
    const QString subject = alert.subject;
    return QJsonObject{
        {"rule"_L1, ruleName(alert.rule.kind)},
        {"severity"_L1, severityName(alert.severity)},
        {"subject"_L1, subject},
        {"node"_L1, subject.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(subject.contains(u'@') ? subject.section(u'@', 1) : subject)},
        {"state"_L1, alert.isFiring() ? u"firing"_s : u"resolved"_s},
        {"acknowledged"_L1, alert.acknowledged},
        {"since"_L1, alert.since.toString(Qt::ISODateWithMs)},
        {"fired_at"_L1, alert.firedAt.toString(Qt::ISODateWithMs)},
        {"value"_L1, alert.rule.hasThreshold() ? QJsonValue(alert.value) : QJsonValue(QJsonValue::Null)},
        {"threshold"_L1, alert.rule.hasThreshold() ? QJsonValue(alert.rule.threshold) : QJsonValue(QJsonValue::Null)},
        {"hold_s"_L1, alert.rule.holdSeconds},
        {"message"_L1, alert.message},
    };
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
    if (const auto exit = parseCommon(command, arguments,
                                      QCoreApplication::translate("cli", "Show the alerts firing now (exit code 1 when any fire).\n"
                                                                         "A single check cannot see for how long a condition has held, so it "
                                                                         "ignores the rules' hold times; --watch applies them.")))
        return *exit;
    const Profile &profile = command.selection->profile;
    QList<AlertRule> rules = AlertRuleStore().rules(profile.name);
    const bool watch = command.parser.isSet(u"watch"_s);
    if (!watch) {
        for (AlertRule &rule : rules)
            rule.holdSeconds = 0;
    }
    AlertEngine engine(profile.name, rules);
    const bool json = command.parser.isSet(u"json"_s);
    auto print = [&](const TopologySnapshot &snapshot) {
        engine.evaluate(snapshot);
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
            for (const Alert &alert : firing)
                out() << u"%1 [%2] %3\n"_s.arg(severityName(alert.severity).toUpper(), ruleName(alert.rule.kind), alert.message);
            out().flush();
        }
        if (!snapshot.anyReachable())
            return int(ExitUsageOrConnect);
        return firing.isEmpty() ? int(ExitOk) : int(ExitProblems);
    };
    if (!watch)
        return print(probeOnce(profile.name, profile.endpoints(command.selection->password), command.settings));
    ClusterMonitor monitor(profile.name, profile.endpoints(command.selection->password), command.settings);
    return runWatchLoop(monitor, command.settings.intervalMs, print);
}

} // namespace pgv::cli
