// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"
#include "pgbackrest.h"

namespace pgv {

/// A pgBackRest backup (full, differential or incremental) of a lab's primary. The first one sets the lab up:
/// repository and configuration in the lab folder, archive_command pushing WAL to it, the stanza.
class PgBackRestBackup final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PgBackRestBackup)
public:
    enum class Type { Full, Differential, Incremental };
    PgBackRestBackup(Lab lab, Type type);

    QString name() const override { return QStringLiteral("backup"); }
    QString title() const override;
    QVariantMap parameters() const override;
    LockScope lockScope() const override { return labLockScope(m_lab.manifest().name, m_lab.manifest().dir); }
    bool isDestructive() const override { return false; }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    static QString typeName(Type type); // "full", "diff", "incr": pgBackRest's words
    const BackupRecord &record() const { return m_record; }

private:
    enum Step { Configure, Stanza, Check, Backup };
    Lab m_lab;
    PgBackRest m_pgbackrest;
    Type m_type;
    QString m_primary;
    QString m_newestBefore; ///< label of the newest backup before this one
    BackupRecord m_record;
};

} // namespace pgv
