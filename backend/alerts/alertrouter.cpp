// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrouter.h"

#include "alertengine.h"
#include "core/backgroundwork.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <QThreadPool>

namespace pgv {

AlertRouter::AlertRouter(QObject *parent)
    : QObject(parent)
    , m_logPath(DeliveryLog().filePath())
{
}

AlertRouter::~AlertRouter()
{
    // Each lane's work sees its token cancelled and stops within a tenth of a second; the pools wait for that.
    for (const Lane &lane : std::as_const(m_lanes))
        lane.work->cancel();
}

void AlertRouter::setRoutes(const QList<AlertRoute> &routes)
{
    m_routes = routes;
}

AlertRouter::Lane &AlertRouter::laneFor(const QString &route)
{
    auto it = m_lanes.find(route);
    if (it == m_lanes.end()) {
        Lane lane;
        lane.pool = new QThreadPool(this);
        lane.pool->setMaxThreadCount(1); // in order, one at a time
        lane.work = new BackgroundWork(this, BackgroundWork::EveryResult, lane.pool);
        it = m_lanes.insert(route, lane);
    }
    return *it;
}

void AlertRouter::route(const QList<Alert> &notifications)
{
    for (const Alert &alert : notifications) {
        for (const AlertRoute &route : std::as_const(m_routes)) {
            if (!route.matches(alert))
                continue;
            const QString logPath = m_logPath;
            const int firstBackoffMs = m_firstBackoffMs;
            laneFor(route.name).work->run(
                [route, alert, logPath, firstBackoffMs](const CancelToken &token) {
                    DeliveryRecord record = deliverWithRetries(route, alert, token.flag(), firstBackoffMs);
                    if (!logPath.isEmpty())
                        DeliveryLog(logPath).append(record);
                    return record;
                },
                [this](const DeliveryRecord &record) { Q_EMIT delivered(record); });
        }
    }
}

int AlertRouter::pendingCount() const
{
    int pending = 0;
    for (const Lane &lane : m_lanes)
        pending += lane.work->runningCount();
    return pending;
}

bool AlertRouter::finish(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (pendingCount() > 0 && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    const bool done = pendingCount() == 0;
    for (const Lane &lane : std::as_const(m_lanes)) {
        lane.work->cancel();
        lane.work->waitForFinished();
    }
    return done;
}

} // namespace pgv
