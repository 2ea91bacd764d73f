// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labactionsupport.h"

namespace pgv {

/// Planned switchover in a lab: the primary is stopped cleanly, the candidate replays up to the primary's shutdown
/// checkpoint (so no committed transaction is lost), is promoted, the other standbys follow it, and the old primary
/// comes back as its standby (rewound only if it cannot follow as it is).
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

private:
    ActionCheck replayCheck(const QString &candidate) const;
    std::optional<qint64> replayLagFromServers(const QString &primary, const QString &candidate) const;

    enum Step { CheckpointOld, StopOld, WaitForReplay, Promote, CheckpointNew, CreateSlots, RepointOthers, RejoinOld, DropOldSlots, ArchiveNewTimeline };

    Lab m_lab;
    QString m_candidate;
    LabActionSettings m_settings;
    QString m_oldPrimary;
    QStringList m_others;
    int m_oldTimeline = 0;
};

} // namespace pgv
