// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"
#include "backupcatalog.h"
#include "lab/lab.h"

#include <QCoreApplication>

namespace pgv {

struct BaseBackupOptions
{
    enum class Format { Plain, Tar };
    Format format = Format::Plain;
    bool compress = false;   ///< gzip, tar format only (plain backups are files a server can start from)
    QString targetDir;       ///< empty: <lab>/backups/base-<UTC time>
    int maxRateKbPerSecond = 0; ///< 0: as fast as the disk goes
};

/// pg_basebackup of a lab's primary with a manifest, progress from pg_stat_progress_basebackup, cancel that
/// removes the partial copy, and pg_verifybackup afterwards. Changes nothing on the cluster.
class LabBaseBackup final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabBaseBackup)
public:
    LabBaseBackup(Lab lab, BaseBackupOptions options);

    QString name() const override { return QStringLiteral("backup"); }
    QString title() const override;
    QVariantMap parameters() const override;
    LockScope lockScope() const override { return labLockScope(m_lab.manifest().name, m_lab.manifest().dir); }
    bool isDestructive() const override { return false; }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    const QString &targetDir() const { return m_options.targetDir; }
    /// The finished backup as the catalogue lists it (valid after a successful execute()).
    const BackupRecord &record() const { return m_record; }

    /// Backups this action made in \a lab, oldest first (from the record kept beside each backup folder).
    static QList<BackupRecord> list(const Lab &lab);
    static QString backupsFolder(const Lab &lab);

private:
    enum Step { Stream, Verify };
    void readManifest();
    bool writeRecord(QString *error) const;

    Lab m_lab;
    BaseBackupOptions m_options;
    QString m_primary;
    BackupRecord m_record;
};

} // namespace pgv
