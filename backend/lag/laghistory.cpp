// SPDX-License-Identifier: GPL-3.0-or-later
#include "laghistory.h"

namespace pgv {

namespace {
// Events are few (a handful an hour); keep a day's worth of an unusually busy one.
constexpr qsizetype kMaxEvents = 5000;
} // namespace

LagHistory::LagHistory(qsizetype samplesPerSeries, QObject *parent)
    : QObject(parent)
    , m_samplesPerSeries(samplesPerSeries)
{
    qRegisterMetaType<pgv::LagPoint>();
    qRegisterMetaType<pgv::ClusterEvent>();
}

LagHistory::~LagHistory() = default;

void LagHistory::store(const LagPoint &point)
{
    auto &ring = m_series[point.key];
    if (!ring) {
        ring = std::make_shared<SampleRing>(m_samplesPerSeries);
        m_order << point.key;
    }
    ring->append(point.timeMs, point.value);
}

void LagHistory::append(const QList<LagPoint> &points)
{
    if (points.isEmpty())
        return;
    for (const LagPoint &point : points)
        store(point);
    Q_EMIT pointsAppended(points);
}

void LagHistory::appendEvents(const QList<ClusterEvent> &events)
{
    if (events.isEmpty())
        return;
    m_events << events;
    if (m_events.size() > kMaxEvents)
        m_events.remove(0, m_events.size() - kMaxEvents);
    Q_EMIT eventsAppended(events);
}

void LagHistory::reset(const QList<LagPoint> &points, const QList<ClusterEvent> &events)
{
    m_series.clear();
    m_order.clear();
    for (const LagPoint &point : points)
        store(point);
    m_events = events;
    Q_EMIT historyReset();
}

void LagHistory::clear()
{
    reset({}, {});
}

QList<SeriesKey> LagHistory::keys() const
{
    return m_order;
}

const SampleRing *LagHistory::series(const SeriesKey &key) const
{
    const auto it = m_series.constFind(key);
    return it == m_series.cend() ? nullptr : it->get();
}

std::size_t LagHistory::memoryBytes() const
{
    std::size_t bytes = 0;
    for (const auto &ring : m_series)
        bytes += ring->memoryBytes();
    return bytes;
}

} // namespace pgv
