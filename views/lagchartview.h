// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "lag/lagcsv.h"
#include "lag/lagseries.h"
#include "lag/topologyevents.h"
#include "lagplotseries.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QCPGraph;
class QTimer;
class QCPItemText;
class QCPLayer;
class QCustomPlot;
class QMouseEvent;

namespace pgv {

class LagHistory;

/// Live replication lag on a date-time axis: one graph per standby (or slot) for one metric, threshold lines of the
/// alert rules, and markers for cluster events. Follows the newest data until the user zooms or pans, then stays put.
class LagChartView : public QWidget
{
    Q_OBJECT
public:
    explicit LagChartView(QWidget *parent = nullptr);
    ~LagChartView() override;

    void setHistory(LagHistory *history);
    void setMetric(LagMetric metric);
    LagMetric metric() const { return m_metric; }
    void setRules(const QList<AlertRule> &rules);
    void setLogScale(bool logarithmic);
    bool logScale() const { return m_logScale; }
    /// Seconds shown while following live.
    void setSpan(int seconds);
    int span() const { return m_spanSeconds; }
    /// Shows [from, to] (ms since the epoch) and stops following.
    void showRange(qint64 fromMs, qint64 toMs);
    void setFollowLive(bool follow);
    bool followsLive() const { return m_followLive; }

    QCustomPlot *plot() const { return m_plot; }
    /// Graph names (subjects) in drawing order, and each one's newest value, for tests and the legend.
    QStringList graphNames() const;
    std::optional<double> lastValue(const QString &subject) const;
    /// Points held by the graphs (16 bytes each), for the memory benchmark.
    qsizetype pointCount() const;
    /// The event labels shown, in pixels of the plot, for tests: none overlaps another.
    QList<QRectF> shownEventLabels() const;

    bool exportPng(const QString &path) const;
    bool exportPdf(const QString &path) const;
    /// The visible samples of the visible graphs, copied for writeLagCsv() on a worker.
    LagCsvExport visibleSamples() const;

Q_SIGNALS:
    void followLiveChanged(bool follow);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void appendPoints(const QList<LagPoint> &points);
    /// True when a graph still draws samples that its history's ring has dropped, over a tenth of the ring's span.
    bool outlivedItsHistory() const;
    void addMarkers(const QList<ClusterEvent> &events);
    void redrawThresholds();
    void scrollToNow();
    void rescaleValues();
    void showTooltip(QMouseEvent *event);
    void toggleGraph(QCPGraph *graph);
    struct Series
    {
        QCPGraph *graph = nullptr;
        LagPlotSeries data;
    };
    Series &seriesFor(const QString &subject);
    void copyToGraph(Series &series, std::size_t from);
    /// Bucket width for the visible span: 0 (every sample) while the samples fit the plot's width.
    qint64 bucketForSpan(double spanSeconds) const;
    void checkLevelOfDetail();
    /// Puts the event labels in view on up to kLabelRows rows so that none overlaps another; those that fit no row
    /// are hidden (their line stays, and the tooltip near it names them).
    void layoutEventLabels();
    double plotted(double value) const;

    QCustomPlot *m_plot;
    QCPLayer *m_markerLayer = nullptr;
    LagHistory *m_history = nullptr;
    LagMetric m_metric = LagMetric::ReplayBytes;
    QList<AlertRule> m_rules;
    QHash<QString, Series> m_series;
    QTimer *m_detailTimer = nullptr;
    struct EventMarker
    {
        double key = 0;
        QString text;
        QCPItemText *label = nullptr;
    };
    QList<EventMarker> m_events; ///< in the order added (time order)
    bool m_logScale = false;
    bool m_followLive = true;
    int m_spanSeconds = 300;
    QElapsedTimer m_sinceRescale;
};

} // namespace pgv
