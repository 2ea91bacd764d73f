// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicaldetails.h"

#include "pg/pgsession.h"
#include "pg/sqlresource.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int kConnectTimeoutMs = 3000;
constexpr int kQueryTimeoutMs = 5000;

const NodeEndpoint *endpointOf(const QList<ClusterEndpoints> &endpoints, const QString &cluster, const QString &node)
{
    for (const ClusterEndpoints &candidate : endpoints) {
        if (candidate.cluster != cluster)
            continue;
        for (const NodeEndpoint &endpoint : candidate.endpoints) {
            if (endpoint.name == node)
                return &endpoint;
        }
    }
    return nullptr;
}

/// Runs \a resource in \a database on \a endpoint; its one JSON value, or nothing with \a error set.
std::optional<QJsonArray> readJson(const NodeEndpoint &endpoint, const QString &database, const char *resource, QString *error)
{
    ProbeSettings deadlines;
    deadlines.connectTimeoutMs = kConnectTimeoutMs;
    deadlines.queryTimeoutMs = kQueryTimeoutMs;
    ConnInfo info = NodeProber::monitoringConnInfo(endpoint.connInfo, deadlines);
    info.set(u"dbname"_s, database);
    PgSession session;
    PgError pgError;
    if (!session.open(info, endpoint.password, QDeadlineTimer(kConnectTimeoutMs), &pgError)) {
        *error = QCoreApplication::translate("pgv::LogicalEstate", "Could not read database %1 on %2: %3").arg(database, endpoint.name, pgError.message);
        return std::nullopt;
    }
    const auto rows = session.exec(sqlResource(resource), QDeadlineTimer(kQueryTimeoutMs), &pgError);
    if (!rows || !rows->scalar()) {
        *error = QCoreApplication::translate("pgv::LogicalEstate", "Could not read database %1 on %2: %3").arg(database, endpoint.name, rows ? QCoreApplication::translate("pgv::LogicalEstate", "no answer") : pgError.message);
        return std::nullopt;
    }
    return QJsonDocument::fromJson(rows->scalar()->toUtf8()).array();
}

} // namespace

LogicalDetails readLogicalDetails(const QList<SnapshotPtr> &clusters, const QList<ClusterEndpoints> &endpoints)
{
    LogicalDetails details;
    QSet<QString> readTables;
    QSet<QString> readPublications;
    for (const SnapshotPtr &snapshot : clusters) {
        for (const SubscriptionStatus &status : snapshot->subscriptions) {
            const QString key = snapshot->cluster + u'/' + status.node + u'/' + status.subscription.database;
            const TopologyNode *node = snapshot->node(status.node);
            const NodeEndpoint *endpoint = endpointOf(endpoints, snapshot->cluster, status.node);
            if (readTables.contains(key) || !endpoint || !node || !node->isUp())
                continue;
            readTables.insert(key);
            QString error;
            const auto rows = readJson(*endpoint, status.subscription.database, "logical_tables", &error);
            if (!rows) {
                details.errors << error;
                continue;
            }
            for (const QJsonValue &value : *rows) {
                const QJsonObject row = value.toObject();
                const QString subscription = row.value("subscription"_L1).toString();
                const QString code = row.value("state"_L1).toString();
                details.tables[LogicalDetails::key(snapshot->cluster, status.node, subscription)]
                    << SubscriptionTable{row.value("table"_L1).toString(), SubscriptionTable::stateName(code.isEmpty() ? QChar() : code.at(0))};
            }
            // A subscription whose tables are all gone from it still has its tables read: none.
            for (const SubscriptionStatus &other : snapshot->subscriptions) {
                if (other.node == status.node && other.subscription.database == status.subscription.database)
                    details.tables[LogicalDetails::key(snapshot->cluster, status.node, other.subscription.name)];
            }
        }
        // Publications live in the databases a primary decodes: those of its logical slots.
        for (const SlotStatus &slot : snapshot->replicationSlots) {
            const TopologyNode *node = snapshot->node(slot.node);
            const NodeEndpoint *endpoint = endpointOf(endpoints, snapshot->cluster, slot.node);
            const QString key = snapshot->cluster + u'/' + slot.node + u'/' + slot.database;
            if (slot.type != u"logical" || slot.database.isEmpty() || readPublications.contains(key) || !endpoint || !node
                || node->role != NodeRole::Primary)
                continue;
            readPublications.insert(key);
            QString error;
            const auto rows = readJson(*endpoint, slot.database, "logical_publications", &error);
            if (!rows) {
                details.errors << error;
                continue;
            }
            for (const QJsonValue &value : *rows) {
                const QJsonObject row = value.toObject();
                PublicationInfo publication{snapshot->cluster, slot.node, slot.database, row.value("name"_L1).toString(), {}};
                const QJsonArray tables = row.value("tables"_L1).toArray();
                for (const QJsonValue &table : tables)
                    publication.tables << table.toString();
                details.publications << publication;
            }
        }
    }
    return details;
}

} // namespace pgv
