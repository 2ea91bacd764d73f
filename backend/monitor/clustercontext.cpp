// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustercontext.h"

namespace pgv {

std::optional<NodeEndpoint> ClusterContext::endpoint(const QString &node) const
{
    for (const NodeEndpoint &endpoint : endpoints) {
        if (endpoint.name == node)
            return endpoint;
    }
    return std::nullopt;
}

QStringList ClusterContext::nodeNames() const
{
    QStringList names;
    for (const NodeEndpoint &endpoint : endpoints)
        names.append(endpoint.name);
    return names;
}

} // namespace pgv
