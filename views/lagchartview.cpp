// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h still uses Qt's foreach, which the rest of the project switches off.
#undef QT_NO_FOREACH
#include "lagchartview.h"
#include "statecolors.h"

#include "core/units.h"
#include "lag/laghistory.h"

#include <QDateTime>
#include <QFontMetricsF>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
// Distinct on white and for the common colour-vision deficiencies (Okabe–Ito), then a few more.
const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                      QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                      QColor(0x44, 0x44, 0x44), QColor(0x88, 0x22, 0x55), QColor(0x11, 0x77, 0x33)};
    return colors;
}

/// "16 MiB", "1.5 MiB": a tick in its binary unit, without a decimal when it has none.
QString byteTickLabel(double tick)
{
    double value = std::abs(tick);
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    int unit = 0;
    while (value >= 1024.0 && unit < 5) {
        value /= 1024.0;
        ++unit;
    }
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return (tick < 0 ? u"-"_s : QString()) + QString::number(value, 'f', whole ? 0 : 1) + u' ' + QLatin1StringView(units[unit]);
}

QString unitTickLabel(MetricUnit unit, double tick)
{
    switch (unit) {
    case MetricUnit::Bytes:
        return byteTickLabel(tick);
    case MetricUnit::Seconds:
        return formatSeconds(tick);
    case MetricUnit::Count:
        break;
    }
    return QString::number(tick, 'g', 6);
}

/// Value-axis labels in the metric's unit ("16 MiB", "250 ms") instead of bare numbers; byte axes step by powers
/// of two (16, 32, 64 MiB), which read as round numbers in binary units, where decimal steps gave 23.8 and 47.7;
/// counts (clients) step by whole numbers.
class UnitTicker : public QCPAxisTicker
{
public:
    explicit UnitTicker(MetricUnit unit) : m_unit(unit) {}

protected:
    double getTickStep(const QCPRange &range) override
    {
        if (m_unit == MetricUnit::Seconds)
            return QCPAxisTicker::getTickStep(range);
        const double wanted = range.size() / std::max(1, tickCount());
        if (m_unit == MetricUnit::Count)
            return std::max(1.0, QCPAxisTicker::getTickStep(range));
        return wanted <= 1 ? 1 : std::exp2(std::ceil(std::log2(wanted)));
    }
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return unitTickLabel(m_unit, tick); }

private:
    MetricUnit m_unit;
};

class LogUnitTicker : public QCPAxisTickerLog
{
public:
    explicit LogUnitTicker(MetricUnit unit) : m_unit(unit) { setLogBase(unit == MetricUnit::Bytes ? 1024 : 10); }

protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return unitTickLabel(m_unit, tick); }

private:
    MetricUnit m_unit;
};

QColor eventColor(ClusterEvent::Kind kind)
{
    switch (kind) {
    case ClusterEvent::Kind::NodeDown:
    case ClusterEvent::Kind::AlertFired:
        return statecolors::bad();
    case ClusterEvent::Kind::NodeUp:
    case ClusterEvent::Kind::AlertCleared:
        return statecolors::good();
    case ClusterEvent::Kind::Switchover:
    case ClusterEvent::Kind::TimelineChange:
    case ClusterEvent::Kind::Action:
        return statecolors::synchronous();
    case ClusterEvent::Kind::ReplayPaused:
    case ClusterEvent::Kind::ReplayResumed:
        return statecolors::warning();
    }
    return Qt::gray;
}

double toKey(qint64 timeMs)
{
    return double(timeMs) / 1000.0;
}

} // namespace

LagChartView::LagChartView(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    auto dateTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    dateTicker->setDateTimeFormat(u"HH:mm:ss\nyyyy-MM-dd"_s);
    dateTicker->setDateTimeSpec(Qt::LocalTime);
    m_plot->xAxis->setTicker(dateTicker);
    m_plot->legend->setVisible(true);
    m_plot->legend->setSelectableParts(QCPLegend::spItems);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    // Dense live data: no antialiasing on graphs. Markers get a layer above the graphs but share their paint buffer:
    // a buffer of its own would make every live replot compose one more window-sized image (about 0.8 ms here),
    // to save a full replot on the rare occasion a marker is added.
    m_plot->setNotAntialiasedElements(QCP::aePlottables);
    m_plot->addLayer(u"markers"_s, m_plot->layer(u"main"_s), QCustomPlot::limAbove);
    m_markerLayer = m_plot->layer(u"markers"_s);
    // The overlay layer only holds a selection rectangle, which this chart never uses: no buffer for it either.
    m_plot->layer(u"overlay"_s)->setMode(QCPLayer::lmLogical);

    // After a zoom or a resize, switch between every sample and per-bucket extremes once the view settles.
    m_detailTimer = new QTimer(this);
    m_detailTimer->setSingleShot(true);
    m_detailTimer->setInterval(150);
    connect(m_detailTimer, &QTimer::timeout, this, &LagChartView::checkLevelOfDetail);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), m_detailTimer, qOverload<>(&QTimer::start));
    connect(m_plot, &QCustomPlot::mousePress, this, [this] { setFollowLive(false); });
    connect(m_plot, &QCustomPlot::mouseWheel, this, [this] { setFollowLive(false); });
    connect(m_plot, &QCustomPlot::mouseMove, this, &LagChartView::showTooltip);
    connect(m_plot, &QCustomPlot::legendClick, this, [this](QCPLegend *, QCPAbstractLegendItem *item, QMouseEvent *) {
        if (auto *plottableItem = qobject_cast<QCPPlottableLegendItem *>(item)) {
            if (auto *graph = qobject_cast<QCPGraph *>(plottableItem->plottable()))
                toggleGraph(graph);
        }
    });
    setMetric(LagMetric::ReplayBytes);
}

LagChartView::~LagChartView() = default;

void LagChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_detailTimer->start(); // the bucket width follows the plot's width in pixels
}

void LagChartView::setHistory(LagHistory *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (m_history) {
        connect(m_history, &LagHistory::pointsAppended, this, &LagChartView::appendPoints);
        connect(m_history, &LagHistory::eventsAppended, this, &LagChartView::addMarkers);
        connect(m_history, &LagHistory::historyReset, this, &LagChartView::rebuild);
    }
    rebuild();
}

void LagChartView::setMetric(LagMetric metric)
{
    m_metric = metric;
    rebuild();
}

void LagChartView::setRules(const QList<AlertRule> &rules)
{
    m_rules = rules;
    redrawThresholds();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChartView::setLogScale(bool logarithmic)
{
    m_logScale = logarithmic;
    rebuild();
}

void LagChartView::setSpan(int seconds)
{
    m_spanSeconds = std::max(10, seconds);
    if (m_followLive)
        scrollToNow();
    else
        setFollowLive(true);
    checkLevelOfDetail();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChartView::showRange(qint64 fromMs, qint64 toMs)
{
    setFollowLive(false);
    m_plot->xAxis->setRange(toKey(fromMs), toKey(std::max(toMs, fromMs + 1000)));
    checkLevelOfDetail();
    for (const Series &series : std::as_const(m_series))
        series.graph->rescaleValueAxis(false, true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChartView::setFollowLive(bool follow)
{
    if (follow == m_followLive)
        return;
    m_followLive = follow;
    if (follow)
        scrollToNow();
    Q_EMIT followLiveChanged(follow);
}

double LagChartView::plotted(double value) const
{
    // A logarithmic axis cannot show 0: "caught up" is drawn at one byte or one millisecond.
    if (!m_logScale)
        return value;
    return std::max(value, metricUnit(m_metric) == MetricUnit::Seconds ? 0.001 : 1.0);
}

LagChartView::Series &LagChartView::seriesFor(const QString &subject)
{
    auto it = m_series.find(subject);
    if (it != m_series.end())
        return *it;
    QCPGraph *graph = m_plot->addGraph();
    graph->setName(subject);
    graph->setPen(QPen(seriesColors().at(int(m_series.size()) % seriesColors().size()), 1));
    graph->setLineStyle(QCPGraph::lsLine);
    graph->setAdaptiveSampling(true);
    return *m_series.insert(subject, Series{graph, {}});
}

void LagChartView::copyToGraph(Series &series, std::size_t from)
{
    const std::vector<PlotPoint> &points = series.data.points();
    QCPGraphDataContainer &container = *series.graph->data();
    if (from == 0)
        container.clear();
    else
        container.removeAfter(points[from - 1].key);
    QList<QCPGraphData> tail;
    tail.reserve(qsizetype(points.size() - std::min(from, points.size())));
    for (std::size_t i = from; i < points.size(); ++i)
        tail.append(QCPGraphData(points[i].key, plotted(points[i].value)));
    container.add(tail, true);
}

qint64 LagChartView::bucketForSpan(double spanSeconds) const
{
    // One bucket per three pixels, drawn as its minimum and maximum: a noisy day still reads as the band it is, and
    // drawing costs what a third of the pixels' worth of points costs (every line pixel is a separate blend in Qt's
    // stroker, which is most of a replot).
    const int pixels = std::max(200, m_plot->axisRect()->width());
    const qint64 bucket = qint64(spanSeconds * 1000.0 / (pixels / 3.0));
    // Below two seconds a pixel holds at most a couple of samples: drawing them all costs nothing.
    return bucket < 2000 ? 0 : bucket;
}

void LagChartView::layoutEventLabels()
{
    constexpr int kLabelRows = 4;
    constexpr double kGap = 4;
    QCPAxisRect *rect = m_plot->axisRect();
    const double rowHeight = QFontMetricsF(m_plot->font()).height() + 4;
    std::array<double, kLabelRows> rowEnds;
    rowEnds.fill(-1e9);
    for (const EventMarker &marker : std::as_const(m_events)) {
        const double right = m_plot->xAxis->coordToPixel(marker.key);
        const double width = QFontMetricsF(marker.label->font()).horizontalAdvance(marker.text) + 6;
        int row = 0;
        while (row < kLabelRows && right - width < rowEnds[row] + kGap)
            ++row;
        const bool fits = row < kLabelRows && right > rect->left() && right - width < rect->right();
        marker.label->setVisible(fits);
        if (!fits)
            continue;
        rowEnds[row] = right;
        const double top = 0.02 + row * rowHeight / std::max(1, rect->height());
        marker.label->position->setCoords(marker.key, top);
    }
}

QList<QRectF> LagChartView::shownEventLabels() const
{
    QList<QRectF> shown;
    for (const EventMarker &marker : m_events) {
        if (!marker.label->visible())
            continue;
        const QPointF anchor = marker.label->position->pixelPosition(); // top right
        const double width = QFontMetricsF(marker.label->font()).horizontalAdvance(marker.text) + 6;
        shown << QRectF(anchor.x() - width, anchor.y(), width, QFontMetricsF(marker.label->font()).height() + 2);
    }
    return shown;
}

void LagChartView::checkLevelOfDetail()
{
    if (!m_events.isEmpty()) {
        layoutEventLabels();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    const qint64 wanted = bucketForSpan(m_plot->xAxis->range().size());
    const qint64 current = m_series.isEmpty() ? wanted : m_series.cbegin()->data.bucketMs();
    const bool modeChanged = (wanted == 0) != (current == 0);
    const bool farApart = wanted > 0 && current > 0 && (wanted > current * 3 / 2 || current > wanted * 3 / 2);
    if (modeChanged || farApart)
        rebuild();
}

void LagChartView::rebuild()
{
    const QCPRange keepRange = m_plot->xAxis->range();
    m_plot->clearGraphs();
    m_plot->clearItems();
    m_events.clear();
    m_series.clear();
    const MetricUnit unit = metricUnit(m_metric);
    if (m_logScale) {
        m_plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        m_plot->yAxis->setTicker(QSharedPointer<LogUnitTicker>::create(unit));
    } else {
        m_plot->yAxis->setScaleType(QCPAxis::stLinear);
        m_plot->yAxis->setTicker(QSharedPointer<UnitTicker>::create(unit));
    }
    m_plot->yAxis->setLabel(unit == MetricUnit::Bytes ? tr("bytes") : unit == MetricUnit::Seconds ? tr("seconds") : tr("clients"));
    const qint64 bucket = bucketForSpan(m_followLive ? double(m_spanSeconds) : keepRange.size());
    if (m_history) {
        const QList<SeriesKey> keys = m_history->keys();
        for (const SeriesKey &key : keys) {
            if (key.metric != m_metric)
                continue;
            Series &series = seriesFor(key.subject);
            series.data.rebuild(*m_history->series(key), bucket);
            copyToGraph(series, 0);
        }
        addMarkers(m_history->events());
    }
    redrawThresholds();
    if (m_followLive)
        scrollToNow();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChartView::appendPoints(const QList<LagPoint> &points)
{
    bool added = false;
    double highest = 0;
    double newest = 0;
    for (const LagPoint &point : points) {
        if (point.key.metric != m_metric)
            continue;
        Series &series = seriesFor(point.key.subject);
        copyToGraph(series, series.data.append(point.timeMs, point.value));
        highest = std::max(highest, plotted(point.value));
        newest = std::max(newest, double(point.timeMs) / 1000.0);
        added = true;
    }
    if (!added)
        return;
    // The history's rings drop their oldest samples once full; the graphs, fed sample by sample, would keep them for
    // as long as the window runs. Rebuilt from the rings when a tenth of their span is gone from them (every 2.4 h
    // at 1 Hz once a day is kept), so the chart holds what the history holds and no more.
    if (outlivedItsHistory()) {
        rebuild();
        return;
    }
    if (m_followLive) {
        // A full rescale reads every visible point: do it every few seconds, and in between only grow the axis
        // when a new value would not fit.
        if (!m_sinceRescale.isValid() || m_sinceRescale.elapsed() > 5000) {
            scrollToNow();
        } else {
            const double upper = std::max(newest, m_plot->xAxis->range().upper);
            m_plot->xAxis->setRange(upper - m_spanSeconds, upper);
            if (!m_logScale && highest * 1.05 > m_plot->yAxis->range().upper)
                m_plot->yAxis->setRangeUpper(highest * 1.15);
        }
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool LagChartView::outlivedItsHistory() const
{
    if (!m_history)
        return false;
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const SampleRing *ring = m_history->series({it.key(), m_metric});
        const std::vector<PlotPoint> &points = it->data.points();
        if (!ring || ring->size() < 2 || points.empty())
            continue;
        const qint64 oldest = ring->at(0).timeMs;
        const qint64 span = ring->last()->timeMs - oldest;
        if (points.front().key * 1000.0 < double(oldest) - double(span) / 10.0)
            return true;
    }
    return false;
}

void LagChartView::scrollToNow()
{
    double newest = toKey(QDateTime::currentMSecsSinceEpoch());
    for (const Series &series : std::as_const(m_series)) {
        if (!series.graph->data()->isEmpty())
            newest = std::max(newest, (series.graph->data()->constEnd() - 1)->key);
    }
    m_plot->xAxis->setRange(newest - m_spanSeconds, newest);
    rescaleValues();
}

void LagChartView::rescaleValues()
{
    m_sinceRescale.start();
    if (!m_logScale) {
        // The highest visible value, read here: QCustomPlot's rescale keeps the old range's size for a flat line, so a
        // steady 4 waiting clients after a chart of bytes would sit at the bottom of a 600-high axis.
        double highest = 0;
        for (const Series &series : std::as_const(m_series)) {
            bool found = false;
            const QCPRange values = series.graph->visible() ? series.graph->getValueRange(found, QCP::sdBoth, m_plot->xAxis->range()) : QCPRange();
            if (found)
                highest = std::max(highest, values.upper);
        }
        // Keep room above the highest value (a plateau is not drawn on the border), never collapse to a flat line when
        // everything is 0, and start a little below 0 so that an idle, healthy standby's line shows above the axis.
        const double upper = std::max(highest * 1.15, isBytesMetric(m_metric) ? 1024.0 : 1.0);
        m_plot->yAxis->setRange(-upper * 0.03, upper);
        return;
    }
    bool first = true;
    for (const Series &series : std::as_const(m_series)) {
        if (series.graph->visible()) {
            series.graph->rescaleValueAxis(!first, true);
            first = false;
        }
    }
}

void LagChartView::addMarkers(const QList<ClusterEvent> &events)
{
    for (const ClusterEvent &event : events) {
        const QColor color = eventColor(event.kind);
        auto *line = new QCPItemStraightLine(m_plot);
        line->setLayer(m_markerLayer);
        line->setPen(QPen(color, 1, Qt::DashLine));
        line->point1->setCoords(toKey(event.timeMs), 0);
        line->point2->setCoords(toKey(event.timeMs), 1);
        auto *label = new QCPItemText(m_plot);
        label->setLayer(m_markerLayer);
        label->setText(event.label);
        label->setColor(color);
        // Left of its line: while following live, new events sit at the right edge.
        label->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(toKey(event.timeMs), 0.02);
        label->setPadding(QMargins(3, 1, 3, 1));
        label->setBrush(QBrush(QColor(255, 255, 255, 210)));
        m_events.append({toKey(event.timeMs), event.label, label});
    }
    layoutEventLabels();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LagChartView::redrawThresholds()
{
    for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
        if (m_plot->item(i)->property("threshold").toBool())
            m_plot->removeItem(i);
    }
    for (const AlertRule &rule : std::as_const(m_rules)) {
        const bool matches = (rule.kind == AlertRuleKind::ReplayLagBytes && m_metric == LagMetric::ReplayBytes)
                             || (rule.kind == AlertRuleKind::ReplayLagSeconds && m_metric == LagMetric::ReplaySeconds)
                             || (rule.kind == AlertRuleKind::SlotRetainedBytes && m_metric == LagMetric::SlotRetainedBytes)
                             || (rule.kind == AlertRuleKind::LogicalLagSeconds && m_metric == LagMetric::LogicalLagSeconds);
        if (!rule.enabled || !matches)
            continue;
        auto *line = new QCPItemStraightLine(m_plot);
        line->setProperty("threshold", true);
        line->setPen(QPen(statecolors::bad(), 1, Qt::DotLine));
        line->point1->setCoords(0, rule.threshold);
        line->point2->setCoords(1, rule.threshold);
        auto *label = new QCPItemText(m_plot);
        label->setProperty("threshold", true);
        label->setText(tr("alert: %1").arg(describeRule(rule)));
        label->setColor(statecolors::bad());
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignRight);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setTypeY(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(0.99, rule.threshold);
    }
}

void LagChartView::showTooltip(QMouseEvent *event)
{
    const QPointF position = event->position();
    // Near an event's line: the events there, every one (their labels may be hidden to keep the others readable).
    QStringList near;
    for (const EventMarker &marker : std::as_const(m_events)) {
        if (std::abs(m_plot->xAxis->coordToPixel(marker.key) - position.x()) <= 4)
            near << marker.text.toHtmlEscaped();
    }
    if (!near.isEmpty()) {
        QToolTip::showText(event->globalPosition().toPoint(), near.join(u"<br>"_s), m_plot);
        return;
    }
    const Series *nearest = nullptr;
    PlotPoint nearestPoint;
    double nearestDistance = 20; // pixels
    for (const Series &series : std::as_const(m_series)) {
        const QCPGraph *graph = series.graph;
        if (!graph->visible() || graph->data()->isEmpty())
            continue;
        const double key = m_plot->xAxis->pixelToCoord(position.x());
        auto it = graph->data()->findBegin(key, true);
        for (int step = 0; step < 2 && it != graph->data()->constEnd(); ++step, ++it) {
            const QPointF point(m_plot->xAxis->coordToPixel(it->key), m_plot->yAxis->coordToPixel(it->value));
            const double distance = QLineF(point, position).length();
            // The graph holds the series' points one for one: the point says when its value was really sampled.
            const auto index = std::size_t(it - graph->data()->constBegin());
            if (distance < nearestDistance && index < series.data.points().size()) {
                nearestDistance = distance;
                nearest = &series;
                nearestPoint = series.data.points()[index];
            }
        }
    }
    if (!nearest) {
        QToolTip::hideText();
        return;
    }
    const QString when = QDateTime::fromMSecsSinceEpoch(qint64(nearestPoint.sampledAt * 1000)).toString(u"yyyy-MM-dd HH:mm:ss"_s);
    const MetricUnit unit = metricUnit(m_metric);
    const QString value = unit == MetricUnit::Bytes
                              ? tr("%1 (%2 bytes)").arg(formatBytes(qint64(nearestPoint.value))).arg(qint64(nearestPoint.value))
                          : unit == MetricUnit::Seconds ? formatSeconds(nearestPoint.value)
                                                        : tr("%n client(s)", nullptr, int(nearestPoint.value));
    QToolTip::showText(event->globalPosition().toPoint(), u"<b>%1</b><br>%2<br>%3"_s.arg(nearest->graph->name().toHtmlEscaped(), when, value),
                       m_plot);
}

void LagChartView::toggleGraph(QCPGraph *graph)
{
    graph->setVisible(!graph->visible());
    if (QCPPlottableLegendItem *item = m_plot->legend->itemWithPlottable(graph))
        item->setTextColor(graph->visible() ? Qt::black : Qt::gray);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QStringList LagChartView::graphNames() const
{
    QStringList names;
    for (int i = 0; i < m_plot->graphCount(); ++i)
        names << m_plot->graph(i)->name();
    return names;
}

std::optional<double> LagChartView::lastValue(const QString &subject) const
{
    const auto it = m_series.constFind(subject);
    if (it == m_series.cend() || it->graph->data()->isEmpty())
        return std::nullopt;
    return (it->graph->data()->constEnd() - 1)->value;
}

qsizetype LagChartView::pointCount() const
{
    qsizetype points = 0;
    for (const Series &series : m_series)
        points += series.graph->data()->size();
    return points;
}

bool LagChartView::exportPng(const QString &path) const
{
    return m_plot->savePng(path, m_plot->width(), m_plot->height());
}

bool LagChartView::exportPdf(const QString &path) const
{
    return m_plot->savePdf(path, m_plot->width(), m_plot->height());
}

LagCsvExport LagChartView::visibleSamples() const
{
    // The samples as recorded, not as drawn: a logarithmic axis draws 0 as 1.
    LagCsvExport samples;
    samples.metric = m_metric;
    const QCPRange visible = m_plot->xAxis->range();
    const qint64 fromMs = qint64(visible.lower * 1000);
    const qint64 toMs = qint64(visible.upper * 1000);
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const SampleRing *ring = m_history ? m_history->series({it.key(), m_metric}) : nullptr;
        if (!it->graph->visible() || !ring)
            continue;
        LagCsvSeries series{it.key(), {}};
        const qsizetype first = ring->lowerBound(fromMs);
        series.samples.reserve(ring->size() - first);
        for (qsizetype i = first; i < ring->size() && ring->at(i).timeMs <= toMs; ++i)
            series.samples << ring->at(i);
        samples.series << std::move(series);
    }
    return samples;
}

} // namespace pgv
