// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsignalcommand.h"

#include "actioncommand.h"
#include "cliio.h"
#include "nodereadcommand.h"
#include "profiles/profilestore.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pgv::cli", text);
}

} // namespace

int runSessionSignal(SessionSignal::Kind kind, const QStringList &arguments)
{
    const bool cancel = kind == SessionSignal::Kind::Cancel;
    NodeReadCommand command;
    QCommandLineParser &parser = command.parser;
    parser.addPositionalArgument(u"pid"_s, tr("The sessions' process IDs (from pgversectl sessions)."), u"[pid…]"_s);
    if (!cancel)
        parser.addOption({u"root-blocker"_s, tr("The root blocker of the largest blocking tree: the session whose end unblocks the most.")});
    parser.addOption({u"state"_s, tr("A group: sessions in this state (active, idle in transaction, …)."), u"state"_s});
    parser.addOption({u"user"_s, tr("A group: sessions of this user."), u"user"_s});
    parser.addOption({u"database"_s, tr("A group: sessions on this database."), u"database"_s});
    parser.addOption({u"application"_s, tr("A group: sessions with this application_name."), u"name"_s});
    parser.addOption({u"min-age"_s, tr("A group: sessions in their state for at least <seconds>."), u"seconds"_s});
    parser.addOption({u"dry-run"_s, tr("Run the checks and print the plan; change nothing.")});
    parser.addOption({u"yes"_s, tr("Do not ask for the cluster's name to confirm (groups ask for it).")});
    if (const auto exit = command.parse(arguments, cancel ? tr("Cancel the running query of sessions on one node (pg_cancel_backend): the sessions stay "
                                                               "connected. Checked and audited; walsenders, background processes and "
                                                               "PostgresVerse's own connections are refused.")
                                                          : tr("Terminate sessions on one node (pg_terminate_backend): their open transactions roll "
                                                               "back. Checked and audited; walsenders, the startup process, background "
                                                               "processes, autovacuum preventing wraparound and PostgresVerse's own "
                                                               "connections are refused; a group asks for the cluster's name.")))
        return *exit;
    if (!parser.isSet(u"node"_s) && command.endpoints.size() != 1)
        return fail(tr("Name the node the sessions are on: --node NAME."));

    SessionSelection selection;
    for (const QString &text : parser.positionalArguments()) {
        bool numeric = false;
        const int pid = text.toInt(&numeric);
        if (!numeric || pid <= 0)
            return fail(tr("\"%1\" is not a process ID.").arg(text));
        selection.pids << pid;
    }
    selection.rootBlocker = !cancel && parser.isSet(u"root-blocker"_s);
    selection.state = parser.value(u"state"_s);
    selection.user = parser.value(u"user"_s);
    selection.database = parser.value(u"database"_s);
    selection.application = parser.value(u"application"_s);
    if (parser.isSet(u"min-age"_s)) {
        bool numeric = false;
        selection.minStateAgeSeconds = parser.value(u"min-age"_s).toDouble(&numeric);
        // "nan" reads as a number and compares false with every age: it would let every session of the group through.
        if (!numeric || !std::isfinite(*selection.minStateAgeSeconds) || *selection.minStateAgeSeconds < 0)
            return fail(tr("--min-age takes a number of seconds, not \"%1\".").arg(parser.value(u"min-age"_s)));
    }
    const bool filtered = !selection.state.isEmpty() || !selection.user.isEmpty() || !selection.database.isEmpty()
                          || !selection.application.isEmpty() || selection.minStateAgeSeconds;
    const int ways = int(!selection.pids.isEmpty()) + int(selection.rootBlocker) + int(filtered);
    if (ways != 1)
        return fail(cancel ? tr("Say which sessions: PIDs, or a group by --state, --user, --database, --application and --min-age.")
                           : tr("Say which sessions: PIDs, --root-blocker, or a group by --state, --user, --database, --application and --min-age."));

    // Read-only belongs to the cluster, however it is reached: a saved profile of that name that says so wins.
    bool readOnly = command.profile.readOnly;
    if (const auto stored = ProfileStore().find(command.profile.name); stored && stored->readOnly)
        readOnly = true;
    SessionSignal action(kind, command.endpoints.first(), selection);
    return executeAction(action, ActionPolicy{command.profile.name, readOnly},
                         {command.json(), parser.isSet(u"dry-run"_s), parser.isSet(u"yes"_s)});
}

} // namespace pgv::cli
