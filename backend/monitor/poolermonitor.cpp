// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolermonitor.h"

#include "pooler/poolerprobe.h"

#include <QThread>
#include <QTimer>

namespace pgv {

PoolerMonitor::PoolerMonitor(QList<PoolerEndpoint> poolers, const ProbeSettings &settings, LockScope lock, QObject *parent)
    : QObject(parent)
    , m_poolers(std::move(poolers))
    , m_settings(settings)
    , m_lock(std::move(lock))
{
    m_clock.start();
}

void PoolerMonitor::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &PoolerMonitor::poll);
    }
    m_timer->start(0);
}

void PoolerMonitor::pollNow()
{
    m_dueAtMs.clear();
    if (m_timer)
        m_timer->start(0);
}

void PoolerMonitor::poll()
{
    const qint64 started = m_clock.elapsed();
    QList<PoolerEndpoint> due;
    for (const PoolerEndpoint &pooler : std::as_const(m_poolers)) {
        if (m_dueAtMs.value(pooler.name, 0) <= started)
            due << pooler;
    }
    const QList<PoolerStatus> read = probePoolers(due, m_settings.connectTimeoutMs + m_settings.queryTimeoutMs);
    if (QThread::currentThread()->isInterruptionRequested())
        return; // the monitor is being stopped
    for (const PoolerStatus &status : read) {
        const int failures = status.reachable ? 0 : m_failures.value(status.name) + 1;
        m_failures.insert(status.name, failures);
        int delay = m_settings.intervalMs;
        if (failures > 1)
            delay = std::min(m_settings.maxBackoffMs, m_settings.intervalMs << std::min(failures - 1, 8));
        m_dueAtMs.insert(status.name, started + delay);
        m_latest.insert(status.name, status);
    }
    PoolerReading reading;
    for (const PoolerEndpoint &pooler : std::as_const(m_poolers)) {
        if (m_latest.contains(pooler.name))
            reading.poolers << m_latest.value(pooler.name);
    }
    // A file lock's state: read here, on the monitor's thread.
    readActionJournal(m_lock, &reading.actionRunning);
    Q_EMIT polled(reading);
    m_timer->start(int(std::max<qint64>(0, m_settings.intervalMs - (m_clock.elapsed() - started))));
}

} // namespace pgv
