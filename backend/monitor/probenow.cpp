// SPDX-License-Identifier: GPL-3.0-or-later
#include "probenow.h"

#include "topology/topologyassembler.h"

namespace pgv {

TopologySnapshot probeTopologyNow(const QString &cluster, const QList<NodeEndpoint> &endpoints, const ProbeSettings &settings,
                                  QList<NodeProbe> *probes)
{
    TopologyInput input;
    input.cluster = cluster;
    for (const NodeEndpoint &endpoint : endpoints) {
        input.nodes << ClusterNodeSpec{endpoint.name, endpoint.connInfo.firstHost(), endpoint.connInfo.firstPort()};
        NodeProber prober(endpoint, settings);
        const NodeProbe probe = prober.probe();
        input.probes.insert(endpoint.name, probe);
        if (probes)
            *probes << probe;
    }
    return assembleTopology(input);
}

} // namespace pgv
