// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagrecorder.h"

#include "lagstore.h"

#include "core/backgroundwork.h"

#include <QDateTime>

namespace pgv {

LagRecorder::LagRecorder(LagStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_ruleWork(new BackgroundWork(this, BackgroundWork::EveryResult, &m_rulePool))
    , m_alerts(QString(), defaultAlertRules())
{
    m_rulePool.setMaxThreadCount(1);
    if (m_store)
        connect(m_store, &LagStore::loaded, this, &LagRecorder::onLoaded);
}

LagRecorder::~LagRecorder()
{
    m_rulePool.waitForDone();
}

void LagRecorder::loadRules(const QString &cluster)
{
    m_ruleWork->run([cluster] { return AlertRuleStore().rules(cluster); }, [this, cluster](const QList<AlertRule> &rules) {
        if (cluster != m_cluster)
            return; // another cluster was opened meanwhile
        m_alerts.setRules(rules);
        Q_EMIT alertsChanged();
    });
}

void LagRecorder::setCluster(const QString &cluster, int sampleIntervalMs, int historyHours)
{
    if (!m_cluster.isEmpty() && cluster != m_cluster)
        m_leftClusters.insert_or_assign(m_cluster, LeftCluster{std::move(m_alerts), QDateTime::currentDateTimeUtc()});
    m_cluster = cluster;
    m_sampleIntervalMs = sampleIntervalMs;
    m_previous = emptySnapshot();
    m_lastSampleMs = 0;
    if (const auto left = m_leftClusters.find(cluster); left != m_leftClusters.end()) {
        // Back to a cluster watched before: its alerts go on from where they were (acknowledged, resolved ones kept).
        m_alerts = std::move(left->second.engine);
        m_leftClusters.erase(left);
    } else {
        m_alerts = AlertEngine(cluster, {});
    }
    loadRules(cluster);
    if (m_silencesKnown)
        m_alerts.setSilences(m_silences);
    else
        m_alerts.awaitSilences();
    m_history.clear();
    m_liveWhileLoading.clear();
    m_eventsWhileLoading.clear();
    m_loading = m_store && !cluster.isEmpty();
    if (m_loading)
        m_store->load(cluster, QDateTime::currentMSecsSinceEpoch() - qint64(historyHours) * 3600 * 1000);
    Q_EMIT alertsChanged();
}

QList<Alert> LagRecorder::alertList() const
{
    QList<Alert> list = m_alerts.alerts();
    for (const auto &[name, left] : m_leftClusters) {
        QList<Alert> kept = left.engine.alerts();
        for (Alert &alert : kept)
            alert.unwatchedSince = left.leftAt;
        list += kept;
    }
    return list;
}

void LagRecorder::onLoaded(const QString &cluster, const QList<LagPoint> &points, const QList<ClusterEvent> &events)
{
    if (cluster != m_cluster || !m_loading)
        return;
    m_loading = false;
    // History first, then what arrived live while it loaded: each series only moves forward in time.
    m_history.reset(points + m_liveWhileLoading, events + m_eventsWhileLoading);
    m_liveWhileLoading.clear();
    m_eventsWhileLoading.clear();
}

void LagRecorder::addEvents(const QList<ClusterEvent> &events)
{
    if (events.isEmpty())
        return;
    if (m_loading)
        m_eventsWhileLoading << events;
    else
        m_history.appendEvents(events);
    if (m_store)
        m_store->record(m_cluster, {}, events);
}

void LagRecorder::record(const SnapshotPtr &shared)
{
    if (!shared || shared->cluster != m_cluster || shared->nodes.isEmpty())
        return;
    const TopologySnapshot &snapshot = *shared;
    QList<ClusterEvent> events = detectEvents(*m_previous, snapshot);
    m_previous = shared;

    const auto silencedNow = [this] {
        QStringList silenced;
        for (const Alert &alert : m_alerts.firing())
            silenced << alert.silence.id;
        return silenced;
    };
    const QStringList silencedBefore = silencedNow();
    const QList<Alert> changes = m_alerts.evaluate(snapshot);
    for (const Alert &alert : changes) {
        const bool fired = alert.isFiring();
        events << ClusterEvent{snapshot.takenAt.toMSecsSinceEpoch(), fired ? ClusterEvent::Kind::AlertFired : ClusterEvent::Kind::AlertCleared,
                               alert.subject, (fired ? tr("alert: %1") : tr("cleared: %1")).arg(describeRule(alert.rule))};
    }
    addEvents(events);
    if (!changes.isEmpty() || silencedNow() != silencedBefore)
        Q_EMIT alertsChanged();
    if (const QList<Alert> tell = m_alerts.takeNotifications(); !tell.isEmpty())
        Q_EMIT alertsToTell(tell);

    // The monitor sends a snapshot after every node's probe; one sample per poll interval is what the chart needs.
    const qint64 now = snapshot.takenAt.toMSecsSinceEpoch();
    if (now - m_lastSampleMs < m_sampleIntervalMs * 9 / 10)
        return;
    m_lastSampleMs = now;
    const QList<LagPoint> points = deriveLagPoints(snapshot);
    if (m_loading)
        m_liveWhileLoading << points;
    else
        m_history.append(points);
    if (m_store)
        m_store->record(m_cluster, points);
}

void LagRecorder::recordAction(const QString &node, const QString &label)
{
    addEvents({ClusterEvent{QDateTime::currentMSecsSinceEpoch(), ClusterEvent::Kind::Action, node, label}});
}

void LagRecorder::acknowledge(const QString &subject, AlertRuleKind rule)
{
    if (m_alerts.acknowledge(subject, rule))
        Q_EMIT alertsChanged();
}

void LagRecorder::setSilences(const QList<Silence> &silences)
{
    m_silences = silences;
    m_silencesKnown = true;
    m_alerts.setSilences(silences);
}

void LagRecorder::setRules(const QList<AlertRule> &rules)
{
    m_alerts.setRules(rules);
    m_ruleWork->run([cluster = m_cluster, rules] { return AlertRuleStore().save(cluster, rules); });
    Q_EMIT alertsChanged();
}

} // namespace pgv
