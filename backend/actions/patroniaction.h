// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "patroni/patroniclient.h"
#include "patroni/patronicluster.h"
#include "profiles/profile.h"

#include <QCoreApplication>

namespace pgv {

/// Switchover or failover through Patroni's REST API. Before posting, Patroni's own rules for a healthy candidate are
/// checked here, so a refusal is explained before it happens (Patroni only answers 412 after the POST). After posting,
/// the action follows the cluster until the candidate leads on a new timeline (in /history) and every replica
/// streams again — it does not give up after a fixed time and call the result "unknown".
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

    /// How long following the change may take before the action reports it as still under way (default 10 min).
    void setFollowLimitMs(int milliseconds) { m_followLimitMs = milliseconds; }

private:
    enum Step { Post, NewLeader, NewTimeline, ReplicasStream };
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
    QString m_nodePassword;
};

} // namespace pgv
