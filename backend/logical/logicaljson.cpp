// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicaljson.h"

#include "core/jsonnulls.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QJsonValue lsnOrNull(const std::optional<Lsn> &lsn)
{
    return lsn ? QJsonValue(lsn->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

} // namespace

QJsonObject logicalToJson(const LogicalEstate &estate)
{
    QJsonArray publications;
    for (const PublicationInfo &publication : estate.publications) {
        publications.append(QJsonObject{{"cluster"_L1, publication.cluster},
                                        {"node"_L1, publication.node},
                                        {"database"_L1, publication.database},
                                        {"name"_L1, publication.name},
                                        {"tables"_L1, stringArray(publication.tables)}});
    }
    QJsonArray subscriptions;
    for (const LogicalSubscription &subscription : estate.subscriptions) {
        QJsonValue tables(QJsonValue::Null); // not read: unknown, rather than none
        if (subscription.tablesKnown) {
            QJsonArray array;
            for (const SubscriptionTable &table : subscription.tables)
                array.append(QJsonObject{{"table"_L1, table.table}, {"state"_L1, table.state}});
            tables = array;
        }
        // PostgreSQL 18's conflict counters by kind; null on older servers, which do not count them.
        QJsonValue conflicts(QJsonValue::Null);
        if (!subscription.conflicts.isEmpty()) {
            QJsonObject counts;
            for (auto it = subscription.conflicts.constBegin(); it != subscription.conflicts.constEnd(); ++it)
                counts.insert(it.key(), it.value());
            conflicts = counts;
        }
        subscriptions.append(QJsonObject{{"name"_L1, subscription.name},
                                         {"cluster"_L1, subscription.cluster},
                                         {"node"_L1, subscription.node},
                                         {"database"_L1, subscription.database},
                                         {"enabled"_L1, subscription.enabled},
                                         {"publisher"_L1, textOrNull(subscription.publisherNode)},
                                         {"publisher_cluster"_L1, textOrNull(subscription.publisherCluster)},
                                         {"publications"_L1, stringArray(subscription.publications)},
                                         {"slot"_L1, textOrNull(subscription.slot)},
                                         {"state"_L1, subscription.state},
                                         {"lag_bytes"_L1, numberOrNull(subscription.lagBytes)},
                                         {"lag_s"_L1, numberOrNull(subscription.lagSeconds)},
                                         {"received_lsn"_L1, lsnOrNull(subscription.receivedLsn)},
                                         {"latest_end_lsn"_L1, lsnOrNull(subscription.latestEndLsn)},
                                         {"worker_pid"_L1, numberOrNull(subscription.workerPid)},
                                         {"apply_error_count"_L1, numberOrNull(subscription.applyErrors)},
                                         {"sync_error_count"_L1, numberOrNull(subscription.syncErrors)},
                                         {"sync_workers"_L1, subscription.syncWorkers},
                                         {"tables"_L1, tables},
                                         {"failover"_L1, boolOrNull(subscription.failover)},
                                         {"conflicts"_L1, conflicts}});
    }
    QJsonArray slots;
    for (const LogicalSlot &logical : estate.replicationSlots) {
        const SlotStatus &slot = logical.slot;
        slots.append(QJsonObject{{"cluster"_L1, logical.cluster},
                                 {"node"_L1, slot.node},
                                 {"name"_L1, slot.name},
                                 {"database"_L1, textOrNull(slot.database)},
                                 {"plugin"_L1, textOrNull(slot.plugin)},
                                 {"active"_L1, slot.active},
                                 {"confirmed_flush_lsn"_L1, lsnOrNull(slot.confirmedFlushLsn)},
                                 {"retained_bytes"_L1, numberOrNull(slot.retainedBytes)},
                                 {"lag_bytes"_L1, numberOrNull(slot.logicalLagBytes)},
                                 {"wal_status"_L1, textOrNull(slot.walStatus)},
                                 {"safe_wal_size"_L1, numberOrNull(slot.safeWalSize)},
                                 {"failover"_L1, boolOrNull(slot.failover)},
                                 {"synced"_L1, boolOrNull(slot.synced)},
                                 {"invalidation_reason"_L1, textOrNull(slot.invalidationReason)}});
    }
    QJsonArray problems;
    for (const LogicalProblem &problem : estate.problems) {
        problems.append(QJsonObject{{"kind"_L1, problem.kind},
                                    {"severity"_L1, severityName(problem.severity)},
                                    {"cluster"_L1, problem.cluster},
                                    {"node"_L1, textOrNull(problem.node)},
                                    {"subject"_L1, textOrNull(problem.subject)},
                                    {"message"_L1, problem.message}});
    }
    return QJsonObject{{"publications"_L1, publications},
                       {"subscriptions"_L1, subscriptions},
                       {"slots"_L1, slots},
                       {"problems"_L1, problems},
                       {"errors"_L1, stringArray(estate.errors)}};
}

} // namespace pgv
