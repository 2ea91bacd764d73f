// SPDX-License-Identifier: GPL-3.0-or-later
#include "patronimaintenance.h"

#include "labactionsupport.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pgv {

PatroniMaintenance::PatroniMaintenance(Kind kind, Profile profile, PatroniEndpoint endpoint, QString member)
    : m_kind(kind)
    , m_profile(std::move(profile))
    , m_endpoint(std::move(endpoint))
    , m_member(std::move(member))
{
}

QString PatroniMaintenance::name() const
{
    switch (m_kind) {
    case Kind::Restart:
        return u"restart"_s;
    case Kind::Reinitialize:
        return u"reinitialize"_s;
    case Kind::Pause:
        return u"pause"_s;
    case Kind::Resume:
        return u"resume"_s;
    }
    return {};
}

QString PatroniMaintenance::title() const
{
    switch (m_kind) {
    case Kind::Restart:
        return tr("Restart %1 of %2").arg(m_member, m_profile.name);
    case Kind::Reinitialize:
        return tr("Reinitialize %1 of %2").arg(m_member, m_profile.name);
    case Kind::Pause:
        return tr("Pause automatic failover of %1").arg(m_profile.name);
    case Kind::Resume:
        return tr("Resume automatic failover of %1").arg(m_profile.name);
    }
    return {};
}

QVariantMap PatroniMaintenance::parameters() const
{
    return {{u"driver"_s, u"patroni"_s}, {u"member"_s, m_member}};
}

std::optional<PatroniCluster> PatroniMaintenance::cluster(QString *error) const
{
    const PatroniReply reply = PatroniClient(m_endpoint).get(u"/cluster"_s);
    auto result = reply.ok() ? PatroniCluster::fromJson(reply.json().object()) : std::nullopt;
    if (!result)
        *error = reply.describe();
    return result;
}

QList<ActionCheck> PatroniMaintenance::preflight()
{
    QList<ActionCheck> checks;
    QString error;
    const auto current = cluster(&error);
    if (!current) {
        checks << failed(tr("Patroni answers"), tr("GET /cluster from %1: %2").arg(m_endpoint.url.toString(), error));
        return checks;
    }
    checks << passed(tr("Patroni answers"), tr("%1 members").arg(current->members.size()));
    checks << (m_endpoint.password.isEmpty() ? warned(tr("REST credentials"), tr("no REST password: Patroni refuses changes without one (401)"))
                                             : passed(tr("REST credentials"), tr("basic authentication as %1").arg(m_endpoint.user)));
    switch (m_kind) {
    case Kind::Pause:
        checks << (current->paused ? failed(tr("Not paused yet"), tr("the cluster is already in maintenance mode"))
                                   : passed(tr("Not paused yet"), tr("Patroni fails over automatically now; pausing stops that until resumed")));
        break;
    case Kind::Resume:
        checks << (!current->paused ? failed(tr("Paused"), tr("the cluster is not in maintenance mode"))
                                    : passed(tr("Paused"), tr("resuming lets Patroni fail over automatically again")));
        break;
    case Kind::Restart:
    case Kind::Reinitialize: {
        const PatroniMember *member = current->member(m_member);
        if (!member) {
            checks << failed(tr("Member exists"), tr("Patroni knows no member \"%1\"").arg(m_member));
            break;
        }
        m_memberApi = member->apiUrl;
        checks << passed(tr("Member exists"), tr("%1 is %2, %3").arg(m_member, member->role, member->state));
        if (m_kind == Kind::Reinitialize && member->isLeader())
            checks << failed(tr("Member is a replica"), tr("%1 leads: reinitializing means wiping its data and cloning it from the leader, "
                                                           "which it is; switch over first").arg(m_member));
        if (m_kind == Kind::Restart && member->isLeader())
            checks << warned(tr("Writes pause"), tr("%1 leads: writes stop while it restarts (Patroni does not fail over for a restart)").arg(m_member));
        if (m_kind == Kind::Reinitialize)
            checks << warned(tr("Data is replaced"), tr("%1's data folder is removed and cloned again from the leader").arg(m_member));
        break;
    }
    }
    return checks;
}

QList<ActionStep> PatroniMaintenance::plan() const
{
    switch (m_kind) {
    case Kind::Restart:
        return {{tr("Ask %1's Patroni to restart PostgreSQL").arg(m_member), u"POST %1/restart"_s.arg(QUrl(m_memberApi).adjusted(QUrl::RemovePath).toString()), true},
                {tr("Wait until %1 runs again").arg(m_member), tr("GET /cluster"), false}};
    case Kind::Reinitialize:
        return {{tr("Ask %1's Patroni to reinitialize it").arg(m_member), u"POST %1/reinitialize {\"force\": true}"_s.arg(QUrl(m_memberApi).adjusted(QUrl::RemovePath).toString()), true},
                {tr("Wait until %1 streams again").arg(m_member), tr("GET /cluster"), false}};
    case Kind::Pause:
        return {{tr("Turn maintenance mode on"), u"PATCH /config {\"pause\": true}"_s, false}, {tr("Wait until the cluster reports it"), tr("GET /cluster"), false}};
    case Kind::Resume:
        return {{tr("Turn maintenance mode off"), u"PATCH /config {\"pause\": false}"_s, false}, {tr("Wait until the cluster reports it"), tr("GET /cluster"), false}};
    }
    return {};
}

PatroniEndpoint PatroniMaintenance::memberEndpoint() const
{
    PatroniEndpoint target = m_endpoint;
    target.url = QUrl(m_memberApi).adjusted(QUrl::RemovePath);
    return target;
}

QString PatroniMaintenance::postmasterStart() const
{
    const PatroniReply reply = PatroniClient(memberEndpoint()).get(u"/patroni"_s);
    return reply.ok() ? reply.json().object().value("postmaster_start_time"_L1).toString() : QString();
}

PatroniMaintenance::Observation PatroniMaintenance::observe(QString *error) const
{
    Observation observation{cluster(error), {}};
    if (observation.cluster && (m_kind == Kind::Restart || m_kind == Kind::Reinitialize))
        observation.postmasterStart = postmasterStart();
    return observation;
}

bool PatroniMaintenance::settled(const Observation &observation) const
{
    if (!observation.cluster)
        return false;
    const PatroniCluster &current = *observation.cluster;
    switch (m_kind) {
    case Kind::Pause:
        return current.paused;
    case Kind::Resume:
        return !current.paused;
    case Kind::Restart:
    case Kind::Reinitialize: {
        const PatroniMember *member = current.member(m_member);
        if (!member)
            return false;
        const bool serving = member->isLeader() ? member->state == u"running"
                                                : (member->state == u"streaming" || member->state == u"running") && member->lagBytes.has_value();
        return serving && !observation.postmasterStart.isEmpty() && observation.postmasterStart != m_postmasterBefore;
    }
    }
    return false;
}

ActionOutcome PatroniMaintenance::execute(ActionContext &context)
{
    context.startStep(0);
    const bool restarts = m_kind == Kind::Restart || m_kind == Kind::Reinitialize;
    const PatroniClient client(restarts ? memberEndpoint() : m_endpoint);
    if (restarts)
        m_postmasterBefore = postmasterStart();
    PatroniReply reply;
    switch (m_kind) {
    case Kind::Restart:
        reply = client.post(u"/restart"_s, {}, 120000);
        break;
    case Kind::Reinitialize:
        reply = client.post(u"/reinitialize"_s, {{"force"_L1, true}}, 60000);
        break;
    case Kind::Pause:
    case Kind::Resume:
        reply = client.patch(u"/config"_s, {{"pause"_L1, m_kind == Kind::Pause}});
        break;
    }
    if (!reply.ok()) {
        context.finishStep(0, StepStatus::Failed, reply.describe());
        const QString advice = reply.status == 401 ? tr(" Set the REST user and password of profile %1.").arg(m_profile.name) : QString();
        return {ActionOutcome::Result::Failed, tr("Patroni refused: %1.%2").arg(reply.describe(), advice), tr("Nothing was changed.")};
    }
    context.finishStep(0, StepStatus::Done, reply.describe());
    context.startStep(1);
    QElapsedTimer clock;
    clock.start();
    QString error;
    // Give a restart time to begin before "running" counts: right after the POST the member may still report it.
    QThread::msleep(m_kind == Kind::Restart || m_kind == Kind::Reinitialize ? 1000 : 0);
    while (true) {
        if (settled(observe(&error)))
            break;
        if (context.cancelRequested())
            return {ActionOutcome::Result::Cancelled, tr("Stopped watching; Patroni carries on by itself."), {}};
        if (clock.elapsed() > 600000) {
            context.finishStep(1, StepStatus::Failed, error);
            return {ActionOutcome::Result::Failed, tr("Not settled after 10 minutes: %1").arg(error), tr("Patroni may still be working on it.")};
        }
        QThread::msleep(200);
    }
    context.finishStep(1, StepStatus::Done, tr("after %1 ms").arg(clock.elapsed()));
    return {ActionOutcome::Result::Succeeded, tr("%1: done.").arg(title()), {}};
}

QList<ActionCheck> PatroniMaintenance::verify()
{
    QString error;
    const Observation now = observe(&error);
    if (settled(now))
        return {passed(tr("Patroni reports the change"), title())};
    return {failed(tr("Patroni reports the change"), now.cluster ? tr("not yet") : error)};
}

} // namespace pgv
