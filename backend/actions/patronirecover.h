// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "labpoolers.h"
#include "patroni/patroniclient.h"
#include "profiles/profile.h"

#include <QCoreApplication>

namespace pgv {

/// After a Patroni switchover or failover that died half-way (its process killed, say): Patroni finishes or undoes
/// the role change by itself, so recovering is waiting until it has a leader, then routing a lab's poolers to that
/// leader and resuming whatever is still paused — a dead switchover's clients must not stay paused or go on to the
/// old leader. Takes over the interrupted journal, so the next action may run.
class PatroniRecover final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PatroniRecover)
public:
    PatroniRecover(Profile profile, PatroniEndpoint endpoint);

    QString name() const override { return QStringLiteral("recover"); }
    QString title() const override;
    QVariantMap parameters() const override;
    LockScope lockScope() const override { return profileLockScope(m_profile, {}); }
    bool takesOverInterrupted() const override { return true; }
    void adoptInterrupted(const ActionJournal &journal) override { m_interrupted = journal; }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    /// The nodes' SQL password (from the keychain), to see which server takes writes; empty when libpq finds one.
    void setNodePassword(const QString &password) { m_nodePassword = password; }
    /// How long to wait for Patroni to name a leader whose server takes writes (default 2 min).
    void setLeaderWaitMs(int milliseconds) { m_leaderWaitMs = milliseconds; }

private:
    enum Step { WaitForLeader, RoutePoolers };
    /// The member Patroni names leader, when its server takes writes (empty otherwise).
    QString writableLeader(QString *error) const;

    Profile m_profile;
    PatroniEndpoint m_endpoint;
    std::optional<ActionJournal> m_interrupted;
    std::optional<Lab> m_lab;
    std::unique_ptr<LabPoolers> m_poolers;
    QString m_leader;
    QString m_nodePassword;
    int m_leaderWaitMs = 120000;
};

} // namespace pgv
