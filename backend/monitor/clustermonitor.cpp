// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustermonitor.h"

#include "core/backgroundwork.h"
#include "nodemonitor.h"
#include "patroni/patronimonitor.h"
#include "pooler/poolerestate.h"

#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

ClusterMonitor::ClusterMonitor(QString cluster, QList<NodeEndpoint> endpoints, ProbeSettings settings, QObject *parent)
    : QObject(parent)
    , m_endpoints(std::move(endpoints))
    , m_settings(std::move(settings))
{
    qRegisterMetaType<pgv::NodeProbe>();
    qRegisterMetaType<pgv::TopologySnapshot>();
    qRegisterMetaType<pgv::SnapshotPtr>();
    m_input.cluster = std::move(cluster);
    for (const NodeEndpoint &endpoint : std::as_const(m_endpoints))
        m_input.nodes << ClusterNodeSpec{endpoint.name, endpoint.connInfo.firstHost(), endpoint.connInfo.firstPort()};
    m_snapshot = shareSnapshot(assembleTopology(m_input));
    // A round's probes start together and take milliseconds each; a quarter of the interval (at most 250 ms)
    // waits for all of them without letting a hung node hold the others back.
    m_roundWindow.setSingleShot(true);
    m_roundWindow.setInterval(std::clamp(m_settings.intervalMs / 4, 20, 250));
    connect(&m_roundWindow, &QTimer::timeout, this, &ClusterMonitor::publishSnapshot);
}

ClusterMonitor::~ClusterMonitor()
{
    stop();
}

void ClusterMonitor::setPatroni(const PatroniEndpoint &endpoint)
{
    m_patroni = endpoint;
}

void ClusterMonitor::setPoolers(QList<PoolerEndpoint> poolers, LockScope lock)
{
    m_poolers = std::move(poolers);
    m_poolerLock = std::move(lock);
}

void ClusterMonitor::watchInterruptedActions(std::function<QString()> read)
{
    m_readInterrupted = std::move(read);
}

void ClusterMonitor::readInterruptedAction()
{
    if (!m_interruptedWork || m_interruptedWork->isRunning())
        return;
    // A file read: quick, but not on the thread that paints.
    m_interruptedWork->run([read = m_readInterrupted] { return read(); }, [this](const QString &found) {
        if (!isRunning() || found == m_input.interruptedAction)
            return;
        m_input.interruptedAction = found;
        scheduleSnapshot();
    });
}

void ClusterMonitor::start()
{
    if (isRunning())
        return;
    if (m_readInterrupted) {
        if (!m_interruptedTimer) {
            m_interruptedWork = new BackgroundWork(this);
            m_interruptedTimer = new QTimer(this);
            m_interruptedTimer->setInterval(std::max(1000, m_settings.intervalMs));
            connect(m_interruptedTimer, &QTimer::timeout, this, &ClusterMonitor::readInterruptedAction);
        }
        m_interruptedTimer->start();
        readInterruptedAction();
    }
    if (m_patroni) {
        qRegisterMetaType<pgv::PatroniStatus>();
        auto *thread = new QThread(this);
        thread->setObjectName(u"patroni"_s);
        auto *monitor = new PatroniMonitor(*m_patroni, m_settings.intervalMs);
        monitor->moveToThread(thread);
        connect(thread, &QThread::finished, monitor, &QObject::deleteLater);
        connect(monitor, &PatroniMonitor::polled, this, &ClusterMonitor::onPatroni);
        thread->start();
        QMetaObject::invokeMethod(monitor, &PatroniMonitor::start);
        m_threads << thread;
    }
    if (!m_poolers.isEmpty()) {
        qRegisterMetaType<pgv::PoolerReading>();
        auto *thread = new QThread(this);
        thread->setObjectName(u"poolers"_s);
        m_poolerMonitor = new PoolerMonitor(m_poolers, m_settings, m_poolerLock);
        m_poolerMonitor->moveToThread(thread);
        connect(thread, &QThread::finished, m_poolerMonitor, &QObject::deleteLater);
        connect(m_poolerMonitor, &PoolerMonitor::polled, this, &ClusterMonitor::onPoolers);
        thread->start();
        QMetaObject::invokeMethod(m_poolerMonitor, &PoolerMonitor::start);
        m_threads << thread;
    }
    for (const NodeEndpoint &endpoint : std::as_const(m_endpoints)) {
        auto *thread = new QThread(this);
        thread->setObjectName(u"probe "_s + endpoint.name);
        auto *monitor = new NodeMonitor(endpoint, m_settings);
        monitor->moveToThread(thread);
        connect(thread, &QThread::finished, monitor, &QObject::deleteLater);
        connect(monitor, &NodeMonitor::probed, this, &ClusterMonitor::onProbed);
        thread->start();
        QMetaObject::invokeMethod(monitor, &NodeMonitor::start);
        m_threads << thread;
        m_monitors << monitor;
    }
}

void ClusterMonitor::stop()
{
    if (m_interruptedTimer)
        m_interruptedTimer->stop();
    m_roundWindow.stop();
    m_probedThisRound.clear();
    for (QThread *thread : std::as_const(m_threads)) {
        thread->requestInterruption();
        thread->quit();
    }
    for (QThread *thread : std::as_const(m_threads)) {
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    m_monitors.clear();
    m_poolerMonitor = nullptr;
}

void ClusterMonitor::pollNow()
{
    for (NodeMonitor *monitor : std::as_const(m_monitors))
        QMetaObject::invokeMethod(monitor, &NodeMonitor::pollNow);
    if (m_poolerMonitor)
        QMetaObject::invokeMethod(m_poolerMonitor, &PoolerMonitor::pollNow);
}

void ClusterMonitor::onProbed(const NodeProbe &probe)
{
    if (!isRunning())
        return; // a result queued before stop()
    m_input.probes.insert(probe.node, probe);
    Q_EMIT nodeProbed(probe);
    m_probedThisRound.insert(probe.node);
    if (m_probedThisRound.size() >= m_endpoints.size())
        publishSnapshot(); // every node of the round has answered
    else
        scheduleSnapshot();
}

void ClusterMonitor::onPatroni(const PatroniStatus &status)
{
    if (!isRunning())
        return;
    m_input.patroni = status;
    scheduleSnapshot();
}

void ClusterMonitor::onPoolers(const PoolerReading &reading)
{
    if (!isRunning())
        return;
    m_poolerReading = reading;
    scheduleSnapshot();
}

void ClusterMonitor::scheduleSnapshot()
{
    if (!m_roundWindow.isActive())
        m_roundWindow.start();
}

void ClusterMonitor::publishSnapshot()
{
    m_roundWindow.stop();
    m_probedThisRound.clear();
    reassemble();
    Q_EMIT topologyChanged(m_snapshot);
}

void ClusterMonitor::reassemble()
{
    TopologySnapshot next = assembleTopology(m_input, m_snapshot.get());
    // Complete once Patroni and the poolers, too, have answered (or failed to).
    if ((m_patroni && !m_input.patroni) || (!m_poolers.isEmpty() && !m_poolerReading))
        next.complete = false;
    if (m_poolerReading) {
        PoolerAssessmentSettings assessment;
        assessment.actionRunning = m_poolerReading->actionRunning;
        addPoolers(next, assessPoolers(m_poolerReading->poolers, next, assessment));
    }
    m_snapshot = shareSnapshot(std::move(next));
}

const NodeProbe *ClusterMonitor::latestProbe(const QString &node) const
{
    const auto it = m_input.probes.constFind(node);
    return it == m_input.probes.cend() ? nullptr : &*it;
}

} // namespace pgv
