// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labactionsupport.h"
#include "labsubscribers.h"

namespace pgv {

/// Unplanned failover in a lab whose primary is gone: the old primary is fenced (killed if anything of it still
/// runs, and kept from starting), the candidate — by default the standby that received the most WAL — replays what
/// it has and is promoted, the other standbys follow it; with \a rejoin the old primary is rewound and follows too.
/// The lab's logical subscribers are told what they lost or keep beyond the candidate (their slot died with the
/// old primary), and stream from a slot made on the new primary before it takes a write.
class LabFailover final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabFailover)
public:
    LabFailover(Lab lab, QString candidate, bool rejoin, LabActionSettings settings = {});

    QString name() const override { return QStringLiteral("failover"); }
    QString title() const override;
    QVariantMap parameters() const override;
    LockScope lockScope() const override { return labLockScope(m_lab.manifest().name, m_lab.manifest().dir); }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    const QString &candidate() const { return m_candidate; }
    /// Standbys that received more WAL than the candidate: they cannot follow its new timeline as they are, so they
    /// are left alone (still in recovery, serving reads) and need a rejoin (rewind) afterwards.
    const QStringList &cannotFollow() const { return m_cannotFollow; }
    /// What promoting the candidate loses: WAL a more advanced standby received, or the old primary wrote (read from
    /// its data folder) and never sent, whichever is more; and the commits in the old primary's part.
    qint64 dataLossBytes() const { return m_lossBytes; }
    int lostCommits() const { return m_lostCommits; }
    /// Committed row changes to subscribed tables the candidate has and the subscribers never applied, and those they
    /// applied that the candidate never received; -1 when unknown or without subscribers.
    int subscriberMissedChanges() const { return m_subscriberMissed; }
    int subscriberExtraChanges() const { return m_subscriberExtra; }

    /// The steps in which writes are held on the candidate for its logical subscribers: recover moves them on.
    static constexpr int holdStep() { return HoldWrites; }
    static constexpr int reattachStep() { return ReattachSubscribers; }
    static constexpr int routePoolersStep() { return RoutePoolers; }

private:
    enum Step {
        Fence,
        ReplayAll,
        CountSubscriberGap,
        HoldWrites,
        Promote,
        CheckpointNew,
        CreateSlots,
        ReattachSubscribers,
        RoutePoolers,
        RepointOthers,
        RejoinOld,
        ArchiveNewTimeline
    };
    QList<ActionCheck> subscriberChecks(Lsn candidateEnd);

    Lab m_lab;
    QString m_requested;
    bool m_rejoin;
    LabActionSettings m_settings;
    QString m_candidate;
    QString m_oldPrimary;
    QStringList m_others;
    QStringList m_cannotFollow;
    int m_oldTimeline = 0;
    qint64 m_lossBytes = 0;
    int m_lostCommits = 0;
    LabSubscribers m_subscribers{m_lab}; // after m_lab, which it reads
    int m_subscriberMissed = -1;
    int m_subscriberExtra = -1;
};

} // namespace pgv
