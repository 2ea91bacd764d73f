// SPDX-License-Identifier: GPL-3.0-or-later
// Lag chart and history at their design size: 10 series × 86,400 samples (24 h at 1 Hz), offscreen.
// qcustomplot.h still uses Qt's foreach and signals keywords, which the rest of the project switches off.
#undef QT_NO_FOREACH
#undef QT_NO_KEYWORDS
#include "lag/lagcsv.h"
#include "lag/lagdatabase.h"
#include "lag/laghistory.h"
#include "lagchartview.h"
#include "testenvironment.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>
#include <qcustomplot.h>

#include <ctime>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
constexpr int kSeries = 10;
constexpr int kSamples = 86400;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}
} // namespace

class BenchLagChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void chartAtFullDay()
    {
        LagHistory history(kSamples);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(kSamples) * 1000;
        QList<LagPoint> points;
        points.reserve(kSeries * kSamples);
        for (int s = 0; s < kSamples; ++s) {
            for (int series = 0; series < kSeries; ++series) {
                // Lag with a daily shape and some noise, as real lag looks.
                const double value = 1e6 * (1.0 + std::sin(s / 3000.0 + series)) + (s * 7919 % 1000) * 100.0;
                points << LagPoint{{u"standby%1"_s.arg(series), LagMetric::ReplayBytes}, start + qint64(s) * 1000, value};
            }
        }
        history.reset(points, {});
        points.clear();

        LagChartView chart;
        chart.resize(1200, 700);
        chart.setHistory(&history);
        chart.setSpan(86400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTest::qWait(300); // the level of detail follows the final size
        QCOMPARE(chart.graphNames().size(), kSeries);
        // A day on ~1,100 pixels: each graph draws per-bucket extremes, not 86,400 samples.
        QVERIFY2(chart.pointCount() < qsizetype(kSeries) * 3 * 600, qPrintable(QString::number(chart.pointCount())));

        QList<double> replots;
        for (int i = 0; i < 15; ++i) {
            chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
            replots << chart.plot()->replotTime();
        }
        QCOMPARE(chart.plot()->xAxis->range().size(), 86400.0); // the whole day is in view
        QList<double> appends;
        for (int i = 0; i < 50; ++i) {
            QList<LagPoint> next;
            for (int series = 0; series < kSeries; ++series)
                next << LagPoint{{u"standby%1"_s.arg(series), LagMetric::ReplayBytes}, start + qint64(kSamples + i) * 1000, 5e5};
            QElapsedTimer timer;
            timer.start();
            history.append(next);
            chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
            appends << double(timer.nsecsElapsed()) / 1e6;
        }

        const qsizetype samples = qsizetype(kSeries) * kSamples;
        const double ringBytes = double(history.memoryBytes()) / double(samples);
        const double chartBytes = double(chart.pointCount() * qsizetype(sizeof(QCPGraphData))) / double(samples);
        qInfo("10 series x 86,400 samples: full replot %.2f ms (median of 15, replotTime); append one sample to every series "
              "+ replot %.2f ms (median of 50); memory per sample %.1f bytes (history ring %.1f + chart %.1f for %lld drawn points) "
              "(targets: < 10 ms, < 2 ms, <= 24 bytes)",
              median(replots), median(appends), ringBytes + chartBytes, ringBytes, chartBytes, static_cast<long long>(chart.pointCount()));

        // The whole day as CSV: the GUI thread only copies the samples; a worker formats and writes them.
        QElapsedTimer copyTimer;
        copyTimer.start();
        const LagCsvExport day = chart.visibleSamples();
        const double copyMs = double(copyTimer.nsecsElapsed()) / 1e6;
        qsizetype exported = 0;
        for (const LagCsvSeries &series : day.series)
            exported += series.samples.size();
        QVERIFY2(exported >= samples * 99 / 100, qPrintable(QString::number(exported)));
        test::ServerReachableTempDir folder;
        QString error;
        QElapsedTimer writeTimer;
        writeTimer.start();
        QVERIFY2(writeLagCsv(folder.filePath(u"day.csv"_s), day, &error), qPrintable(error));
        const double writeMs = double(writeTimer.nsecsElapsed()) / 1e6;
        qInfo("CSV export of the day in view (%lld samples, %.0f MB): copying on the GUI thread %.1f ms, formatting and writing on "
              "a worker %.0f ms",
              static_cast<long long>(exported), double(QFileInfo(folder.filePath(u"day.csv"_s)).size()) / 1e6, copyMs, writeMs);

        // The same day zoomed to its last five minutes: every sample drawn.
        chart.setSpan(300);
        QList<double> recent;
        for (int i = 0; i < 15; ++i) {
            chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
            recent << chart.plot()->replotTime();
        }
        qInfo("last 5 minutes of the same data, every sample drawn: replot %.2f ms", median(recent));
        QVERIFY(median(replots) > 0);
    }

    void persistenceCpu()
    {
        test::ServerReachableTempDir dir;
        LagDatabase database;
        QString notice;
        QVERIFY(database.open(dir.filePath(u"history.sqlite"_s), &notice));
        constexpr int kSeconds = 120;
        const qint64 start = QDateTime::currentMSecsSinceEpoch();
        const double cpuBefore = threadCpuSeconds();
        int rows = 0;
        for (int second = 0; second < kSeconds; ++second) {
            QList<LagPoint> batch;
            for (int series = 0; series < kSeries; ++series)
                batch << LagPoint{{u"standby%1"_s.arg(series), LagMetric::ReplayBytes}, start + second * 1000, double(second * series)};
            QString error;
            rows += database.write(u"bench"_s, batch, {}, &error); // what the store's worker does once a second
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const double cpuPerSecond = (threadCpuSeconds() - cpuBefore) / kSeconds;
        QCOMPARE(rows, kSeconds * kSeries);
        qInfo("persistence of 10 series at 1 Hz: %.3f ms of CPU per second of samples = %.3f %% of one core (target < 1 %%)",
              cpuPerSecond * 1000, cpuPerSecond * 100);
    }
};

QTEST_MAIN(BenchLagChart)
#include "bench_lagchart.moc"
