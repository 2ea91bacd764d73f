// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lagseries.h"
#include "samplering.h"
#include "topologyevents.h"

#include <QObject>
#include <memory>

namespace pgv {

/// The recent lag of one cluster in memory: a ring per series and the cluster's events.
/// Lives on the GUI thread; appending is cheap and announces what was added so charts append too.
class LagHistory : public QObject
{
    Q_OBJECT
public:
    explicit LagHistory(qsizetype samplesPerSeries = 86400, QObject *parent = nullptr);
    ~LagHistory() override;

    void append(const QList<LagPoint> &points);
    void appendEvents(const QList<ClusterEvent> &events);
    /// Replaces everything, for history loaded from disk.
    void reset(const QList<LagPoint> &points, const QList<ClusterEvent> &events);
    void clear();

    QList<SeriesKey> keys() const;
    const SampleRing *series(const SeriesKey &key) const;
    const QList<ClusterEvent> &events() const { return m_events; }
    qsizetype samplesPerSeries() const { return m_samplesPerSeries; }
    std::size_t memoryBytes() const;

Q_SIGNALS:
    void pointsAppended(const QList<pgv::LagPoint> &points);
    void eventsAppended(const QList<pgv::ClusterEvent> &events);
    void historyReset();

private:
    void store(const LagPoint &point);

    qsizetype m_samplesPerSeries;
    QHash<SeriesKey, std::shared_ptr<SampleRing>> m_series;
    QList<SeriesKey> m_order; // first-seen order, so graphs keep their colours
    QList<ClusterEvent> m_events;
};

} // namespace pgv
