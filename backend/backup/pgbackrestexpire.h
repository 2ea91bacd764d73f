// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"
#include "pgbackrest.h"

namespace pgv {

/// Removes the lab's pgBackRest backups beyond the retention (the two newest full backups and what builds on
/// them) and the WAL only they needed. Destructive: the plan names every backup that goes.
class PgBackRestExpire final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PgBackRestExpire)
public:
    static constexpr int RetainedFullBackups = 2;

    explicit PgBackRestExpire(Lab lab);

    QString name() const override { return QStringLiteral("expire"); }
    QString title() const override;
    QVariantMap parameters() const override;
    LockScope lockScope() const override { return labLockScope(m_lab.manifest().name, m_lab.manifest().dir); }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    /// Labels that retention removes from \a backups (oldest first): every backup older than the
    /// RetainedFullBackups-th newest full one.
    static QStringList expiredLabels(const QList<BackupRecord> &backups);

private:
    Lab m_lab;
    PgBackRest m_pgbackrest;
    QStringList m_expiring;
};

} // namespace pgv
