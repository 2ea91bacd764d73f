// SPDX-License-Identifier: GPL-3.0-or-later
// pgversectl: the command-line twin of pgverse, for on-call use and scripts.
#include "actioncommand.h"
#include "auditcommand.h"
#include "backupcommand.h"
#include "cliio.h"
#include "explaincommand.h"
#include "labcommand.h"
#include "lagcommand.h"
#include "profilecommand.h"
#include "rlscommand.h"
#include "routecommand.h"
#include "logicalcommand.h"
#include "poolercommand.h"
#include "sessionscommand.h"
#include "vacuumcommand.h"
#include "silencecommand.h"
#include "statuscommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QThreadPool>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

QString usage()
{
    return QCoreApplication::translate("cli",
                                       "Usage: pgversectl COMMAND [options]   (pgversectl COMMAND --help for details)\n\n"
                                       "Commands:\n"
                                       "  status    replication topology and problems of a cluster (--json, --watch)\n"
                                       "  lag       replication lag of every standby and slot (--json, --watch)\n"
                                       "  alerts    alerts firing now; exit code 1 when any fire (--json, --watch, --notify CMD)\n"
                                       "  silence   silence alerts for a while, with a reason (add|list|end)\n"
                                       "  route     send alerts to commands and webhooks (add|list|remove|test|log)\n"
                                       "  switchover  move the primary role to a standby, losing nothing (--dry-run, --yes, --json)\n"
                                       "  failover  promote a standby after the primary failed; fence the old primary (--rejoin)\n"
                                       "  rejoin    bring a former primary back as a standby\n"
                                       "  recover   after an interrupted action: one primary, every other node following it\n"
                                       "  patroni   restart|reinit MEMBER, pause|resume automatic failover (Patroni clusters)\n"
                                       "  node      pause-replay|resume-replay|reload|restart|stop|start NODE of a lab\n"
                                       "  backup    run|list|verify|restore backups of a lab (pgBackRest or pg_basebackup, PITR)\n"
                                       "  lab       create, start, stop and destroy a local practice cluster\n"
                                       "  profile   manage saved cluster profiles\n"
                                       "  explain   summary of an EXPLAIN plan from a file or stdin: hotspots, warnings (--json)\n"
                                       "  rls       row-level security: show policies, lint them, test what a role sees (show|lint|test)\n"
                                       "  audit     verify the audit log: no entry edited, inserted or removed (verify [--json])\n"
                                       "  sessions  sessions of every node: state, waits, ages, who blocks them (--json, --watch);\n"
                                       "            sessions cancel|terminate PID…|--root-blocker|filters --node NAME\n"
                                       "  locks     who blocks whom, as a tree; exit code 1 when a wait is over --threshold (--json)\n"
                                       "  vacuum    what holds the xmin horizon back, dead tuples, transaction-ID age, vacuums running (--json)\n"
                                       "  logical   logical replication: publications, subscriptions with lag and state, slots (--json, --watch);\n"
                                       "            logical enable|disable|refresh SUBSCRIPTION\n"
                                       "  pooler    PgBouncers: routing, pools, waits and problems (--json, --watch);\n"
                                       "            pooler pause|resume|reconnect|reload|kill [NAME] [--database DB]\n"
                                       "  version   print the version\n\n"
                                       "Exit codes: 0 ok, 1 problems found or action refused, 2 usage error, nothing reachable or a\n"
                                       "plan that cannot be read, 3 an action failed during execution (the message says what state\n"
                                       "the cluster is in).\n");
}

/// Runs the command named on the command line; returns its exit code.
int runCommand()
{
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    // Each command parses its own options; it sees "pgversectl COMMAND …" as its command line.
    arguments.removeAt(1);
    using namespace pgv::cli;
    setCommandName(command);
    if (command == u"status")
        return runStatus(arguments);
    if (command == u"lab")
        return runLab(arguments);
    if (command == u"lag")
        return runLag(arguments);
    if (command == u"alerts")
        return runAlerts(arguments);
    if (command == u"silence")
        return runSilence(arguments);
    if (command == u"route")
        return runRoute(arguments);
    if (command == u"profile")
        return runProfile(arguments);
    if (command == u"switchover" || command == u"failover" || command == u"rejoin" || command == u"recover" || command == u"patroni" || command == u"node")
        return runAction(command, arguments);
    if (command == u"explain")
        return runExplain(arguments);
    if (command == u"backup")
        return runBackup(arguments);
    if (command == u"rls")
        return runRls(arguments);
    if (command == u"audit")
        return runAudit(arguments);
    if (command == u"sessions")
        return runSessions(arguments);
    if (command == u"locks")
        return runLocks(arguments);
    if (command == u"vacuum")
        return runVacuum(arguments);
    if (command == u"logical")
        return runLogical(arguments);
    if (command == u"pooler")
        return runPooler(arguments);
    if (command == u"version" || command == u"--version") {
        out() << "pgversectl " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (command == u"help" || command == u"--help" || command == u"-h") {
        out() << usage() << Qt::flush;
        return ExitOk;
    }
    err() << (command.isEmpty() ? QString() : QCoreApplication::translate("cli", "Unknown command \"%1\".\n").arg(command)) << usage()
          << Qt::flush;
    return ExitUsageOrConnect;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"PostgresVerse"_s);
    QCoreApplication::setApplicationName(u"pgversectl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PGV_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), u"pgverse"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    const int code = runCommand();
    // Joins the thread pool's threads now, while the libraries they used are still loaded: left to the exit
    // handlers, a pool thread ending after OpenSSL's own atexit cleanup crashed in libcrypto's thread-local
    // destructor (a segfault on exit, seen once in a few dozen `lab status` runs).
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
