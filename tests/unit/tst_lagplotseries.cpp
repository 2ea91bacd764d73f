// SPDX-License-Identifier: GPL-3.0-or-later
// Reducing a lag series to what a chart can draw: every sample, or per-bucket extremes and the newest sample.
#include "lag/samplering.h"
#include "lagplotseries.h"

#include <QTest>

#include <cmath>

using namespace pgv;

class TestLagPlotSeries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withoutBucketsEverySampleIsAPoint()
    {
        SampleRing ring(100);
        for (int i = 0; i < 10; ++i)
            ring.append(1'000'000 + i * 1000, i);
        LagPlotSeries series;
        series.rebuild(ring, 0);
        QCOMPARE(series.points().size(), std::size_t(10));
        QCOMPARE(series.points().back().key, 1009.0);
        QCOMPARE(series.append(1'010'000, 42), std::size_t(10));
        QCOMPARE(series.points().back().value, 42.0);
    }
    void bucketsKeepSpikesAndTheNewestValue()
    {
        SampleRing ring(1000);
        const qint64 start = 600'000; // a multiple of the bucket, so bucket 0 starts with the first sample
        for (int i = 0; i < 120; ++i)
            ring.append(start + i * 1000, i == 37 ? 1e6 : 10.0); // one spike in two minutes
        LagPlotSeries series;
        series.rebuild(ring, 60'000);
        QVERIFY(series.points().size() <= 6);
        double highest = 0;
        for (const PlotPoint &point : series.points())
            highest = std::max(highest, point.value);
        QCOMPARE(highest, 1e6); // the spike survives
        QCOMPARE(series.points().back().key, (start + 119 * 1000) / 1000.0);
        for (std::size_t i = 1; i < series.points().size(); ++i)
            QVERIFY(series.points()[i].key > series.points()[i - 1].key);
    }
    void appendingChangesOnlyTheLastBucket()
    {
        LagPlotSeries series;
        SampleRing ring(10);
        series.rebuild(ring, 60'000);
        series.append(0, 5);
        series.append(1000, 9);
        const std::size_t before = series.points().size();
        const std::size_t changed = series.append(2000, 7); // same bucket: its points are rewritten
        QCOMPARE(changed, std::size_t(0));
        QCOMPARE(series.points().back().value, 7.0); // the line ends at the newest sample
        QCOMPARE(series.points().size(), before + 1);  // min 5, max 9, newest 7
        // A new bucket: the closed one keeps only its extremes, the new one starts with the newest sample.
        const std::size_t next = series.append(60'000, 1);
        QCOMPARE(next, std::size_t(0));
        QCOMPARE(series.points().size(), std::size_t(3));
        QCOMPARE(series.points()[0].value, 5.0);
        QCOMPARE(series.points()[1].value, 9.0);
        QCOMPARE(series.points()[2].value, 1.0);
        QCOMPARE(series.append(61'000, 2), std::size_t(2)); // within the new bucket: the old one stays untouched
        QCOMPARE(series.append(59'000, 100), series.points().size()); // older than the newest: ignored
    }
    void closedBucketsStartFromTheExtremeNearerTheLine()
    {
        LagPlotSeries series;
        series.rebuild(SampleRing(10), 60'000);
        series.append(0, 50); // bucket 0: one sample
        series.append(60'000, 100); // bucket 1: maximum first, then minimum
        series.append(61'000, 0);
        series.append(120'000, 40); // closes bucket 1
        // 50 is nearer 0 than 100: bucket 1 is drawn minimum first, at its earlier time, and remembers when
        // each value was really sampled.
        const std::vector<PlotPoint> &points = series.points();
        QCOMPARE(points.size(), std::size_t(4));
        QCOMPARE(points[1].value, 0.0);
        QCOMPARE(points[1].key, 60.0);
        QCOMPARE(points[1].sampledAt, 61.0);
        QCOMPARE(points[2].value, 100.0);
        QCOMPARE(points[2].key, 61.0);
        QCOMPARE(points[2].sampledAt, 60.0);
        QCOMPARE(points[3].value, 40.0);
    }
    void longPausesBreakTheLine()
    {
        LagPlotSeries series;
        series.append(0, 1);
        series.append(1000, 1);
        series.append(1000 + LagPlotSeries::kGapMs + 1, 2);
        QCOMPARE(series.points().size(), std::size_t(4));
        QVERIFY(std::isnan(series.points()[2].value));
        QVERIFY(series.points()[2].key > series.points()[1].key && series.points()[2].key < series.points()[3].key);
    }
};

QTEST_GUILESS_MAIN(TestLagPlotSeries)
#include "tst_lagplotseries.moc"
