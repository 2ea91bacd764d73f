// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archiverstatus.h"
#include "backupcatalog.h"
#include "lab/lab.h"

#include <QMetaType>

namespace pgv {

/// Everything the backups page and `pgversectl backup list` show about one lab: its backups from both tools,
/// WAL archiving, and how far back a restore can go.
struct BackupOverview
{
    QString cluster;
    QList<BackupRecord> backups; ///< oldest first
    bool pgbackrestInstalled = false;
    bool pgbackrestConfigured = false;
    QString pgbackrestError;      ///< why the pgBackRest catalogue could not be read (empty when it was, or none exists)
    std::optional<ArchiverStatus> archiver;
    QString archiverError;
    RecoveryWindow window;        ///< pgBackRest backups only: they are the ones restored to a point in time

    QJsonObject toJson() const;
};

/// Blocking (a pgbackrest process and a query): call it from a worker thread or pgversectl.
BackupOverview loadBackupOverview(const Lab &lab);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::BackupOverview)
