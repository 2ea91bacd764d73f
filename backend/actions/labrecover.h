// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labactionsupport.h"

namespace pgv {

/// After an interrupted or failed action: brings the lab back to one primary with every other node following it.
/// Which node is primary comes from the cluster itself when one runs, else from the interrupted action's journal
/// (a switchover or failover that had fenced the old primary is finished by promoting its candidate; one that had
/// not is undone by starting the old primary again). No acknowledged commit is lost: a promoted candidate had
/// replayed the old primary's shutdown checkpoint before the fence was written, and a node is rewound only when it
/// cannot follow as it is (after a failover, which reported that loss when it ran).
class LabRecover final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabRecover)
public:
    explicit LabRecover(Lab lab, LabActionSettings settings = {});

    QString name() const override { return QStringLiteral("recover"); }
    QString title() const override;
    QVariantMap parameters() const override;
    LockScope lockScope() const override { return labLockScope(m_lab.manifest().name, m_lab.manifest().dir); }
    bool takesOverInterrupted() const override { return true; }
    void adoptInterrupted(const ActionJournal &journal) override { m_interrupted = journal; }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

private:
    enum class Start { AlreadyRunning, Promote, StartStopped };
    enum Step { BringUpPrimary, CheckpointPrimary, MoveSubscribers, RoutePoolers, FollowPrimary };

    bool follow(const QString &node, int timeline, QString *note, QString *error) const;

    Lab m_lab;
    LabActionSettings m_settings;
    std::optional<ActionJournal> m_interrupted;
    QString m_primary;
    Start m_start = Start::AlreadyRunning;
    QStringList m_followers;
};

} // namespace pgv
