// SPDX-License-Identifier: GPL-3.0-or-later
#include "labnodeoperation.h"

#include "labnodeops.h"
#include "lab/labprocess.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

QString LabNodeOperation::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PauseReplay:
        return u"pause-replay"_s;
    case Kind::ResumeReplay:
        return u"resume-replay"_s;
    case Kind::Reload:
        return u"reload"_s;
    case Kind::Restart:
        return u"restart"_s;
    case Kind::Stop:
        return u"stop"_s;
    case Kind::Start:
        return u"start"_s;
    }
    return {};
}

QList<LabNodeOperation::Kind> LabNodeOperation::allKinds()
{
    return {Kind::PauseReplay, Kind::ResumeReplay, Kind::Reload, Kind::Restart, Kind::Stop, Kind::Start};
}

std::optional<LabNodeOperation::Kind> LabNodeOperation::kindFromName(const QString &name)
{
    for (Kind kind : allKinds()) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

LabNodeOperation::LabNodeOperation(Lab lab, Kind kind, QString node, int timeoutMs)
    : m_lab(std::move(lab))
    , m_kind(kind)
    , m_node(std::move(node))
    , m_timeoutMs(timeoutMs)
{
}

QString LabNodeOperation::title() const
{
    const QString cluster = m_lab.manifest().name;
    switch (m_kind) {
    case Kind::PauseReplay:
        return tr("Pause replay on %1 of %2").arg(m_node, cluster);
    case Kind::ResumeReplay:
        return tr("Resume replay on %1 of %2").arg(m_node, cluster);
    case Kind::Reload:
        return tr("Reload the configuration of %1 of %2").arg(m_node, cluster);
    case Kind::Restart:
        return tr("Restart %1 of %2").arg(m_node, cluster);
    case Kind::Stop:
        return tr("Stop %1 of %2").arg(m_node, cluster);
    case Kind::Start:
        return tr("Start %1 of %2").arg(m_node, cluster);
    }
    return {};
}

QVariantMap LabNodeOperation::parameters() const
{
    return {{u"driver"_s, u"lab"_s}, {u"node"_s, m_node}, {u"operation"_s, kindName(m_kind)}};
}

QString LabNodeOperation::replayPauseState(QString *error) const
{
    LabNodeOps ops(m_lab);
    PgSession session;
    if (!ops.connect(m_node, session, error))
        return {};
    return LabNodeOps::value(session, u"SELECT pg_get_wal_replay_pause_state()"_s, error).value_or(QString());
}

QList<ActionCheck> LabNodeOperation::preflight()
{
    QList<ActionCheck> checks;
    if (!m_lab.manifest().node(m_node)) {
        checks << failed(tr("Node is part of the lab"), tr("the lab has no node \"%1\"").arg(m_node));
        return checks;
    }
    const TopologySnapshot snapshot = probeLabNode(m_lab, m_node);
    const TopologyNode *node = snapshot.node(m_node);
    const bool up = node && node->isUp();
    m_isStandby = node && node->role == NodeRole::Standby;
    m_state = node ? node->state : QString();
    if (m_kind == Kind::Start) {
        if (m_lab.isFenced(m_node))
            checks << failed(tr("%1 may start").arg(m_node),
                             tr("%1 is fenced: it was the primary before a failover and would start as a second primary. Rejoin it "
                                "instead (Rejoin %1 as a standby…, or pgversectl rejoin %1).").arg(m_node));
        else if (up || m_lab.runningPid(m_node))
            checks << failed(tr("%1 is stopped").arg(m_node), tr("%1 is already running (%2)").arg(m_node, m_state));
        else
            checks << passed(tr("%1 is stopped").arg(m_node), tr("its data folder is there and it is not fenced"));
        return checks;
    }
    if (!up) {
        // The topology's own account of it ("does not answer: the server may be hung…", "is unreachable: …").
        QString why = node && !node->state.isEmpty() ? tr("%1 is %2").arg(m_node, node->state) : tr("%1 does not answer").arg(m_node);
        for (const Problem &problem : snapshot.problems) {
            if (problem.node == m_node && problem.kind == ProblemKind::NodeDown) {
                why = problem.message;
                break;
            }
        }
        if (node && node->state == u"timeout")
            why += u' ' + tr("Nothing is sent to a server that does not answer: look at its log (%1); if it is hung, "
                             "pg_ctl stop -m immediate ends it, and pgversectl node start %2 starts it again.")
                              .arg(m_lab.manifest().logFile(m_node), m_node);
        checks << failed(tr("%1 is running").arg(m_node), why);
        return checks;
    }
    checks << passed(tr("%1 is running").arg(m_node), tr("as %1, %2").arg(m_isStandby ? tr("standby") : tr("primary"), m_state));
    switch (m_kind) {
    case Kind::PauseReplay:
    case Kind::ResumeReplay: {
        if (!m_isStandby) {
            checks << failed(tr("%1 is a standby").arg(m_node), tr("only a standby replays WAL; %1 is the primary").arg(m_node));
            break;
        }
        const bool paused = node->replayPaused;
        if (m_kind == Kind::PauseReplay && paused)
            checks << failed(tr("Replay runs on %1").arg(m_node), tr("replay is paused already"));
        else if (m_kind == Kind::ResumeReplay && !paused)
            checks << failed(tr("Replay is paused on %1").arg(m_node), tr("replay is not paused"));
        else if (m_kind == Kind::PauseReplay)
            checks << passed(tr("Replay runs on %1").arg(m_node), tr("while paused, %1 keeps receiving WAL but its data ages: "
                                                                      "reads there see older data and its replay lag grows").arg(m_node));
        else
            checks << passed(tr("Replay is paused on %1").arg(m_node), tr("it catches up with what it received meanwhile"));
        break;
    }
    case Kind::Stop:
    case Kind::Restart: {
        if (m_isStandby) {
            checks << passed(tr("Effect on the cluster"), tr("%1's sessions end; the primary keeps running and its slot for %1 retains WAL "
                                                             "until it is back").arg(m_node));
        } else {
            QStringList followers;
            for (const TopologyNode &other : snapshot.nodes) {
                if (other.upstream == m_node)
                    followers << other.name;
            }
            checks << warned(tr("Effect on the cluster"),
                             m_kind == Kind::Stop
                                 ? tr("%1 is the primary: writes fail until it is started again; nothing is promoted%2. For a planned "
                                      "move of the primary role, use a switchover.").arg(m_node, followers.isEmpty() ? QString() : tr(" (%1 wait for it)").arg(followers.join(u", "_s)))
                                 : tr("%1 is the primary: writes fail for the few seconds of the restart; standbys reconnect by themselves").arg(m_node));
        }
        break;
    }
    case Kind::Reload:
        checks << passed(tr("Effect on the cluster"), tr("settings that need no restart take effect; sessions stay"));
        break;
    case Kind::Start:
        break;
    }
    return checks;
}

QList<ActionStep> LabNodeOperation::plan() const
{
    switch (m_kind) {
    case Kind::PauseReplay:
        return {{tr("Pause replay on %1").arg(m_node), tr("SELECT pg_wal_replay_pause(), then wait until the state is paused"), false}};
    case Kind::ResumeReplay:
        return {{tr("Resume replay on %1").arg(m_node), tr("SELECT pg_wal_replay_resume()"), false}};
    case Kind::Reload:
        return {{tr("Reload %1's configuration").arg(m_node), tr("SELECT pg_reload_conf(); settings that still need a restart are listed"), false}};
    case Kind::Restart:
        return {{tr("Stop %1").arg(m_node), tr("fast shutdown: open transactions are rolled back"), true},
                {tr("Start %1").arg(m_node), tr("and wait until it accepts connections"), false}};
    case Kind::Stop:
        return {{tr("Stop %1").arg(m_node), tr("fast shutdown: open transactions are rolled back"), true}};
    case Kind::Start:
        return {{tr("Start %1").arg(m_node), tr("and wait until it accepts connections"), false}};
    }
    return {};
}

ActionOutcome LabNodeOperation::execute(ActionContext &context)
{
    LabNodeOps ops(m_lab);
    QString error;
    auto fail = [&](int step, const QString &state) {
        context.finishStep(step, StepStatus::Failed, error);
        return ActionOutcome{ActionOutcome::Result::Failed, error, state};
    };
    context.setCancellable(false); // one short step each: nothing to put back half-way
    switch (m_kind) {
    case Kind::PauseReplay:
    case Kind::ResumeReplay: {
        const bool pause = m_kind == Kind::PauseReplay;
        context.startStep(0);
        PgSession session;
        if (!ops.connect(m_node, session, &error)
            || !LabNodeOps::run(session, pause ? u"SELECT pg_wal_replay_pause()"_s : u"SELECT pg_wal_replay_resume()"_s, &error, m_timeoutMs))
            return fail(0, tr("%1 is unchanged.").arg(m_node));
        // pg_wal_replay_pause() only asks: replay stops at the next record it reads.
        const QString wanted = pause ? u"paused"_s : u"not paused"_s;
        QString state;
        // A standby waiting for WAL confirms the pause at once; one busy replaying a long record may take a moment.
        const int waitMs = std::min(m_timeoutMs, 10000);
        const bool settled = pollUntil([&] {
            state = LabNodeOps::value(session, u"SELECT pg_get_wal_replay_pause_state()"_s, &error).value_or(QString());
            return state == wanted;
        }, waitMs, {}, 100);
        if (!settled && !(pause && state == u"pause requested")) {
            error = tr("replay on %1 is %2 after %3 s").arg(m_node, state.isEmpty() ? error : state).arg(waitMs / 1000);
            return fail(0, tr("Look at %1's log; pgversectl node %2 %1 tries again.").arg(m_node, kindName(m_kind)));
        }
        context.finishStep(0, StepStatus::Done, tr("replay is %1").arg(state));
        return {ActionOutcome::Result::Succeeded,
                pause ? tr("Replay is %1 on %2: it keeps receiving WAL and applies none until resumed.").arg(state, m_node)
                      : tr("Replay runs again on %1.").arg(m_node),
                {}};
    }
    case Kind::Reload: {
        context.startStep(0);
        PgSession session;
        const std::optional<QString> loadedBefore =
            ops.connect(m_node, session, &error) ? LabNodeOps::value(session, u"SELECT pg_conf_load_time()"_s, &error) : std::nullopt;
        if (!loadedBefore || !LabNodeOps::run(session, u"SELECT pg_reload_conf()"_s, &error, m_timeoutMs))
            return fail(0, tr("%1 is unchanged.").arg(m_node));
        // The postmaster rereads the files on SIGHUP, a moment after pg_reload_conf() returns; a session started after
        // that inherits its newer load time. Usually a few milliseconds; after 5 s the files are read as they are.
        session.close();
        QString loadedAfter;
        pollUntil([&] {
            PgSession fresh;
            QString ignored;
            if (ops.connect(m_node, fresh, &ignored, 2000))
                loadedAfter = LabNodeOps::value(fresh, u"SELECT pg_conf_load_time()"_s, &ignored).value_or(QString());
            return !loadedAfter.isEmpty() && loadedAfter != *loadedBefore;
        }, 5000, {}, 10);
        if (loadedAfter == *loadedBefore)
            context.log(tr("%1: its configuration load time had not changed after 5 s; the settings below may be the old ones").arg(m_node));
        if (!ops.connect(m_node, session, &error))
            return fail(0, tr("%1 was sent the reload but no longer answers: see its log: %2").arg(m_node, m_lab.logTail(m_node, 5)));
        const QString pending = LabNodeOps::value(session, u"SELECT coalesce(string_agg(name, ', ' ORDER BY name), '') FROM pg_settings WHERE pending_restart"_s, &error)
                                    .value_or(QString());
        const QString note = pending.isEmpty() ? tr("no setting waits for a restart") : tr("waiting for a restart: %1").arg(pending);
        context.log(tr("%1: %2").arg(m_node, note));
        context.finishStep(0, StepStatus::Done, note);
        return {ActionOutcome::Result::Succeeded, tr("%1 reloaded its configuration; %2.").arg(m_node, note), {}};
    }
    case Kind::Restart:
    case Kind::Stop: {
        context.startStep(0);
        if (!m_lab.stopNode(m_node, &error))
            return fail(0, tr("%1 may still be running: see its log: %2").arg(m_node, m_lab.logTail(m_node, 5)));
        context.finishStep(0, StepStatus::Done);
        if (m_kind == Kind::Stop)
            return {ActionOutcome::Result::Succeeded, tr("%1 is stopped; start it again from its menu or with pgversectl node start %1.").arg(m_node), {}};
        context.startStep(1);
        if (!m_lab.startNode(m_node, &error))
            return fail(1, tr("%1 is stopped and did not start again: see its log: %2").arg(m_node, m_lab.logTail(m_node, 5)));
        context.finishStep(1, StepStatus::Done);
        return {ActionOutcome::Result::Succeeded, tr("%1 restarted.").arg(m_node), {}};
    }
    case Kind::Start: {
        context.startStep(0);
        if (!m_lab.startNode(m_node, &error))
            return fail(0, tr("%1 is stopped: see its log: %2").arg(m_node, m_lab.logTail(m_node, 5)));
        context.finishStep(0, StepStatus::Done);
        return {ActionOutcome::Result::Succeeded, tr("%1 runs again.").arg(m_node), {}};
    }
    }
    return {};
}

QList<ActionCheck> LabNodeOperation::verify()
{
    QList<ActionCheck> checks;
    const TopologySnapshot snapshot = probeLabNode(m_lab, m_node);
    const TopologyNode *node = snapshot.node(m_node);
    const bool up = node && node->isUp();
    switch (m_kind) {
    case Kind::Stop:
        checks << (up || m_lab.runningPid(m_node) ? failed(tr("%1 is stopped").arg(m_node), tr("it still runs"))
                                                  : passed(tr("%1 is stopped").arg(m_node), tr("no server process is left")));
        break;
    case Kind::PauseReplay:
    case Kind::ResumeReplay: {
        QString error;
        const QString state = replayPauseState(&error);
        const bool ok = m_kind == Kind::PauseReplay ? state == u"paused" || state == u"pause requested" : state == u"not paused";
        checks << (ok ? passed(tr("Replay state of %1").arg(m_node), state) : failed(tr("Replay state of %1").arg(m_node), state.isEmpty() ? error : state));
        break;
    }
    case Kind::Reload:
    case Kind::Restart:
    case Kind::Start:
        checks << (up ? passed(tr("%1 is running").arg(m_node), tr("as %1, %2").arg(node->role == NodeRole::Standby ? tr("standby") : tr("primary"), node->state))
                      : failed(tr("%1 is running").arg(m_node), node ? node->state : tr("it does not answer")));
        break;
    }
    return checks;
}

} // namespace pgv
