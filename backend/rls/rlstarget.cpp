// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlstarget.h"

#include "pg/pgsession.h"
#include "profiles/profile.h"
#include "topology/topology.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

QString RlsTarget::database() const
{
    const QString name = connInfo.value(u"dbname");
    return name.isEmpty() ? connInfo.value(u"user") : name;
}

bool RlsTarget::open(PgSession &session, PgError *error) const
{
    return session.open(directNodeConnInfo(connInfo, u"pgverse-rls"_s, connectTimeoutMs), password, QDeadlineTimer(connectTimeoutMs), error);
}

std::optional<RlsTarget> rlsTargetFor(const Profile &profile, const TopologySnapshot &snapshot, const QString &password,
                                      const QString &database, QString *error)
{
    QStringList primaries;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.role == NodeRole::Primary && !node.external)
            primaries << node.name;
    }
    if (primaries.size() != 1) {
        if (error) {
            *error = primaries.isEmpty()
                ? QCoreApplication::translate("RlsTarget", "No node of %1 is a reachable primary; policies live on the primary.").arg(profile.name)
                : QCoreApplication::translate("RlsTarget", "%1 has more than one primary (%2): resolve the split brain before changing policies.")
                      .arg(profile.name, primaries.join(u", "_s));
        }
        return std::nullopt;
    }
    for (const ProfileNode &node : profile.nodes) {
        if (node.name != primaries.first())
            continue;
        RlsTarget target;
        target.cluster = profile.name;
        target.node = node.name;
        target.connInfo = profile.connInfoFor(node);
        if (!database.isEmpty())
            target.connInfo.set(u"dbname"_s, database);
        target.password = password;
        target.readOnly = profile.readOnly;
        return target;
    }
    if (error)
        *error = QCoreApplication::translate("RlsTarget", "The primary %1 is not in the profile %2.").arg(primaries.first(), profile.name);
    return std::nullopt;
}

} // namespace pgv
