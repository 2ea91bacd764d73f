// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeprober.h"
#include "topology/topologyassembler.h"

#include "core/backgroundjob.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <functional>

class QThread;

namespace pgv {

class NodeMonitor;

/// Watches every node of one cluster: one monitor thread per node, results assembled into a topology
/// on the thread this object lives on (the GUI thread in pgverse). Nothing here blocks that thread.
class ClusterMonitor : public QObject
{
    Q_OBJECT
public:
    ClusterMonitor(QString cluster, QList<NodeEndpoint> endpoints, ProbeSettings settings, QObject *parent = nullptr);
    ~ClusterMonitor() override;

    /// Also polls Patroni's GET /cluster and merges it into the topology; call before start().
    void setPatroni(const PatroniEndpoint &endpoint);
    /// Also reads, once per poll interval on the thread pool, what \a read returns (an interrupted action's
    /// description, or nothing) and reports it as a problem; call before start().
    void watchInterruptedActions(std::function<QString()> read);
    void start();
    /// Stops every monitor thread; returns once they have ended (at most one wait slice, not a probe timeout).
    void stop();
    void pollNow();

    bool isRunning() const { return !m_threads.isEmpty(); }
    const QString &cluster() const { return m_input.cluster; }
    const TopologySnapshot &snapshot() const { return m_snapshot; }
    QList<NodeProbe> latestProbes() const { return m_input.probes.values(); }

Q_SIGNALS:
    void nodeProbed(const pgv::NodeProbe &probe);
    void topologyChanged(const pgv::TopologySnapshot &snapshot);

private:
    void onProbed(const NodeProbe &probe);
    void onPatroni(const PatroniStatus &status);
    void reassemble();
    void readInterruptedAction();

    QList<NodeEndpoint> m_endpoints;
    ProbeSettings m_settings;
    TopologyInput m_input;
    TopologySnapshot m_snapshot;
    QList<QThread *> m_threads;
    QList<NodeMonitor *> m_monitors;
    std::optional<PatroniEndpoint> m_patroni;
    std::function<QString()> m_readInterrupted;
    QTimer *m_interruptedTimer = nullptr;
    BackgroundJob *m_interruptedJob = nullptr;
};

} // namespace pgv
