// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "patroniaction.h"

namespace pgv {

/// Patroni's other operations: restart or reinitialize a member, pause or resume automatic failover
/// (maintenance mode). Each posts one request and follows the cluster until the change is visible.
class PatroniMaintenance final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PatroniMaintenance)
public:
    enum class Kind { Restart, Reinitialize, Pause, Resume };

    PatroniMaintenance(Kind kind, Profile profile, PatroniEndpoint endpoint, QString member = {});

    QString name() const override;
    QString title() const override;
    QVariantMap parameters() const override;
    /// Patroni has its own rules for concurrent requests; this lock keeps two consoles from sending them at once.
    LockScope lockScope() const override { return profileLockScope(m_profile, {}); }
    bool isDestructive() const override { return true; }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

private:
    /// What the wait for the change reads each round: the cluster, and for a restart or reinitialize the member's
    /// postmaster start. Read here so that settled() is a plain test of what was read, with no request inside it.
    struct Observation
    {
        std::optional<PatroniCluster> cluster;
        QString postmasterStart;
    };
    std::optional<PatroniCluster> cluster(QString *error) const;
    Observation observe(QString *error) const;
    bool settled(const Observation &observation) const;
    /// The member's own REST API (restart and reinitialize go there).
    PatroniEndpoint memberEndpoint() const;
    /// The member's postmaster start time, as its GET /patroni says (empty when it does not answer).
    QString postmasterStart() const;

    Kind m_kind;
    Profile m_profile;
    PatroniEndpoint m_endpoint;
    QString m_member;
    QString m_memberApi;
    /// Before a restart or reinitialize: it counts as done only once the member runs a newer postmaster. Right after
    /// the POST the member still reports "running" for a while (seen under load: a reinitialize reported done before
    /// it began, its verification then saw "creating replica").
    QString m_postmasterBefore;
};

} // namespace pgv
