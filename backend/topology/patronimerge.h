// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "patroni/patronicluster.h"
#include "topology.h"

namespace pgv {

/// Adds what Patroni says to a snapshot assembled from the servers: the cluster's HA state, each member's role and
/// state on its node (matched by name, else by host and port), and problems where Patroni is unreachable, paused
/// or disagrees with what the servers report.
void mergePatroniStatus(const PatroniStatus &patroni, TopologySnapshot *snapshot);

} // namespace pgv
