// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl vacuum [--profile|--lab …] [--node NAME] [--json]: what holds each node's xmin horizon back, the tables
/// with the most dead tuples, transaction-ID ages against autovacuum_freeze_max_age, vacuums running now and standby
/// query conflicts. Exit code 1 when a database is older than autovacuum_freeze_max_age.
int runVacuum(const QStringList &arguments);

} // namespace pgv::cli
