// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagplotseries.h"

#include "lag/samplering.h"

#include <algorithm>
#include <limits>

namespace pgv {

namespace {
double toKey(qint64 timeMs)
{
    return double(timeMs) / 1000.0;
}
} // namespace

void LagPlotSeries::rebuild(const SampleRing &ring, qint64 bucketMs)
{
    m_bucketMs = std::max<qint64>(0, bucketMs);
    m_points.clear();
    m_bucket = {};
    m_lastTimeMs = -1;
    m_points.reserve(std::size_t(m_bucketMs == 0 ? ring.size() : std::min<qsizetype>(ring.size(), 4096)));
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const Sample sample = ring.at(i);
        append(sample.timeMs, sample.value);
    }
}

void LagPlotSeries::addGapIfNeeded(qint64 timeMs)
{
    if (m_lastTimeMs >= 0 && timeMs - m_lastTimeMs > std::max(kGapMs, 2 * m_bucketMs))
        m_points.push_back({toKey(m_lastTimeMs) + 0.001, std::numeric_limits<double>::quiet_NaN()});
}

void LagPlotSeries::writeBucket()
{
    m_points.resize(m_bucket.firstPoint);
    std::pair<qint64, double> extremes[] = {{m_bucket.minTime, m_bucket.min}, {m_bucket.maxTime, m_bucket.max}, {m_bucket.lastTime, m_bucket.last}};
    std::sort(std::begin(extremes), std::end(extremes), [](const auto &a, const auto &b) { return a.first < b.first; });
    qint64 previous = -1;
    for (const auto &[time, value] : extremes) {
        if (time != previous)
            m_points.push_back({toKey(time), value});
        previous = time;
    }
}

std::size_t LagPlotSeries::append(qint64 timeMs, double value)
{
    if (timeMs <= m_lastTimeMs)
        return m_points.size();
    addGapIfNeeded(timeMs);
    m_lastTimeMs = timeMs;
    if (m_bucketMs == 0) {
        m_points.push_back({toKey(timeMs), value});
        return m_points.size() - 1;
    }
    const qint64 index = timeMs / m_bucketMs; // buckets aligned to the epoch stay put as the view scrolls
    // A gap is longer than two buckets, so a gap marker never falls inside the current bucket.
    if (index == m_bucket.index) {
        if (value < m_bucket.min) {
            m_bucket.min = value;
            m_bucket.minTime = timeMs;
        }
        if (value >= m_bucket.max) {
            m_bucket.max = value;
            m_bucket.maxTime = timeMs;
        }
        m_bucket.last = value;
        m_bucket.lastTime = timeMs;
    } else {
        m_bucket = Bucket{index, timeMs, value, timeMs, value, timeMs, value, m_points.size()};
    }
    writeBucket();
    return m_bucket.firstPoint;
}

} // namespace pgv
