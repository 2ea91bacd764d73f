// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"
#include "poolerstatus.h"
#include "profiles/profile.h"

#include <QCoreApplication>

namespace pgv {

/// PAUSE, RESUME, RECONNECT, RELOAD or KILL on one or all of a cluster's poolers, as an audited action holding the
/// cluster's lock (a coordinated switchover pauses the same poolers). Checks read every pooler first and refuse what
/// cannot work: a pooler that does not answer, a database it does not have. RESUME runs even while an interrupted
/// action's journal is left, and leaves that journal for recover: a dead switchover's clients must not wait.
class PoolerControl final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PoolerControl)
public:
    enum class Command { Pause, Resume, Reconnect, Reload, Kill };

    /// \a database empty: every database (KILL needs one). The lock is \a cluster's, reached with \a password.
    PoolerControl(Command command, QList<PoolerEndpoint> poolers, QString database, Profile cluster, QString password);

    /// "pooler-pause", "pooler-resume", "pooler-reconnect", "pooler-reload", "pooler-kill": stable, in the audit log.
    QString name() const override;
    QString title() const override;
    QVariantMap parameters() const override;
    /// KILL drops clients in the middle of their work; the others only make them wait or reconnect.
    bool isDestructive() const override { return m_command == Command::Kill; }
    LockScope lockScope() const override { return profileLockScope(m_cluster, m_password); }
    bool runsBesideInterrupted() const override { return m_command == Command::Resume; }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    /// How long one PAUSE may take on a pooler (its transactions must end) before everything is resumed again.
    static constexpr int PauseTimeoutMs = 5000;
    static constexpr int CommandTimeoutMs = 5000;

private:
    Command m_command;
    QList<PoolerEndpoint> m_poolers;
    QString m_database;
    Profile m_cluster;
    QString m_password;
    QList<PoolerStatus> m_before;
};

} // namespace pgv
