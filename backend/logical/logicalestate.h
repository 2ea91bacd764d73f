// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace pgv {

/// One table of a subscription and how far its synchronisation is (pg_subscription_rel.srsubstate).
struct SubscriptionTable
{
    QString table; // schema.name
    QString state; // initialize, data_copy, finished_copy, synchronized, ready
    static QString stateName(QChar code);
};

struct PublicationInfo
{
    QString cluster;
    QString node;
    QString database;
    QString name;
    QStringList tables; // schema.name, FOR ALL TABLES and TABLES IN SCHEMA expanded
};

/// What can only be read inside a subscription's or a publication's own database: one connection per database,
/// read by pgversectl logical and the Logical replication view, not by every poll.
struct LogicalDetails
{
    /// Per "cluster/node/subscription": its tables' states.
    QHash<QString, QList<SubscriptionTable>> tables;
    QList<PublicationInfo> publications;
    QStringList errors; // a database that could not be read, as a sentence

    static QString key(const QString &cluster, const QString &node, const QString &subscription)
    {
        return cluster + u'/' + node + u'/' + subscription;
    }
};

/// A subscription joined with its publisher, wherever in the estate that is.
struct LogicalSubscription
{
    QString name;
    QString cluster;
    QString node;
    QString database;
    bool enabled = false;
    QString publisherCluster; // empty when the publisher is not in the estate
    QString publisherNode;    // the estate's node name, or host:port
    QStringList publications;
    QString slot;
    /// streaming, catchup, syncing, disabled, erroring, slot_missing, publisher_down: stable, used in JSON.
    QString state;
    std::optional<qint64> lagBytes;   // publisher's WAL position − the slot's confirmed_flush_lsn
    std::optional<double> lagSeconds; // the walsender's replay_lag (0 when caught up)
    std::optional<Lsn> receivedLsn;
    std::optional<Lsn> latestEndLsn;
    std::optional<qint64> workerPid;
    std::optional<qint64> applyErrors;
    std::optional<qint64> syncErrors;
    QMap<QString, qint64> conflicts; // PostgreSQL 18
    std::optional<bool> failover;    // PostgreSQL 17
    int syncWorkers = 0;
    bool tablesKnown = false;
    QList<SubscriptionTable> tables;
    QDateTime syncingSince; // while syncing: since the first assessment that saw it so
};

/// A logical slot on one of the estate's nodes: the snapshot's own account of it, with the cluster it is in.
struct LogicalSlot
{
    QString cluster;
    SlotStatus slot; // slot.logicalLagBytes: how far its consumer has confirmed
};

struct LogicalProblem
{
    /// subscription_disabled, apply_worker_down, slot_missing, publisher_down, subscription_errors, tables_syncing,
    /// slot_inactive, slot_wal_at_risk: stable, used in JSON.
    QString kind;
    ProblemSeverity severity = ProblemSeverity::Warning;
    QString cluster;
    QString node;
    QString subject; // the subscription or slot
    QString message; // what is wrong and what to do, in plain words
};

struct LogicalEstate
{
    QList<PublicationInfo> publications;
    QList<LogicalSubscription> subscriptions;
    QList<LogicalSlot> replicationSlots;
    QList<LogicalProblem> problems;
    QStringList errors; // details that could not be read

    const LogicalSubscription *subscription(const QString &cluster, const QString &node, const QString &name) const;
    /// Every subscription streams and no logical problem was found: what pgversectl logical exits 0 for.
    bool healthy() const;
};

struct LogicalThresholds
{
    /// Tables still not ready after this long are stuck.
    double stuckSyncSeconds = 300;
};

/// Joins the subscriptions, logical slots and logical walsenders of \a clusters (snapshots of one poll round each)
/// into one picture: each subscription with its publisher's slot, its lag and state, and the problems with their
/// fixes. \a previous (the last assessment) tells rising error counts and how long tables have been syncing.
LogicalEstate assessLogical(const QList<SnapshotPtr> &clusters, const LogicalDetails &details = {},
                            const LogicalEstate *previous = nullptr, const LogicalThresholds &thresholds = {});

/// The logical edges (kind logical) from publishing nodes to their subscribers, with the publication, lag and state.
QList<TopologyEdge> logicalEdges(const LogicalEstate &estate);

} // namespace pgv
