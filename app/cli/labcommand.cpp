// SPDX-License-Identifier: GPL-3.0-or-later
#include "labcommand.h"

#include "cliio.h"
#include "core/apppaths.h"
#include "lab/lab.h"
#include "lab/labfiles.h"
#include "statuscommand.h"
#include "topology/topologyjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {


void printProgress(const QString &step)
{
    err() << step << Qt::endl;
}

QString labDir(const QCommandLineParser &parser)
{
    if (parser.isSet(u"dir"_s))
        return parser.value(u"dir"_s);
    const QString fromEnvironment = qEnvironmentVariable("PGVERSE_LAB");
    return fromEnvironment.isEmpty() ? AppPaths::defaultLabDir() : fromEnvironment;
}

QJsonObject manifestToJson(const Lab &lab)
{
    const LabManifest &manifest = lab.manifest();
    QJsonArray nodes;
    for (const LabNode &node : manifest.nodes) {
        const auto pid = lab.runningPid(node.name);
        nodes.append(QJsonObject{{"name"_L1, node.name},
                                 {"port"_L1, node.port},
                                 {"host"_L1, u"127.0.0.1"_s},
                                 {"data_dir"_L1, manifest.dataDir(node.name)},
                                 {"log_file"_L1, manifest.logFile(node.name)},
                                 {"configured_role"_L1, manifest.isPatroni() ? u"managed by patroni"_s : lab.isStandby(node.name) ? u"standby"_s : u"primary"_s},
                                 {"rest_url"_L1, manifest.isPatroni() ? QJsonValue(manifest.patroniUrl(node)) : QJsonValue(QJsonValue::Null)},
                                 {"running"_L1, pid.has_value()},
                                 {"pid"_L1, pid ? QJsonValue(double(*pid)) : QJsonValue(QJsonValue::Null)},
                                 {"conninfo"_L1, manifest.conninfo(node)}});
    }
    QJsonValue subscriber(QJsonValue::Null);
    if (manifest.subscriber) {
        const LabNode &node = *manifest.subscriber;
        const auto pid = lab.runningPid(node.name);
        subscriber = QJsonObject{{"name"_L1, node.name},
                                 {"port"_L1, node.port},
                                 {"host"_L1, u"127.0.0.1"_s},
                                 {"data_dir"_L1, manifest.dataDir(node.name)},
                                 {"log_file"_L1, manifest.logFile(node.name)},
                                 {"database"_L1, QString(LabLogical::kDatabase)},
                                 {"subscription"_L1, QString(LabLogical::kSubscription)},
                                 {"publication"_L1, QString(LabLogical::kPublication)},
                                 {"running"_L1, pid.has_value()},
                                 {"pid"_L1, pid ? QJsonValue(double(*pid)) : QJsonValue(QJsonValue::Null)},
                                 {"conninfo"_L1, manifest.conninfo(node)}};
    }
    QJsonArray poolers;
    for (const LabPooler &pooler : manifest.poolers) {
        const auto pid = lab.poolerPid(pooler.name);
        const auto route = lab.poolerRoute(pooler);
        poolers.append(QJsonObject{{"name"_L1, pooler.name},
                                   {"port"_L1, pooler.port},
                                   {"host"_L1, u"127.0.0.1"_s},
                                   {"pool_mode"_L1, u"transaction"_s},
                                   {"routes_to"_L1, route ? QJsonValue(*route) : QJsonValue(QJsonValue::Null)},
                                   {"config_file"_L1, manifest.poolerConfig(pooler.name)},
                                   {"auth_file"_L1, manifest.poolerAuthFile(pooler.name)},
                                   {"log_file"_L1, manifest.logFile(pooler.name)},
                                   {"admin_user"_L1, manifest.poolerAdmin},
                                   {"service"_L1, pooler.name},
                                   {"running"_L1, pid.has_value()},
                                   {"pid"_L1, pid ? QJsonValue(double(*pid)) : QJsonValue(QJsonValue::Null)},
                                   {"conninfo"_L1, manifest.poolerConninfo(pooler)}});
    }
    return QJsonObject{{"subscriber"_L1, subscriber},
                       {"poolers"_L1, poolers},
                       {"name"_L1, manifest.name},
                       {"kind"_L1, manifest.isPatroni() ? u"patroni"_s : u"streaming"_s},
                       {"dir"_L1, manifest.dir},
                       {"bin_dir"_L1, manifest.binDir},
                       {"server_user"_L1, lab.serverUser().name()},
                       {"service_file"_L1, manifest.serviceFile()},
                       {"pass_file"_L1, manifest.passFile()},
                       {"nodes"_L1, nodes}};
}

void printSubscriberLine(const std::optional<LabNode> &subscriber)
{
    if (!subscriber)
        return;
    out() << QCoreApplication::translate("cli", "  %1  subscriber of %2  127.0.0.1:%3  (PGSERVICE=%1 psql -d %4)\n")
                 .arg(subscriber->name, LabLogical::kPublication, QString::number(subscriber->port), LabLogical::kDatabase);
}

void printPoolerLines(const Lab &lab)
{
    for (const LabPooler &pooler : lab.manifest().poolers) {
        out() << QCoreApplication::translate("cli", "  %1  PgBouncer (transaction pooling) to %2  127.0.0.1:%3  (PGSERVICE=%1 psql)\n")
                     .arg(pooler.name, lab.poolerRoute(pooler).value_or(u"?"_s), QString::number(pooler.port));
    }
}

int labPoolerCommand(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.value(1) != u"add")
        return fail(QCoreApplication::translate("cli", "lab pooler takes one command: add [N]."));
    bool ok = true;
    const int count = positional.size() > 2 ? positional.at(2).toInt(&ok) : 1;
    if (!ok || count < 1 || count > 8)
        return fail(QCoreApplication::translate("cli", "lab pooler add takes a number of poolers from 1 to 8."));
    QString error;
    const auto manifest = addLabPoolers(labDir(parser), count, true, printProgress, nullptr, &error);
    if (!manifest)
        return fail(error, ExitProblems);
    const auto lab = Lab::open(manifest->dir, &error);
    if (!lab)
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s)) {
        printJson(manifestToJson(*lab));
        return ExitOk;
    }
    out() << QCoreApplication::translate("cli", "Lab \"%1\" has poolers:\n").arg(manifest->name);
    printPoolerLines(*lab);
    out() << QCoreApplication::translate("cli", "Watch them: pgversectl pooler --lab %1\n").arg(LabFiles::shellQuote(manifest->dir)) << Qt::flush;
    return ExitOk;
}

int labSubscriberCommand(const QCommandLineParser &parser, const QStringList &positional)
{
    if (positional.value(1) != u"add")
        return fail(QCoreApplication::translate("cli", "lab subscriber takes one command: add."));
    QString error;
    const auto manifest = addLabSubscriber(labDir(parser), true, printProgress, nullptr, &error);
    if (!manifest)
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s)) {
        const auto lab = Lab::open(manifest->dir, &error);
        if (!lab)
            return fail(error, ExitProblems);
        printJson(manifestToJson(*lab));
        return ExitOk;
    }
    out() << QCoreApplication::translate("cli", "Lab \"%1\" has a subscriber:\n").arg(manifest->name);
    printSubscriberLine(manifest->subscriber);
    out() << QCoreApplication::translate("cli", "Watch it: pgversectl logical --lab %1\n").arg(LabFiles::shellQuote(manifest->dir)) << Qt::flush;
    return ExitOk;
}

int labUpCommand(const QCommandLineParser &parser)
{
    LabOptions options;
    options.dir = labDir(parser);
    options.name = parser.value(u"name"_s);
    options.binDir = parser.value(u"bindir"_s);
    options.serverUser = parser.value(u"server-user"_s);
    options.patroni = parser.isSet(u"patroni"_s);
    options.subscriber = parser.isSet(u"subscriber"_s);
    bool ok = true;
    if (parser.isSet(u"pgbouncer"_s))
        options.poolers = parser.value(u"pgbouncer"_s).toInt(&ok);
    if (!ok || options.poolers < 0 || options.poolers > 8)
        return fail(QCoreApplication::translate("cli", "--pgbouncer takes a number of poolers from 1 to 8 (default 1)."));
    if (parser.isSet(u"standbys"_s))
        options.standbys = parser.value(u"standbys"_s).toInt(&ok);
    if (!ok)
        return fail(QCoreApplication::translate("cli", "--standbys takes a number from 0 to 9."));
    if (parser.isSet(u"port"_s))
        options.basePort = parser.value(u"port"_s).toInt(&ok);
    if (!ok || options.basePort < 0 || options.basePort > 65535)
        return fail(QCoreApplication::translate("cli", "--port takes a port number (1024-65535)."));

    QString error;
    const auto manifest = labUp(options, printProgress, nullptr, &error);
    if (!manifest)
        return fail(error, ExitProblems);
    const auto lab = Lab::open(manifest->dir, &error);
    if (!lab)
        return fail(error, ExitProblems);
    if (parser.isSet(u"json"_s)) {
        printJson(manifestToJson(*lab));
        return ExitOk;
    }
    out() << QCoreApplication::translate("cli", "Lab \"%1\" is running in %2:\n").arg(manifest->name, manifest->dir);
    for (const LabNode &node : manifest->nodes) {
        if (manifest->isPatroni()) {
            out() << u"  %1  127.0.0.1:%2  Patroni REST %3\n"_s.arg(node.name).arg(node.port).arg(manifest->patroniUrl(node));
            continue;
        }
        out() << u"  %1  %2  127.0.0.1:%3\n"_s.arg(node.name, lab->isStandby(node.name) ? QCoreApplication::translate("cli", "standby") : QCoreApplication::translate("cli", "primary"))
                     .arg(node.port);
    }
    printSubscriberLine(manifest->subscriber);
    printPoolerLines(*lab);
    out() << QCoreApplication::translate("cli", "Use it with psql and pgbench:  eval \"$(pgversectl lab env --dir %1)\"; psql\n"
                "Watch it:                     pgverse --profile %2   or   pgversectl status --lab %1\n")
                 .arg(LabFiles::shellQuote(manifest->dir), LabFiles::shellQuote(manifest->name))
          << Qt::flush;
    return ExitOk;
}

int labStatusCommand(const Lab &lab, bool json)
{
    const Profile profile = lab.manifest().toProfile();
    const TopologySnapshot snapshot = probeOnce(profile.name, profile.endpoints(), profile.probeSettings(), patroniOf(profile));
    if (json) {
        QJsonObject document = topologyToJson(snapshot);
        document.insert("lab"_L1, manifestToJson(lab));
        printJson(document);
    } else {
        out() << QCoreApplication::translate("cli", "Lab %1 in %2 (servers run as %3, binaries in %4)\n")
                     .arg(lab.manifest().name, lab.manifest().dir, lab.serverUser().name(), lab.manifest().binDir);
        for (const LabNode &node : lab.manifest().nodes) {
            const auto pid = lab.runningPid(node.name);
            out() << u"  %1: %2\n"_s.arg(node.name, pid ? QCoreApplication::translate("cli", "server running, pid %1").arg(*pid) : QCoreApplication::translate("cli", "server stopped"));
        }
        if (const auto &subscriber = lab.manifest().subscriber) {
            const auto pid = lab.runningPid(subscriber->name);
            out() << u"  %1 (%2): %3\n"_s.arg(subscriber->name, QCoreApplication::translate("cli", "subscriber"),
                                              pid ? QCoreApplication::translate("cli", "server running, pid %1").arg(*pid) : QCoreApplication::translate("cli", "server stopped"));
        }
        for (const LabPooler &pooler : lab.manifest().poolers) {
            const auto pid = lab.poolerPid(pooler.name);
            out() << u"  %1 (%2): %3\n"_s.arg(pooler.name, QCoreApplication::translate("cli", "PgBouncer"),
                                              pid ? QCoreApplication::translate("cli", "running, pid %1, routing to %2").arg(*pid).arg(lab.poolerRoute(pooler).value_or(u"?"_s))
                                                  : QCoreApplication::translate("cli", "stopped"));
        }
        out() << '\n' << formatStatusTable(snapshot) << Qt::flush;
    }
    return statusExitCode(snapshot);
}

} // namespace

int runLab(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Create and run a local practice cluster on 127.0.0.1.\n\n"
           "Commands:\n"
           "  up       create the lab (or start it when it exists)\n"
           "  status   show its servers and replication\n"
           "  start    start its servers\n"
           "  stop     stop its servers (fast shutdown)\n"
           "  destroy  stop it and delete its folder\n"
           "  env      print export lines so psql and pgbench reach it\n"
           "  subscriber add   add the analytics server subscribing to the primary's orders_pub\n"
           "  pooler add [N]   add N PgBouncers (default 1) in transaction pooling mode, routing to the primary"));
    addHelpOption(parser);
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "up, status, start, stop, destroy, env, subscriber add or pooler add"));
    parser.addOption({u"dir"_s, QCoreApplication::translate("cli", "The lab folder (default: $PGVERSE_LAB, else %1).").arg(AppPaths::defaultLabDir()), u"dir"_s});
    parser.addOption({u"standbys"_s, QCoreApplication::translate("cli", "up: number of standbys (default 2)."), u"n"_s});
    parser.addOption({u"port"_s, QCoreApplication::translate("cli", "up: first port; node N listens on port+N-1 (default: the first free run from 55432)."), u"base"_s});
    parser.addOption({u"name"_s, QCoreApplication::translate("cli", "up: the lab's name, also its profile's name."), u"name"_s});
    parser.addOption({u"bindir"_s, QCoreApplication::translate("cli", "up: folder of the PostgreSQL server programs."), u"dir"_s});
    parser.addOption({u"server-user"_s, QCoreApplication::translate("cli", "up: OS user the servers run as when started by root (default postgres)."), u"user"_s});
    parser.addOption({u"patroni"_s, QCoreApplication::translate("cli", "up: a Patroni lab (one etcd, members managed by Patroni, REST authentication on).")});
    parser.addOption({u"subscriber"_s, QCoreApplication::translate("cli", "up: also the analytics server subscribing to the primary's publication orders_pub "
                                                                         "(database shop, table public.orders; wal_level = logical).")});
    parser.addOption({u"pgbouncer"_s, QCoreApplication::translate("cli", "up: also N PgBouncers in front of the cluster (transaction pooling; "
                                                                        "services pooler1, pooler2…; N defaults to 1)."), u"n"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON.")});
    // "--pgbouncer" alone means one: QCommandLineParser has no options with an optional value.
    QStringList normalised = arguments;
    for (qsizetype i = 0; i < normalised.size(); ++i) {
        if (normalised.at(i) == u"--pgbouncer" && (i + 1 >= normalised.size() || normalised.at(i + 1).isEmpty() || !normalised.at(i + 1).front().isDigit()))
            normalised[i] = u"--pgbouncer=1"_s;
    }
    if (!parser.parse(normalised))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"help"_s) || positional.isEmpty()) {
        out() << commandHelp(parser);
        return positional.isEmpty() && !parser.isSet(u"help"_s) ? int(ExitUsageOrConnect) : int(ExitOk);
    }
    const QString &command = positional.first();
    if (command == u"up")
        return labUpCommand(parser);
    if (command == u"subscriber")
        return labSubscriberCommand(parser, positional);
    if (command == u"pooler")
        return labPoolerCommand(parser, positional);

    const QString dir = labDir(parser);
    if (command == u"destroy") {
        QString error;
        if (!destroyLab(dir, printProgress, &error))
            return fail(error, ExitProblems);
        out() << QCoreApplication::translate("cli", "Lab in %1 destroyed.\n").arg(dir) << Qt::flush;
        return ExitOk;
    }
    QString error;
    const auto lab = Lab::open(dir, &error);
    if (!lab)
        return fail(error);
    if (command == u"status")
        return labStatusCommand(*lab, parser.isSet(u"json"_s));
    if (command == u"env") {
        out() << LabFiles::environmentScript(lab->manifest()) << Qt::flush;
        return ExitOk;
    }
    if (command == u"start" || command == u"stop") {
        const bool ok = command == u"start" ? lab->startAll(printProgress, &error) : lab->stopAll(printProgress, &error);
        if (!ok)
            return fail(error, ExitProblems);
        out() << (command == u"start" ? QCoreApplication::translate("cli", "Lab %1 started.\n") : QCoreApplication::translate("cli", "Lab %1 stopped.\n")).arg(lab->manifest().name) << Qt::flush;
        return ExitOk;
    }
    return fail(QCoreApplication::translate("cli", "Unknown lab command \"%1\"; see pgversectl lab --help.").arg(command));
}

} // namespace pgv::cli
