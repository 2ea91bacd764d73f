// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeprober.h"
#include "patroni/patroniclient.h"
#include "poolermonitor.h"
#include "topology/topologyassembler.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>

class QThread;

namespace pgv {

class BackgroundWork;
class NodeMonitor;

/// Watches every node of one cluster: one monitor thread per node, results assembled into a topology
/// on the thread this object lives on (the GUI thread in pgverse). Nothing here blocks that thread.
///
/// One snapshot per poll round: the nodes are polled together, and their probes (with Patroni's answer and the
/// action journal) are assembled once, when every node of the round has answered or, at the latest, a short
/// window after the first answer, so that a hung node holds back nobody else's figures.
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
    /// Also polls the cluster's poolers (PoolerMonitor, on a thread of its own) and adds them, their pooler edges and
    /// their problems to the topology; \a lock tells a pause an action holds from one left behind. Before start().
    void setPoolers(QList<PoolerEndpoint> poolers, LockScope lock);
    void start();
    /// Stops every monitor thread; returns once they have ended (at most one wait slice, not a probe timeout).
    void stop();
    void pollNow();

    bool isRunning() const { return !m_threads.isEmpty(); }
    const QString &cluster() const { return m_input.cluster; }
    /// The latest snapshot (never null) and the latest probe of every node: the one store of both.
    const TopologySnapshot &snapshot() const { return *m_snapshot; }
    const SnapshotPtr &sharedSnapshot() const { return m_snapshot; }
    QList<NodeProbe> latestProbes() const { return m_input.probes.values(); }
    const NodeProbe *latestProbe(const QString &node) const;

Q_SIGNALS:
    void nodeProbed(const pgv::NodeProbe &probe);
    void topologyChanged(const pgv::SnapshotPtr &snapshot);

private:
    void onProbed(const NodeProbe &probe);
    void onPatroni(const PatroniStatus &status);
    void onPoolers(const PoolerReading &reading);
    /// Something of the next snapshot arrived: publish it once the round is complete or its window has passed.
    void scheduleSnapshot();
    void publishSnapshot();
    void reassemble();
    void readInterruptedAction();

    QList<NodeEndpoint> m_endpoints;
    ProbeSettings m_settings;
    TopologyInput m_input;
    SnapshotPtr m_snapshot;
    QList<QThread *> m_threads;
    QList<NodeMonitor *> m_monitors;
    std::optional<PatroniEndpoint> m_patroni;
    QList<PoolerEndpoint> m_poolers;
    LockScope m_poolerLock;
    std::optional<PoolerReading> m_poolerReading;
    PoolerMonitor *m_poolerMonitor = nullptr;
    std::function<QString()> m_readInterrupted;
    QTimer *m_interruptedTimer = nullptr;
    BackgroundWork *m_interruptedWork = nullptr;
    QSet<QString> m_probedThisRound;
    QTimer m_roundWindow;
};

} // namespace pgv
