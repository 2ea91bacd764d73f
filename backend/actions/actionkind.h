// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgv {

/// The HA actions a person starts from the console (the wizard, the launcher, pgversectl's subcommands).
enum class ActionKind { Switchover, Failover, Rejoin, Recover };

/// What the user chose before the checks: the target and the limits the action is built with.
struct ActionChoice
{
    QString target; // the candidate, or the node to rejoin; empty for an automatic failover
    qint64 maxLagBytes = 16ll * 1024 * 1024;
    bool rejoin = false;
};

} // namespace pgv
