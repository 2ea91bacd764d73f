// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logical/subscriptionchange.h"

#include <QStringList>

namespace pgv::cli {

/// pgversectl logical enable|disable|refresh SUBSCRIPTION [--node NAME] [--profile NAME | --lab DIR] [--dry-run]
/// [--yes] [--json]: ALTER SUBSCRIPTION … ENABLE, DISABLE or REFRESH PUBLICATION as an audited action, on the
/// subscription of that name found in the cluster or the clusters drawn beside it. Exit codes as for every action.
int runLogicalChange(SubscriptionChange::Kind kind, const QStringList &arguments);

} // namespace pgv::cli
