// SPDX-License-Identifier: GPL-3.0-or-later
#include "labrecover.h"

#include "labpoolers.h"

#include "labfailover.h"
#include "labnodeops.h"
#include "labsubscribers.h"
#include "labswitchover.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
// The step of each action from which its candidate may already be promoted: the old primary is fenced by then.
int promoteStepOf(const QString &action)
{
    if (action == u"switchover")
        return LabSwitchover::promoteStep();
    if (action == u"failover")
        return 0;
    return -1;
}

// Whether an action stopped in \a step with writes held on its candidate for the logical subscribers (from before
// its promotion until their slots existed): they lack nothing that hold kept out, and can be moved on.
bool heldWritesForSubscribers(const QString &action, int step)
{
    if (action == u"switchover")
        return step >= LabSwitchover::promoteStep() && step <= LabSwitchover::reattachStep();
    if (action == u"failover")
        return step > LabFailover::holdStep() && step <= LabFailover::reattachStep(); // the hold is written once its step is done
    return false;
}
} // namespace

LabRecover::LabRecover(Lab lab, LabActionSettings settings)
    : m_lab(std::move(lab))
    , m_settings(settings)
{
}

QString LabRecover::title() const
{
    return tr("Recovery of %1").arg(m_lab.manifest().name);
}

QVariantMap LabRecover::parameters() const
{
    QVariantMap parameters{{u"driver"_s, u"lab"_s}, {u"primary"_s, m_primary}, {u"followers"_s, m_followers}};
    if (m_interrupted)
        parameters.insert(u"interrupted_run_id"_s, m_interrupted->runId);
    return parameters;
}

QList<ActionCheck> LabRecover::preflight()
{
    QList<ActionCheck> checks;
    m_primary.clear();
    m_followers.clear();
    // A killed action's pg_ctl may have left a server starting up or shutting down, which it goes on doing: judge
    // the cluster once it has finished (for up to 30 s), not by a refusal that says "wait" or by a postmaster that
    // still runs with its sockets already (or not yet) open.
    TopologySnapshot snapshot = probeLab(m_lab);
    const auto changing = [&snapshot, this] {
        return std::any_of(snapshot.nodes.cbegin(), snapshot.nodes.cend(), [this](const TopologyNode &node) {
            return node.isChangingState() || (node.state == u"unreachable" && m_lab.runningPid(node.name));
        });
    };
    QElapsedTimer settling;
    settling.start();
    while (changing() && settling.elapsed() < 30000) {
        QThread::msleep(200);
        snapshot = probeLab(m_lab);
    }
    if (m_interrupted)
        checks << passed(tr("Interrupted action"), m_interrupted->describeInterrupted());
    else
        checks << passed(tr("Interrupted action"), tr("none recorded: the cluster is brought to one primary as it stands"));
    QStringList primaries;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.isRefusing()) {
            checks << failed(tr("Every node can be judged"), tr("%1 refuses connections (%2): fix that first").arg(node.name, node.error.simplified()));
            return checks;
        }
        if (node.role == NodeRole::Primary)
            primaries << node.name;
    }
    if (primaries.size() > 1) {
        checks << failed(tr("At most one primary"), tr("%1 all accept writes (split brain): stop the one whose writes may be discarded "
                                                       "(pgversectl lab stop NODE … or pg_ctl stop), then run recover again: it rewinds it.")
                                                        .arg(primaries.join(u", "_s)));
        return checks;
    }
    const QJsonObject parameters = m_interrupted ? m_interrupted->parameters : QJsonObject();
    const QString candidate = parameters.value("candidate"_L1).toString();
    const QString oldPrimary = parameters.value("old_primary"_L1).toString();
    if (primaries.size() == 1) {
        m_primary = primaries.first();
        m_start = Start::AlreadyRunning;
        checks << passed(tr("One primary"), tr("%1 runs as the primary on timeline %2").arg(m_primary).arg(snapshot.node(m_primary)->timeline));
    } else if (m_interrupted && m_interrupted->stepIndex >= promoteStepOf(m_interrupted->action) && promoteStepOf(m_interrupted->action) >= 0
               && !candidate.isEmpty() && snapshot.node(candidate) && snapshot.node(candidate)->role == NodeRole::Standby) {
        // The old primary was fenced before the promotion was asked for, and only after the candidate had replayed
        // its shutdown checkpoint (switchover) or as the failover's first step: finishing is the safe direction.
        m_primary = candidate;
        m_start = Start::Promote;
        checks << passed(tr("One primary"), tr("no node accepts writes; %1 finishes the %2 by promoting %3").arg(title(), m_interrupted->action, candidate));
    } else {
        // Undo: a node configured as a primary (not a standby, not fenced) that is stopped comes back.
        QStringList stopped;
        for (const LabNode &node : m_lab.manifest().nodes) {
            if (!m_lab.runningPid(node.name) && !m_lab.isStandby(node.name) && !m_lab.isFenced(node.name))
                stopped << node.name;
        }
        if (!oldPrimary.isEmpty() && stopped.contains(oldPrimary))
            stopped = QStringList{oldPrimary};
        if (stopped.size() != 1) {
            checks << failed(tr("One primary"), stopped.isEmpty() ? tr("no node accepts writes and none is configured to: fail over to a standby "
                                                                       "(pgversectl failover)")
                                                                  : tr("no node accepts writes and %1 are all configured as primaries: start the "
                                                                       "right one by hand").arg(stopped.join(u", "_s)));
            return checks;
        }
        m_primary = stopped.first();
        m_start = Start::StartStopped;
        checks << passed(tr("One primary"), tr("no node accepts writes; %1 was the primary and is started again").arg(m_primary));
    }
    for (const LabNode &node : m_lab.manifest().nodes) {
        if (node.name != m_primary)
            m_followers << node.name;
    }
    checks << passed(tr("Every other node follows %1").arg(m_primary), m_followers.join(u", "_s));
    return checks;
}

QList<ActionStep> LabRecover::plan() const
{
    const QString bringUp = m_start == Start::Promote        ? tr("promote %1").arg(m_primary)
                            : m_start == Start::StartStopped ? tr("start %1 as the primary").arg(m_primary)
                                                             : tr("%1 already is").arg(m_primary);
    return {
        {tr("Bring up the primary"), bringUp, true},
        {tr("Checkpoint %1").arg(m_primary), tr("records its timeline, as pg_rewind needs"), false},
        {tr("Let writes in on %1").arg(m_primary),
         tr("a switchover that stopped after its promotion moves the logical subscribers first; a hold it left is released"), false},
        {tr("Route the poolers to %1 and resume them").arg(m_primary),
         m_lab.manifest().poolers.isEmpty() ? tr("there are none") : tr("an action that died while they were paused left their clients waiting"),
         false},
        {tr("Make every other node follow %1").arg(m_primary),
         tr("%1: repointed, or configured and started; rewound only if it cannot follow as it is").arg(m_followers.join(u", "_s)), false},
    };
}

bool LabRecover::follow(const QString &node, int timeline, QString *note, QString *error) const
{
    LabNodeOps ops(m_lab);
    PgSession session;
    QString probeError;
    if (m_lab.runningPid(node) && ops.connect(node, session, &probeError, 3000)) {
        if (LabNodeOps::value(session, u"SELECT pg_is_in_recovery()"_s, error) == u"t") {
            if (waitUntilStreaming(m_lab, node, m_primary, timeline, 1000)) {
                *note = tr("%1 already follows").arg(node);
                return true;
            }
            if (ops.repoint(session, node, m_primary, error) && waitUntilStreaming(m_lab, node, m_primary, timeline, 15000)) {
                *note = tr("%1 repointed").arg(node);
                return true;
            }
        }
    }
    // Stopped, or unable to follow as it runs: restart it as a standby, rewound if even that does not stream.
    session.close();
    QString whyRewound;
    if ((!ops.stopFast(node, error, 30000) && !ops.killServer(node, error)) || !ops.rejoinStopped(node, m_primary, timeline, &whyRewound, error))
        return false;
    *note = whyRewound.isEmpty() ? tr("%1 started as a standby").arg(node) : tr("%1 rewound and started as a standby").arg(node);
    PgSession standby;
    if (ops.connect(node, standby, error, 3000)) {
        LabNodeOps::dropInactiveSlots(standby, error);
        LabNodeOps::dropInactiveSlots(standby, error, u"logical"); // a demoted primary's: they would hold the catalog horizon back
    }
    return true;
}

ActionOutcome LabRecover::execute(ActionContext &context)
{
    LabNodeOps ops(m_lab);
    QString error;
    auto fail = [&](int step, const QString &state) {
        context.finishStep(step, StepStatus::Failed, error);
        return ActionOutcome{ActionOutcome::Result::Failed, error, state, true};
    };
    context.startStep(BringUpPrimary);
    PgSession primary;
    if (m_start == Start::StartStopped) {
        ops.unfence(m_primary);
        if (!m_lab.startNode(m_primary, &error))
            return fail(BringUpPrimary, tr("No node accepts writes; %1 did not start.").arg(m_primary));
    }
    if (m_start == Start::Promote) {
        const bool promoted = ops.valueOn(m_primary, primary, u"SELECT pg_wal_replay_resume() WHERE pg_is_wal_replay_paused()"_s, &error, 5000)
                              && ops.promote(m_primary, primary, m_settings.stepTimeoutMs, &error);
        if (!promoted)
            return fail(BringUpPrimary, tr("No node accepts writes; %1 was not promoted.").arg(m_primary));
    }
    context.finishStep(BringUpPrimary, StepStatus::Done);

    context.startStep(CheckpointPrimary);
    const auto timeline = ops.valueOn(m_primary, primary, u"CHECKPOINT"_s, &error, m_settings.stepTimeoutMs)
                              ? ops.valueOn(m_primary, primary, u"SELECT timeline_id FROM pg_control_checkpoint()"_s, &error, 5000)
                              : std::nullopt;
    if (!timeline)
        return fail(CheckpointPrimary, tr("%1 is the primary; the other nodes were not touched.").arg(m_primary));
    context.finishStep(CheckpointPrimary, StepStatus::Done, tr("timeline %1").arg(*timeline));

    context.startStep(MoveSubscribers);
    QStringList moved;
    // A switchover that promoted its candidate had waited for its subscribers first: they lack nothing, and their
    // slots are made while writes are still held (a failover has said what they lack, and held writes the same way).
    // After any other interruption the subscribers are left as they
    // are: pgversectl logical says what they need, and a slot made now could skip changes silently.
    const QJsonObject interruptedParameters = m_interrupted ? m_interrupted->parameters : QJsonObject();
    if (m_interrupted && heldWritesForSubscribers(m_interrupted->action, m_interrupted->stepIndex)
        && interruptedParameters.value("candidate"_L1).toString() == m_primary
        && !interruptedParameters.value("subscriptions"_L1).toString().isEmpty()) {
        LabSubscribers subscribers(m_lab);
        QString note;
        if (!subscribers.read(interruptedParameters.value("old_primary"_L1).toString(), &error) || !subscribers.reattach(m_primary, &note, &error))
            return fail(MoveSubscribers, tr("%1 is the primary but still holds writes; the subscribers were not moved.").arg(m_primary));
        if (!note.isEmpty())
            moved << note;
    }
    bool released = false;
    if (!LabSubscribers::releaseLeftoverHold(primary, &released, &error))
        return fail(MoveSubscribers, tr("%1 is the primary; default_transaction_read_only could not be checked.").arg(m_primary));
    if (released)
        moved << tr("writes let in on %1").arg(m_primary);
    context.finishStep(MoveSubscribers, moved.isEmpty() ? StepStatus::Skipped : StepStatus::Done, moved.join(u", "_s));

    // Whatever an action that died left paused is resumed too.
    LabPoolers(m_lab).routeStep(context, RoutePoolers, m_primary, true, tr("start it, then pgversectl pooler resume."));

    context.startStep(FollowPrimary);
    if (!LabNodeOps::ensureSlots(primary, m_followers, &error))
        return fail(FollowPrimary, tr("%1 is the primary; the other nodes were not touched.").arg(m_primary));
    QStringList notes;
    for (const QString &node : std::as_const(m_followers)) {
        QString note;
        if (!follow(node, timeline->toInt(), &note, &error))
            return fail(FollowPrimary, tr("%1 is the primary; %2 could not be brought to follow it (fenced if stopped).").arg(m_primary, node));
        notes << note;
        // A switchover stopped while it held writes on its candidate, and undone: the hold must not wait there for the
        // next promotion.
        PgSession follower;
        bool releasedHere = false;
        QString holdError;
        if (ops.connect(node, follower, &holdError, 3000) && LabSubscribers::releaseLeftoverHold(follower, &releasedHere, &holdError) && releasedHere)
            notes << tr("a write hold left on %1 released").arg(node);
    }
    context.finishStep(FollowPrimary, StepStatus::Done, notes.join(u", "_s));
    return {ActionOutcome::Result::Succeeded, tr("%1 is the primary on timeline %2; %3 follow it.").arg(m_primary, *timeline, m_followers.join(u", "_s)), {}};
}

QList<ActionCheck> LabRecover::verify()
{
    QStringList standbys = m_followers;
    standbys.removeIf([this](const QString &node) { return !m_lab.runningPid(node); });
    return verifyLabTopology(m_lab, m_primary, standbys, 1);
}

} // namespace pgv
