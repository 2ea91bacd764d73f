// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfailover.h"

#include "labpoolers.h"

#include "core/units.h"
#include "labnodeops.h"
#include "timelinearchiving.h"
#include "walbeyond.h"

using namespace Qt::StringLiterals;

namespace pgv {

LabFailover::LabFailover(Lab lab, QString candidate, bool rejoin, LabActionSettings settings)
    : m_lab(std::move(lab))
    , m_requested(std::move(candidate))
    , m_rejoin(rejoin)
    , m_settings(settings)
{
}

QString LabFailover::title() const
{
    return tr("Failover of %1 to %2").arg(m_lab.manifest().name, m_candidate.isEmpty() ? tr("the most advanced standby") : m_candidate);
}

QVariantMap LabFailover::parameters() const
{
    return {{u"driver"_s, u"lab"_s}, {u"candidate"_s, m_candidate}, {u"requested"_s, m_requested}, {u"rejoin"_s, m_rejoin},
            {u"old_primary"_s, m_oldPrimary}, {u"data_loss_bytes"_s, m_lossBytes},
            {u"lost_commits"_s, m_lostCommits}, {u"subscriptions"_s, m_subscribers.names()},
            {u"subscriber_missed_changes"_s, m_subscriberMissed}, {u"subscriber_extra_changes"_s, m_subscriberExtra}};
}

QList<ActionCheck> LabFailover::preflight()
{
    QList<ActionCheck> checks;
    m_candidate.clear();
    m_oldPrimary.clear();
    m_others.clear();
    m_cannotFollow.clear();
    m_lossBytes = 0;
    m_lostCommits = 0;
    m_subscriberMissed = -1;
    m_subscriberExtra = -1;
    const LabManifest &manifest = m_lab.manifest();
    if (!m_requested.isEmpty() && !manifest.node(m_requested)) {
        checks << failed(tr("Candidate is a node of the lab"), tr("the lab has no node \"%1\"").arg(m_requested));
        return checks;
    }
    // The configured primary: the node that is not set up as a standby.
    for (const LabNode &node : manifest.nodes) {
        if (!m_lab.isStandby(node.name) && !m_lab.isFenced(node.name))
            m_oldPrimary = node.name;
    }
    const TopologySnapshot snapshot = probeLab(m_lab);
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role == NodeRole::Primary) {
            checks << failed(tr("The primary is gone"), tr("%1 is up and accepts writes: a failover now would make two primaries. "
                                                           "Use a switchover instead.").arg(node.name));
            return checks;
        }
    }
    // "Gone" needs evidence: a server that answers at all, even with "too many clients", is alive and may be
    // committing; only no answer (refused, or silence past the deadline) or a dead postmaster counts.
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.isRefusing()) {
            checks << failed(tr("The primary is gone"), tr("%1 is alive: it answered \"%2\". A failover would kill a server that may still be "
                                                           "committing. Fix what it reports instead (for too many clients: end idle sessions "
                                                           "or raise max_connections).")
                                                            .arg(node.name, node.error.simplified()));
            return checks;
        }
    }
    QString evidence = tr("no node accepts writes");
    if (!m_oldPrimary.isEmpty()) {
        const TopologyNode *old = snapshot.node(m_oldPrimary);
        const auto pid = m_lab.runningPid(m_oldPrimary);
        if (!pid) {
            evidence = tr("%1's postmaster is not running (%2)").arg(m_oldPrimary, old->state);
        } else if (old->state == u"timeout") {
            evidence = tr("%1's postmaster (pid %2) is alive but does not answer within %3 s: hung").arg(m_oldPrimary).arg(*pid).arg(3);
        } else {
            checks << failed(tr("The primary is gone"), tr("%1's postmaster (pid %2) is alive and refuses connections (%3): it is starting up or "
                                                           "shutting down. Wait and look again (pgversectl status) before failing over.")
                                                            .arg(m_oldPrimary).arg(*pid).arg(old->error.simplified()));
            return checks;
        }
    }
    checks << passed(tr("The primary is gone"), evidence);
    // The most advanced standby is the one that received the most WAL.
    QString mostAdvanced;
    Lsn furthest;
    QHash<QString, Lsn> received;
    QHash<QString, Lsn> replayed;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role != NodeRole::Standby || node.external)
            continue;
        PgSession session;
        QString error;
        LabNodeOps ops(m_lab);
        if (!ops.connect(node.name, session, &error, 3000))
            continue;
        const auto lsn = Lsn::parse(LabNodeOps::value(session, u"SELECT coalesce(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())"_s, &error).value_or(QString()));
        if (!lsn)
            continue;
        received.insert(node.name, *lsn);
        // Replay ends on a record boundary, where reading the old primary's WAL can start.
        if (const auto replay = Lsn::parse(LabNodeOps::value(session, u"SELECT pg_last_wal_replay_lsn()"_s, &error).value_or(QString())))
            replayed.insert(node.name, *replay);
        if (mostAdvanced.isEmpty() || *lsn > furthest) {
            mostAdvanced = node.name;
            furthest = *lsn;
        }
    }
    m_candidate = m_requested.isEmpty() ? mostAdvanced : m_requested;
    if (m_candidate.isEmpty() || !received.contains(m_candidate)) {
        checks << failed(tr("Candidate is up"), m_candidate.isEmpty() ? tr("no standby answers: there is nothing to promote")
                                                                      : tr("%1 does not answer as a standby").arg(m_candidate));
        return checks;
    }
    checks << passed(tr("Candidate is up"), tr("%1 answers as a standby").arg(m_candidate));
    m_lossBytes = furthest.bytesSince(received.value(m_candidate));
    const TopologyNode *candidateNode = snapshot.node(m_candidate);
    // The old primary's own files say what it wrote that the candidate never received: a crashed server's WAL ends
    // where its last record does. Its timeline comes from its own control file: a standby that lost its upstream
    // may still report an older one. (A standby's receive position is the only estimate without the files.)
    if (!m_oldPrimary.isEmpty()) {
        QString walError;
        const auto unsent = readWalBeyond(m_lab, m_oldPrimary, replayed.value(m_candidate, received.value(m_candidate)),
                                          received.value(m_candidate), 0, &walError);
        if (unsent) {
            m_lostCommits = unsent->commits;
            m_lossBytes = std::max(m_lossBytes, unsent->bytes);
            checks << (unsent->bytes > 0 ? warned(tr("WAL only %1 has").arg(m_oldPrimary),
                                                  tr("%1 wrote %2 after %3 that %4 never received: promoting %4 loses it.")
                                                      .arg(m_oldPrimary, unsent->describe(), received.value(m_candidate).toString(), m_candidate))
                                         : passed(tr("WAL only %1 has").arg(m_oldPrimary),
                                                  tr("none: %1 received everything %2 wrote (its WAL ends at %3)")
                                                      .arg(m_candidate, m_oldPrimary, unsent->end.toString())));
        } else {
            checks << warned(tr("WAL only %1 has").arg(m_oldPrimary), tr("unknown: %1").arg(walError));
        }
    }
    if (m_lossBytes > 0 && furthest > received.value(m_candidate))
        checks << warned(tr("Data loss"), tr("%1 received %2 more WAL than %3: promoting %3 loses it. Transactions %4 committed but had "
                                             "not sent are lost either way.")
                                              .arg(mostAdvanced, formatBytes(furthest.bytesSince(received.value(m_candidate))), m_candidate, m_oldPrimary));
    else
        checks << warned(tr("Data loss"), tr("%1 received the most WAL (%2); only what %3 committed but had not sent is lost")
                                              .arg(m_candidate, received.value(m_candidate).toString(), m_oldPrimary));
    m_oldTimeline = candidateNode->timeline;
    if (candidateNode->replayPaused)
        checks << warned(tr("Replay not paused"), tr("replay is paused on %1: it is resumed before the promotion").arg(m_candidate));
    for (const LabNode &node : manifest.nodes) {
        if (node.name == m_candidate || node.name == m_oldPrimary)
            continue;
        // WAL past the candidate's end is not on the new timeline: such a standby would be refused by it.
        if (received.contains(node.name) && received.value(node.name) > received.value(m_candidate))
            m_cannotFollow << node.name;
        else
            m_others << node.name;
    }
    for (const QString &ahead : std::as_const(m_cannotFollow))
        checks << warned(tr("%1 can follow").arg(ahead),
                         tr("%1 received %2 more WAL than %3, so it cannot follow %3's new timeline as it is: it is left as it is (a standby of "
                            "nobody, serving reads) and needs pgversectl rejoin %1 afterwards, which rewinds it. Promote it instead to keep that WAL.")
                             .arg(ahead, formatBytes(received.value(ahead).bytesSince(received.value(m_candidate))), m_candidate));
    if (!m_oldPrimary.isEmpty())
        checks << passed(tr("The old primary can be fenced"),
                         tr("%1 runs on this machine: what is left of it is killed and it is kept from starting until it rejoins").arg(m_oldPrimary));
    return checks << subscriberChecks(received.value(m_candidate));
}

QList<ActionCheck> LabFailover::subscriberChecks(Lsn candidateEnd)
{
    QList<ActionCheck> checks;
    if (!m_lab.manifest().subscriber || m_oldPrimary.isEmpty())
        return checks;
    QString error;
    // The cluster needs a primary more than the subscriber needs its rows: nothing about it refuses a failover.
    if (!m_subscribers.read(m_oldPrimary, &error)) {
        checks << warned(tr("Logical subscribers"), error + u' ' + tr("They are left as they are; their slot died with %1.").arg(m_oldPrimary));
        return checks;
    }
    if (!m_subscribers.any())
        return checks;
    const QString names = m_subscribers.names();
    const QString lose = tr("What %1 lose").arg(names);
    const auto gap = m_subscribers.failoverGap(m_candidate, m_oldPrimary, m_oldTimeline, candidateEnd, &error);
    if (!gap) {
        checks << warned(lose, tr("unknown: %1").arg(error));
    } else {
        m_subscriberMissed = gap->missed;
        m_subscriberExtra = gap->extra;
        QStringList advice;
        if (gap->missed > 0)
            advice << tr("What it never gets stays missing there: compare the tables and copy the rows over, or recreate the subscription "
                         "with copy_data = true.");
        if (gap->extra > 0)
            advice << tr("What only it keeps stays there: delete it, or a new row with the same key on %1 stops the subscription with a "
                         "duplicate-key error.").arg(m_candidate);
        checks << (advice.isEmpty() ? passed(lose, gap->detail + u"; "_s + tr("nothing")) : warned(lose, gap->detail + u". "_s + advice.join(u' ')));
    }
    for (const LabSubscription &subscription : m_subscribers.subscriptions()) {
        if (!subscription.enabled)
            checks << warned(tr("%1 streams afterwards").arg(subscription.name), tr("it is disabled: it is pointed at %1 but takes nothing until enabled").arg(m_candidate));
        else if (!subscription.tablesNotReady.isEmpty())
            checks << warned(tr("%1 streams afterwards").arg(subscription.name),
                             tr("%2 were still being copied from %1: their copy starts again from %3").arg(m_oldPrimary, subscription.tablesNotReady.join(u", "_s), m_candidate));
    }
    return checks;
}

QList<ActionStep> LabFailover::plan() const
{
    return {
        {tr("Fence %1").arg(m_oldPrimary), tr("kill whatever is left of it and keep it from starting as a second primary"), true},
        {tr("Let %1 replay everything it received").arg(m_candidate), tr("resume replay if paused, then wait until replay reaches the received WAL"), false},
        {tr("Count what the logical subscribers lose"),
         m_subscribers.any() ? tr("%1: their applied position against %2's WAL, with pg_waldump").arg(m_subscribers.names(), m_candidate) : tr("there are none"),
         false},
        {tr("Hold writes on %1 until its logical slots exist").arg(m_candidate),
         m_subscribers.any() ? tr("default_transaction_read_only: a write before the slot exists would never reach the subscriber") : tr("there are none"),
         false},
        {tr("Promote %1").arg(m_candidate), tr("it accepts writes on a new timeline"), false},
        {tr("Checkpoint %1").arg(m_candidate), tr("records the new timeline in its control file, as pg_rewind needs"), false},
        {tr("Create replication slots on %1").arg(m_candidate), QStringList(m_others + QStringList{m_oldPrimary}).join(u", "_s), false},
        {tr("Move the logical subscribers to %1").arg(m_candidate),
         m_subscribers.any() ? tr("create %1's slots there, let writes in, point the subscriptions at it").arg(m_subscribers.names()) : tr("there are none"),
         false},
        {tr("Route the poolers to %1").arg(m_candidate),
         m_lab.manifest().poolers.isEmpty() ? tr("there are none")
                                            : tr("%1: [databases] rewritten and RELOAD; their clients reconnect to the new primary")
                                                  .arg(LabPoolers(m_lab).names()),
         false},
        {tr("Point the other standbys at %1").arg(m_candidate),
         (m_others.isEmpty() ? tr("there are none") : m_others.join(u", "_s))
             + (m_cannotFollow.isEmpty() ? QString() : u"; "_s + tr("not %1: ahead of %2, it needs a rejoin").arg(m_cannotFollow.join(u", "_s), m_candidate)),
         false},
        {tr("Rejoin %1 as a standby").arg(m_oldPrimary), m_rejoin ? tr("pg_rewind from %1, then start it").arg(m_candidate)
                                                                  : tr("not asked for: it stays fenced; later: pgversectl rejoin %1").arg(m_oldPrimary), false},
        {tr("Archive the new timeline"), TimelineArchiving(m_lab, m_candidate).planDetail(), false},
    };
}

ActionOutcome LabFailover::execute(ActionContext &context)
{
    LabNodeOps ops(m_lab);
    QString error;
    auto fail = [&](int step, const QString &state) {
        context.finishStep(step, StepStatus::Failed, error);
        // Between the fence and a working primary every failure leaves work for recover. Before it nothing changed;
        // a failed rejoin leaves the old primary fenced beside the new one, which rejoin mends.
        const bool needsRecovery = (step > Fence && step < RejoinOld) || (step == Fence && m_lab.isFenced(m_oldPrimary));
        return ActionOutcome{ActionOutcome::Result::Failed, error, state, needsRecovery};
    };
    if (context.cancelRequested())
        return {ActionOutcome::Result::Cancelled, tr("Cancelled before anything changed."), tr("Nothing was changed.")};

    context.startStep(Fence);
    if (!m_oldPrimary.isEmpty()) {
        if (!ops.killServer(m_oldPrimary, &error) || !ops.fence(m_oldPrimary, tr("failover to %1").arg(m_candidate), &error))
            return fail(Fence, tr("Nothing else was changed; %1 may still be running.").arg(m_oldPrimary));
    }
    context.finishStep(Fence, StepStatus::Done);
    const QString noPrimary = tr("%1 is fenced and no node accepts writes yet: promote %2 by hand or run the failover again.").arg(m_oldPrimary, m_candidate);

    context.startStep(ReplayAll);
    PgSession candidate;
    if (!ops.connect(m_candidate, candidate, &error))
        return fail(ReplayAll, noPrimary);
    LabNodeOps::run(candidate, u"SELECT pg_wal_replay_resume() WHERE pg_is_wal_replay_paused()"_s, &error);
    const bool caughtUp = pollUntil(
        [&] {
            return ops.valueOn(m_candidate, candidate, u"SELECT pg_last_wal_replay_lsn() >= coalesce(pg_last_wal_receive_lsn(), '0/0')"_s, &error, 2000) == u"t";
        },
        m_settings.stepTimeoutMs);
    if (!caughtUp)
        return fail(ReplayAll, noPrimary);
    context.finishStep(ReplayAll, StepStatus::Done);

    // Before the promotion: it renames the old timeline's last WAL file, which pg_waldump then no longer reads.
    context.startStep(CountSubscriberGap);
    const bool subscribers = m_subscribers.any();
    std::optional<Lsn> oldTimelineEnd;
    if (!subscribers) {
        context.finishStep(CountSubscriberGap, StepStatus::Skipped, tr("no logical subscribers"));
    } else {
        QString gapError;
        oldTimelineEnd = Lsn::parse(ops.valueOn(m_candidate, candidate, u"SELECT pg_last_wal_replay_lsn()"_s, &gapError, 5000).value_or(QString()));
        const auto gap = oldTimelineEnd ? m_subscribers.failoverGap(m_candidate, m_oldPrimary, m_oldTimeline, *oldTimelineEnd, &gapError) : std::nullopt;
        m_subscriberMissed = gap ? gap->missed : -1;
        m_subscriberExtra = gap ? gap->extra : -1;
        // Not knowing is no reason to leave the cluster without a primary: it goes on, and says so.
        context.finishStep(CountSubscriberGap, gap ? StepStatus::Done : StepStatus::Failed, gap ? gap->detail : tr("unknown: %1").arg(gapError));
    }

    context.startStep(HoldWrites);
    auto undoHold = [&] { return !subscribers || LabSubscribers::releaseWrites(candidate, m_candidate, context); };
    if (subscribers && !LabSubscribers::holdWrites(candidate, &error)) {
        undoHold(); // ALTER SYSTEM may have been written before the reload failed
        return fail(HoldWrites, noPrimary);
    }
    context.finishStep(HoldWrites, subscribers ? StepStatus::Done : StepStatus::Skipped, subscribers ? QString() : tr("no logical subscribers"));

    context.startStep(Promote);
    const bool promoted = ops.promote(m_candidate, candidate, m_settings.stepTimeoutMs, &error);
    if (!promoted)
        return fail(Promote, noPrimary);
    context.finishStep(Promote, StepStatus::Done);
    const QString primaryOnly = subscribers ? tr("%1 is the new primary and holds writes for its logical subscribers (default_transaction_read_only); %2 is fenced.")
                                                  .arg(m_candidate, m_oldPrimary)
                                            : tr("%1 is the new primary and accepts writes; %2 is fenced.").arg(m_candidate, m_oldPrimary);

    context.startStep(CheckpointNew);
    if (!ops.valueOn(m_candidate, candidate, u"CHECKPOINT"_s, &error, m_settings.stepTimeoutMs))
        return fail(CheckpointNew, primaryOnly);
    const QString timeline = ops.valueOn(m_candidate, candidate, u"SELECT timeline_id FROM pg_control_checkpoint()"_s, &error, 5000).value_or(QString());
    context.finishStep(CheckpointNew, StepStatus::Done, tr("timeline %1").arg(timeline));

    context.startStep(CreateSlots);
    if (!LabNodeOps::ensureSlots(candidate, m_others + QStringList{m_oldPrimary}, &error))
        return fail(CreateSlots, primaryOnly);
    context.finishStep(CreateSlots, StepStatus::Done);

    context.startStep(ReattachSubscribers);
    QString subscriberNote;
    if (subscribers) {
        // The slots first, while nothing writes (a write before them would never reach the subscriber); then writes
        // are let in and the subscriptions follow.
        if (!m_subscribers.createSlots(m_candidate, &error))
            return fail(ReattachSubscribers, primaryOnly + u' ' + tr("The slots of %1 could not be made there.").arg(m_subscribers.names()));
        if (!undoHold())
            return fail(ReattachSubscribers, primaryOnly);
        // The hold is a default a client can override (SET, ALTER ROLE … SET): look for what got past it.
        QString slippedError;
        std::optional<int> slipped;
        if (oldTimelineEnd)
            slipped = m_subscribers.changesBeforeSlots(m_candidate, *oldTimelineEnd, &slippedError);
        if (!m_subscribers.repoint(m_candidate, &subscriberNote, &error))
            return fail(ReattachSubscribers, tr("%1 is the new primary and accepts writes; %2 is fenced. The subscribers %3 still point at %2.")
                                                 .arg(m_candidate, m_oldPrimary, m_subscribers.names()));
        const int slippedCount = slipped.value_or(0);
        if (slippedCount > 0) {
            m_subscriberMissed = std::max(m_subscriberMissed, 0) + slippedCount;
            subscriberNote += u"; "_s + tr("%1 committed row changes reached %2 before its logical slots existed: the subscribers lack them too")
                                            .arg(slippedCount).arg(m_candidate);
        } else {
            subscriberNote += u"; "_s + (slipped ? tr("no write got past the hold") : tr("whether a write got past the hold could not be checked"));
        }
        context.finishStep(ReattachSubscribers, StepStatus::Done, subscriberNote);
    } else {
        context.finishStep(ReattachSubscribers, StepStatus::Skipped, tr("no logical subscribers"));
    }

    // Nothing was paused (the primary was gone already): routing is all they need.
    LabPoolers(m_lab).routeStep(context, RoutePoolers, m_candidate, false, tr("fix it, then run pgversectl recover."));

    context.startStep(RepointOthers);
    for (const QString &other : std::as_const(m_others)) {
        PgSession session;
        if (ops.connect(other, session, &error, 3000)) {
            if (!ops.repoint(session, other, m_candidate, &error))
                return fail(RepointOthers, primaryOnly);
        } else if (m_lab.runningPid(other) || !ops.configureStandby(other, m_candidate, &error)) {
            return fail(RepointOthers, primaryOnly);
        }
    }
    context.finishStep(RepointOthers, StepStatus::Done);

    context.startStep(RejoinOld);
    QString rejoinNote;
    if (!m_rejoin || m_oldPrimary.isEmpty()) {
        context.finishStep(RejoinOld, StepStatus::Skipped, tr("%1 stays fenced").arg(m_oldPrimary));
    } else {
        QString walError;
        const auto discarded = readWalDiscardedByRewind(m_lab, m_oldPrimary, m_candidate, &walError);
        rejoinNote = discarded ? tr("rewound (discarded %1) and streaming").arg(discarded->describe())
                               : tr("rewound and streaming; what the rewind discarded is unknown (%1)").arg(walError);
        const bool rejoined = ops.rewind(m_oldPrimary, m_candidate, &error) && ops.configureStandby(m_oldPrimary, m_candidate, &error)
                              && (ops.unfence(m_oldPrimary), m_lab.startNode(m_oldPrimary, &error))
                              && waitUntilStreaming(m_lab, m_oldPrimary, m_candidate, timeline.toInt(), 30000);
        if (!rejoined) {
            ops.fence(m_oldPrimary, tr("rejoin after failover failed"), &error);
            return fail(RejoinOld, primaryOnly + u' ' + tr("Rejoining %1 failed: see its log, then run pgversectl rejoin %1.").arg(m_oldPrimary));
        }
        PgSession demoted;
        if (ops.connect(m_oldPrimary, demoted, &error))
            LabNodeOps::dropInactiveSlots(demoted, &error);
        context.finishStep(RejoinOld, StepStatus::Done, rejoinNote);
    }

    context.startStep(ArchiveNewTimeline);
    QString archived;
    QString archiveError;
    const bool archiving = TimelineArchiving(m_lab, m_candidate)
                               .follow(candidate, timeline.toInt() > 0 ? timeline.toInt() : m_oldTimeline + 1, m_settings.stepTimeoutMs / 2, {},
                                       &archived, &archiveError);
    context.finishStep(ArchiveNewTimeline, archiving ? StepStatus::Done : StepStatus::Failed, archiving ? archived : archiveError);
    QString message = tr("%1 is the primary on timeline %2.").arg(m_candidate, timeline);
    if (!archiving)
        message += u' ' + tr("But %1").arg(archiveError);
    QStringList toRejoin = m_cannotFollow;
    if (!m_rejoin && !m_oldPrimary.isEmpty())
        toRejoin.prepend(m_oldPrimary);
    QStringList advice;
    if (!m_rejoin && !m_oldPrimary.isEmpty())
        advice << tr("%1 is fenced.").arg(m_oldPrimary);
    if (!m_cannotFollow.isEmpty())
        advice << tr("%1 received WAL %2 never had and cannot follow it as it is.").arg(m_cannotFollow.join(u", "_s), m_candidate);
    for (const QString &node : std::as_const(toRejoin))
        advice << tr("Bring it back with: pgversectl rejoin %1").arg(node);
    if (m_subscriberMissed > 0 || m_subscriberExtra > 0)
        advice << tr("The subscribers %1 lack %2 and keep %3 committed row changes against %4: compare their tables.")
                      .arg(m_subscribers.names())
                      .arg(m_subscriberMissed)
                      .arg(m_subscriberExtra)
                      .arg(m_candidate);
    return {ActionOutcome::Result::Succeeded, message, advice.join(u' ')};
}

QList<ActionCheck> LabFailover::verify()
{
    QStringList standbys = m_others;
    if (m_rejoin)
        standbys << m_oldPrimary;
    standbys.removeIf([this](const QString &node) { return !m_lab.runningPid(node); });
    QList<ActionCheck> checks = verifyLabTopology(m_lab, m_candidate, standbys, m_oldTimeline + 1);
    if (!m_rejoin && !m_oldPrimary.isEmpty()) {
        const bool fenced = m_lab.isFenced(m_oldPrimary) && !m_lab.runningPid(m_oldPrimary);
        checks << (fenced ? passed(tr("%1 is fenced").arg(m_oldPrimary), tr("stopped, and kept from starting until it rejoins"))
                          : failed(tr("%1 is fenced").arg(m_oldPrimary), tr("it runs or is not marked as fenced")));
    }
    for (const QString &ahead : std::as_const(m_cannotFollow))
        checks << warned(tr("%1 follows %2").arg(ahead, m_candidate), tr("not repointed: it is ahead of %1; run pgversectl rejoin %2").arg(m_candidate, ahead));
    if (m_subscribers.any())
        checks << m_subscribers.verify(m_candidate, 30000);
    if (!m_lab.manifest().poolers.isEmpty())
        checks << LabPoolers(m_lab).verify(m_candidate);
    return checks << archivingCheck(m_lab, m_candidate);
}

} // namespace pgv
