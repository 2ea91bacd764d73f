// SPDX-License-Identifier: GPL-3.0-or-later
#include "patroniaction.h"

#include "core/units.h"
#include "labactionsupport.h"
#include "monitor/probenow.h"
#include "patronilogicalslots.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
QString poolerNames(const Profile &profile)
{
    QStringList names;
    for (const ProfilePooler &pooler : profile.poolers)
        names << pooler.name;
    return names.join(u", "_s);
}

// A member's WAL position as Patroni's REST API reports it: the primary's current location, or the furthest of what a
// replica has received and replayed (the rule Patroni applies to failover candidates).
std::optional<qint64> walPosition(const QJsonObject &status)
{
    const QJsonObject wal = status.contains("wal"_L1) ? status.value("wal"_L1).toObject() : status.value("xlog"_L1).toObject();
    if (wal.value("location"_L1).isDouble())
        return qint64(wal.value("location"_L1).toDouble());
    const QJsonValue received = wal.value("received_location"_L1);
    const QJsonValue replayed = wal.value("replayed_location"_L1);
    if (!received.isDouble() && !replayed.isDouble())
        return std::nullopt;
    return std::max(qint64(received.toDouble()), qint64(replayed.toDouble()));
}
} // namespace

PatroniRoleChange::PatroniRoleChange(Kind kind, Profile profile, PatroniEndpoint endpoint, QString candidate)
    : m_kind(kind)
    , m_profile(std::move(profile))
    , m_endpoint(std::move(endpoint))
    , m_candidate(std::move(candidate))
{
}

QString PatroniRoleChange::name() const
{
    return m_kind == Kind::Switchover ? u"switchover"_s : u"failover"_s;
}

QString PatroniRoleChange::title() const
{
    return (m_kind == Kind::Switchover ? tr("Switchover of %1 to %2 (Patroni)") : tr("Failover of %1 to %2 (Patroni)")).arg(m_profile.name, m_candidate);
}

QVariantMap PatroniRoleChange::parameters() const
{
    QVariantMap parameters{{u"driver"_s, u"patroni"_s}, {u"candidate"_s, m_candidate}, {u"leader"_s, m_oldLeader},
                           {u"api"_s, m_endpoint.url.toString()}, {u"posted_to"_s, m_postUrl.toString()}};
    if (m_poolers && m_poolers->any()) {
        parameters.insert(u"poolers"_s, m_poolers->names());
        parameters.insert(u"pooler_pause"_s, pausing());
        parameters.insert(u"pooler_clients_held_ms"_s, m_poolers->heldMs());
    }
    return parameters;
}

std::optional<PatroniCluster> PatroniRoleChange::fetchCluster(QString *error) const
{
    const PatroniReply reply = PatroniClient(m_endpoint).get(u"/cluster"_s);
    auto cluster = reply.ok() ? PatroniCluster::fromJson(reply.json().object()) : std::nullopt;
    if (!cluster)
        *error = reply.describe();
    return cluster;
}

QList<ActionCheck> PatroniRoleChange::preflight()
{
    QList<ActionCheck> checks;
    m_oldLeader.clear();
    QString error;
    m_poolers.reset();
    m_lab.reset();
    m_poolersRouted = false;
    if (!m_profile.labDir.isEmpty()) {
        QString labError;
        m_lab = Lab::open(m_profile.labDir, &labError);
        if (m_lab && !m_lab->manifest().poolers.isEmpty())
            m_poolers = std::make_unique<LabPoolers>(*m_lab);
        else if (!m_lab && !m_profile.poolers.isEmpty())
            checks << warned(tr("The lab's poolers"), tr("%1: its poolers are neither paused nor routed").arg(labError));
    } else if (!m_profile.poolers.isEmpty()) {
        // Their [databases] live on their own hosts: a VIP, DNS name or HAProxy in front of Patroni routes them there.
        checks << warned(tr("Poolers are not coordinated"),
                         tr("PostgresVerse pauses and routes only the poolers of its labs: the clients of %1 see errors while the leader changes "
                            "unless they are paused by hand (pgversectl pooler pause), and those poolers must reach the new leader by "
                            "themselves (a VIP, DNS name or HAProxy)")
                             .arg(poolerNames(m_profile)));
    }
    // A failover needs a leader first: a pooler that does not answer is a warning, not a refusal.
    if (m_poolers)
        checks << m_poolers->checks(pausing(), m_force || m_kind == Kind::Failover);
    const auto cluster = fetchCluster(&error);
    if (!cluster) {
        checks << failed(tr("Patroni answers"), tr("GET /cluster from %1: %2").arg(m_endpoint.url.toString(), error));
        return checks;
    }
    checks << passed(tr("Patroni answers"), tr("%1 members in scope %2").arg(cluster->members.size()).arg(cluster->scope));
    if (m_endpoint.password.isEmpty())
        checks << warned(tr("REST credentials"), tr("no REST password is set for %1: Patroni refuses changes without one (401)").arg(m_profile.name));
    else
        checks << passed(tr("REST credentials"), tr("basic authentication as %1").arg(m_endpoint.user));
    const PatroniMember *leader = cluster->leader();
    if (m_kind == Kind::Switchover && !leader) {
        checks << failed(tr("A leader to switch from"), tr("the cluster has no leader: use a failover"));
        return checks;
    }
    if (leader) {
        m_oldLeader = leader->name;
        m_oldTimeline = leader->timeline;
        if (m_kind == Kind::Switchover)
            checks << passed(tr("A leader to switch from"), tr("%1 leads on timeline %2").arg(leader->name).arg(leader->timeline));
        else
            checks << failed(tr("The leader is gone"), tr("%1 still leads: a failover now would throw it out needlessly; use a switchover").arg(leader->name));
    }
    const PatroniMember *candidate = cluster->member(m_candidate);
    if (!candidate) {
        QStringList names;
        for (const PatroniMember &member : cluster->members)
            names << member.name;
        checks << failed(tr("Candidate is a member"), tr("Patroni knows no member \"%1\" (members: %2)").arg(m_candidate, names.join(u", "_s)));
        return checks;
    }
    if (candidate->isLeader()) {
        checks << failed(tr("Candidate is a replica"), tr("%1 already leads").arg(m_candidate));
        return checks;
    }
    // Patroni's own rules for a healthy candidate, checked before the POST so the reason is known up front.
    const PatroniReply own = PatroniClient(m_endpoint).getUrl(QUrl(candidate->apiUrl));
    checks << (own.ok() ? passed(tr("Candidate's REST API answers"), candidate->apiUrl)
                        : failed(tr("Candidate's REST API answers"), tr("%1: %2 — Patroni rejects a candidate it cannot reach").arg(candidate->apiUrl, own.describe())));
    checks << (candidate->noFailover() ? failed(tr("No nofailover tag"), tr("%1 is tagged nofailover: Patroni never promotes it").arg(m_candidate))
                                       : passed(tr("No nofailover tag"), tr("%1 may be promoted").arg(m_candidate)));
    const QJsonObject config = PatroniClient(m_endpoint).get(u"/config"_s).json().object();
    const qint64 maximumLag = qint64(config.value("maximum_lag_on_failover"_L1).toDouble(1048576));
    // /cluster's lag subtracts two positions published to the DCS at different moments, so under steady writes it can read
    // a megabyte when the candidate is a few kilobytes behind. Patroni itself asks the candidate for its live position;
    // so do we, against the leader's live position (stricter than Patroni's stored one, never looser).
    std::optional<qint64> lag = candidate->lagBytes;
    const std::optional<qint64> candidatePosition = own.ok() ? walPosition(own.json().object()) : std::nullopt;
    const PatroniReply leaderState = leader ? PatroniClient(m_endpoint).getUrl(QUrl(leader->apiUrl)) : PatroniReply{};
    const std::optional<qint64> leaderPosition = leaderState.ok() ? walPosition(leaderState.json().object()) : std::nullopt;
    // As patronictl does: a switchover posted to the leader starts at once; posted to another member, it waits in the
    // DCS for the leader's next cycle.
    m_postUrl = m_endpoint.url;
    if (m_kind == Kind::Switchover && leaderState.ok()) {
        m_postUrl = QUrl(leader->apiUrl);
        m_postUrl.setPath({});
    }
    if (candidatePosition && leaderPosition)
        lag = std::max<qint64>(0, *leaderPosition - *candidatePosition);
    if (!lag)
        checks << failed(tr("Lag within maximum_lag_on_failover"), tr("Patroni reports %1's lag as unknown; it would refuse it").arg(m_candidate));
    else if (*lag > maximumLag)
        checks << failed(tr("Lag within maximum_lag_on_failover"),
                         tr("%1 is %2 behind, over maximum_lag_on_failover (%3): Patroni would answer 412").arg(m_candidate, formatBytes(*lag), formatBytes(maximumLag)));
    else
        checks << passed(tr("Lag within maximum_lag_on_failover"), tr("%1 behind (limit %2)").arg(formatBytes(*lag), formatBytes(maximumLag)));
    if (leader && candidate->timeline != leader->timeline && config.value("check_timeline"_L1).toBool())
        checks << failed(tr("Same timeline"), tr("%1 is on timeline %2, the leader on %3").arg(m_candidate).arg(candidate->timeline).arg(leader->timeline));
    else
        checks << passed(tr("Same timeline"), tr("timeline %1").arg(candidate->timeline));
    if (config.value("synchronous_mode"_L1).toBool() && candidate->role != u"sync_standby")
        checks << failed(tr("Synchronous standby"), tr("synchronous_mode is on and %1 is not the synchronous standby: Patroni would lose "
                                                       "acknowledged transactions and refuses").arg(m_candidate));
    if (cluster->paused)
        checks << passed(tr("Maintenance mode"), tr("the cluster is paused; a named candidate is allowed"));
    if (candidate->state != u"streaming" && candidate->state != u"running")
        checks << warned(tr("Candidate streams"), tr("Patroni reports %1 as %2").arg(m_candidate, candidate->state));
    // A failover is not held back by a consumer's slot: the cluster needs a leader first; it says what is lost.
    return checks << patroniLogicalSlotChecks(m_profile, m_nodePassword, leader, *candidate, config, maximumLag, m_force || m_kind == Kind::Failover);
}

QList<ActionStep> PatroniRoleChange::plan() const
{
    const QString request = m_kind == Kind::Switchover ? u"POST /switchover {\"leader\": \"%1\", \"candidate\": \"%2\"}"_s.arg(m_oldLeader, m_candidate)
                                                       : u"POST /failover {\"candidate\": \"%1\"}"_s.arg(m_candidate);
    const bool poolers = m_poolers && m_poolers->any();
    const QString pauseDetail = !poolers  ? tr("there are none")
                                : pausing() ? tr("PAUSE on %1 at once, each within %2 ms: from here their clients wait instead of failing, until the poolers resume")
                                                  .arg(m_poolers->names())
                                                  .arg(m_poolers->pauseTimeoutMs())
                                : m_kind == Kind::Failover ? tr("a failover has no leader to drain: %1 are only routed").arg(m_poolers->names())
                                                           : tr("--no-pooler-pause: %1 are not paused, so their clients get errors while the leader changes")
                                                                 .arg(m_poolers->names());
    return {
        {tr("Pause the poolers"), pauseDetail, false},
        {tr("Ask Patroni"), tr("%1 to %2").arg(request, m_postUrl.toString()), true},
        {tr("Wait until %1 leads").arg(m_candidate), tr("GET /cluster until it is the leader"), false},
        {tr("Route the poolers to %1 and resume them").arg(m_candidate),
         poolers ? tr("once %1 takes writes: %2's [databases] rewritten and RELOAD, then RESUME; the result says how long clients were held")
                       .arg(m_candidate, m_poolers->names())
                 : tr("there are none"),
         false},
        {tr("Wait for the new timeline"), tr("GET /history until a timeline after %1 appears").arg(m_oldTimeline), false},
        {tr("Wait until every replica streams"), tr("GET /cluster until every other member streams from %1 on the new timeline").arg(m_candidate), false},
    };
}

QString PatroniRoleChange::clusterStateAfterAnotherChange(const ActionContext &context) const
{
    // A leader Patroni has just made reports its new timeline only after its next cycle: until then /cluster gives
    // the timeline before the change, which is not where the cluster is. Wait for it, briefly.
    constexpr int TimelineWaitMs = 20000;
    QElapsedTimer waited;
    waited.start();
    QString error;
    QString leaderName;
    int timeline = 0;
    while (true) {
        const auto cluster = fetchCluster(&error);
        const PatroniMember *leader = cluster ? cluster->leader() : nullptr;
        if (leader) {
            leaderName = leader->name;
            timeline = leader->timeline;
        }
        if (leader && leader->name == m_oldLeader && timeline <= m_oldTimeline)
            return {}; // nothing moved
        if ((leader && timeline > m_oldTimeline) || waited.elapsed() > TimelineWaitMs || context.cancelRequested())
            break;
        QThread::msleep(200);
    }
    if (leaderName.isEmpty())
        return tr("No member leads at the moment (GET /cluster: %1).").arg(error.isEmpty() ? tr("no leader") : error);
    if (timeline > m_oldTimeline)
        return tr("%1 leads on timeline %2 (GET /cluster).").arg(leaderName).arg(timeline);
    return tr("%1 leads; Patroni still reports timeline %2, the one before the change, after %3 s (GET /cluster).")
        .arg(leaderName)
        .arg(timeline)
        .arg(TimelineWaitMs / 1000);
}

ActionOutcome PatroniRoleChange::execute(ActionContext &context)
{
    ActionOutcome outcome = changeRoles(context);
    releasePoolers(context);
    if (m_poolers && m_poolers->holding()) {
        // Not a success while clients wait: the next step is the engineer's, and the exit code must say so.
        outcome.result = ActionOutcome::Result::Failed;
        outcome.message = tr("The poolers still hold their clients (RESUME failed): pgversectl pooler resume. %1").arg(outcome.message);
        outcome.needsRecovery = true;
    }
    return outcome;
}

std::optional<QString> PatroniRoleChange::writableNodeWithin(const ActionContext &context, int waitMs, const QString &preferred) const
{
    QElapsedTimer waited;
    waited.start();
    std::optional<QString> writable;
    while (true) {
        writable = m_lab->writableNode();
        if ((writable && (preferred.isEmpty() || *writable == preferred)) || waited.elapsed() >= waitMs || context.cancelRequested())
            return writable;
        QThread::msleep(50);
    }
}

void PatroniRoleChange::releasePoolers(ActionContext &context)
{
    if (!m_poolers || !m_poolers->any() || m_poolersRouted)
        return;
    // Patroni may have moved the leader although the action failed, was cancelled or saw it do something else than
    // asked: the clients go where writes go now (paused or not), and a pause is resumed even when no node takes writes.
    const std::optional<QString> writable = writableNodeWithin(context, 10000, {});
    QString released;
    QString releaseError;
    const bool ok = writable ? m_poolers->routeAndResume(*writable, &released, &releaseError) : m_poolers->resume(&released, &releaseError);
    if (!ok)
        context.log(releaseError);
    else if (!released.isEmpty())
        context.log(tr("Poolers released on the way out: %1").arg(released));
}

void PatroniRoleChange::routePoolers(ActionContext &context)
{
    context.startStep(RoutePoolers);
    if (!m_poolers || !m_poolers->any()) {
        context.finishStep(RoutePoolers, StepStatus::Skipped, tr("no poolers"));
        return;
    }
    // Patroni names the leader before PostgreSQL has finished promoting it: clients resumed earlier would get
    // read-only errors. A bounded wait; past it they go to whichever node takes writes (the candidate when none does),
    // since paused clients must not wait forever.
    const QString target = writableNodeWithin(context, 30000, m_candidate).value_or(m_candidate);
    QString routed;
    QString routeError;
    // A failover resumes what it paused (nothing): a pause someone else took stays theirs, as the checks said.
    if (m_poolers->routeAndResume(target, &routed, &routeError)) {
        m_poolersRouted = true;
        context.finishStep(RoutePoolers, StepStatus::Done, routed);
        return;
    }
    context.log(tr("Not every pooler was routed to %1 (%2): fix it, then pgversectl pooler resume.").arg(target, routeError));
    context.finishStep(RoutePoolers, StepStatus::Failed, routeError);
    // Clients held through the rest of the change for nothing: release what can be released now.
    releasePoolers(context);
}

ActionOutcome PatroniRoleChange::changeRoles(ActionContext &context)
{
    context.startStep(PausePoolers);
    if (!pausing()) {
        context.finishStep(PausePoolers, StepStatus::Skipped,
                           !m_poolers || !m_poolers->any() ? tr("no poolers") : m_kind == Kind::Failover ? tr("failover") : tr("--no-pooler-pause"));
    } else {
        QString paused;
        QString pauseError;
        if (!m_poolers->pause(&paused, &pauseError)) {
            context.finishStep(PausePoolers, StepStatus::Failed, pauseError);
            return {ActionOutcome::Result::Failed, pauseError, tr("Nothing was changed; no pooler stays paused.")};
        }
        context.finishStep(PausePoolers, StepStatus::Done, paused);
    }
    if (context.cancelRequested())
        return {ActionOutcome::Result::Cancelled, tr("Cancelled before anything changed."), tr("Nothing was changed.")};
    PatroniEndpoint target = m_endpoint;
    if (m_postUrl.isValid())
        target.url = m_postUrl;
    const PatroniClient client(target);
    context.startStep(Post);
    QJsonObject body{{"candidate"_L1, m_candidate}};
    if (m_kind == Kind::Switchover)
        body.insert("leader"_L1, m_oldLeader);
    // Patroni answers a switchover only once it is done; a slow answer is not a failure, the following steps tell.
    const PatroniReply reply = client.post(m_kind == Kind::Switchover ? u"/switchover"_s : u"/failover"_s, body, 60000);
    if (reply.status == 401 || reply.status == 403) {
        const QString message = tr("Patroni refused the request: %1. Set the REST user and password of profile %2 (restapi.authentication).")
                                    .arg(reply.describe(), m_profile.name);
        context.finishStep(Post, StepStatus::Failed, reply.describe());
        return {ActionOutcome::Result::Failed, message, tr("Nothing was changed.")};
    }
    if (reply.status >= 400) {
        context.finishStep(Post, StepStatus::Failed, reply.describe());
        // A refusal after the fact ("Switchover failed") can come while another request moved the leader: say where
        // the cluster is rather than "nothing was changed".
        const QString state = clusterStateAfterAnotherChange(context);
        return {ActionOutcome::Result::Failed, tr("Patroni refused: %1").arg(reply.describe()), state.isEmpty() ? tr("Nothing was changed.") : state};
    }
    // Patroni may do something else than asked (another request won, or the candidate failed and it fell back):
    // its answer says so, and waiting for a candidate that will not lead would only keep the engineer waiting.
    const std::optional<QString> madeLeader = reply.ok() ? roleChangeLeaderIn(reply.body) : std::nullopt;
    if (madeLeader && *madeLeader != m_candidate) {
        const QString answer = QString::fromUtf8(reply.body).simplified();
        context.finishStep(Post, StepStatus::Failed, answer);
        const QString state = clusterStateAfterAnotherChange(context);
        return {ActionOutcome::Result::Failed, tr("Patroni did not make %1 the leader: it answered \"%2\".").arg(m_candidate, answer),
                state.isEmpty() ? tr("GET /cluster shows who leads now.") : state};
    }
    context.finishStep(Post, StepStatus::Done, reply.status == 0 ? tr("no answer yet (%1); following the cluster").arg(reply.describe())
                                                                 : reply.describe());
    context.setCancellable(true); // from here, cancelling only stops watching

    QElapsedTimer clock;
    clock.start();
    auto follow = [&](int step, const std::function<bool()> &done) {
        context.startStep(step);
        while (!done()) {
            if (context.cancelRequested()) {
                context.finishStep(step, StepStatus::Skipped, tr("stopped watching"));
                return false;
            }
            if (clock.elapsed() > m_followLimitMs) {
                context.finishStep(step, StepStatus::Failed, tr("still under way after %1 s").arg(m_followLimitMs / 1000));
                return false;
            }
            QThread::msleep(100);
        }
        context.finishStep(step, StepStatus::Done, tr("after %1 ms").arg(clock.elapsed()));
        return true;
    };
    QString error;
    std::optional<PatroniCluster> cluster;
    const bool led = follow(NewLeader, [&] {
        // Patroni slow to act (or acting otherwise): paused clients are let go after a budget rather than held for
        // the whole follow limit; the route step routes them again once the candidate leads.
        if (m_poolers && m_poolers->holding() && clock.elapsed() > PauseBudgetMs) {
            context.log(tr("Patroni has not made %1 the leader after %2 s: the poolers' clients are let go.").arg(m_candidate).arg(PauseBudgetMs / 1000));
            releasePoolers(context);
        }
        cluster = fetchCluster(&error);
        const PatroniMember *leader = cluster ? cluster->leader() : nullptr;
        return leader && leader->name == m_candidate;
    });
    if (led)
        routePoolers(context);
    int newTimeline = 0;
    // The timeline the leader itself reports: /history lags behind it, and after two quick role changes names one
    // that is already over.
    const bool timeline = led && follow(NewTimeline, [&] {
        cluster = fetchCluster(&error);
        const PatroniMember *leader = cluster ? cluster->leader() : nullptr;
        if (!leader || leader->name != m_candidate)
            return false;
        newTimeline = leader->timeline > 0 ? leader->timeline : latestTimeline(client.get(u"/history"_s).json()) + 1;
        return newTimeline > m_oldTimeline;
    });
    const bool streaming = timeline && follow(ReplicasStream, [&] {
        cluster = fetchCluster(&error);
        if (!cluster)
            return false;
        if (const PatroniMember *leader = cluster->leader(); leader && leader->name == m_candidate && leader->timeline > newTimeline)
            newTimeline = leader->timeline;
        return std::all_of(cluster->members.cbegin(), cluster->members.cend(), [&](const PatroniMember &member) {
            if (member.name == m_candidate)
                return member.isLeader() && member.timeline >= newTimeline;
            // The old leader of a failover may be gone for good; it is not waited for.
            if (m_kind == Kind::Failover && member.name == m_oldLeader && member.state != u"streaming" && member.state != u"running")
                return true;
            return (member.state == u"streaming" || member.state == u"running") && member.timeline >= newTimeline && member.lagBytes.has_value();
        });
    });
    if (context.cancelRequested())
        return {ActionOutcome::Result::Cancelled, tr("Stopped watching; Patroni carries on by itself."), tr("Check with pgversectl status.")};
    if (!streaming)
        return {ActionOutcome::Result::Failed, tr("The role change did not complete: %1").arg(error),
                tr("Patroni may still be working on it; GET /cluster shows where it stands.")};
    const QString held = m_poolers && m_poolers->heldMs() >= 0 ? u" "_s + tr("The poolers' clients were held %1 ms.").arg(m_poolers->heldMs()) : QString();
    return {ActionOutcome::Result::Succeeded, tr("%1 leads on timeline %2; every replica streams from it.").arg(m_candidate).arg(newTimeline) + held, {}};
}

QList<ActionCheck> PatroniRoleChange::verify()
{
    QList<ActionCheck> checks;
    QString error;
    const auto cluster = fetchCluster(&error);
    const PatroniMember *leader = cluster ? cluster->leader() : nullptr;
    checks << (leader && leader->name == m_candidate
                   ? passed(tr("Patroni: %1 leads").arg(m_candidate), tr("timeline %1").arg(leader->timeline))
                   : failed(tr("Patroni: %1 leads").arg(m_candidate), leader ? tr("%1 leads").arg(leader->name) : error));
    // The second source: what the servers themselves say.
    const TopologySnapshot snapshot = probeTopologyNow(m_profile.name, m_profile.endpoints());
    int primaries = 0;
    for (const TopologyNode &node : snapshot.nodes)
        primaries += node.role == NodeRole::Primary;
    const TopologyNode *promoted = snapshot.node(m_candidate);
    checks << (promoted && promoted->role == NodeRole::Primary && primaries == 1
                   ? passed(tr("PostgreSQL: %1 is the only primary").arg(m_candidate), tr("pg_is_in_recovery() is false there only"))
                   : failed(tr("PostgreSQL: %1 is the only primary").arg(m_candidate), tr("%1 nodes accept writes").arg(primaries)));
    if (m_poolers)
        checks << m_poolers->verify(m_candidate);
    return checks;
}

} // namespace pgv
