// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "patroni/patronicluster.h"
#include "probe/nodeprobe.h"
#include "topology.h"

#include <QHash>

namespace pgv {

/// A node listed in the profile, with the address the profile gives for it (shown while it is down).
struct ClusterNodeSpec
{
    QString name;
    QString host;
    int port = 0;
};

struct TopologyInput
{
    QString cluster;
    QList<ClusterNodeSpec> nodes;
    QHash<QString, NodeProbe> probes; // by node name; a node without a probe has not been polled yet
    /// Patroni's view, for clusters it manages: merged into the nodes and compared with what the servers say.
    std::optional<PatroniStatus> patroni;
    /// What the journal says of an action whose process died or that failed half-way, until recover runs; empty
    /// when none is left.
    QString interruptedAction;
};

/// Turns the latest probe of every node into a replication graph and the problems it shows.
/// Pure: the same probes always give the same snapshot. \a previous keeps a down node under its last known upstream.
TopologySnapshot assembleTopology(const TopologyInput &input, const TopologySnapshot *previous = nullptr);

} // namespace pgv
