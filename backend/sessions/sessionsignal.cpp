// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsignal.h"
#include "core/sqladvice.h"

#include "core/units.h"
#include "pg/pgsession.h"
#include "sessions/blockingtree.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ConnectTimeoutMs = 5'000;
constexpr int StatementTimeoutMs = 10'000;
/// pg_terminate_backend(pid, timeout) waits this long for the backend to be gone (PostgreSQL 14 and newer).
constexpr int TerminateWaitMs = 5'000;

QString oneLine(const QString &query, int width)
{
    const QString simple = query.simplified();
    return simple.size() > width ? simple.left(width - 1) + u"…"_s : simple;
}

} // namespace

bool SessionSelection::matches(const SessionInfo &session) const
{
    if (!state.isEmpty() && session.state != state)
        return false;
    if (!user.isEmpty() && session.user != user)
        return false;
    if (!database.isEmpty() && session.database != database)
        return false;
    if (!application.isEmpty() && session.application != application)
        return false;
    if (minStateAgeSeconds && session.stateAgeSeconds.value_or(-1) < *minStateAgeSeconds)
        return false;
    return true;
}

SessionSignal::SessionSignal(Kind kind, NodeEndpoint node, SessionSelection selection)
    : m_kind(kind)
    , m_node(std::move(node))
    , m_selection(std::move(selection))
{
}

QString SessionSignal::title() const
{
    return m_kind == Kind::Cancel ? tr("Cancel queries on %1").arg(m_node.name) : tr("Terminate sessions on %1").arg(m_node.name);
}

QVariantMap SessionSignal::parameters() const
{
    QVariantList pids;
    for (const SessionInfo &target : m_targets)
        pids << target.pid;
    QVariantMap parameters{{u"node"_s, m_node.name}, {u"pids"_s, pids}, {u"root_blocker"_s, m_selection.rootBlocker}};
    if (!m_selection.state.isEmpty())
        parameters.insert(u"state"_s, m_selection.state);
    if (!m_selection.user.isEmpty())
        parameters.insert(u"user"_s, m_selection.user);
    if (!m_selection.database.isEmpty())
        parameters.insert(u"database"_s, m_selection.database);
    if (!m_selection.application.isEmpty())
        parameters.insert(u"application"_s, m_selection.application);
    if (m_selection.minStateAgeSeconds)
        parameters.insert(u"min_age_s"_s, *m_selection.minStateAgeSeconds);
    return parameters;
}

QString SessionSignal::protectedBecause(const SessionInfo &session)
{
    if (session.backendType == u"walsender")
        return tr("it is a walsender: ending it disconnects a standby or a logical subscriber");
    if (session.backendType == u"startup")
        return tr("it is the startup process, which replays WAL");
    if (session.backendType == u"autovacuum worker" && session.query.contains(u"(to prevent wraparound)"))
        return tr("it is an autovacuum preventing transaction-ID wraparound, which would only start again");
    if (session.backendType != u"client backend" && session.backendType != u"autovacuum worker")
        return tr("it is a background process (%1), not a session").arg(session.backendType.isEmpty() ? tr("unknown") : session.backendType);
    if (session.application.startsWith(u"pgverse"))
        return tr("it is a PostgresVerse connection (%1): a monitor or a running action").arg(session.application);
    return {};
}

QString SessionSignal::describe(const SessionInfo &session)
{
    QStringList about;
    if (!session.application.isEmpty())
        about << session.application;
    about << session.user + u'@' + session.database;
    // No ages: the plan is compared with the one confirmed before it runs, and an age differs every time it is read.
    if (!session.state.isEmpty())
        about << session.state;
    return tr("pid %1 (%2)").arg(session.pid).arg(about.join(u", "_s)) + (session.query.isEmpty() ? QString() : u": "_s + oneLine(session.query, 80));
}

QList<ActionCheck> SessionSignal::preflight()
{
    m_targets.clear();
    QList<ActionCheck> checks;
    const NodeSessions sessions = fetchSessions(m_node);
    if (!sessions.error.isEmpty()) {
        checks << ActionCheck{tr("Sessions of %1 read").arg(m_node.name), CheckStatus::Fail, sessions.error};
        return checks;
    }
    checks << ActionCheck{tr("Sessions of %1 read").arg(m_node.name), CheckStatus::Pass, tr("%1 sessions and processes").arg(sessions.sessions.size())};

    QList<const SessionInfo *> chosen;
    if (m_selection.rootBlocker) {
        const BlockingTree tree = buildBlockingTree(sessions);
        if (tree.roots.isEmpty()) {
            checks << ActionCheck{tr("Root blocker"), CheckStatus::Fail, tr("No session on %1 waits for a lock: there is no blocker to end.").arg(m_node.name)};
            return checks;
        }
        const BlockingRoot &root = tree.roots.first();
        if (root.pid == 0) {
            const QString gid = root.prepared ? root.prepared->gid : tr("(one of several)");
            checks << ActionCheck{tr("Root blocker"), CheckStatus::Fail,
                                  tr("The root blocker is the prepared transaction %1, which no signal ends: COMMIT PREPARED or ROLLBACK "
                                     "PREPARED %2 on %3 does, once you know which it should be.").arg(gid, SqlAdvice::literal(gid), m_node.name)};
            return checks;
        }
        chosen << sessions.session(root.pid);
        checks << ActionCheck{tr("Root blocker"), CheckStatus::Pass,
                              tr("pid %1 blocks %2 session(s)%3").arg(root.pid).arg(root.blockedCount)
                                  .arg(root.inCycle ? tr(", in a deadlock not yet broken") : QString())};
    } else if (!m_selection.pids.isEmpty()) {
        QStringList missing;
        for (int pid : m_selection.pids) {
            if (const SessionInfo *session = sessions.session(pid))
                chosen << session;
            else
                missing << QString::number(pid);
        }
        if (!missing.isEmpty()) {
            checks << ActionCheck{tr("Sessions exist"), CheckStatus::Fail,
                                  tr("No session on %1 has pid %2: it ended, or it runs on another node.").arg(m_node.name, missing.join(u", "_s))};
            return checks;
        }
    } else {
        for (const SessionInfo &session : sessions.sessions) {
            if (m_selection.matches(session))
                chosen << &session;
        }
    }

    QStringList refused, leftOut;
    for (const SessionInfo *session : std::as_const(chosen)) {
        const QString why = protectedBecause(*session);
        const bool nothingToCancel = m_kind == Kind::Cancel && session->state != u"active";
        if (why.isEmpty() && !nothingToCancel) {
            m_targets << *session;
            continue;
        }
        const QString reason = why.isEmpty() ? tr("it runs no query (%1): nothing to cancel").arg(session->state.isEmpty() ? tr("no state") : session->state) : why;
        // A group leaves such sessions out; a session named on its own is refused, saying why.
        (m_selection.isGroup() ? leftOut : refused) << tr("pid %1: %2").arg(session->pid).arg(reason);
    }
    if (!refused.isEmpty())
        checks << ActionCheck{tr("Sessions may be signalled"), CheckStatus::Fail, refused.join(u"; "_s)};
    else if (m_targets.isEmpty())
        checks << ActionCheck{tr("Sessions matched"), CheckStatus::Fail,
                              leftOut.isEmpty() ? tr("No session on %1 matches the filters.").arg(m_node.name)
                                                : tr("No session on %1 may be signalled: %2").arg(m_node.name, leftOut.join(u"; "_s))};
    else
        checks << ActionCheck{tr("Sessions affected"), leftOut.isEmpty() ? CheckStatus::Pass : CheckStatus::Warn,
                              tr("%1 session(s)").arg(m_targets.size())
                                  + (leftOut.isEmpty() ? QString() : tr("; left out: %1").arg(leftOut.join(u"; "_s)))};
    for (const SessionInfo &target : std::as_const(m_targets)) {
        if (target.xactAgeSeconds && m_kind == Kind::Terminate)
            checks << ActionCheck{tr("pid %1's transaction").arg(target.pid), CheckStatus::Warn,
                                  tr("open for %1: its uncommitted changes are rolled back").arg(formatSeconds(*target.xactAgeSeconds))};
    }
    return checks;
}

QList<ActionStep> SessionSignal::plan() const
{
    QList<ActionStep> steps;
    for (const SessionInfo &target : m_targets) {
        const QString call = m_kind == Kind::Cancel ? u"pg_cancel_backend(%1)"_s.arg(target.pid)
                                                    : u"pg_terminate_backend(%1, %2)"_s.arg(target.pid).arg(TerminateWaitMs);
        steps << ActionStep{call, describe(target), false};
    }
    steps << ActionStep{tr("Read the sessions again"), tr("who still waits for whom on %1").arg(m_node.name), false};
    return steps;
}

ActionOutcome SessionSignal::execute(ActionContext &context)
{
    m_signalled.clear();
    ProbeSettings deadlines;
    deadlines.connectTimeoutMs = ConnectTimeoutMs;
    deadlines.queryTimeoutMs = StatementTimeoutMs + TerminateWaitMs;
    PgSession session;
    PgError error;
    if (!session.open(NodeProber::monitoringConnInfo(m_node.connInfo, deadlines), m_node.password, QDeadlineTimer(ConnectTimeoutMs), &error))
        return {ActionOutcome::Result::Failed, tr("Could not connect to %1: %2").arg(m_node.name, error.message), tr("Nothing was signalled.")};

    int failed = 0;
    for (int i = 0; i < m_targets.size(); ++i) {
        if (context.cancelRequested())
            return {ActionOutcome::Result::Cancelled, tr("Cancelled after %1 of %2 session(s).").arg(i).arg(m_targets.size()),
                    tr("The sessions not yet signalled run on.")};
        const SessionInfo &target = m_targets[i];
        context.startStep(i);
        const QString call = m_kind == Kind::Cancel ? u"pg_cancel_backend(pid)"_s : u"pg_terminate_backend(pid, %1)"_s.arg(TerminateWaitMs);
        // Only while the pid is still the backend the checks saw: a pid a new connection reuses is left alone.
        const auto rows = session.exec(u"SELECT %1 FROM pg_stat_activity WHERE pid = %2 AND backend_start = %3::timestamptz"_s
                                           .arg(call).arg(target.pid).arg(session.quoteLiteral(target.backendStart)),
                                       QDeadlineTimer(StatementTimeoutMs + TerminateWaitMs), &error);
        if (!rows) {
            ++failed;
            context.finishStep(i, StepStatus::Failed, error.message);
            if (!session.isOpen())
                return {ActionOutcome::Result::Failed, tr("The connection to %1 was lost: %2").arg(m_node.name, error.message),
                        tr("%1 of %2 session(s) signalled.").arg(m_signalled.size()).arg(m_targets.size())};
            continue;
        }
        const auto answer = rows->scalar();
        if (!answer) {
            context.finishStep(i, StepStatus::Done, tr("already gone"));
        } else if (*answer == u"t") {
            m_signalled << target.pid;
            context.finishStep(i, StepStatus::Done, m_kind == Kind::Cancel ? tr("cancel requested") : tr("ended"));
        } else {
            ++failed;
            context.finishStep(i, StepStatus::Failed,
                               m_kind == Kind::Cancel ? tr("the server refused the signal (see its log)")
                                                      : tr("still there after %1 s (see the server's log)").arg(TerminateWaitMs / 1000));
        }
    }

    const int readStep = int(m_targets.size());
    context.startStep(readStep);
    const NodeSessions after = fetchSessions(m_node);
    if (after.error.isEmpty()) {
        const BlockingTree tree = buildBlockingTree(after);
        context.log(tree.roots.isEmpty() ? tr("%1: no session waits for a lock now").arg(m_node.name)
                                         : tr("%1: %2 session(s) still wait; the root blocker now is pid %3").arg(m_node.name).arg(tree.waitingCount).arg(tree.roots.first().pid));
        context.finishStep(readStep, StepStatus::Done, tr("%1 waiting").arg(tree.waitingCount));
    } else {
        context.finishStep(readStep, StepStatus::Failed, after.error);
    }
    if (failed > 0)
        return {ActionOutcome::Result::Failed, tr("%1 of %2 session(s) could not be signalled.").arg(failed).arg(m_targets.size()),
                tr("The others were; the step notes say which.")};
    return {ActionOutcome::Result::Succeeded,
            m_kind == Kind::Cancel ? tr("Cancelled the queries of %1 session(s) on %2.").arg(m_targets.size()).arg(m_node.name)
                                   : tr("Terminated %1 session(s) on %2.").arg(m_targets.size()).arg(m_node.name),
            {}};
}

QList<ActionCheck> SessionSignal::verify()
{
    const NodeSessions after = fetchSessions(m_node);
    if (!after.error.isEmpty())
        return {ActionCheck{tr("Sessions read again"), CheckStatus::Warn, after.error}};
    QList<ActionCheck> checks;
    for (const SessionInfo &target : std::as_const(m_targets)) {
        const SessionInfo *now = after.session(target.pid);
        const bool same = now && now->backendStart == target.backendStart;
        if (m_kind == Kind::Terminate) {
            checks << ActionCheck{tr("pid %1 ended").arg(target.pid), same ? CheckStatus::Fail : CheckStatus::Pass,
                                  same ? tr("it is still connected") : tr("gone")};
        } else {
            // A cancelled query ends; the session stays. Still running the same query means the cancel has not landed.
            const bool stillRunning = same && now->state == u"active" && now->queryAgeSeconds.value_or(0) >= target.queryAgeSeconds.value_or(0);
            checks << ActionCheck{tr("pid %1's query cancelled").arg(target.pid), stillRunning ? CheckStatus::Warn : CheckStatus::Pass,
                                  stillRunning ? tr("it still runs the same query: it may be in a step that does not check for cancels")
                                               : (same ? tr("the session is %1").arg(now->state) : tr("the session ended"))};
        }
    }
    return checks;
}

} // namespace pgv
