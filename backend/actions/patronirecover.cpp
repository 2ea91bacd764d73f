// SPDX-License-Identifier: GPL-3.0-or-later
#include "patronirecover.h"

#include "labactionsupport.h"
#include "monitor/probenow.h"
#include "patroni/patronicluster.h"

#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pgv {

PatroniRecover::PatroniRecover(Profile profile, PatroniEndpoint endpoint)
    : m_profile(std::move(profile))
    , m_endpoint(std::move(endpoint))
{
}

QString PatroniRecover::title() const
{
    return tr("Recovery of %1 after an interrupted action (Patroni)").arg(m_profile.name);
}

QVariantMap PatroniRecover::parameters() const
{
    QVariantMap parameters{{u"driver"_s, u"patroni"_s}, {u"leader"_s, m_leader}};
    if (m_interrupted)
        parameters.insert(u"interrupted"_s, m_interrupted->action);
    if (m_poolers && m_poolers->any())
        parameters.insert(u"poolers"_s, m_poolers->names());
    return parameters;
}

QString PatroniRecover::writableLeader(QString *error) const
{
    const PatroniReply reply = PatroniClient(m_endpoint).get(u"/cluster"_s);
    const auto cluster = reply.ok() ? PatroniCluster::fromJson(reply.json().object()) : std::nullopt;
    const PatroniMember *leader = cluster ? cluster->leader() : nullptr;
    if (!leader) {
        *error = cluster ? tr("Patroni names no leader") : reply.describe();
        return {};
    }
    // Patroni names the leader before its server has finished promoting: it counts once it takes writes.
    const TopologySnapshot snapshot = probeTopologyNow(m_profile.name, m_profile.endpoints(m_nodePassword));
    const TopologyNode *node = snapshot.node(leader->name);
    if (!node || node->role != NodeRole::Primary) {
        *error = tr("Patroni names %1 the leader, but its server does not take writes yet").arg(leader->name);
        return {};
    }
    return leader->name;
}

QList<ActionCheck> PatroniRecover::preflight()
{
    QList<ActionCheck> checks;
    checks << (m_interrupted ? passed(tr("An interrupted action"), m_interrupted->describe())
                             : passed(tr("An interrupted action"), tr("none is left; the poolers are still checked")));
    const PatroniReply reply = PatroniClient(m_endpoint).get(u"/cluster"_s);
    checks << (reply.ok() ? passed(tr("Patroni answers"), m_endpoint.url.toString())
                          : failed(tr("Patroni answers"), tr("GET /cluster from %1: %2").arg(m_endpoint.url.toString(), reply.describe())));
    m_poolers.reset();
    m_lab.reset();
    if (!m_profile.labDir.isEmpty()) {
        QString labError;
        m_lab = Lab::open(m_profile.labDir, &labError);
        if (!m_lab)
            checks << warned(tr("The lab's poolers"), labError);
        else if (!m_lab->manifest().poolers.isEmpty())
            m_poolers = std::make_unique<LabPoolers>(*m_lab);
    }
    // Unreachable ones are left out (a warning): recovering must not wait for a pooler that is down.
    if (m_poolers)
        checks << m_poolers->checks(false, true);
    return checks;
}

QList<ActionStep> PatroniRecover::plan() const
{
    return {
        {tr("Wait for a leader"), tr("GET /cluster until Patroni names a leader and its server takes writes (at most %1 s): Patroni finishes "
                                     "or undoes the role change itself").arg(m_leaderWaitMs / 1000),
         false},
        {tr("Route the poolers to the leader and resume them"),
         m_poolers && m_poolers->any() ? tr("%1: [databases] rewritten and RELOAD, then RESUME wherever a database is paused").arg(m_poolers->names())
                                       : tr("there are none"),
         false},
    };
}

ActionOutcome PatroniRecover::execute(ActionContext &context)
{
    context.setCancellable(true);
    context.startStep(WaitForLeader);
    QElapsedTimer waited;
    waited.start();
    QString error;
    while ((m_leader = writableLeader(&error)).isEmpty()) {
        if (context.cancelRequested()) {
            context.finishStep(WaitForLeader, StepStatus::Skipped, tr("cancelled"));
            return {ActionOutcome::Result::Cancelled, tr("Cancelled while waiting for a leader."), tr("Run pgversectl recover again.")};
        }
        if (waited.elapsed() > m_leaderWaitMs) {
            context.finishStep(WaitForLeader, StepStatus::Failed, error);
            return {ActionOutcome::Result::Failed, tr("No leader after %1 s: %2").arg(m_leaderWaitMs / 1000).arg(error),
                    tr("See patronictl list and the members' logs; Patroni needs its DCS and a healthy member to elect one.")};
        }
        QThread::msleep(200);
    }
    context.finishStep(WaitForLeader, StepStatus::Done, tr("%1 leads, after %2 ms").arg(m_leader).arg(waited.elapsed()));
    context.startStep(RoutePoolers);
    if (!m_poolers || !m_poolers->any()) {
        context.finishStep(RoutePoolers, StepStatus::Skipped, tr("no poolers"));
        return {ActionOutcome::Result::Succeeded, tr("%1 leads; nothing else was left to do.").arg(m_leader), {}};
    }
    QString routed;
    if (!m_poolers->routeAndResumeAll(m_leader, &routed, &error)) {
        context.finishStep(RoutePoolers, StepStatus::Failed, error);
        return {ActionOutcome::Result::Failed, tr("Not every pooler was routed to %1 and resumed: %2").arg(m_leader, error),
                tr("Start the poolers that are down (pgversectl lab start), then run pgversectl recover again.")};
    }
    context.finishStep(RoutePoolers, StepStatus::Done, routed);
    return {ActionOutcome::Result::Succeeded, tr("%1 leads; the poolers route to it and none is paused.").arg(m_leader), {}};
}

QList<ActionCheck> PatroniRecover::verify()
{
    QList<ActionCheck> checks;
    QString error;
    const QString leader = writableLeader(&error);
    checks << (leader.isEmpty() ? failed(tr("A leader takes writes"), error) : passed(tr("A leader takes writes"), leader));
    if (m_poolers && !leader.isEmpty())
        checks << m_poolers->verify(leader);
    return checks;
}

} // namespace pgv
