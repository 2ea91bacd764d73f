// SPDX-License-Identifier: GPL-3.0-or-later
#include "labswitchover.h"

#include "core/units.h"
#include "labnodeops.h"
#include "timelinearchiving.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace pgv {

LabSwitchover::LabSwitchover(Lab lab, QString candidate, LabActionSettings settings)
    : m_lab(std::move(lab))
    , m_candidate(std::move(candidate))
    , m_settings(settings)
{
}

QString LabSwitchover::title() const
{
    return tr("Switchover of %1 to %2").arg(m_lab.manifest().name, m_candidate);
}

QVariantMap LabSwitchover::parameters() const
{
    return {{u"driver"_s, u"lab"_s}, {u"candidate"_s, m_candidate}, {u"max_lag_bytes"_s, m_settings.maxReplayLagBytes},
            {u"old_primary"_s, m_oldPrimary}, {u"force"_s, m_settings.force}, {u"subscriptions"_s, m_subscribers.names()},
            {u"poolers"_s, m_poolers.names()}, {u"pooler_pause"_s, m_settings.pausePoolers && m_poolers.any()},
            {u"pooler_clients_held_ms"_s, m_poolers.heldMs()}};
}

QList<ActionCheck> LabSwitchover::preflight()
{
    QList<ActionCheck> checks;
    m_oldPrimary.clear();
    m_others.clear();
    const LabManifest &manifest = m_lab.manifest();
    if (!manifest.node(m_candidate)) {
        QStringList names;
        for (const LabNode &node : manifest.nodes)
            names << node.name;
        checks << failed(tr("Candidate is a node of the lab"), tr("the lab has no node \"%1\" (its nodes: %2)").arg(m_candidate, names.join(u", "_s)));
        return checks;
    }
    const TopologySnapshot snapshot = probeLab(m_lab);
    QStringList primaries;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role == NodeRole::Primary)
            primaries << node.name;
    }
    if (primaries.size() != 1) {
        checks << failed(tr("Exactly one primary"), primaries.isEmpty() ? tr("no primary is reachable: with the primary gone, use a failover")
                                                                      : tr("%1 all accept writes (split brain): fence all but one first").arg(primaries.join(u", "_s)));
        return checks;
    }
    m_oldPrimary = primaries.first();
    const TopologyNode *primary = snapshot.node(m_oldPrimary);
    m_oldTimeline = primary->timeline;
    checks << passed(tr("Exactly one primary"), tr("%1 is the primary, on timeline %2").arg(m_oldPrimary).arg(m_oldTimeline));
    if (m_candidate == m_oldPrimary) {
        checks << failed(tr("Candidate is a standby"), tr("%1 is already the primary").arg(m_candidate));
        return checks;
    }
    const TopologyNode *candidate = snapshot.node(m_candidate);
    if (!candidate->isUp()) {
        checks << failed(tr("Candidate is up"), tr("%1 is %2: %3").arg(m_candidate, candidate->state, candidate->error));
        return checks;
    }
    checks << passed(tr("Candidate is up"), tr("%1 answers as a standby").arg(m_candidate));
    if (candidate->state == u"streaming" && candidate->upstream == m_oldPrimary)
        checks << passed(tr("Candidate streams from the primary"), tr("%1 streams from %2").arg(m_candidate, m_oldPrimary));
    else
        checks << failed(tr("Candidate streams from the primary"),
                         tr("%1 is %2 from %3; only a standby streaming directly from %4 can take over without losing data")
                             .arg(m_candidate, candidate->state, candidate->upstream.isEmpty() ? tr("no upstream") : candidate->upstream, m_oldPrimary));
    // The primary's pg_stat_replication has no replay position until the standby's first status report (up to
    // wal_receiver_status_interval after it connects): then both servers are asked directly.
    const std::optional<qint64> measuredLag = candidate->replayLagBytes ? candidate->replayLagBytes : replayLagFromServers(m_oldPrimary, m_candidate);
    const qint64 lag = measuredLag.value_or(std::numeric_limits<qint64>::max());
    if (lag <= m_settings.maxReplayLagBytes)
        checks << passed(tr("Replay lag within the limit"), tr("%1 behind (limit %2)").arg(formatBytes(lag), formatBytes(m_settings.maxReplayLagBytes)));
    else
        checks << failed(tr("Replay lag within the limit"),
                         tr("%1 is %2 behind, more than the %3 allowed: the switchover would keep writes stopped while it catches up. "
                            "Wait, or allow more with --max-lag.")
                             .arg(m_candidate, measuredLag ? formatBytes(lag) : tr("an unknown amount"), formatBytes(m_settings.maxReplayLagBytes)));
    if (candidate->timeline == m_oldTimeline)
        checks << passed(tr("Same timeline"), tr("both on timeline %1").arg(m_oldTimeline));
    else
        checks << failed(tr("Same timeline"), tr("%1 is on timeline %2, the primary on %3").arg(m_candidate).arg(candidate->timeline).arg(m_oldTimeline));
    if (candidate->replayPaused)
        checks << failed(tr("Replay not paused"), tr("replay is paused on %1; resume it first: SELECT pg_wal_replay_resume();").arg(m_candidate));
    else
        checks << passed(tr("Replay not paused"), tr("%1 is replaying").arg(m_candidate));
    checks << replayCheck(m_candidate);
    checks << archivingCheck(m_lab, m_oldPrimary);
    QString subscriberError;
    if (!m_subscribers.read(m_oldPrimary, &subscriberError))
        checks << (m_settings.force ? warned(tr("Logical subscribers"), subscriberError + u' ' + tr("--force: it proceeds without them."))
                                    : failed(tr("Logical subscribers"), subscriberError));
    else
        checks << m_subscribers.checks(m_oldPrimary, m_settings.maxReplayLagBytes, m_settings.force);
    if (m_poolers.any())
        checks << m_poolers.checks(m_settings.pausePoolers, m_settings.force);
    for (const LabNode &node : manifest.nodes) {
        if (node.name == m_candidate || node.name == m_oldPrimary)
            continue;
        m_others << node.name;
        const TopologyNode *other = snapshot.node(node.name);
        if (other->isUp())
            checks << passed(tr("%1 can follow").arg(node.name), tr("it will be pointed at %1 without a restart").arg(m_candidate));
        else
            checks << warned(tr("%1 can follow").arg(node.name),
                             tr("%1 is down: its configuration is pointed at %2, and it follows it once started").arg(node.name, m_candidate));
    }
    return checks;
}

std::optional<qint64> LabSwitchover::replayLagFromServers(const QString &primary, const QString &candidate) const
{
    LabNodeOps ops(m_lab);
    PgSession primarySession;
    PgSession candidateSession;
    QString error;
    if (!ops.connect(candidate, candidateSession, &error, 3000) || !ops.connect(primary, primarySession, &error, 3000))
        return std::nullopt;
    // The candidate first: the primary's position read after it can only be further on, so the lag is never understated.
    const auto replayed = Lsn::parse(LabNodeOps::value(candidateSession, u"SELECT pg_last_wal_replay_lsn()"_s, &error, 3000).value_or(QString()));
    const auto current = Lsn::parse(LabNodeOps::value(primarySession, u"SELECT pg_current_wal_lsn()"_s, &error, 3000).value_or(QString()));
    if (!replayed || !current)
        return std::nullopt;
    return std::max<qint64>(0, current->bytesSince(*replayed));
}

ActionCheck LabSwitchover::replayCheck(const QString &candidate) const
{
    const QString name = tr("Candidate applies WAL without delay");
    LabNodeOps ops(m_lab);
    PgSession session;
    QString error;
    const auto delay = ops.connect(candidate, session, &error, 3000)
                           ? LabNodeOps::value(session, u"SELECT setting FROM pg_settings WHERE name = 'recovery_min_apply_delay'"_s, &error, 3000)
                           : std::nullopt;
    if (!delay)
        return failed(name, tr("cannot read recovery_min_apply_delay on %1: %2").arg(candidate, error));
    if (delay->toLongLong() > 0)
        return failed(name, tr("%1 applies WAL %2 ms late on purpose (recovery_min_apply_delay): it would keep writes stopped that long before "
                               "it could take over. Choose another standby, or set recovery_min_apply_delay = 0 on it first.")
                                .arg(candidate, *delay));
    return passed(name, tr("recovery_min_apply_delay is 0 on %1").arg(candidate));
}

QList<ActionStep> LabSwitchover::plan() const
{
    const QString others = m_others.join(u", "_s);
    const bool subscribers = m_subscribers.any();
    QList<ActionStep> steps{
        {tr("Checkpoint %1").arg(m_oldPrimary), tr("so its shutdown checkpoint, written while writes are stopped, is short"), false},
        {tr("Pause the poolers"),
         !m_poolers.any()            ? tr("there are none")
         : m_settings.pausePoolers ? tr("PAUSE on %1 at once, each within %2 ms: from here their clients wait instead of failing, until the poolers resume")
                                          .arg(m_poolers.names())
                                          .arg(m_poolers.pauseTimeoutMs())
                                     : tr("--no-pooler-pause: %1 are not paused, so their clients get errors while the primary changes").arg(m_poolers.names()),
         false},
        {tr("Stop %1 (fast shutdown)").arg(m_oldPrimary), tr("clients are disconnected and writes stop here"), false},
        {tr("Wait until %1 has replayed %2's shutdown checkpoint").arg(m_candidate, m_oldPrimary),
         tr("then every committed transaction is on %1").arg(m_candidate), false},
        {tr("Wait until the logical subscribers have applied everything %1 wrote").arg(m_oldPrimary),
         subscribers ? tr("%1: checked in %2's WAL with pg_waldump, bounded by the step timeout").arg(m_subscribers.names(), m_candidate)
                     : tr("there are none"), false},
        {tr("Hold writes on %1 until its logical slots exist").arg(m_candidate),
         subscribers ? tr("default_transaction_read_only: a write before the slot exists would never reach the subscriber") : tr("there are none"), false},
        {tr("Promote %1").arg(m_candidate), tr("it accepts writes on a new timeline; from here on the switchover cannot be undone"), true},
        {tr("Move the logical subscribers to %1").arg(m_candidate),
         subscribers ? tr("create %1's slots there, let writes in, point the subscriptions at it").arg(m_subscribers.names()) : tr("there are none"), false},
        {tr("Route the poolers to %1 and resume them").arg(m_candidate),
         m_poolers.any() ? tr("%1: [databases] rewritten and RELOAD, then RESUME; the result says how long clients were held").arg(m_poolers.names())
                         : tr("there are none"),
         false},
        {tr("Checkpoint %1").arg(m_candidate), tr("records the new timeline in its control file"), false},
        {tr("Create replication slots on %1").arg(m_candidate), tr("for %1").arg(QStringList(m_others + QStringList{m_oldPrimary}).join(u", "_s)), false},
        {tr("Point the other standbys at %1").arg(m_candidate), others.isEmpty() ? tr("there are none") : others, false},
        {tr("Restart %1 as a standby of %2").arg(m_oldPrimary, m_candidate), tr("rewound with pg_rewind only if it cannot follow as it is"), false},
        {tr("Drop %1's leftover slots").arg(m_oldPrimary), tr("slots it kept as primary would only retain WAL (and logical ones hold the catalog horizon back)"), false},
        {tr("Archive the new timeline"), TimelineArchiving(m_lab, m_candidate).planDetail(), false},
    };
    return steps;
}

ActionOutcome LabSwitchover::execute(ActionContext &context)
{
    ActionOutcome outcome = runSteps(context);
    if (m_poolers.holding()) { // a path that did not resume (none should): here, on the worker thread, at the latest
        QString resumed;
        QString resumeError;
        if (!m_poolers.resume(&resumed, &resumeError))
            context.log(resumeError);
    }
    return outcome;
}

ActionOutcome LabSwitchover::runSteps(ActionContext &context)
{
    LabNodeOps ops(m_lab);
    QString error;
    auto fail = [&](int step, const QString &state) {
        context.finishStep(step, StepStatus::Failed, error);
        context.log(error);
        // A failure resumes the poolers' clients, routed as they are (failAfterPromotion routes them first).
        QString resumed;
        QString resumeError;
        if (m_poolers.holding() && !m_poolers.resume(&resumed, &resumeError))
            context.log(resumeError);
        return ActionOutcome{ActionOutcome::Result::Failed, error, state};
    };
    auto cancelled = [&] { return context.cancelRequested(); };
    PgSession oldPrimary;
    PgSession candidate;
    if (!ops.connect(m_oldPrimary, oldPrimary, &error) || !ops.connect(m_candidate, candidate, &error))
        return {ActionOutcome::Result::Failed, error, tr("Nothing was changed.")};

    context.startStep(CheckpointOld);
    if (!LabNodeOps::run(oldPrimary, u"CHECKPOINT"_s, &error, m_settings.stepTimeoutMs))
        return fail(CheckpointOld, tr("Nothing was changed."));
    context.finishStep(CheckpointOld, StepStatus::Done);
    if (cancelled())
        return {ActionOutcome::Result::Cancelled, tr("Cancelled before anything changed."), tr("Nothing was changed.")};

    context.startStep(PausePoolers);
    if (!m_poolers.any() || !m_settings.pausePoolers) {
        context.finishStep(PausePoolers, StepStatus::Skipped, m_poolers.any() ? tr("--no-pooler-pause") : tr("no poolers"));
    } else {
        QString paused;
        if (!m_poolers.pause(&paused, &error))
            return fail(PausePoolers, tr("Nothing was changed; no pooler stays paused."));
        context.finishStep(PausePoolers, StepStatus::Done, paused);
    }
    // Every path from here that does not reach ResumePoolers resumes them on its way out (the poolers' own guard).
    if (cancelled()) {
        QString resumed;
        QString resumeError;
        if (!m_poolers.resume(&resumed, &resumeError))
            context.log(resumeError);
        return {ActionOutcome::Result::Cancelled, tr("Cancelled before anything changed."), tr("Nothing was changed.")};
    }

    const QString restartAdvice = tr("%1 was restarted as the primary; nothing else changed.").arg(m_oldPrimary);
    auto undoStop = [&](ActionOutcome::Result result, const QString &message) {
        QString startError;
        const bool restarted = ops.waitUntilStopped(m_oldPrimary, &startError) && m_lab.startNode(m_oldPrimary, &startError);
        // Clients waited for the old primary, which is back (or not): let them go on either way.
        QString resumed;
        QString resumeError;
        if (!m_poolers.resume(&resumed, &resumeError))
            context.log(resumeError);
        return ActionOutcome{result, message,
                             restarted ? restartAdvice
                                       : tr("%1 is stopped and could not be restarted (%2): start it with pgversectl lab start.").arg(m_oldPrimary, startError)};
    };

    context.startStep(StopOld);
    oldPrimary.close();
    // Done once the shutdown checkpoint is written: after it the old primary writes nothing, so waiting for its
    // archiver and walsenders to finish would only keep writes stopped longer.
    const auto checkpoint = ops.shutDownToCheckpoint(m_oldPrimary, &error, m_settings.stepTimeoutMs);
    if (!checkpoint)
        return fail(StopOld, tr("%1 may still be shutting down; check with pgversectl lab status.").arg(m_oldPrimary));
    context.finishStep(StopOld, StepStatus::Done, tr("shutdown checkpoint at %1").arg(checkpoint->toString()));

    context.startStep(WaitForReplay);
    const bool replayed = pollUntil(
        [&] {
            const auto replay = ops.valueOn(m_candidate, candidate, u"SELECT pg_last_wal_replay_lsn()"_s, &error, 2000);
            const auto lsn = replay ? Lsn::parse(*replay) : std::nullopt;
            return lsn && *lsn > *checkpoint;
        },
        m_settings.stepTimeoutMs, cancelled);
    if (!replayed) {
        context.finishStep(WaitForReplay, cancelled() ? StepStatus::Skipped : StepStatus::Failed);
        if (cancelled())
            return undoStop(ActionOutcome::Result::Cancelled, tr("Cancelled before the promotion."));
        return undoStop(ActionOutcome::Result::Failed,
                        tr("%1 did not replay up to %2 within %3 s (%4)").arg(m_candidate, checkpoint->toString()).arg(m_settings.stepTimeoutMs / 1000).arg(error));
    }
    context.finishStep(WaitForReplay, StepStatus::Done);

    // Writes are stopped and the candidate has all of them: the subscribers must have applied them too, because the
    // slot they stream from stays behind on the old primary and the new one starts where it is made.
    context.startStep(WaitForSubscribers);
    if (!m_subscribers.any()) {
        context.finishStep(WaitForSubscribers, StepStatus::Skipped, tr("no logical subscribers"));
    } else {
        QElapsedTimer waited;
        waited.start();
        QString detail;
        const auto missed = m_subscribers.waitUntilApplied(m_candidate, m_oldTimeline, *checkpoint, m_settings.stepTimeoutMs, cancelled,
                                                           &detail, &error);
        if (missed.value_or(1) != 0 && !m_settings.force) {
            context.finishStep(WaitForSubscribers, cancelled() ? StepStatus::Skipped : StepStatus::Failed, missed ? detail : error);
            if (cancelled())
                return undoStop(ActionOutcome::Result::Cancelled, tr("Cancelled before the promotion."));
            return undoStop(ActionOutcome::Result::Failed,
                            missed ? tr("The subscribers did not apply everything %1 wrote within %2 s (%3); nothing was promoted, so they lose nothing.")
                                         .arg(m_oldPrimary).arg(m_settings.stepTimeoutMs / 1000).arg(detail)
                                   : tr("What the subscribers lack could not be told (%1); nothing was promoted.").arg(error));
        }
        const QString took = tr("after %1 ms").arg(waited.elapsed());
        context.finishStep(WaitForSubscribers, missed.value_or(1) == 0 ? StepStatus::Done : StepStatus::Failed,
                           (missed ? detail : error) + u", "_s + took + (missed.value_or(1) == 0 ? QString() : u' ' + tr("(--force: going on)")));
    }
    // The last moment a cancellation can be honoured: a replay that was already complete never polled for it.
    if (cancelled())
        return undoStop(ActionOutcome::Result::Cancelled, tr("Cancelled before the promotion."));

    context.startStep(HoldWrites);
    const bool holding = m_subscribers.any();
    // Returns whether writes are let in again; says so in the log when not.
    auto undoHold = [&] { return !holding || LabSubscribers::releaseWrites(candidate, m_candidate, context); };
    if (holding && !LabSubscribers::holdWrites(candidate, &error)) {
        context.finishStep(HoldWrites, StepStatus::Failed, error);
        undoHold(); // ALTER SYSTEM may have been written before the reload failed
        return undoStop(ActionOutcome::Result::Failed, error);
    }
    context.finishStep(HoldWrites, holding ? StepStatus::Done : StepStatus::Skipped, holding ? QString() : tr("no logical subscribers"));
    if (cancelled()) {
        undoHold();
        return undoStop(ActionOutcome::Result::Cancelled, tr("Cancelled before the promotion."));
    }

    context.startStep(Promote);
    // Fenced before the promotion is asked for: from here on, whatever happens to this process, nothing starts the
    // old primary as a second primary (lab start refuses; recover decides).
    if (!ops.fence(m_oldPrimary, tr("switchover to %1 under way: it is rejoined as a standby of %1").arg(m_candidate), &error)) {
        undoHold();
        return undoStop(ActionOutcome::Result::Failed, error);
    }
    const bool promoted = ops.promote(m_candidate, candidate, m_settings.stepTimeoutMs, &error);
    if (!promoted) {
        ActionOutcome outcome = fail(Promote, tr("%1 is stopped and fenced and %2 may or may not be promoted: run pgversectl recover.")
                                                  .arg(m_oldPrimary, m_candidate));
        outcome.needsRecovery = true;
        return outcome;
    }
    context.finishStep(Promote, StepStatus::Done);
    const QString primaryOnly = tr("%1 is the new primary and accepts writes; %2 is stopped and fenced.").arg(m_candidate, m_oldPrimary);
    // Every failure from here on leaves a cluster that recover finishes. The poolers' clients go to the new primary.
    bool poolersRouted = false;
    auto failAfterPromotion = [&](int step, const QString &state) {
        if (m_poolers.any() && !poolersRouted) {
            poolersRouted = true;
            QString resumed;
            QString resumeError;
            if (!m_poolers.routeAndResume(m_candidate, &resumed, &resumeError))
                context.log(resumeError);
        }
        ActionOutcome outcome = fail(step, state + u' ' + tr("Run pgversectl recover to finish."));
        outcome.needsRecovery = true;
        return outcome;
    };

    context.startStep(ReattachSubscribers);
    QString subscriberLoss;
    if (holding) {
        // The slots first, while nothing is written; writes are let in only once they all exist (a write before would
        // never reach the subscriber), and the subscriptions follow.
        const QString stillHeld = tr("%1 is the new primary but holds writes (default_transaction_read_only); %2 is stopped and fenced.")
                                      .arg(m_candidate, m_oldPrimary);
        if (!m_subscribers.createSlots(m_candidate, &error))
            return failAfterPromotion(ReattachSubscribers, stillHeld + u' ' + tr("The slots of %1 could not be made there.").arg(m_subscribers.names()));
        if (!undoHold()) {
            error = tr("writes could not be let in on %1").arg(m_candidate);
            return failAfterPromotion(ReattachSubscribers, stillHeld);
        }
        // The hold is a default a client can override (SET, ALTER ROLE … SET): look for what got past it.
        QString slippedError;
        const auto slipped = m_subscribers.changesBeforeSlots(m_candidate, *checkpoint, &slippedError);
        if (slipped.value_or(0) > 0)
            context.log(tr("%1 committed row changes reached %2 before its logical slots existed: the subscribers %3 lack them. "
                           "Compare the tables, or recreate the subscriptions with copy_data = true.")
                            .arg(*slipped).arg(m_candidate, m_subscribers.names()));
        if (!slipped)
            context.log(tr("Whether a write got past the hold could not be checked: %1").arg(slippedError));
        QString reattached;
        if (!m_subscribers.repoint(m_candidate, &reattached, &error))
            return failAfterPromotion(ReattachSubscribers, primaryOnly + u' ' + tr("The subscribers %1 still point at %2.").arg(m_subscribers.names(), m_oldPrimary));
        if (slipped.value_or(0) > 0) {
            // The rest of the switchover still runs (the cluster must end with every node following), and then it
            // reports this as a failure: a subscriber that lacks changes is not a switchover that kept it whole.
            subscriberLoss = tr("%1 committed row changes reached %2 before its logical slots existed; the subscribers %3 lack them: "
                                "compare the tables, or recreate the subscriptions with copy_data = true.")
                                 .arg(*slipped).arg(m_candidate, m_subscribers.names());
            context.finishStep(ReattachSubscribers, StepStatus::Failed, reattached + u"; "_s + subscriberLoss);
        } else {
            context.finishStep(ReattachSubscribers, StepStatus::Done,
                               reattached + (slipped ? tr("; no write got past the hold") : tr("; whether a write got past the hold could not be checked")));
        }
    } else {
        context.finishStep(ReattachSubscribers, StepStatus::Skipped, tr("no logical subscribers"));
    }

    context.startStep(ResumePoolers);
    QString poolerTrouble;
    poolersRouted = true;
    if (!m_poolers.any()) {
        context.finishStep(ResumePoolers, StepStatus::Skipped, tr("no poolers"));
    } else {
        QString resumed;
        QString routeError;
        if (m_poolers.routeAndResume(m_candidate, &resumed, &routeError)) {
            context.finishStep(ResumePoolers, StepStatus::Done, resumed);
        } else {
            // The cluster's own steps go on (a pooler is no reason to leave the old primary stopped); reported at the end.
            poolerTrouble = tr("Not every pooler was routed to %1 and resumed (%2): fix it, then pgversectl pooler resume.").arg(m_candidate, routeError);
            context.log(poolerTrouble);
            context.finishStep(ResumePoolers, StepStatus::Failed, routeError);
        }
    }

    context.startStep(CheckpointNew);
    if (!ops.valueOn(m_candidate, candidate, u"CHECKPOINT"_s, &error, m_settings.stepTimeoutMs))
        return failAfterPromotion(CheckpointNew, primaryOnly);
    // After that checkpoint the control file names the timeline the promotion really chose.
    const QString timeline = ops.valueOn(m_candidate, candidate, u"SELECT timeline_id FROM pg_control_checkpoint()"_s, &error, 5000).value_or(QString());
    context.finishStep(CheckpointNew, StepStatus::Done, tr("timeline %1").arg(timeline));

    context.startStep(CreateSlots);
    if (!LabNodeOps::ensureSlots(candidate, m_others + QStringList{m_oldPrimary}, &error))
        return failAfterPromotion(CreateSlots, primaryOnly);
    context.finishStep(CreateSlots, StepStatus::Done);

    context.startStep(RepointOthers);
    QStringList notes;
    for (const QString &other : std::as_const(m_others)) {
        PgSession session;
        QString connectError;
        if (ops.connect(other, session, &connectError, 3000)) {
            if (!ops.repoint(session, other, m_candidate, &error))
                return failAfterPromotion(RepointOthers, primaryOnly);
            notes << tr("%1 repointed").arg(other);
        } else {
            // Down: its files are rewritten so that it follows the new primary when it starts.
            if (m_lab.runningPid(other) || !ops.configureStandby(other, m_candidate, &error))
                return failAfterPromotion(RepointOthers, primaryOnly + u' ' + tr("%1 could not be repointed: %2").arg(other, connectError));
            notes << tr("%1 (down) reconfigured").arg(other);
        }
    }
    context.finishStep(RepointOthers, StepStatus::Done, notes.join(u", "_s));

    context.startStep(RejoinOld);
    QString whyRewound;
    if (!ops.waitUntilStopped(m_oldPrimary, &error) || !ops.rejoinStopped(m_oldPrimary, m_candidate, timeline.toInt(), &whyRewound, &error)) {
        // Fenced if it stayed down, and the cluster has its one primary: rejoin is the fix.
        return fail(RejoinOld, tr("%1 is the new primary and accepts writes.").arg(m_candidate) + u' '
                                   + tr("%1 did not rejoin: see its log, then run pgversectl rejoin %1.").arg(m_oldPrimary));
    }
    if (!whyRewound.isEmpty())
        context.log(tr("%1 could not follow %2 as it was (%3); it was rewound").arg(m_oldPrimary, m_candidate, whyRewound));
    const QString rejoinNote = whyRewound.isEmpty() ? tr("followed without a rewind") : tr("rewound with pg_rewind");
    context.finishStep(RejoinOld, StepStatus::Done, rejoinNote);

    context.startStep(DropOldSlots);
    PgSession demoted;
    if (!ops.connect(m_oldPrimary, demoted, &error) || !LabNodeOps::dropInactiveSlots(demoted, &error)
        || !LabNodeOps::dropInactiveSlots(demoted, &error, u"logical"))
        context.finishStep(DropOldSlots, StepStatus::Failed, error); // harmless to leave: the verification will tell
    else
        context.finishStep(DropOldSlots, StepStatus::Done);

    context.startStep(ArchiveNewTimeline);
    QString archived;
    QString archiveError;
    const bool archiving = TimelineArchiving(m_lab, m_candidate).follow(candidate, timeline.toInt() > 0 ? timeline.toInt() : m_oldTimeline + 1, m_settings.stepTimeoutMs / 2, {}, &archived, &archiveError);
    context.finishStep(ArchiveNewTimeline, archiving ? StepStatus::Done : StepStatus::Failed, archiving ? archived : archiveError);
    QString message = tr("%1 is the primary on timeline %2; %3 follow it.").arg(m_candidate, timeline, QStringList(m_others + QStringList{m_oldPrimary}).join(u", "_s));
    if (!archiving)
        message += u' ' + tr("But %1").arg(archiveError);
    if (!subscriberLoss.isEmpty())
        return {ActionOutcome::Result::Failed, subscriberLoss, message};
    if (!poolerTrouble.isEmpty())
        return {ActionOutcome::Result::Failed, poolerTrouble, message};
    return {ActionOutcome::Result::Succeeded, message, {}};
}

QList<ActionCheck> LabSwitchover::verify()
{
    QStringList standbys = m_others;
    standbys << m_oldPrimary;
    // Down nodes cannot stream; they are reconfigured and checked when they return.
    standbys.removeIf([this](const QString &node) { return !m_lab.runningPid(node); });
    return verifyLabTopology(m_lab, m_candidate, standbys, m_oldTimeline + 1) << archivingCheck(m_lab, m_candidate)
           << m_subscribers.verify(m_candidate, 30000) << m_poolers.verify(m_candidate);
}

} // namespace pgv
