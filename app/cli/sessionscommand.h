// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl sessions [--profile|--lab …] [--node NAME] [--all] [--json] [--watch]: the sessions of every node.
int runSessions(const QStringList &arguments);
/// pgversectl locks [--profile|--lab …] [--node NAME] [--json] [--threshold S]: who blocks whom, as a tree per node;
/// exit code 1 when a session waits for a lock longer than the threshold.
int runLocks(const QStringList &arguments);

} // namespace pgv::cli
