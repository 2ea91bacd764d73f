// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <vector>

namespace pgv {

class SampleRing;

struct PlotPoint
{
    double key = 0;   // seconds since the epoch, as QCustomPlot's date-time axis counts
    double value = 0; // NaN marks a gap: the line is broken there
    double sampledAt = 0; // when the value was sampled: within its bucket, it may be drawn at the other extreme's time
};

/// One lag series reduced to what a chart can show. With a bucket of 0 every sample is a point; otherwise each
/// time bucket contributes its minimum and its maximum, so a one-second spike in a day-long view still shows, and
/// the newest bucket also its newest sample (in the order they happened), so the line ends at the current value.
/// A closed bucket is drawn starting from the extreme nearer the previous point: within a bucket (two pixels) the
/// order is invisible, but a noisy series then paints each column once instead of zig-zagging through it twice.
/// Appending a newer sample changes at most the points of the last two buckets.
class LagPlotSeries
{
public:
    /// Rebuilds from every sample of \a ring.
    void rebuild(const SampleRing &ring, qint64 bucketMs);
    /// Adds a sample newer than all others. Returns the index of the first point that changed or was added:
    /// points from there on must be redrawn, those before it are untouched.
    std::size_t append(qint64 timeMs, double value);

    qint64 bucketMs() const { return m_bucketMs; }
    const std::vector<PlotPoint> &points() const { return m_points; }

    /// A pause in sampling longer than this breaks the line, so no straight segment pretends to know what
    /// happened in between.
    static constexpr qint64 kGapMs = 10000;

private:
    struct Bucket
    {
        qint64 index = -1;
        qint64 minTime = 0;
        double min = 0;
        qint64 maxTime = 0;
        double max = 0;
        qint64 lastTime = 0;
        double last = 0;
        std::size_t firstPoint = 0; // where this bucket's points start in m_points
    };
    void addGapIfNeeded(qint64 timeMs);
    /// Rewrites the current bucket's points; an \a open bucket also keeps its newest sample.
    void writeBucket(bool open);

    qint64 m_bucketMs = 0;
    qint64 m_lastTimeMs = -1;
    Bucket m_bucket;
    std::vector<PlotPoint> m_points;
};

} // namespace pgv
