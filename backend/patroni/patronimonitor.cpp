// SPDX-License-Identifier: GPL-3.0-or-later
#include "patronimonitor.h"

#include <QElapsedTimer>
#include <QTimer>

namespace pgv {

PatroniMonitor::PatroniMonitor(PatroniEndpoint endpoint, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_intervalMs(intervalMs)
{
}

void PatroniMonitor::start()
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PatroniMonitor::poll);
    m_timer->start(0);
}

void PatroniMonitor::poll()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const PatroniReply reply = PatroniClient(m_endpoint, std::max(1000, m_intervalMs * 2)).get(QStringLiteral("/cluster"));
    PatroniStatus status;
    const auto cluster = reply.ok() ? PatroniCluster::fromJson(reply.json().object()) : std::nullopt;
    status.reachable = cluster.has_value();
    status.error = cluster ? QString() : reply.describe();
    if (cluster)
        status.cluster = *cluster;
    Q_EMIT polled(status);
    m_timer->start(std::max<qint64>(0, m_intervalMs - elapsed.elapsed()));
}

} // namespace pgv
