// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeprober.h"
#include "topology/topology.h"

namespace pgv {

/// Probes every endpoint once, one after the other, and assembles the topology. Blocking (at most one connect
/// and one query timeout per node): for actions and their checks, which run off the GUI thread.
TopologySnapshot probeTopologyNow(const QString &cluster, const QList<NodeEndpoint> &endpoints, const ProbeSettings &settings = {},
                                  QList<NodeProbe> *probes = nullptr);

} // namespace pgv
