// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodeprobe.h"
#include "pg/conninfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

std::optional<Lsn> lsnField(const QJsonObject &object, QLatin1StringView key)
{
    return Lsn::parse(object.value(key).toString());
}

std::optional<double> optionalDouble(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

ReplicationClient parseReplicationClient(const QJsonObject &object)
{
    ReplicationClient client;
    client.pid = qint64(object.value("pid"_L1).toDouble());
    client.applicationName = object.value("application_name"_L1).toString();
    client.clientAddress = object.value("client_addr"_L1).toString();
    client.clientPort = object.value("client_port"_L1).toInt();
    client.state = object.value("state"_L1).toString();
    client.syncState = object.value("sync_state"_L1).toString();
    client.syncPriority = object.value("sync_priority"_L1).toInt();
    client.sentLsn = lsnField(object, "sent_lsn"_L1);
    client.writeLsn = lsnField(object, "write_lsn"_L1);
    client.flushLsn = lsnField(object, "flush_lsn"_L1);
    client.replayLsn = lsnField(object, "replay_lsn"_L1);
    client.writeLagSeconds = optionalDouble(object, "write_lag_s"_L1);
    client.flushLagSeconds = optionalDouble(object, "flush_lag_s"_L1);
    client.replayLagSeconds = optionalDouble(object, "replay_lag_s"_L1);
    client.database = object.value("database"_L1).toString();
    return client;
}

WalReceiver parseWalReceiver(const QJsonObject &object)
{
    WalReceiver receiver;
    receiver.status = object.value("status"_L1).toString();
    receiver.senderHost = object.value("sender_host"_L1).toString();
    receiver.senderPort = object.value("sender_port"_L1).toInt();
    receiver.writtenLsn = lsnField(object, "written_lsn"_L1);
    receiver.flushedLsn = lsnField(object, "flushed_lsn"_L1);
    receiver.latestEndLsn = lsnField(object, "latest_end_lsn"_L1);
    receiver.receivedTimeline = object.value("received_tli"_L1).toInt();
    receiver.slotName = object.value("slot_name"_L1).toString();
    return receiver;
}

ReplicationSlot parseSlot(const QJsonObject &object)
{
    ReplicationSlot slot;
    slot.name = object.value("name"_L1).toString();
    slot.type = object.value("type"_L1).toString();
    slot.plugin = object.value("plugin"_L1).toString();
    slot.database = object.value("database"_L1).toString();
    slot.temporary = object.value("temporary"_L1).toBool();
    slot.active = object.value("active"_L1).toBool();
    if (const auto pid = optionalDouble(object, "active_pid"_L1))
        slot.activePid = static_cast<qint64>(*pid);
    slot.restartLsn = lsnField(object, "restart_lsn"_L1);
    slot.confirmedFlushLsn = lsnField(object, "confirmed_flush_lsn"_L1);
    slot.walStatus = object.value("wal_status"_L1).toString();
    if (const auto size = optionalDouble(object, "safe_wal_size"_L1))
        slot.safeWalSize = static_cast<qint64>(*size);
    if (object.value("failover"_L1).isBool())
        slot.failover = object.value("failover"_L1).toBool();
    if (object.value("synced"_L1).isBool())
        slot.synced = object.value("synced"_L1).toBool();
    slot.invalidationReason = object.value("invalidation_reason"_L1).toString();
    return slot;
}

QDateTime timeField(const QJsonObject &object, QLatin1StringView key)
{
    return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
}

Subscription parseSubscription(const QJsonObject &object)
{
    Subscription subscription;
    subscription.name = object.value("name"_L1).toString();
    subscription.database = object.value("database"_L1).toString();
    subscription.enabled = object.value("enabled"_L1).toBool();
    subscription.slotName = object.value("slot"_L1).toString();
    const QJsonArray publications = object.value("publications"_L1).toArray();
    for (const QJsonValue &publication : publications)
        subscription.publications << publication.toString();
    if (const QString conninfo = object.value("conninfo"_L1).toString(); !conninfo.isEmpty()) {
        if (const auto info = ConnInfo::parse(conninfo)) {
            subscription.publisherKnown = true;
            subscription.publisherHost = info->firstHost();
            subscription.publisherPort = info->firstPort() > 0 ? info->firstPort() : 5432;
            subscription.publisherDatabase = info->value(u"dbname");
            const QStringList hosts = info->value(u"host").split(u',');
            const QStringList ports = info->value(u"port").split(u',');
            for (qsizetype i = 0; i < hosts.size(); ++i) {
                // One port serves every host; an empty one is libpq's default.
                const int port = (ports.size() == hosts.size() ? ports.at(i) : ports.first()).toInt();
                subscription.publisherAddresses.append({hosts.at(i), port > 0 ? port : 5432});
            }
        }
    }
    if (const QJsonObject worker = object.value("worker"_L1).toObject(); !worker.isEmpty()) {
        if (const auto pid = optionalDouble(worker, "pid"_L1))
            subscription.workerPid = static_cast<qint64>(*pid);
        subscription.receivedLsn = lsnField(worker, "received_lsn"_L1);
        subscription.latestEndLsn = lsnField(worker, "latest_end_lsn"_L1);
        subscription.lastMessageReceivedAt = timeField(worker, "last_msg_receipt_time"_L1);
        subscription.latestEndAt = timeField(worker, "latest_end_time"_L1);
    }
    subscription.syncWorkers = object.value("sync_workers"_L1).toInt();
    if (const QJsonObject errors = object.value("errors"_L1).toObject(); !errors.isEmpty()) {
        if (const auto apply = optionalDouble(errors, "apply"_L1))
            subscription.applyErrors = static_cast<qint64>(*apply);
        if (const auto sync = optionalDouble(errors, "sync"_L1))
            subscription.syncErrors = static_cast<qint64>(*sync);
        const QJsonObject conflicts = errors.value("conflicts"_L1).toObject();
        for (auto it = conflicts.constBegin(); it != conflicts.constEnd(); ++it) {
            if (it.value().isDouble())
                subscription.conflicts.insert(it.key(), static_cast<qint64>(it.value().toDouble()));
        }
    }
    if (object.value("failover"_L1).isBool())
        subscription.failover = object.value("failover"_L1).toBool();
    return subscription;
}

} // namespace

bool parseProbeDocument(const QByteArray &json, NodeProbe *probe, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject() || !document.object().contains("in_recovery"_L1)) {
        if (error) {
            *error = parseError.error != QJsonParseError::NoError
                         ? u"the probe answer is not valid JSON: "_s + parseError.errorString()
                         : u"the probe answer lacks the expected fields"_s;
        }
        return false;
    }
    const QJsonObject root = document.object();
    probe->inRecovery = root.value("in_recovery"_L1).toBool();
    probe->serverVersionNum = root.value("server_version_num"_L1).toInt();
    probe->serverVersion = root.value("server_version"_L1).toString();
    probe->clusterName = root.value("cluster_name"_L1).toString();
    if (const int port = root.value("port"_L1).toInt(); port > 0)
        probe->port = port;
    probe->systemIdentifier = root.value("system_identifier"_L1).toString();
    probe->timeline = root.value("timeline"_L1).toInt();
    probe->currentLsn = lsnField(root, "current_lsn"_L1);
    probe->receiveLsn = lsnField(root, "receive_lsn"_L1);
    probe->replayLsn = lsnField(root, "replay_lsn"_L1);
    if (const QString replayed = root.value("last_replay_time"_L1).toString(); !replayed.isEmpty()) {
        const QDateTime time = QDateTime::fromString(replayed, Qt::ISODateWithMs);
        if (time.isValid())
            probe->lastReplayTime = time;
    }
    probe->replayAgeSeconds = optionalDouble(root, "replay_age_s"_L1);
    probe->replayPaused = root.value("replay_paused"_L1).toBool();
    if (const QJsonObject written = root.value("wal_written"_L1).toObject(); !written.isEmpty()) {
        const auto bytes = optionalDouble(written, "bytes"_L1);
        const auto seconds = optionalDouble(written, "seconds"_L1);
        // Under a minute of statistics says little about a rate.
        if (bytes && seconds && *seconds >= 60)
            probe->walBytesPerSecond = *bytes / *seconds;
    }
    if (const auto delay = optionalDouble(root, "apply_delay_ms"_L1); delay && *delay >= 0)
        probe->applyDelayMs = static_cast<qint64>(*delay);
    probe->connections = root.value("connections"_L1).toInt();
    const QJsonObject archiver = root.value("archiver"_L1).toObject();
    const auto timeField = [&](QLatin1StringView key) { return QDateTime::fromString(archiver.value(key).toString(), Qt::ISODateWithMs); };
    probe->archiveFailedWal = archiver.value("last_failed_wal"_L1).toString();
    probe->archiveFailedAt = timeField("last_failed_time"_L1);
    probe->lastArchivedAt = timeField("last_archived_time"_L1);
    probe->archiveFailing = archiver.value("mode"_L1).toString(u"off"_s) != u"off" && probe->archiveFailedAt.isValid()
                            && (!probe->lastArchivedAt.isValid() || probe->archiveFailedAt > probe->lastArchivedAt);

    probe->configuredUpstreamHost.clear();
    probe->configuredUpstreamPort = 0;
    if (const QString upstream = root.value("primary_conninfo"_L1).toString(); !upstream.isEmpty()) {
        if (const auto info = ConnInfo::parse(upstream)) {
            probe->configuredUpstreamHost = info->firstHost();
            probe->configuredUpstreamPort = info->firstPort() > 0 ? info->firstPort() : 5432;
        }
    }

    probe->replication.clear();
    const QJsonArray clients = root.value("replication"_L1).toArray();
    for (const QJsonValue &client : clients)
        probe->replication << parseReplicationClient(client.toObject());

    const QJsonValue receiver = root.value("wal_receiver"_L1);
    probe->walReceiver = receiver.isObject() ? std::optional(parseWalReceiver(receiver.toObject())) : std::nullopt;

    probe->replicationSlots.clear();
    const QJsonArray slotArray = root.value("slots"_L1).toArray();
    for (const QJsonValue &slot : slotArray)
        probe->replicationSlots << parseSlot(slot.toObject());

    probe->subscriptions.clear();
    const QJsonArray subscriptionArray = root.value("subscriptions"_L1).toArray();
    for (const QJsonValue &subscription : subscriptionArray)
        probe->subscriptions << parseSubscription(subscription.toObject());
    return true;
}

} // namespace pgv
