// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "labpoolers.h"
#include "patroni/patroniclient.h"
#include "patroni/patronicluster.h"
#include "profiles/profile.h"

#include <QCoreApplication>

namespace pgv {

/// Switchover or failover through Patroni's REST API. Before posting, Patroni's own rules for a healthy candidate are
/// checked here, so a refusal is explained before it happens (Patroni only answers 412 after the POST). After posting,
/// the action follows the cluster until the candidate leads on a new timeline (in /history) and every replica
/// streams again — it does not give up after a fixed time and call the result "unknown".
/// In a Patroni lab with PgBouncers, a switchover pauses them before the request and, once the candidate takes
/// writes, routes them to it and resumes them (on every path out); a failover routes and resumes them.
class PatroniRoleChange final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PatroniRoleChange)
public:
    enum class Kind { Switchover, Failover };

    PatroniRoleChange(Kind kind, Profile profile, PatroniEndpoint endpoint, QString candidate);

    QString name() const override;
    QString title() const override;
    QVariantMap parameters() const override;
    /// Patroni has its own rules for concurrent requests; this lock keeps two consoles from sending them at once.
    LockScope lockScope() const override { return profileLockScope(m_profile, {}); }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    /// Go ahead even when a logical slot would be missing on the candidate (see patroniLogicalSlotChecks).
    void setForce(bool force) { m_force = force; }
    /// The nodes' SQL password (from the keychain) for reading their logical slots; empty when libpq finds one.
    void setNodePassword(const QString &password) { m_nodePassword = password; }

    /// Pause the lab's poolers around a switchover (default); off, their clients get errors while the leader changes.
    void setPausePoolers(bool pause) { m_pausePoolers = pause; }

    /// How long following the change may take before the action reports it as still under way (default 10 min).
    void setFollowLimitMs(int milliseconds) { m_followLimitMs = milliseconds; }

private:
    enum Step { PausePoolers, Post, NewLeader, RoutePoolers, NewTimeline, ReplicasStream };
    ActionOutcome changeRoles(ActionContext &context);
    /// The route-poolers step: once the candidate takes writes, the lab's poolers go to it and resume.
    void routePoolers(ActionContext &context);
    /// On the way out with poolers still paused: routed to whichever node takes writes now, and resumed.
    void releasePoolers(ActionContext &context);
    bool pausing() const { return m_poolers && m_poolers->any() && m_pausePoolers && m_kind == Kind::Switchover; }
    /// \a preferred once it takes writes (any node when empty), else after \a waitMs whichever node does, if any.
    std::optional<QString> writableNodeWithin(const ActionContext &context, int waitMs, const QString &preferred) const;
    /// How long the poolers may hold their clients while Patroni has not yet made the candidate the leader.
    static constexpr int PauseBudgetMs = 30000;
    std::optional<PatroniCluster> fetchCluster(QString *error) const;
    /// After Patroni did something else than asked: who leads now and on which timeline, or empty when the old
    /// leader still leads on the old timeline.
    QString clusterStateAfterAnotherChange(const ActionContext &context) const;

    Kind m_kind;
    Profile m_profile;
    PatroniEndpoint m_endpoint;
    QUrl m_postUrl; // where the request goes: the leader's REST API when it answered the checks, else the profile's
    QString m_candidate;
    QString m_oldLeader;
    int m_oldTimeline = 0;
    int m_followLimitMs = 600000;
    bool m_force = false;
    bool m_pausePoolers = true;
    QString m_nodePassword;
    std::optional<Lab> m_lab; // a Patroni lab: its poolers are coordinated (m_poolers refers to it)
    std::unique_ptr<LabPoolers> m_poolers;
    bool m_poolersRouted = false; // the route step routed and resumed them
};

} // namespace pgv
