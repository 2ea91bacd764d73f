// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl route add|list|remove|test|log: where alerts are sent (commands, webhooks) and what became of them.
int runRoute(const QStringList &arguments);

} // namespace pgv::cli
