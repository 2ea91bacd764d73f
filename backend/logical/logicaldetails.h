// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logicalestate.h"
#include "monitor/nodeprober.h"

namespace pgv {

/// A cluster's name and how to reach its nodes.
struct ClusterEndpoints
{
    QString cluster;
    QList<NodeEndpoint> endpoints;
};

/// Reads what the poll cannot from the postgres database: the tables of each subscription (in the subscription's own
/// database, on its node) and the publications of every database a publishing primary decodes for (its logical slots'
/// and its subscribers' databases). One connection per database, each with the probe's deadlines. Blocks: call it
/// from a worker or pgversectl.
LogicalDetails readLogicalDetails(const QList<SnapshotPtr> &clusters, const QList<ClusterEndpoints> &endpoints);

} // namespace pgv
