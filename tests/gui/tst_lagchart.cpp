// SPDX-License-Identifier: GPL-3.0-or-later
// The lag chart offscreen: one graph per standby, the newest values, markers, and the three exports.
// qcustomplot.h still uses Qt's foreach and signals keywords, which the rest of the project switches off.
#undef QT_NO_FOREACH
#undef QT_NO_KEYWORDS
#include "lag/laghistory.h"
#include "lagchartview.h"
#include "lagpage.h"
#include "testenvironment.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
void feed(LagHistory &history, qint64 start, int seconds)
{
    for (int s = 0; s < seconds; ++s) {
        history.append({{{u"node2"_s, LagMetric::ReplayBytes}, start + s * 1000, double(s * 4096)},
                        {{u"node3"_s, LagMetric::ReplayBytes}, start + s * 1000, 0.0},
                        {{u"node2"_s, LagMetric::ReplaySeconds}, start + s * 1000, s * 0.25}});
    }
}
} // namespace

class TestLagChart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneGraphPerStandbyEndingAtTheNewestSample()
    {
        LagHistory history;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 60000;
        feed(history, start, 30); // history that existed before the chart
        LagChartView chart;
        chart.resize(900, 500);
        chart.setHistory(&history);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCOMPARE(chart.graphNames(), QStringList({u"node2"_s, u"node3"_s}));
        QCOMPARE(chart.lastValue(u"node2"_s), std::optional<double>(29 * 4096));

        history.append({{{u"node2"_s, LagMetric::ReplayBytes}, start + 31000, 123456.0},
                        {{u"node3"_s, LagMetric::ReplayBytes}, start + 31000, 7.0}});
        QCOMPARE(chart.lastValue(u"node2"_s), std::optional<double>(123456));
        QCOMPARE(chart.lastValue(u"node3"_s), std::optional<double>(7));
        QCOMPARE(*chart.lastValue(u"node2"_s), history.series({u"node2"_s, LagMetric::ReplayBytes})->last()->value);

        chart.setMetric(LagMetric::ReplaySeconds);
        QCOMPARE(chart.graphNames(), QStringList{u"node2"_s});
        QCOMPARE(chart.lastValue(u"node2"_s), std::optional<double>(29 * 0.25));
    }

    void theGraphsHoldNoMoreThanTheHistoryKeeps()
    {
        // Rings of 100 samples: after 1,000 s the history keeps the last 100 of each series, and so must the chart.
        LagHistory history(100);
        LagChartView chart;
        chart.resize(900, 500);
        chart.setHistory(&history);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 1000 * 1000;
        feed(history, start, 1000);
        QCOMPARE(history.series({u"node2"_s, LagMetric::ReplayBytes})->size(), 100);
        QCOMPARE_LE(chart.pointCount(), 2 * 111); // two graphs, each at most a tenth over its ring
        QCOMPARE_GE(chart.pointCount(), 2 * 100);
        QCOMPARE(chart.lastValue(u"node2"_s), std::optional<double>(999 * 4096));
    }

    void byteTicksStepByPowersOfTwoAndZeroLinesShow()
    {
        LagHistory history;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 60000;
        for (int s = 0; s < 30; ++s) {
            history.append({{{u"node2"_s, LagMetric::ReplayBytes}, start + s * 1000, double(s) * 3.3 * 1024 * 1024},
                            {{u"node3"_s, LagMetric::ReplayBytes}, start + s * 1000, 0.0}});
        }
        LagChartView chart;
        chart.resize(900, 500);
        chart.setHistory(&history);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot();
        const QVector<double> ticks = chart.plot()->yAxis->tickVector();
        QVERIFY(ticks.size() >= 3);
        const double step = ticks[1] - ticks[0];
        QCOMPARE(std::exp2(std::round(std::log2(step))), step); // 16 MiB, not 23.8
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QCOMPARE(ticks[i] - ticks[i - 1], step);
        const QVector<QString> labels = chart.plot()->yAxis->tickVectorLabels();
        QVERIFY2(labels.contains(u"32 MiB"_s), qPrintable(QStringList(labels.cbegin(), labels.cend()).join(u", "_s)));
        // Room above the highest value, and the idle standby's line at 0 above the axis, not on it.
        const QCPRange range = chart.plot()->yAxis->range();
        QVERIFY(range.upper > 29 * 3.3 * 1024 * 1024 * 1.1);
        QVERIFY(range.lower < 0);
        QVERIFY(ticks.first() >= 0);
    }

    void followsLiveUntilTheUserLooksAround()
    {
        LagHistory history;
        LagChartView chart;
        chart.resize(900, 500);
        chart.setHistory(&history);
        chart.setSpan(300);
        feed(history, QDateTime::currentMSecsSinceEpoch() - 10000, 10);
        const QCPRange live = chart.plot()->xAxis->range();
        QVERIFY(std::abs(live.size() - 300) < 1);
        QVERIFY(chart.followsLive());
        chart.showRange(QDateTime::currentMSecsSinceEpoch() - 3600000, QDateTime::currentMSecsSinceEpoch() - 1800000);
        QVERIFY(!chart.followsLive());
        feed(history, QDateTime::currentMSecsSinceEpoch(), 2);
        QVERIFY(std::abs(chart.plot()->xAxis->range().size() - 1800) < 1); // paused: new samples do not move the view
        chart.setFollowLive(true);
        QVERIFY(std::abs(chart.plot()->xAxis->range().size() - 300) < 1);
    }

    void thresholdsAndEventsAreDrawn()
    {
        LagHistory history;
        LagChartView chart;
        chart.setHistory(&history);
        const int before = chart.plot()->itemCount();
        chart.setRules({{AlertRuleKind::ReplayLagBytes, true, 1e6, 0}, {AlertRuleKind::ReplayLagSeconds, true, 30, 0}});
        QCOMPARE(chart.plot()->itemCount(), before + 2); // the bytes rule's line and label; the seconds rule is another metric
        history.appendEvents({ClusterEvent{QDateTime::currentMSecsSinceEpoch(), ClusterEvent::Kind::NodeDown, u"node3"_s, u"node3 down"_s}});
        QCOMPARE(chart.plot()->itemCount(), before + 4);
    }

    void eventLabelsNeverOverlap()
    {
        LagHistory history;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        feed(history, now - 60000, 60);
        LagChartView chart;
        chart.resize(800, 400);
        chart.setHistory(&history);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        // Twelve events within a few seconds, as a failover and its alerts make them: at a 5-minute span they share
        // a few pixels.
        QList<ClusterEvent> events;
        for (int i = 0; i < 12; ++i)
            events << ClusterEvent{now - 20000 + i * 400, ClusterEvent::Kind::NodeDown, u"node%1"_s.arg(i), u"node%1 down"_s.arg(i)};
        history.appendEvents(events);
        chart.plot()->replot();
        const QList<QRectF> shown = chart.shownEventLabels();
        QVERIFY(shown.size() >= 2);
        QVERIFY(shown.size() < 12); // the rest are hidden, not piled up
        for (int i = 0; i < shown.size(); ++i) {
            for (int j = i + 1; j < shown.size(); ++j)
                QVERIFY2(!shown[i].intersects(shown[j]), qPrintable(u"%1 and %2"_s.arg(i).arg(j)));
            // Below the top of the plot, and in its upper part: the data's plateau keeps the margin above it.
            QVERIFY(shown[i].top() >= chart.plot()->axisRect()->top());
            QVERIFY(shown[i].bottom() <= chart.plot()->axisRect()->top() + chart.plot()->axisRect()->height() / 2);
        }
        // Zoomed in to those seconds, every label fits.
        chart.showRange(now - 21000, now - 14000);
        QTRY_COMPARE(chart.shownEventLabels().size(), 12);
    }

    void exportsArePngPdfAndCsv()
    {
        LagHistory history;
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 20000;
        feed(history, start, 20);
        LagChartView chart;
        chart.resize(800, 400);
        chart.setHistory(&history);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        test::ServerReachableTempDir dir;
        QVERIFY(chart.exportPng(dir.filePath(u"lag.png"_s)));
        const QImage image(dir.filePath(u"lag.png"_s));
        QCOMPARE(image.size(), QSize(800, 400));
        QVERIFY(chart.exportPdf(dir.filePath(u"lag.pdf"_s)));
        QFile pdf(dir.filePath(u"lag.pdf"_s));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QString error;
        QVERIFY2(writeLagCsv(dir.filePath(u"lag.csv"_s), chart.visibleSamples(), &error), qPrintable(error));
        QFile csv(dir.filePath(u"lag.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("time_utc,subject,metric,value"));
        QCOMPARE(lines.size(), 1 + 2 * 20);
        QVERIFY(lines.contains(QDateTime::fromMSecsSinceEpoch(start + 19000, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8()
                               + ",\"node2\",replay_bytes,77824"));
    }

    void thePageWritesCsvOnAWorker()
    {
        LagHistory history;
        feed(history, QDateTime::currentMSecsSinceEpoch() - 20000, 20);
        LagPage page;
        page.resize(900, 500);
        page.setHistory(&history);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        test::ServerReachableTempDir dir;
        QSignalSpy exported(&page, &LagPage::exported);
        page.exportCsv(dir.filePath(u"lag.csv"_s));
        QVERIFY(exported.wait(10000));
        QFile csv(dir.filePath(u"lag.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().trimmed().split('\n').size(), 1 + 2 * 20);
    }
};

QTEST_MAIN(TestLagChart)
#include "tst_lagchart.moc"
