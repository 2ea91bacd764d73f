// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl backup run|list|verify|restore: backups of a lab with pg_basebackup or pgBackRest, the catalogue and
/// archiving status, verification, and point-in-time restore into a separate server. Exit codes as for actions.
int runBackup(const QStringList &arguments);

} // namespace pgv::cli
