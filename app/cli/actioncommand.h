// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl switchover|failover|rejoin …: exit 0 done (or a dry run whose checks pass), 1 refused by a check,
/// 2 usage or connection error, 3 failed or cancelled during execution (with the state the cluster is left in).
int runAction(const QString &command, const QStringList &arguments);

} // namespace pgv::cli
