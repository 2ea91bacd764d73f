// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodemonitor.h"

#include <QElapsedTimer>
#include <QTimer>

namespace pgv {

NodeMonitor::NodeMonitor(NodeEndpoint endpoint, const ProbeSettings &settings, QObject *parent)
    : QObject(parent)
    , m_prober(std::move(endpoint), settings)
    , m_settings(settings)
{
}

void NodeMonitor::start()
{
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &NodeMonitor::poll);
    }
    m_timer->start(0);
}

void NodeMonitor::pollNow()
{
    if (m_timer)
        m_timer->start(0);
}

void NodeMonitor::poll()
{
    QElapsedTimer elapsed;
    elapsed.start();
    NodeProbe probe = m_prober.probe();
    if (probe.failure == PgError::Kind::Interrupted)
        return; // the thread is being stopped
    m_consecutiveFailures = probe.reachable ? 0 : m_consecutiveFailures + 1;
    Q_EMIT probed(probe);

    int delay = m_settings.intervalMs;
    if (m_consecutiveFailures > 1) {
        const int shift = std::min(m_consecutiveFailures - 1, 8);
        delay = std::min(m_settings.maxBackoffMs, m_settings.intervalMs << shift);
    }
    m_timer->start(std::max<qint64>(0, delay - elapsed.elapsed()));
}

} // namespace pgv
