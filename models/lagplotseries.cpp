// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagplotseries.h"

#include "lag/samplering.h"

#include <algorithm>
#include <cmath>
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
        m_points.push_back({toKey(m_lastTimeMs) + 0.001, std::numeric_limits<double>::quiet_NaN(), toKey(m_lastTimeMs) + 0.001});
}

void LagPlotSeries::writeBucket(bool open)
{
    m_points.resize(m_bucket.firstPoint);
    if (open || m_bucket.minTime == m_bucket.maxTime) {
        std::pair<qint64, double> extremes[] = {{m_bucket.minTime, m_bucket.min}, {m_bucket.maxTime, m_bucket.max}, {m_bucket.lastTime, m_bucket.last}};
        const auto used = std::begin(extremes) + (open ? 3 : 2);
        std::sort(std::begin(extremes), used, [](const auto &a, const auto &b) { return a.first < b.first; });
        qint64 previous = -1;
        for (auto it = std::begin(extremes); it != used; ++it) {
            if (it->first != previous)
                m_points.push_back({toKey(it->first), it->second, toKey(it->first)});
            previous = it->first;
        }
        return;
    }
    const double earlier = toKey(std::min(m_bucket.minTime, m_bucket.maxTime));
    const double later = toKey(std::max(m_bucket.minTime, m_bucket.maxTime));
    const bool previousIsPoint = !m_points.empty() && !std::isnan(m_points.back().value);
    const bool minFirst = previousIsPoint ? std::abs(m_points.back().value - m_bucket.min) <= std::abs(m_points.back().value - m_bucket.max)
                                          : m_bucket.minTime < m_bucket.maxTime;
    if (minFirst) {
        m_points.push_back({earlier, m_bucket.min, toKey(m_bucket.minTime)});
        m_points.push_back({later, m_bucket.max, toKey(m_bucket.maxTime)});
    } else {
        m_points.push_back({earlier, m_bucket.max, toKey(m_bucket.maxTime)});
        m_points.push_back({later, m_bucket.min, toKey(m_bucket.minTime)});
    }
}

std::size_t LagPlotSeries::append(qint64 timeMs, double value)
{
    if (timeMs <= m_lastTimeMs)
        return m_points.size();
    if (m_bucketMs == 0) {
        addGapIfNeeded(timeMs);
        m_lastTimeMs = timeMs;
        m_points.push_back({toKey(timeMs), value, toKey(timeMs)});
        return m_points.size() - 1;
    }
    const qint64 index = timeMs / m_bucketMs; // buckets aligned to the epoch stay put as the view scrolls
    std::size_t changed = m_bucket.firstPoint;
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
        // The bucket being closed keeps only its extremes: its newest sample was there so the line ended at the
        // current value, and the new bucket takes over that role. Two points per bucket halve the points drawn.
        if (m_bucket.index >= 0)
            writeBucket(false);
        else
            changed = m_points.size();
        // A gap is longer than two buckets, so a gap marker never falls inside a bucket.
        addGapIfNeeded(timeMs);
        m_bucket = Bucket{index, timeMs, value, timeMs, value, timeMs, value, m_points.size()};
    }
    m_lastTimeMs = timeMs;
    writeBucket(true);
    return changed;
}

} // namespace pgv
