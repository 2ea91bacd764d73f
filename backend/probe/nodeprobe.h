// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lsn.h"
#include "topology/subscription.h"
#include "pg/pgsession.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace pgv {

/// One row of pg_stat_replication on the probed node: a standby (or other WAL client) it feeds.
struct ReplicationClient
{
    qint64 pid = 0; // the walsender's
    QString applicationName;
    QString clientAddress;
    int clientPort = 0;
    QString state;     // startup, catchup, streaming, backup, stopping
    QString syncState; // async, potential, sync, quorum
    int syncPriority = 0;
    std::optional<Lsn> sentLsn;
    std::optional<Lsn> writeLsn;
    std::optional<Lsn> flushLsn;
    std::optional<Lsn> replayLsn;
    std::optional<double> writeLagSeconds; // NULL from the server when the link is idle
    std::optional<double> flushLagSeconds;
    std::optional<double> replayLagSeconds;
    /// The database a logical walsender decodes (it serves a subscription named applicationName); empty for a standby.
    QString database;
    bool isLogical() const { return !database.isEmpty(); }
};

/// pg_stat_wal_receiver on a standby: where it streams from.
struct WalReceiver
{
    QString status;
    QString senderHost;
    int senderPort = 0;
    std::optional<Lsn> writtenLsn;
    std::optional<Lsn> flushedLsn;
    std::optional<Lsn> latestEndLsn;
    int receivedTimeline = 0;
    QString slotName;
};

struct ReplicationSlot
{
    QString name;
    QString type; // physical or logical
    QString plugin;
    QString database;
    bool temporary = false;
    bool active = false;
    std::optional<qint64> activePid;
    std::optional<Lsn> restartLsn;
    std::optional<Lsn> confirmedFlushLsn;
    QString walStatus;
    std::optional<qint64> safeWalSize;
    /// PostgreSQL 17 and newer: a failover slot, a standby's synchronised copy of one, and why a slot was invalidated.
    std::optional<bool> failover;
    std::optional<bool> synced;
    QString invalidationReason;
};


/// What one poll learned about one node: either the facts or why it could not get them.
struct NodeProbe
{
    QString node; // the profile's name for the node
    QDateTime probedAt;
    qint64 latencyMs = -1;
    int roundTrips = 0;

    bool reachable = false;
    PgError::Kind failure = PgError::Kind::None;
    QString error;
    QString errorSqlState; // what the server said with its refusal, when it refused (53300: too many connections)
    bool fenced = false;   // not reachable, and fenced on purpose (a lab's old primary after a failover)

    QString host; // as libpq resolved it
    int port = 0;

    bool inRecovery = false;
    int serverVersionNum = 0;
    QString serverVersion;
    QString clusterName;
    QString systemIdentifier;
    int timeline = 0;
    std::optional<Lsn> currentLsn;
    std::optional<Lsn> receiveLsn;
    std::optional<Lsn> replayLsn;
    std::optional<QDateTime> lastReplayTime;
    std::optional<double> replayAgeSeconds; ///< the standby's now() minus lastReplayTime, by the standby's clock
    bool replayPaused = false;
    /// WAL this server wrote per second on average since its statistics were reset (pg_stat_wal, PostgreSQL 14).
    std::optional<double> walBytesPerSecond;
    std::optional<qint64> applyDelayMs; ///< recovery_min_apply_delay of a standby
    int connections = 0;
    /// pg_stat_archiver: the newest failure came after the newest success (archive_mode on, on a primary).
    bool archiveFailing = false;
    QString archiveFailedWal;
    QDateTime archiveFailedAt;
    QDateTime lastArchivedAt; // invalid when nothing was archived since the statistics were reset
    /// Host and port from primary_conninfo; nothing else of that setting (it may hold a password) is kept.
    QString configuredUpstreamHost;
    int configuredUpstreamPort = 0;

    QList<ReplicationClient> replication;
    std::optional<WalReceiver> walReceiver;
    QList<ReplicationSlot> replicationSlots;
    QList<Subscription> subscriptions;

    /// Where this node's WAL ends: the insert position on a primary, the received position on a standby.
    std::optional<Lsn> walEnd() const { return inRecovery ? (receiveLsn ? receiveLsn : replayLsn) : currentLsn; }
};

/// Fills the server facts of \a probe from the probe query's JSON document.
/// Returns false and sets \a error when the document is not what the query produces.
bool parseProbeDocument(const QByteArray &json, NodeProbe *probe, QString *error);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::NodeProbe)
