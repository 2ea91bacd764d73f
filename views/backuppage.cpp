// SPDX-License-Identifier: GPL-3.0-or-later
// qcustomplot.h still uses Qt's foreach, which the rest of the project switches off.
#undef QT_NO_FOREACH
#include "backuppage.h"
#include "statecolors.h"

#include "backupcatalogmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

double plotTime(const QDateTime &time)
{
    return time.toMSecsSinceEpoch() / 1000.0;
}

constexpr double PgBackRestLane = 2;
constexpr double BaseBackupLane = 1;

} // namespace

BackupPage::BackupPage(QWidget *parent)
    : ClusterPage(parent)
    , m_model(new BackupCatalogModel(this))
    , m_timeline(new QCustomPlot)
    , m_table(new QTableView)
    , m_status(new QLabel)
    , m_backupButton(new QToolButton)
{
    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_backupNow = new QAction(tr("&Back up now"), this);
    m_backupNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_backupNow->setToolTip(tr("A full pgBackRest backup (pg_basebackup when pgBackRest is not installed) — Ctrl+B"));
    auto *menu = new QMenu(this);
    const QList<std::pair<Tool, QString>> tools{{Tool::PgBackRestFull, tr("pgBackRest: &full")},
                                                {Tool::PgBackRestDifferential, tr("pgBackRest: &differential")},
                                                {Tool::PgBackRestIncremental, tr("pgBackRest: &incremental")},
                                                {Tool::BaseBackup, tr("pg_&basebackup (a plain copy, verified)")}};
    for (const auto &entry : tools) {
        const Tool tool = entry.first;
        connect(menu->addAction(entry.second), &QAction::triggered, this, [this, tool] { Q_EMIT backupRequested(tool); });
    }
    m_backupButton->setDefaultAction(m_backupNow);
    m_backupButton->setMenu(menu);
    m_backupButton->setPopupMode(QToolButton::MenuButtonPopup);
    toolBar->addWidget(m_backupButton);
    connect(m_backupNow, &QAction::triggered, this, [this] {
        Q_EMIT backupRequested(m_overview.pgbackrestInstalled ? Tool::PgBackRestFull : Tool::BaseBackup);
    });
    m_verify = toolBar->addAction(tr("&Verify"), this, &BackupPage::verifyRequested);
    m_verify->setToolTip(tr("pg_verifybackup of each base backup and pgbackrest verify of the repository"));
    m_restore = toolBar->addAction(tr("&Restore…"), this, [this] { Q_EMIT restoreRequested({}); });
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_restore->setToolTip(tr("Restore to a point in time into a separate server (Ctrl+Shift+R); or click a time on the timeline"));
    m_expire = toolBar->addAction(tr("&Expire…"), this, &BackupPage::expireRequested);
    m_expire->setToolTip(tr("Remove pgBackRest backups beyond the two newest full ones"));
    toolBar->addSeparator();
    m_refresh = toolBar->addAction(tr("Re&fresh"), this, &BackupPage::refreshRequested);
    m_copy = toolBar->addAction(tr("&Copy catalogue"), this, [this] { QApplication::clipboard()->setText(m_model->toText()); });
    for (QAction *action : {m_backupNow, m_restore, m_refresh, m_copy})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_backupNow);
    addAction(m_restore);

    m_status->setObjectName(u"backupStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_timeline->setObjectName(u"backupTimeline"_s);
    m_timeline->setMinimumHeight(160);
    m_timeline->setToolTip(tr("Backups by tool and the recoverable window (green). Click inside the window to restore to that time."));
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(u"MM-dd\nHH:mm"_s);
    m_timeline->xAxis->setTicker(ticker);
    auto lanes = QSharedPointer<QCPAxisTickerText>::create();
    lanes->addTick(BaseBackupLane, u"pg_basebackup"_s);
    lanes->addTick(PgBackRestLane, u"pgBackRest"_s);
    m_timeline->yAxis->setTicker(lanes);
    m_timeline->yAxis->setRange(0.3, 2.7);
    m_timeline->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_timeline->axisRect()->setRangeDrag(Qt::Horizontal);
    m_timeline->axisRect()->setRangeZoom(Qt::Horizontal);
    connect(m_timeline, &QCustomPlot::mouseDoubleClick, this, &BackupPage::onTimelineClicked);
    connect(m_timeline, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        if (event->modifiers() == Qt::NoModifier && event->button() == Qt::LeftButton)
            m_timeline->setProperty("pressX", event->position().x());
    });
    connect(m_timeline, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *event) {
        // A click, not the end of a drag.
        if (std::abs(event->position().x() - m_timeline->property("pressX").toDouble()) < 3)
            onTimelineClicked(event);
    });

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(BackupCatalogModel::SortRole);
    m_table->setObjectName(u"backupCatalogue"_s);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BackupCatalogModel::StartedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_timeline);
    split->addWidget(m_table);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);
    showUnavailable(tr("Open a lab to see and take its backups."));
}

void BackupPage::showUnavailable(const QString &why)
{
    m_available = false;
    m_overview = {};
    m_model->setBackups({});
    m_timeline->clearItems();
    m_timeline->clearGraphs();
    m_timeline->replot();
    m_status->setText(why);
    updateActions();
}

void BackupPage::setLoading(bool loading)
{
    m_loading = loading;
    if (loading && !m_available)
        m_status->setText(tr("Reading the backup catalogue…"));
    updateActions();
}

void BackupPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

QString BackupPage::pageTitle() const
{
    return tr("&Backups");
}

void BackupPage::pageShown()
{
    Q_EMIT refreshRequested();
}

void BackupPage::showOverview(const BackupOverview &overview)
{
    m_available = true;
    m_overview = overview;
    m_model->setBackups(overview.backups);
    m_table->resizeColumnsToContents();
    QStringList lines;
    if (overview.archiver) {
        const ArchiverStatus &archiver = *overview.archiver;
        lines << (archiver.isFailing()
                      ? statecolors::colouredHtml(statecolors::bad(),
                                                tr("<b>WAL archiving fails</b> since %1 (%2; %3 failures): the newest changes cannot be restored.")
                                                    .arg(QLocale().toString(archiver.lastFailedTime.toLocalTime(), QLocale::ShortFormat),
                                                         archiver.lastFailedWal.toHtmlEscaped())
                                                    .arg(archiver.failedCount))
                      : tr("WAL archiving works: %1 segments, the last (%2) at %3.")
                            .arg(archiver.archivedCount)
                            .arg(archiver.lastArchivedWal.toHtmlEscaped(),
                                 archiver.lastArchivedTime.isValid() ? QLocale().toString(archiver.lastArchivedTime.toLocalTime(), QLocale::ShortFormat)
                                                                     : tr("never")));
    } else {
        lines << tr("WAL archiving: unknown (%1).").arg(overview.archiverError.toHtmlEscaped());
    }
    lines << tr("Point-in-time recovery: %1.").arg(overview.window.toDisplayString());
    if (!overview.pgbackrestInstalled)
        lines << tr("pgBackRest is not installed (apt install pgbackrest): only pg_basebackup copies can be taken, and no point-in-time restore.");
    else if (!overview.pgbackrestError.isEmpty())
        lines << tr("pgBackRest: %1").arg(overview.pgbackrestError.toHtmlEscaped());
    m_status->setText(lines.join(u"<br>"_s));
    plotTimeline();
    updateActions();
}

void BackupPage::plotTimeline()
{
    m_timeline->clearItems();
    m_timeline->clearGraphs();
    // From the oldest backup to now; the last hour when there is nothing yet.
    const double now = plotTime(QDateTime::currentDateTimeUtc());
    double first = now, last = now;
    if (m_overview.window.isValid()) {
        auto *window = new QCPItemRect(m_timeline);
        window->topLeft->setCoords(plotTime(m_overview.window.earliest), 2.6);
        window->bottomRight->setCoords(plotTime(m_overview.window.latest), 0.4);
        window->setPen(QPen(statecolors::good()));
        window->setBrush([] { QColor fill = statecolors::good(); fill.setAlpha(40); return fill; }());
        first = std::min(first, plotTime(m_overview.window.earliest));
    }
    for (const auto &[tool, lane, colour] : {std::tuple{u"pgbackrest"_s, PgBackRestLane, statecolors::standby()},
                                            std::tuple{u"basebackup"_s, BaseBackupLane, statecolors::synchronous()}}) {
        QCPGraph *graph = m_timeline->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, colour, colour, 9));
        for (const BackupRecord &backup : std::as_const(m_overview.backups)) {
            if (backup.tool != tool || !backup.stopped.isValid())
                continue;
            graph->addData(plotTime(backup.stopped), lane);
            first = std::min(first, plotTime(backup.started));
            // The span it took, as a bar through the marker.
            auto *span = new QCPItemRect(m_timeline);
            span->topLeft->setCoords(plotTime(backup.started), lane + 0.08);
            span->bottomRight->setCoords(plotTime(backup.stopped), lane - 0.08);
            span->setPen(QPen(colour));
            span->setBrush(colour);
        }
    }
    if (first >= last)
        first = last - 3600;
    const double margin = std::max(10.0, (last - first) * 0.05);
    m_timeline->xAxis->setRange(first - margin, last + margin);
    m_timeline->replot();
}

QWidget *BackupPage::timelineWidget() const
{
    return m_timeline;
}

QPoint BackupPage::timelinePoint(const QDateTime &time)
{
    const double x = plotTime(time);
    if (!m_timeline->xAxis->range().contains(x)) {
        const double half = m_timeline->xAxis->range().size() / 2;
        m_timeline->xAxis->setRange(x - half, x + half);
        m_timeline->replot();
    }
    return {int(m_timeline->xAxis->coordToPixel(x)), int(m_timeline->yAxis->coordToPixel((PgBackRestLane + BaseBackupLane) / 2))};
}

void BackupPage::onTimelineClicked(QMouseEvent *event)
{
    if (!m_overview.window.isValid() || !m_restore->isEnabled())
        return;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(qint64(m_timeline->xAxis->pixelToCoord(event->position().x()) * 1000), Qt::UTC);
    if (m_overview.window.contains(time))
        Q_EMIT restoreRequested(time);
}

void BackupPage::updateActions()
{
    const bool canAct = m_available && !m_loading && !m_readOnly;
    m_backupNow->setEnabled(canAct);
    m_backupButton->setEnabled(canAct);
    m_verify->setEnabled(m_available && !m_loading && !m_overview.backups.isEmpty());
    m_restore->setEnabled(canAct && m_overview.window.isValid());
    m_expire->setEnabled(canAct && m_overview.pgbackrestConfigured);
    m_refresh->setEnabled(m_available && !m_loading);
    m_copy->setEnabled(m_model->rowCount() > 0);
    const QString readOnly = tr("The profile is read-only: it looks, it never acts.");
    for (QAction *action : {m_backupNow, m_restore, m_expire})
        action->setStatusTip(m_readOnly ? readOnly : QString());
}

void BackupPage::showStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace pgv
