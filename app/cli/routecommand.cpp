// SPDX-License-Identifier: GPL-3.0-or-later
#include "routecommand.h"

#include "alerts/alertdelivery.h"
#include "alerts/alertengine.h"
#include "alerts/alertroute.h"
#include "cliio.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

std::optional<AlertRoute> findRoute(const QList<AlertRoute> &routes, const QString &name)
{
    for (const AlertRoute &route : routes) {
        if (route.name == name)
            return route;
    }
    return std::nullopt;
}

int addRoute(const QCommandLineParser &parser, const QStringList &rest)
{
    if (rest.size() != 1)
        return fail(QCoreApplication::translate("cli", "route add needs a name: pgversectl route add NAME --command CMD | --webhook URL."));
    if (parser.isSet(u"command"_s) == parser.isSet(u"webhook"_s))
        return fail(QCoreApplication::translate("cli", "Give a route either --command CMD or --webhook URL."));
    AlertRoute route;
    route.name = rest.constFirst();
    route.kind = parser.isSet(u"webhook"_s) ? AlertRoute::Kind::Webhook : AlertRoute::Kind::Command;
    route.target = parser.value(route.kind == AlertRoute::Kind::Webhook ? u"webhook"_s : u"command"_s);
    if (parser.isSet(u"format"_s)) {
        const auto format = routeFormatFromName(parser.value(u"format"_s));
        if (!format)
            return fail(QCoreApplication::translate("cli", "--format is alertmanager or plain."));
        route.format = *format;
    }
    const auto rules = alertRuleNames(parser.values(u"rule"_s));
    if (!rules)
        return ExitUsageOrConnect;
    route.rules = *rules;
    route.clusters = parser.values(u"cluster"_s);
    if (parser.isSet(u"min-severity"_s)) {
        const auto severity = severityFromName(parser.value(u"min-severity"_s));
        if (!severity)
            return fail(QCoreApplication::translate("cli", "--min-severity is warning, error or critical."));
        route.minimumSeverity = *severity;
    }
    route.sendResolved = !parser.isSet(u"no-resolved"_s);
    bool ok = true;
    if (parser.isSet(u"retries"_s))
        route.retries = parser.value(u"retries"_s).toInt(&ok);
    if (ok && parser.isSet(u"timeout-ms"_s))
        route.timeoutMs = parser.value(u"timeout-ms"_s).toInt(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("cli", "--retries and --timeout-ms take whole numbers."));
    if (const QString problem = route.validate(); !problem.isEmpty())
        return fail(problem);
    AlertRouteStore store;
    QList<AlertRoute> routes = store.routes();
    if (findRoute(routes, route.name))
        return fail(QCoreApplication::translate("cli", "A route named %1 exists already; remove it first (pgversectl route remove %1).").arg(route.name),
                    ExitProblems);
    routes << route;
    QString error;
    if (!store.save(routes, &error))
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s))
        printJson(QJsonObject{{"route"_L1, route.toJson()}});
    else
        out() << QCoreApplication::translate("cli", "Route %1 added: pgverse sends to it from its next start, and pgversectl alerts "
                                                    "--watch --routes at once. Try it: pgversectl route test %1\n")
                     .arg(route.name)
              << Qt::flush;
    return ExitOk;
}

int listRoutes(const QCommandLineParser &parser)
{
    const QList<AlertRoute> routes = AlertRouteStore().routes();
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const AlertRoute &route : routes)
            array.append(route.toJson());
        printJson(QJsonObject{{"routes"_L1, array}});
        return ExitOk;
    }
    if (routes.isEmpty()) {
        out() << QCoreApplication::translate("cli", "No route: alerts show in pgverse and pgversectl only. Add one with pgversectl route add.\n")
              << Qt::flush;
        return ExitOk;
    }
    TextTable table({u"NAME"_s, u"KIND"_s, u"TARGET"_s, u"FORMAT"_s, u"RULES"_s, u"CLUSTERS"_s, u"MIN SEVERITY"_s, u"RETRIES"_s});
    for (const AlertRoute &route : routes) {
        table.addRow({route.name, routeKindName(route.kind), route.displayTarget(), routeFormatName(route.format),
                      route.rules.isEmpty() ? u"*"_s : route.rules.join(u','), route.clusters.isEmpty() ? u"*"_s : route.clusters.join(u','),
                      severityName(route.minimumSeverity), QString::number(route.retries)});
    }
    out() << table.toString() << Qt::flush;
    return ExitOk;
}

int removeRoute(const QCommandLineParser &parser, const QStringList &rest)
{
    if (rest.size() != 1)
        return fail(QCoreApplication::translate("cli", "route remove needs the route's name."));
    AlertRouteStore store;
    QList<AlertRoute> routes = store.routes();
    const qsizetype removed = routes.removeIf([&rest](const AlertRoute &route) { return route.name == rest.constFirst(); });
    if (removed == 0)
        return fail(QCoreApplication::translate("cli", "No route is named %1 (pgversectl route list).").arg(rest.constFirst()), ExitProblems);
    QString error;
    if (!store.save(routes, &error))
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s))
        printJson(QJsonObject{{"removed"_L1, rest.constFirst()}});
    else
        out() << QCoreApplication::translate("cli", "Route %1 removed.\n").arg(rest.constFirst()) << Qt::flush;
    return ExitOk;
}

void printRecord(const DeliveryRecord &record)
{
    const QString outcome = record.ok() ? QCoreApplication::translate("cli", "delivered") : QCoreApplication::translate("cli", "FAILED");
    const QString last = record.attempts.isEmpty() ? QCoreApplication::translate("cli", "not tried") : record.attempts.last().detail;
    const QString at = record.attempts.isEmpty() ? u"-"_s : record.attempts.last().at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    out() << u"%1  %2  %3 %4 %5 -> %6: %7 (%8)\n"_s.arg(at, outcome, record.state, record.rule,
                                                       record.subject.isEmpty() ? record.cluster : record.subject, record.route, last)
                 .arg(QCoreApplication::translate("cli", "%n tries", nullptr, int(record.attempts.size())));
}

int testRoute(const QCommandLineParser &parser, const QStringList &rest)
{
    if (rest.size() != 1)
        return fail(QCoreApplication::translate("cli", "route test needs the route's name."));
    const auto route = findRoute(AlertRouteStore().routes(), rest.constFirst());
    if (!route)
        return fail(QCoreApplication::translate("cli", "No route is named %1 (pgversectl route list).").arg(rest.constFirst()), ExitProblems);
    Alert alert;
    alert.cluster = u"pgverse-test"_s;
    alert.isTest = true;
    alert.severity = ProblemSeverity::Warning;
    alert.since = alert.firedAt = QDateTime::currentDateTimeUtc();
    alert.message = QCoreApplication::translate("cli", "Test of the route %1 from pgversectl: nothing is wrong.").arg(route->name);
    const DeliveryRecord record = deliverWithRetries(*route, alert);
    DeliveryLog().append(record);
    if (parser.isSet(u"json"_s))
        printJson(QJsonObject{{"delivery"_L1, record.toJson()}});
    else
        printRecord(record);
    out().flush();
    return record.ok() ? ExitOk : ExitProblems;
}

int showLog(const QCommandLineParser &parser)
{
    bool ok = true;
    const int limit = parser.isSet(u"limit"_s) ? parser.value(u"limit"_s).toInt(&ok) : 20;
    if (!ok || limit <= 0)
        return fail(QCoreApplication::translate("cli", "--limit takes a positive whole number."));
    QString error;
    const DeliveryLog log;
    const QList<DeliveryRecord> records = log.newest(limit, &error);
    if (!error.isEmpty())
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const DeliveryRecord &record : records)
            array.append(record.toJson());
        printJson(QJsonObject{{"file"_L1, log.filePath()}, {"deliveries"_L1, array}});
        return ExitOk;
    }
    if (records.isEmpty())
        out() << QCoreApplication::translate("cli", "Nothing has been delivered yet (%1).\n").arg(log.filePath());
    for (const DeliveryRecord &record : records)
        printRecord(record);
    out().flush();
    return ExitOk;
}

} // namespace

int runRoute(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Where alerts are sent besides the screen: a command that reads each alert as JSON on stdin, or an HTTP webhook "
               "that gets it POSTed (Alertmanager's webhook body, or --format plain: the alerts --json shape). A failed delivery "
               "is tried again 1 s, 4 s, 16 s… later; every delivery is logged.\n"
               "  add     NAME --command CMD | --webhook URL [--format F] [--rule R]… [--cluster C]… [--min-severity S]\n"
               "  list    the routes\n"
               "  remove  NAME\n"
               "  test    NAME: send a test alert (alertname route_test) now and say how it went\n"
               "  log     the newest deliveries (--limit N, default 20)"));
    addHelpOption(parser);
    parser.addPositionalArgument(u"subcommand"_s, QCoreApplication::translate("cli", "add, list, remove, test or log."));
    parser.addOption({u"command"_s, QCoreApplication::translate("cli", "Run <cmd> by /bin/sh; the alert arrives on stdin, never in the command line."), u"cmd"_s});
    parser.addOption({u"webhook"_s, QCoreApplication::translate("cli", "POST to <url> (http or https; no password in it)."), u"url"_s});
    parser.addOption({u"format"_s, QCoreApplication::translate("cli", "alertmanager (default) or plain."), u"format"_s});
    parser.addOption({u"rule"_s, QCoreApplication::translate("cli", "Only this rule (node_down…); repeatable. Default: every rule."), u"rule"_s});
    parser.addOption({u"cluster"_s, QCoreApplication::translate("cli", "Only this cluster (profile name); repeatable. Default: every cluster."), u"name"_s});
    parser.addOption({u"min-severity"_s, QCoreApplication::translate("cli", "warning (default), error or critical."), u"severity"_s});
    parser.addOption({u"no-resolved"_s, QCoreApplication::translate("cli", "Do not send resolutions, only firings.")});
    parser.addOption({u"retries"_s, QCoreApplication::translate("cli", "Tries after the first (default 3, at most 10)."), u"n"_s});
    parser.addOption({u"timeout-ms"_s, QCoreApplication::translate("cli", "How long one try may take (default 10000)."), u"ms"_s});
    parser.addOption({u"limit"_s, QCoreApplication::translate("cli", "How many deliveries log shows (default 20)."), u"n"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON.")});
    if (const auto exit = parseOrAnswerHelp(parser, arguments))
        return *exit;
    QStringList rest = parser.positionalArguments();
    const QString subcommand = rest.isEmpty() ? QString() : rest.takeFirst();
    if (subcommand == u"add")
        return addRoute(parser, rest);
    if (subcommand == u"list")
        return listRoutes(parser);
    if (subcommand == u"remove")
        return removeRoute(parser, rest);
    if (subcommand == u"test")
        return testRoute(parser, rest);
    if (subcommand == u"log")
        return showLog(parser);
    return fail(QCoreApplication::translate("cli", "route needs a subcommand: add, list, remove, test or log (pgversectl route --help)."));
}

} // namespace pgv::cli
