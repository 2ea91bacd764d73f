// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lsn.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace pgv {

/// A subscription on the probed node (pg_subscription with its apply worker from pg_stat_subscription).
struct Subscription
{
    QString name;
    QString database;
    bool enabled = false;
    QString slotName;
    QStringList publications;
    /// Where it connects to, from subconninfo (read by superusers only); nothing else of that string is kept.
    QString publisherHost;
    int publisherPort = 0;
    QString publisherDatabase;
    /// Every host and port it may connect to, the first one above included: several when the connection string lists
    /// them for target_session_attrs to choose from (a subscription following a Patroni cluster's leader).
    QList<QPair<QString, int>> publisherAddresses;
    bool publisherKnown = false;
    std::optional<qint64> workerPid; // the apply worker; absent while it is not running
    std::optional<Lsn> receivedLsn;
    std::optional<Lsn> latestEndLsn;
    QDateTime lastMessageReceivedAt;
    QDateTime latestEndAt;
    int syncWorkers = 0; // table synchronisation workers running now
    std::optional<qint64> applyErrors; // pg_stat_subscription_stats, PostgreSQL 15 and newer
    std::optional<qint64> syncErrors;
    /// PostgreSQL 18: conflicts met by kind (insert_exists, update_missing…); empty on older servers.
    QMap<QString, qint64> conflicts;
    /// PostgreSQL 17: whether its slot is a failover slot, synchronised to standbys; absent on older servers.
    std::optional<bool> failover;
};

} // namespace pgv
