// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl logical [--profile NAME | --lab DIR] [--json] [--watch]: publications, subscriptions with their
/// publisher, state, lag and tables, logical slots, and the problems with their fixes, across the cluster and its
/// subscribers (a lab's subscriber is read with it). Exit code 1 when a subscription does not stream or a logical
/// problem is found. `logical enable|disable|refresh SUBSCRIPTION` go to runLogicalChange.
int runLogical(const QStringList &arguments);

} // namespace pgv::cli
