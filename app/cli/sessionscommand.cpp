// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionscommand.h"

#include "cliio.h"
#include "nodereadcommand.h"
#include "sessionsignalcommand.h"
#include "core/units.h"
#include "sessions/sessionsjson.h"
#include "watchloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QThread>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

QString age(const std::optional<double> &seconds)
{
    return seconds ? formatSeconds(*seconds) : u"-"_s;
}

QString oneLine(const QString &query, int width)
{
    const QString simple = query.simplified();
    return simple.size() > width ? simple.left(width - 1) + u"…"_s : simple;
}

QString sessionsTable(const QList<NodeSessions> &nodes, bool all)
{
    TextTable table({u"NODE"_s, u"PID"_s, u"USER"_s, u"DATABASE"_s, u"STATE"_s, u"WAIT"_s, u"XACT"_s, u"QUERY AGE"_s,
                     u"BLOCKED BY"_s, u"QUERY"_s});
    for (const NodeSessions &node : nodes) {
        for (const SessionInfo &session : node.sessions) {
            if (!isSessionShown(session, node, all))
                continue;
            QStringList blockers;
            for (int pid : session.blockedBy)
                blockers << QString::number(pid);
            const QString wait = session.waitEventType.isEmpty() ? u"-"_s : session.waitEventType + u':' + session.waitEvent;
            table.addRow({node.node, QString::number(session.pid), session.user.isEmpty() ? u"-"_s : session.user,
                          session.database.isEmpty() ? u"-"_s : session.database,
                          session.state.isEmpty() ? session.backendType : session.state, wait, age(session.xactAgeSeconds),
                          age(session.queryAgeSeconds), blockers.isEmpty() ? u"-"_s : blockers.join(u','), oneLine(session.query, 60)});
        }
    }
    return table.toString();
}

/// The sessions over a threshold, each named with what to do, after the table; empty when none is.
QString overThresholds(const QList<NodeSessions> &nodes, const SessionThresholds &thresholds, bool all)
{
    QString text;
    for (const NodeSessions &node : nodes) {
        for (const SessionInfo &session : node.sessions) {
            if (!isSessionShown(session, node, all))
                continue;
            const QString who = QCoreApplication::translate("cli", "%1 pid %2 (%3@%4%5)")
                                    .arg(node.node, QString::number(session.pid), session.user, session.database,
                                         session.application.isEmpty() ? QString() : u", "_s + session.application);
            if (thresholds.isIdleInTransactionTooLong(session))
                text += QCoreApplication::translate("cli", "! %1: idle in transaction for %2 — it holds its locks and the xmin horizon while doing nothing\n")
                            .arg(who, age(session.stateAgeSeconds));
            else if (thresholds.isLongTransaction(session))
                text += QCoreApplication::translate("cli", "! %1: transaction open for %2 — it holds locks and keeps VACUUM from removing dead rows\n")
                            .arg(who, age(session.xactAgeSeconds));
        }
    }
    return text;
}

void printBlocked(QString &text, const NodeSessions &node, const QList<BlockedSession> &blocked, int depth)
{
    for (const BlockedSession &entry : blocked) {
        const SessionInfo *session = node.session(entry.pid);
        text += QString(depth * 2, u' ') + u"└ "_s
                + QCoreApplication::translate("cli", "%1 waits %2 for %3").arg(entry.pid)
                      .arg(entry.lock && entry.lock->waitingSeconds ? formatSeconds(*entry.lock->waitingSeconds) : u"?"_s,
                           entry.lock ? entry.lock->describe() : QCoreApplication::translate("cli", "a lock"))
                + (session ? u": "_s + oneLine(session->query, 50) : QString()) + u'\n';
        printBlocked(text, node, entry.blocked, depth + 1);
    }
}

QString locksText(const QList<NodeSessions> &nodes)
{
    QString text;
    for (const NodeSessions &node : nodes) {
        if (!node.error.isEmpty())
            continue;
        const BlockingTree tree = buildBlockingTree(node);
        if (tree.roots.isEmpty()) {
            text += QCoreApplication::translate("cli", "%1: no session waits for a lock\n").arg(node.node);
            continue;
        }
        for (const BlockingRoot &root : tree.roots) {
            const SessionInfo *session = node.session(root.pid);
            QString who = root.pid == 0 ? QCoreApplication::translate("cli", "prepared transaction %1")
                                              .arg(root.prepared ? root.prepared->gid : QCoreApplication::translate("cli", "(one of several)"))
                                        : QCoreApplication::translate("cli", "pid %1").arg(root.pid);
            if (session)
                who += u" ("_s + session->user + u", "_s + session->state + u", "_s
                       + QCoreApplication::translate("cli", "transaction open %1").arg(age(session->xactAgeSeconds)) + u')';
            text += QCoreApplication::translate("cli", "%1: %2 blocks %n session(s)%3", nullptr, root.blockedCount)
                        .arg(node.node, who, root.inCycle ? QCoreApplication::translate("cli", " — a deadlock not yet broken") : QString())
                    + (session ? u": "_s + oneLine(session->query, 60) : QString()) + u'\n';
            printBlocked(text, node, root.blocked, 1);
        }
    }
    return text;
}

} // namespace

int runSessions(const QStringList &arguments)
{
    if (const QString operation = arguments.value(1); operation == u"cancel" || operation == u"terminate") {
        QStringList rest = arguments;
        rest.removeAt(1);
        setCommandName(u"sessions "_s + operation);
        return runSessionSignal(operation == u"cancel" ? SessionSignal::Kind::Cancel : SessionSignal::Kind::Terminate, rest);
    }
    NodeReadCommand command;
    command.parser.addOption({u"all"_s, QCoreApplication::translate("cli", "Also idle sessions and background processes.")});
    command.parser.addOption({u"watch"_s, QCoreApplication::translate("cli", "Keep printing until interrupted (Ctrl+C).")});
    command.parser.addOption({u"interval"_s, QCoreApplication::translate("cli", "With --watch: milliseconds between reads (default 2000)."), u"ms"_s});
    command.parser.addOption({u"long-transaction"_s,
                              QCoreApplication::translate("cli", "Mark transactions open longer than <seconds> (default 300)."), u"seconds"_s});
    command.parser.addOption({u"idle-in-transaction"_s,
                              QCoreApplication::translate("cli", "Mark sessions idle in transaction longer than <seconds> (default 60)."), u"seconds"_s});
    if (const auto exit = command.parse(arguments, QCoreApplication::translate("cli", "Show the sessions of every node (pg_stat_activity): state, waits, ages, "
                                                                         "the xmin they hold and who blocks them. Idle sessions are left out "
                                                                         "unless --all.")))
        return *exit;
    const bool json = command.json();
    const bool all = command.parser.isSet(u"all"_s);
    const bool watch = command.parser.isSet(u"watch"_s);
    const int intervalMs = std::max(200, command.parser.isSet(u"interval"_s) ? command.parser.value(u"interval"_s).toInt() : 2000);
    SessionThresholds thresholds;
    for (const auto &[option, threshold] : {std::pair{u"long-transaction"_s, &thresholds.longTransactionS},
                                            std::pair{u"idle-in-transaction"_s, &thresholds.idleInTransactionS}}) {
        if (!command.parser.isSet(option))
            continue;
        bool numeric = false;
        *threshold = command.parser.value(option).toDouble(&numeric);
        if (!numeric || !std::isfinite(*threshold) || *threshold < 0)
            return fail(QCoreApplication::translate("cli", "--%1 takes a number of seconds, not \"%2\".").arg(option, command.parser.value(option)));
    }
    if (watch) {
        stopOnInterrupt();
    }
    int code = ExitUsageOrConnect;
    do {
        const QList<NodeSessions> nodes = command.readAll<NodeSessions>([](const NodeEndpoint &endpoint) { return fetchSessions(endpoint); });
        printReadErrors(nodes);
        if (json) {
            printJson(sessionsToJson(nodes, all, thresholds), watch);
        } else {
            clearScreenIf(watch && isTerminal());
            const QString flagged = overThresholds(nodes, thresholds, all);
            out() << sessionsTable(nodes, all) << (flagged.isEmpty() ? QString() : u"\n"_s + flagged) << Qt::flush;
        }
        code = anyRead(nodes) ? int(ExitOk) : int(ExitUsageOrConnect);
        for (int waited = 0; watch && waited < intervalMs && !interrupted(); waited += 50)
            QThread::msleep(50);
    } while (watch && !interrupted());
    return code;
}

int runLocks(const QStringList &arguments)
{
    NodeReadCommand command;
    command.parser.addOption({u"threshold"_s,
                              QCoreApplication::translate("cli", "Exit code 1 when a session has waited for a lock longer than <seconds> "
                                                                 "(default 5)."),
                              u"seconds"_s, u"5"_s});
    if (const auto exit = command.parse(arguments, QCoreApplication::translate("cli", "Show who blocks whom on every node, as a tree: root blockers first (the "
                                                                         "ones whose end would unblock the most sessions), each with the sessions "
                                                                         "waiting for it and the lock each waits for.")))
        return *exit;
    bool numeric = false;
    const double threshold = command.parser.value(u"threshold"_s).toDouble(&numeric);
    if (!numeric || !std::isfinite(threshold) || threshold < 0)
        return fail(QCoreApplication::translate("cli", "--threshold takes a number of seconds, not \"%1\".").arg(command.parser.value(u"threshold"_s)));
    const QList<NodeSessions> nodes = command.readAll<NodeSessions>([](const NodeEndpoint &endpoint) { return fetchSessions(endpoint); });
    printReadErrors(nodes);
    if (command.json())
        printJson(blockingTreesToJson(nodes));
    else
        out() << locksText(nodes) << Qt::flush;
    if (!anyRead(nodes))
        return ExitUsageOrConnect;
    return longestLockWait(nodes) > threshold ? int(ExitProblems) : int(ExitOk);
}

} // namespace pgv::cli
