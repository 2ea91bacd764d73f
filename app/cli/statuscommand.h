// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "patroni/patroniclient.h"

#include <QStringList>
#include <optional>

namespace pgv {
struct NodeEndpoint;
struct Profile;
struct ProbeSettings;
struct TopologySnapshot;
}

namespace pgv::cli {

/// pgversectl status [--profile NAME | --lab DIR | --node CONNINFO …] [--json] [--watch]
int runStatus(const QStringList &arguments);

/// The readable form of a snapshot, shared with `lab status`.
QString formatStatusTable(const TopologySnapshot &snapshot);
/// Probes every node once (waiting at most one connect and one query timeout) and returns the topology.
TopologySnapshot probeOnce(const QString &cluster, const QList<NodeEndpoint> &endpoints, const ProbeSettings &settings,
                           const std::optional<PatroniEndpoint> &patroni = std::nullopt);
/// The profile's Patroni endpoint, when Patroni manages the cluster.
std::optional<PatroniEndpoint> patroniOf(const Profile &profile);
/// 0 healthy, 1 problems, 2 when no node could be reached at all.
int statusExitCode(const TopologySnapshot &snapshot);

} // namespace pgv::cli
