// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertdelivery.h"
#include "alertroute.h"

#include <QHash>
#include <QObject>

class QThreadPool;

namespace pgv {

class BackgroundWork;

/// Hands the alerts people should hear about (AlertEngine::takeNotifications) to every route that wants them,
/// off the calling thread, and logs each delivery. Each route has a lane of its own: one slow or failing
/// receiver, retrying, never holds up another, and one route gets its alerts in the order they happened.
class AlertRouter : public QObject
{
    Q_OBJECT
public:
    explicit AlertRouter(QObject *parent = nullptr);
    ~AlertRouter() override;

    void setRoutes(const QList<AlertRoute> &routes);
    const QList<AlertRoute> &routes() const { return m_routes; }
    /// Where deliveries are logged (default: DeliveryLog()); empty logs nothing.
    void setLogPath(const QString &path) { m_logPath = path; }
    /// For tests: the first wait between tries (1 s by default; then 4×, 16×…).
    void setFirstBackoffMs(int milliseconds) { m_firstBackoffMs = milliseconds; }

    void route(const QList<Alert> &notifications);
    int pendingCount() const;
    /// Lets the deliveries under way finish for up to \a timeoutMs, delivering their results, then cancels what
    /// is left (pgversectl on its way out). True when nothing was left.
    bool finish(int timeoutMs);

Q_SIGNALS:
    void delivered(const pgv::DeliveryRecord &record);

private:
    struct Lane
    {
        QThreadPool *pool = nullptr;
        BackgroundWork *work = nullptr;
    };
    Lane &laneFor(const QString &route);

    QList<AlertRoute> m_routes;
    QHash<QString, Lane> m_lanes;
    QString m_logPath;
    int m_firstBackoffMs = 1000;
};

} // namespace pgv

Q_DECLARE_METATYPE(pgv::DeliveryRecord)
