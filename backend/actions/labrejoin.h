// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labactionsupport.h"
#include "walbeyond.h"

namespace pgv {

/// Brings a lab node that left the cluster (a fenced old primary, a standby on a dead timeline) back as a standby of
/// the current primary: stop it, CHECKPOINT the primary, pg_rewind it, reconfigure, start, and clean its old slots.
class LabRejoin final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabRejoin)
public:
    LabRejoin(Lab lab, QString node, LabActionSettings settings = {});

    QString name() const override { return QStringLiteral("rejoin"); }
    QString title() const override;
    QVariantMap parameters() const override;
    LockScope lockScope() const override { return labLockScope(m_lab.manifest().name, m_lab.manifest().dir); }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    /// What the rewind undid (the commits only the rejoined node had), once it ran; nothing when it could not be read.
    const std::optional<WalBeyond> &discarded() const { return m_discarded; }

private:
    enum Step { Stop, Checkpoint, Rewind, Configure, Start, DropSlots };

    Lab m_lab;
    QString m_node;
    LabActionSettings m_settings;
    QString m_primary;
    int m_timeline = 0;
    std::optional<WalBeyond> m_discarded;
};

} // namespace pgv
