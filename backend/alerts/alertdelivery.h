// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertroute.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <atomic>

namespace pgv {

struct Alert;

/// One try to hand an alert to a route's command or webhook.
struct DeliveryAttempt
{
    QDateTime at;
    bool ok = false;
    bool worthRetrying = true; ///< false for answers a retry cannot change (HTTP 400, command not found)
    qint64 milliseconds = 0;
    QString detail; ///< "HTTP 200", "exit 0", "exit 1: <its last line on stderr>", "timed out after 10 s"
};

/// An alert's delivery to one route: every try and how it ended, as the delivery log keeps it.
struct DeliveryRecord
{
    QString route;
    QString kind;   ///< command or webhook
    QString target; ///< AlertRoute::displayTarget(): no query string
    QString cluster;
    QString rule;
    QString subject;
    QString state; ///< firing or resolved
    QList<DeliveryAttempt> attempts;

    bool ok() const { return !attempts.isEmpty() && attempts.last().ok; }
    QJsonObject toJson() const;
    static DeliveryRecord fromJson(const QJsonObject &object);
};

/// The JSON a route sends for \a alert, in its format.
QByteArray deliveryBody(const AlertRoute &route, const Alert &alert);

/// One try, blocking up to the route's timeout: the command gets \a body on stdin and must exit 0; the webhook
/// gets it POSTed as application/json and must answer 2xx. Stops early when \a cancel is set.
DeliveryAttempt deliverOnce(const AlertRoute &route, const QByteArray &body, const std::atomic_bool *cancel = nullptr);

/// Tries until one try succeeds or the route's retries are spent, waiting 1 s, 4 s, 16 s… between tries
/// (\a firstBackoffMs scales that for tests). Blocking: off the GUI thread.
DeliveryRecord deliverWithRetries(const AlertRoute &route, const Alert &alert, const std::atomic_bool *cancel = nullptr,
                                  int firstBackoffMs = 1000);

/// Every delivery, one JSON line each, in AppPaths::dataDir()/alert-deliveries.jsonl (owner-only, trimmed to its
/// newest half past 2 MiB). Blocking file work: off the GUI thread.
class DeliveryLog
{
public:
    DeliveryLog();
    explicit DeliveryLog(QString filePath);

    const QString &filePath() const { return m_filePath; }
    bool append(const DeliveryRecord &record, QString *error = nullptr) const;
    /// The newest \a limit deliveries, newest first.
    QList<DeliveryRecord> newest(int limit, QString *error = nullptr) const;

private:
    QString m_filePath;
};

} // namespace pgv
