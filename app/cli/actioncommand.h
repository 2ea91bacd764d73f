// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/actionrunner.h"

#include <QStringList>

namespace pgv::cli {

/// pgversectl switchover|failover|rejoin …: exit 0 done (or a dry run whose checks pass), 1 refused by a check,
/// 2 usage or connection error, 3 failed or cancelled during execution (with the state the cluster is left in).
int runAction(const QString &command, const QStringList &arguments);

struct ActionFlags
{
    bool json = false;
    bool dryRun = false;
    bool assumeYes = false;
};

/// Runs \a action with checks, plan, confirmation (for destructive ones), progress on standard error and the
/// audit log; prints the outcome (or the run as JSON) and returns the exit code described above.
int executeAction(Action &action, const ActionPolicy &policy, const ActionFlags &flags);

} // namespace pgv::cli
