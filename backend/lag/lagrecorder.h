// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertengine.h"
#include "laghistory.h"
#include "topology/topology.h"

#include <QObject>
#include <QThreadPool>

#include <map>

namespace pgv {

class BackgroundWork;
class LagStore;

/// Turns the topology snapshots of the open cluster into lag history (in memory and on disk), events and alerts.
/// On the GUI thread, fed by ClusterSession::topologyChanged; the disk work happens in LagStore's thread.
class LagRecorder : public QObject
{
    Q_OBJECT
public:
    /// \a store may be null (no persistence), as in pgversectl.
    explicit LagRecorder(LagStore *store, QObject *parent = nullptr);
    /// Waits for rule changes still being written.
    ~LagRecorder() override;

    /// Starts recording \a cluster: clears the history, loads the last \a historyHours from disk, and its rules (read
    /// on a worker: until they arrive, a new cluster's engine has none, a cluster watched before keeps its own).
    void setCluster(const QString &cluster, int sampleIntervalMs = 1000, int historyHours = 24);
    const QString &cluster() const { return m_cluster; }

    void record(const SnapshotPtr &snapshot);
    /// An action of the user (a switchover…), drawn as a marker.
    void recordAction(const QString &node, const QString &label);

    LagHistory *history() { return &m_history; }
    const AlertEngine &alerts() const { return m_alerts; }
    /// The open cluster's alerts, then those of the clusters open earlier in this session as they were when it
    /// moved on (unwatchedSince set): the list survives switching clusters, and switching back resumes it.
    QList<Alert> alertList() const;
    void acknowledge(const QString &subject, AlertRuleKind rule);
    void setRules(const QList<AlertRule> &rules);
    /// The silences in effect (SilenceWatcher's); kept across setCluster().
    void setSilences(const QList<Silence> &silences);

Q_SIGNALS:
    void alertsChanged();
    /// Alerts people should hear about now (AlertEngine::takeNotifications): fired or resolved, none silenced.
    void alertsToTell(const QList<pgv::Alert> &alerts);

private:
    void onLoaded(const QString &cluster, const QList<LagPoint> &points, const QList<ClusterEvent> &events);
    void loadRules(const QString &cluster);
    void addEvents(const QList<ClusterEvent> &events);

    LagStore *m_store;
    /// alerts.ini is read and written on one thread, in the order asked (a save, then a read, sees the save).
    QThreadPool m_rulePool;
    BackgroundWork *m_ruleWork;
    QString m_cluster;
    int m_sampleIntervalMs = 1000;
    LagHistory m_history;
    AlertEngine m_alerts;
    struct LeftCluster
    {
        AlertEngine engine;
        QDateTime leftAt;
    };
    std::map<QString, LeftCluster> m_leftClusters; ///< by name: their alerts, firing and resolved, kept for the list
    QList<Silence> m_silences;
    bool m_silencesKnown = false; ///< a SilenceWatcher has answered once: until then nothing is told
    SnapshotPtr m_previous = emptySnapshot();
    qint64 m_lastSampleMs = 0;
    bool m_loading = false;
    QList<LagPoint> m_liveWhileLoading;
    QList<ClusterEvent> m_eventsWhileLoading;
};

} // namespace pgv
