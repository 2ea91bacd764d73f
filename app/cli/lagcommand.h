// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl lag [--profile|--lab|--node …] [--json] [--watch]: current lag per standby and slot.
int runLag(const QStringList &arguments);
/// pgversectl alerts [--profile|--lab|--node …] [--json] [--watch]: alerts firing now; exit 1 when any fire.
int runAlerts(const QStringList &arguments);

} // namespace pgv::cli
