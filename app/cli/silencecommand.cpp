// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencecommand.h"

#include "alerts/alertrule.h"
#include "alerts/silence.h"
#include "cliio.h"
#include "clusterselection.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString localTime(const QDateTime &time)
{
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

int addSilence(const QCommandLineParser &parser, const QStringList &rest)
{
    if (!rest.isEmpty())
        return fail(QCoreApplication::translate("cli", "Unexpected argument \"%1\".").arg(rest.constFirst()));
    if (!parser.isSet(u"for"_s) || parser.value(u"reason"_s).trimmed().isEmpty())
        return fail(QCoreApplication::translate("cli", "silence add needs --for DURATION (90s, 15m, 2h, 1d) and --reason TEXT."));
    const auto seconds = parseDuration(parser.value(u"for"_s));
    if (!seconds)
        return fail(QCoreApplication::translate("cli", "\"%1\" is not a duration: write 90s, 15m, 2h or 1d.").arg(parser.value(u"for"_s)));
    Silence silence;
    const auto rules = alertRuleNames(parser.values(u"rule"_s));
    if (!rules)
        return ExitUsageOrConnect;
    silence.rules = *rules;
    QString error;
    const auto selection = ClusterSelection::resolve(parser, &error);
    if (!selection)
        return fail(error);
    silence.cluster = selection->profile.name;
    silence.node = parser.value(u"node-name"_s);
    silence.from = QDateTime::currentDateTimeUtc();
    silence.until = silence.from.addSecs(*seconds);
    silence.reason = parser.value(u"reason"_s).trimmed();
    const auto stored = SilenceStore().add(silence, &error);
    if (!stored)
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s))
        printJson(QJsonObject{{"silence"_L1, stored->toJson()}});
    else
        out() << QCoreApplication::translate("cli", "Silence %1: %2\n").arg(stored->id, stored->describe()) << Qt::flush;
    return ExitOk;
}

int listSilences(const QCommandLineParser &parser)
{
    QString error;
    const QList<Silence> silences = SilenceStore().current(QDateTime::currentDateTimeUtc(), &error);
    if (!error.isEmpty())
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Silence &silence : silences)
            array.append(silence.toJson());
        printJson(QJsonObject{{"silences"_L1, array}});
        return ExitOk;
    }
    if (silences.isEmpty()) {
        out() << QCoreApplication::translate("cli", "No silence is in effect.\n") << Qt::flush;
        return ExitOk;
    }
    TextTable table({u"ID"_s, u"CLUSTER"_s, u"RULES"_s, u"NODE"_s, u"UNTIL"_s, u"BY"_s, u"REASON"_s});
    for (const Silence &silence : silences) {
        table.addRow({silence.id, silence.cluster, silence.rules.isEmpty() ? u"*"_s : silence.rules.join(u','),
                      silence.node.isEmpty() ? u"*"_s : silence.node, localTime(silence.until),
                      silence.byAction ? QCoreApplication::translate("cli", "%1 (action)").arg(silence.author) : silence.author, silence.reason});
    }
    out() << table.toString() << Qt::flush;
    return ExitOk;
}

int endSilence(const QCommandLineParser &parser, const QStringList &rest)
{
    if (rest.size() != 1)
        return fail(QCoreApplication::translate("cli", "silence end needs the silence's id (pgversectl silence list shows them)."));
    QString error;
    if (!SilenceStore().setUntil(rest.constFirst(), QDateTime::currentDateTimeUtc(), &error))
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s))
        printJson(QJsonObject{{"ended"_L1, rest.constFirst()}});
    else
        out() << QCoreApplication::translate("cli", "Silence %1 ended: its alerts are sent again while they fire.\n").arg(rest.constFirst()) << Qt::flush;
    return ExitOk;
}

} // namespace

int runSilence(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Silence alerts for a while, with a reason: they still fire and are listed, marked silenced, but go to no route, "
               "--notify command or desktop notification. pgverse shares the same silences.\n"
               "  add   --for DURATION --reason TEXT [--rule RULE]… [--node-name NODE] [cluster]\n"
               "  list  the silences in effect, on every cluster\n"
               "  end   ID: end a silence now"));
    addHelpOption(parser);
    ClusterSelection::addOptions(parser);
    parser.addPositionalArgument(u"subcommand"_s, QCoreApplication::translate("cli", "add, list or end."));
    parser.addOption({u"for"_s, QCoreApplication::translate("cli", "How long: 90s, 15m, 2h, 1d (a bare number is minutes)."), u"duration"_s});
    parser.addOption({u"reason"_s, QCoreApplication::translate("cli", "Why (required): maintenance, someone is on it…"), u"text"_s});
    parser.addOption({u"rule"_s, QCoreApplication::translate("cli", "Silence only this rule (node_down…); repeatable. Default: every rule."), u"rule"_s});
    parser.addOption({u"node-name"_s, QCoreApplication::translate("cli", "Silence only alerts about this node (and its slots)."), u"node"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON.")});
    if (const auto exit = parseOrAnswerHelp(parser, arguments))
        return *exit;
    QStringList rest = parser.positionalArguments();
    const QString subcommand = rest.isEmpty() ? QString() : rest.takeFirst();
    if (subcommand == u"add")
        return addSilence(parser, rest);
    if (subcommand == u"list")
        return listSilences(parser);
    if (subcommand == u"end")
        return endSilence(parser, rest);
    return fail(QCoreApplication::translate("cli", "silence needs a subcommand: add, list or end (pgversectl silence --help)."));
}

} // namespace pgv::cli
