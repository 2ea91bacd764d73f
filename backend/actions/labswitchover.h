// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labactionsupport.h"
#include "labpoolers.h"
#include "labsubscribers.h"

namespace pgv {

/// Planned switchover in a lab: the primary is stopped cleanly, the candidate replays up to the primary's shutdown
/// checkpoint (so no committed transaction is lost), is promoted, the other standbys follow it, and the old primary
/// comes back as its standby (rewound only if it cannot follow as it is). The lab's logical subscriber, when it
/// streams from the old primary, is kept whole: it has applied everything before the promotion, and streams from
/// the new primary through a slot made there before the new primary takes a write.
class LabSwitchover final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabSwitchover)
public:
    LabSwitchover(Lab lab, QString candidate, LabActionSettings settings = {});

    QString name() const override { return QStringLiteral("switchover"); }
    QString title() const override;
    QVariantMap parameters() const override;
    LockScope lockScope() const override { return labLockScope(m_lab.manifest().name, m_lab.manifest().dir); }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    /// The step after which the candidate may be promoted (its old primary is fenced): recover finishes from there.
    static constexpr int promoteStep() { return Promote; }
    /// The step whose end means the lab's logical subscribers stream from the new primary.
    static constexpr int reattachStep() { return ReattachSubscribers; }
    /// The steps between which the lab's poolers hold their clients.
    static constexpr int pausePoolersStep() { return PausePoolers; }
    static constexpr int resumePoolersStep() { return ResumePoolers; }

private:
    /// The steps; execute() resumes whatever pooler they leave paused, on the action's thread.
    ActionOutcome runSteps(ActionContext &context);
    ActionCheck replayCheck(const QString &candidate) const;
    std::optional<qint64> replayLagFromServers(const QString &primary, const QString &candidate) const;

    enum Step {
        CheckpointOld,
        PausePoolers,
        StopOld,
        WaitForReplay,
        WaitForSubscribers,
        HoldWrites,
        Promote,
        ReattachSubscribers,
        ResumePoolers,
        CheckpointNew,
        CreateSlots,
        RepointOthers,
        RejoinOld,
        DropOldSlots,
        ArchiveNewTimeline
    };

    Lab m_lab;
    LabSubscribers m_subscribers{m_lab}; // after m_lab, which it reads
    LabPoolers m_poolers{m_lab};
    QString m_candidate;
    LabActionSettings m_settings;
    QString m_oldPrimary;
    QStringList m_others;
    int m_oldTimeline = 0;
};

} // namespace pgv
