// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicalestate.h"

#include "core/sqladvice.h"
#include "core/units.h"
#include "topology/hostmatch.h"

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

struct NodeRef
{
    const TopologySnapshot *snapshot = nullptr;
    const TopologyNode *node = nullptr;
};

class Assessor
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LogicalEstate)
public:
    Assessor(const QList<SnapshotPtr> &clusters, const LogicalDetails &details, const LogicalEstate *previous,
             const LogicalThresholds &thresholds)
        : m_clusters(clusters), m_details(details), m_previous(previous), m_thresholds(thresholds)
    {
    }

    LogicalEstate run()
    {
        m_estate.publications = m_details.publications;
        m_estate.errors = m_details.errors;
        for (const SnapshotPtr &snapshot : m_clusters)
            collectSlots(*snapshot);
        for (const SnapshotPtr &snapshot : m_clusters) {
            for (const SubscriptionStatus &status : snapshot->subscriptions)
                m_estate.subscriptions << assess(*snapshot, status);
        }
        return std::move(m_estate);
    }

private:
    void addProblem(const QString &kind, ProblemSeverity severity, const QString &cluster, const QString &node, const QString &subject,
                    const QString &message)
    {
        m_estate.problems << LogicalProblem{kind, severity, cluster, node, subject, message};
    }

    static bool onStandby(const TopologySnapshot &snapshot, const QString &node)
    {
        const TopologyNode *found = snapshot.node(node);
        return found && found->role == NodeRole::Standby;
    }

    void collectSlots(const TopologySnapshot &snapshot)
    {
        for (const SlotStatus &slot : snapshot.replicationSlots) {
            if (slot.type != u"logical")
                continue;
            m_estate.replicationSlots << LogicalSlot{snapshot.cluster, slot};
            if (!slot.invalidationReason.isEmpty() && slot.walStatus != u"lost") {
                // PostgreSQL 17 names why (rows_removed, wal_level_insufficient, idle_timeout…); lost WAL has its own words.
                addProblem(u"slot_wal_at_risk"_s, ProblemSeverity::Critical, snapshot.cluster, slot.node, slot.name,
                           tr("Logical slot %1 on %2 is invalidated (%3): nothing can stream from it again. Drop it "
                              "(SELECT pg_drop_replication_slot(%4);) and copy the tables to the subscriber again (recreate the "
                              "subscription with copy_data = true).")
                               .arg(slot.name, slot.node, slot.invalidationReason, SqlAdvice::literal(slot.name)));
            } else if (slot.walStatus == u"lost") {
                addProblem(u"slot_wal_at_risk"_s, ProblemSeverity::Critical, snapshot.cluster, slot.node, slot.name,
                           tr("Logical slot %1 on %2 is lost: the WAL it needed was removed, so its subscriber can never catch up from it. "
                              "Drop it (SELECT pg_drop_replication_slot(%3);) and copy the tables to the subscriber again "
                              "(recreate the subscription with copy_data = true).")
                               .arg(slot.name, slot.node, SqlAdvice::literal(slot.name)));
            } else if (slot.walStatus == u"unreserved") {
                addProblem(u"slot_wal_at_risk"_s, ProblemSeverity::Critical, snapshot.cluster, slot.node, slot.name,
                           tr("Logical slot %1 on %2 holds more WAL than max_slot_wal_keep_size allows: the next checkpoint may remove WAL it "
                              "still needs, and then its subscriber is lost. Let its subscriber catch up now, or raise max_slot_wal_keep_size.")
                               .arg(slot.name, slot.node));
            } else if (!slot.active && !slot.temporary && !onStandby(snapshot, slot.node)) {
                // On a standby a logical slot is a copy kept for a failover (Patroni's permanent slots): nothing
                // can stream from it there, so inactive is what it should be.
                const TopologyNode *publisher = snapshot.node(slot.node);
                const double rate = publisher ? publisher->walBytesPerSecond.value_or(0.0) : 0.0;
                QString room = slot.safeWalSize ? tr(" %1 more can be written before max_slot_wal_keep_size removes WAL it needs.")
                                                      .arg(formatBytes(std::max<qint64>(0, *slot.safeWalSize)))
                                                : tr(" No max_slot_wal_keep_size limits it: the disk holding pg_wal is the limit.");
                if (rate > 0) {
                    // The average since the statistics were reset: a guide, not a promise (writes come in bursts).
                    room += slot.safeWalSize ? tr(" At %1/s, this server's average WAL rate, that is about %2.")
                                                   .arg(formatBytes(qint64(rate)), formatSeconds(double(std::max<qint64>(0, *slot.safeWalSize)) / rate))
                                             : tr(" At %1/s, this server's average WAL rate, it retains %2 more every hour.")
                                                   .arg(formatBytes(qint64(rate)), formatBytes(qint64(rate * 3600)));
                }
                addProblem(u"slot_inactive"_s, ProblemSeverity::Warning, snapshot.cluster, slot.node, slot.name,
                           tr("Logical slot %1 on %2 has no consumer connected and retains %3 of WAL, more with every write.%4 "
                              "Start or enable its subscriber; if it is gone for good, drop the slot: SELECT pg_drop_replication_slot(%5);")
                               .arg(slot.name, slot.node, formatBytes(slot.retainedBytes.value_or(0)), room, SqlAdvice::literal(slot.name)));
            }
        }
    }

    /// The node the subscription connects to: by its connection string's host and port, else (a monitor that may not
    /// read subconninfo) by the walsender named after it.
    NodeRef publisherOf(const TopologySnapshot &own, const SubscriptionStatus &status) const
    {
        const Subscription &subscription = status.subscription;
        if (subscription.publisherKnown && subscription.publisherAddresses.size() > 1) {
            // Several addresses: the one it streams from (its walsender), else the one that takes writes, which
            // target_session_attrs=read-write picks, else the first listed.
            QList<NodeRef> candidates;
            for (const auto &[host, port] : subscription.publisherAddresses) {
                for (const SnapshotPtr &snapshot : m_clusters) {
                    for (const TopologyNode &node : snapshot->nodes) {
                        if (!node.external && node.port == port && hostsMatch(node.host, host) && !(snapshot.get() == &own && node.name == status.node))
                            candidates.append({snapshot.get(), &node});
                    }
                }
            }
            for (const NodeRef &candidate : std::as_const(candidates)) {
                if (senderOn(candidate, subscription.name))
                    return candidate;
            }
            for (const NodeRef &candidate : std::as_const(candidates)) {
                if (candidate.node->role == NodeRole::Primary)
                    return candidate;
            }
            return candidates.isEmpty() ? NodeRef{} : candidates.first();
        }
        if (subscription.publisherKnown) {
            for (const SnapshotPtr &snapshot : m_clusters) {
                for (const TopologyNode &node : snapshot->nodes) {
                    if (!node.external && node.port == subscription.publisherPort && hostsMatch(node.host, subscription.publisherHost)
                        && !(snapshot.get() == &own && node.name == status.node))
                        return {snapshot.get(), &node};
                }
            }
            return {};
        }
        for (const SnapshotPtr &snapshot : m_clusters) {
            for (const LogicalSender &sender : snapshot->logicalSenders) {
                if (sender.application == subscription.name)
                    return {snapshot.get(), snapshot->node(sender.node)};
            }
        }
        return {};
    }

    static const SlotStatus *slotOn(const NodeRef &publisher, const QString &name)
    {
        for (const SlotStatus &slot : publisher.snapshot->replicationSlots) {
            if (slot.node == publisher.node->name && slot.name == name)
                return &slot;
        }
        return nullptr;
    }

    static const LogicalSender *senderOn(const NodeRef &publisher, const QString &subscription)
    {
        for (const LogicalSender &sender : publisher.snapshot->logicalSenders) {
            if (sender.node == publisher.node->name && sender.application == subscription)
                return &sender;
        }
        return nullptr;
    }

    LogicalSubscription assess(const TopologySnapshot &snapshot, const SubscriptionStatus &status)
    {
        const Subscription &sub = status.subscription;
        LogicalSubscription result;
        result.name = sub.name;
        result.cluster = snapshot.cluster;
        result.node = status.node;
        result.database = sub.database;
        result.enabled = sub.enabled;
        result.publications = sub.publications;
        result.slot = sub.slotName;
        result.receivedLsn = sub.receivedLsn;
        result.latestEndLsn = sub.latestEndLsn;
        result.workerPid = sub.workerPid;
        result.applyErrors = sub.applyErrors;
        result.conflicts = sub.conflicts;
        result.failover = sub.failover;
        result.syncErrors = sub.syncErrors;
        result.syncWorkers = sub.syncWorkers;
        if (const auto found = m_details.tables.constFind(LogicalDetails::key(snapshot.cluster, status.node, sub.name));
            found != m_details.tables.cend()) {
            result.tablesKnown = true;
            result.tables = *found;
        }
        const LogicalSubscription *before = m_previous ? m_previous->subscription(snapshot.cluster, status.node, sub.name) : nullptr;

        const NodeRef publisher = publisherOf(snapshot, status);
        if (publisher.node) {
            result.publisherCluster = publisher.snapshot->cluster;
            result.publisherNode = publisher.node->name;
        } else if (sub.publisherKnown) {
            result.publisherNode = addressText(sub.publisherHost, sub.publisherPort);
        }
        const SlotStatus *slot = publisher.node && publisher.node->isUp() ? slotOn(publisher, sub.slotName) : nullptr;
        const LogicalSender *sender = publisher.node ? senderOn(publisher, sub.name) : nullptr;
        if (slot) {
            result.lagBytes = slot->logicalLagBytes;
            if (sender)
                result.lagSeconds = result.lagBytes.value_or(0) == 0 ? 0.0 : sender->replayLagSeconds.value_or(0.0);
        }

        const bool tablesNotReady = result.syncWorkers > 0
                                    || std::any_of(result.tables.cbegin(), result.tables.cend(),
                                                   [](const SubscriptionTable &table) { return table.state != u"ready"; });
        const bool errorsRose = before && (sub.applyErrors.value_or(0) > before->applyErrors.value_or(0)
                                           || sub.syncErrors.value_or(0) > before->syncErrors.value_or(0));
        const QString where = snapshot.cluster == result.publisherCluster || result.publisherCluster.isEmpty()
                                  ? status.node
                                  : u"%1 (%2)"_s.arg(status.node, snapshot.cluster);
        const QString alter = u"ALTER SUBSCRIPTION %1"_s.arg(SqlAdvice::identifier(sub.name));

        if (!sub.enabled) {
            result.state = u"disabled"_s;
            addProblem(u"subscription_disabled"_s, ProblemSeverity::Warning, snapshot.cluster, status.node, sub.name,
                       tr("Subscription %1 on %2 is disabled: no changes reach it%3. Enable it with: %4 ENABLE;")
                           .arg(sub.name, where,
                                slot ? tr(", and its slot on %1 retains WAL meanwhile").arg(result.publisherNode) : QString(), alter));
        } else if (publisher.node && !publisher.node->isUp()) {
            result.state = u"publisher_down"_s;
            addProblem(u"publisher_down"_s, ProblemSeverity::Error, snapshot.cluster, status.node, sub.name,
                       tr("Subscription %1 on %2 connects to %3, which is down: it receives nothing until %3 is back, or until it is "
                          "pointed at the new primary (%4 CONNECTION '…';) where its slot must exist first.")
                           .arg(sub.name, where, result.publisherNode, alter));
        } else if (publisher.node && !slot) {
            result.state = u"slot_missing"_s;
            addProblem(u"slot_missing"_s, ProblemSeverity::Critical, snapshot.cluster, status.node, sub.name,
                       tr("Subscription %1 on %2 streams from slot %3, which does not exist on %4 (%5): it receives nothing. A slot made "
                          "now starts at the current WAL position, so changes made since the subscriber last confirmed are skipped: "
                          "create it in %6 (SELECT pg_create_logical_replication_slot(%7, 'pgoutput');) only once you know what the "
                          "subscriber has missed, or recreate the subscription with copy_data = true.")
                           .arg(sub.name, where, sub.slotName, result.publisherNode,
                                publisher.node->role == NodeRole::Primary ? tr("the primary") : roleName(publisher.node->role),
                                sub.publisherDatabase.isEmpty() ? tr("the publication's database") : tr("database %1").arg(sub.publisherDatabase),
                                SqlAdvice::literal(sub.slotName)));
        } else if (errorsRose || (!before && !sub.workerPid && sub.applyErrors.value_or(0) + sub.syncErrors.value_or(0) > 0)) {
            // Without an earlier reading (a one-shot command), a stopped worker with errors counted is taken as failing;
            // with one, only counters that rose are, so a worker restarting after an old error is not an error again.
            result.state = u"erroring"_s;
            addProblem(u"subscription_errors"_s, ProblemSeverity::Error, snapshot.cluster, status.node, sub.name,
                       tr("Subscription %1 on %2 keeps failing to apply changes (%3 apply and %4 sync errors so far): its worker stops "
                          "at the failing change and retries. The subscriber's server log names the change; fix the row or the "
                          "constraint it breaks, or skip it (%5 SKIP (lsn = '…');).")
                           .arg(sub.name, where)
                           .arg(sub.applyErrors.value_or(0))
                           .arg(sub.syncErrors.value_or(0))
                           .arg(alter));
        } else if (tablesNotReady) {
            result.state = u"syncing"_s;
            result.syncingSince = before && before->state == u"syncing" && before->syncingSince.isValid() ? before->syncingSince
                                                                                                            : snapshot.takenAt;
            const double forSeconds = double(result.syncingSince.msecsTo(snapshot.takenAt)) / 1000.0;
            if (forSeconds >= m_thresholds.stuckSyncSeconds) {
                addProblem(u"tables_syncing"_s, ProblemSeverity::Warning, snapshot.cluster, status.node, sub.name,
                           tr("Subscription %1 on %2 has been copying its tables for %3: a table this slow may be waiting for a "
                              "synchronisation worker (max_sync_workers_per_subscription) or failing to copy; see the subscriber's log.")
                               .arg(sub.name, where, formatSeconds(forSeconds)));
            }
        } else if (!sub.workerPid) {
            result.state = u"catchup"_s;
            addProblem(u"apply_worker_down"_s, ProblemSeverity::Error, snapshot.cluster, status.node, sub.name,
                       tr("Subscription %1 on %2 is enabled but its apply worker is not running: the subscriber's log says why "
                          "(a publisher it cannot reach, a password it lacks, max_logical_replication_workers used up).")
                           .arg(sub.name, where));
        } else {
            result.state = sender && sender->state == u"streaming" ? u"streaming"_s : u"catchup"_s;
        }
        return result;
    }

    const QList<SnapshotPtr> &m_clusters;
    const LogicalDetails &m_details;
    const LogicalEstate *m_previous;
    const LogicalThresholds &m_thresholds;
    LogicalEstate m_estate;
};

} // namespace

QString SubscriptionTable::stateName(QChar code)
{
    switch (code.unicode()) {
    case 'i': return u"initialize"_s;
    case 'd': return u"data_copy"_s;
    case 'f': return u"finished_copy"_s;
    case 's': return u"synchronized"_s;
    case 'r': return u"ready"_s;
    default: return u"unknown"_s;
    }
}

const LogicalSubscription *LogicalEstate::subscription(const QString &cluster, const QString &node, const QString &name) const
{
    for (const LogicalSubscription &candidate : subscriptions) {
        if (candidate.cluster == cluster && candidate.node == node && candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool LogicalEstate::healthy() const
{
    return problems.isEmpty()
           && std::all_of(subscriptions.cbegin(), subscriptions.cend(), [](const LogicalSubscription &s) { return s.state == u"streaming"; });
}

LogicalEstate assessLogical(const QList<SnapshotPtr> &clusters, const LogicalDetails &details, const LogicalEstate *previous,
                            const LogicalThresholds &thresholds)
{
    return Assessor(clusters, details, previous, thresholds).run();
}

QList<TopologyEdge> logicalEdges(const LogicalEstate &estate)
{
    QList<TopologyEdge> edges;
    for (const LogicalSubscription &subscription : estate.subscriptions) {
        if (subscription.publisherCluster.isEmpty())
            continue; // its publisher is not in the estate: no node to draw the edge from
        TopologyEdge edge;
        edge.kind = EdgeKind::Logical;
        edge.upstream = subscription.publisherNode;
        edge.upstreamCluster = subscription.publisherCluster;
        edge.standby = subscription.node;
        edge.standbyCluster = subscription.cluster;
        edge.state = subscription.state;
        edge.streaming = subscription.state == u"streaming";
        edge.slot = subscription.slot;
        edge.publications = subscription.publications;
        edge.replayLagBytes = subscription.lagBytes;
        edge.replayLagSeconds = subscription.lagSeconds;
        edges << edge;
    }
    return edges;
}

} // namespace pgv
