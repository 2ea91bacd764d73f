// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab/lab.h"

#include <QJsonObject>

namespace pgv {

struct BackupVerification
{
    QString tool, label;
    enum class Result { Passed, Failed, Skipped } result = Result::Skipped;
    QString message;
    QJsonObject toJson() const;
};

/// pg_verifybackup of every plain base backup of \a lab (the result is kept in its record) and `pgbackrest
/// verify` of the repository. Blocking, minutes for big backups: call it from a worker thread or pgversectl.
QList<BackupVerification> verifyLabBackups(const Lab &lab);

} // namespace pgv
