// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustercontext.h"

#include "pg/pgsession.h"

#include <QObject>

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

bool ClusterContext::connect(const QString &node, PgSession *session, QDeadlineTimer deadline, PgError *error) const
{
    const std::optional<NodeEndpoint> target = endpoint(node);
    if (!target) {
        if (error) {
            error->kind = PgError::Kind::ConnectFailed;
            error->message = QObject::tr("%1 is not a node of the cluster %2.").arg(node, profile.name);
        }
        return false;
    }
    return session->open(target->connInfo, target->password, deadline, error);
}

} // namespace pgv
