// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace pgv {
class ClusterMonitor;
struct TopologySnapshot;
} // namespace pgv

namespace pgv::cli {

/// Makes SIGINT and SIGTERM set a flag that watch loops poll instead of ending the process mid-print.
void stopOnInterrupt();
bool interrupted();

/// Runs \a monitor until SIGINT or SIGTERM, calling \a print with the latest complete snapshot at most once
/// per \a intervalMs. Returns what \a print returned last (the exit code for that state).
int runWatchLoop(ClusterMonitor &monitor, int intervalMs, const std::function<int(const TopologySnapshot &)> &print);

} // namespace pgv::cli
