// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagpage.h"

#include "core/backgroundjob.h"
#include "lagchartview.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QMessageBox>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
enum class LagKind { Write, Flush, Replay, SlotRetained, LogicalLag, PoolerWaiting, PoolerMaxWait };
}

LagPage::LagPage(QWidget *parent)
    : ClusterPage(parent)
    , m_chart(new LagChartView)
    , m_csvJob(new BackgroundJob(this))
{
    auto *toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_lag = new QComboBox;
    m_lag->addItem(tr("Replay lag"), int(LagKind::Replay));
    m_lag->addItem(tr("Flush lag"), int(LagKind::Flush));
    m_lag->addItem(tr("Write lag"), int(LagKind::Write));
    m_lag->addItem(tr("WAL retained by slots"), int(LagKind::SlotRetained));
    m_lag->addItem(tr("Logical slot lag"), int(LagKind::LogicalLag));
    m_lag->addItem(tr("Pooler: clients waiting"), int(LagKind::PoolerWaiting));
    m_lag->addItem(tr("Pooler: longest wait"), int(LagKind::PoolerMaxWait));
    m_lag->setToolTip(tr("Write: WAL the standby has received; flush: made durable; replay: applied and visible to queries. Pooler: "
                         "clients a PgBouncer holds waiting for a server connection (during a paused switchover, say), and the longest wait."));
    m_unit = new QComboBox;
    m_unit->addItem(tr("bytes"));
    m_unit->addItem(tr("seconds"));
    m_range = new QComboBox;
    m_range->addItem(tr("last 5 minutes"), 300);
    m_range->addItem(tr("last hour"), 3600);
    m_range->addItem(tr("last 24 hours"), 86400);
    m_range->addItem(tr("custom…"), 0);
    m_unit->setToolTip(tr("Lag as an amount of WAL, or as the time it represents (reported by the upstream)."));
    m_range->setToolTip(tr("The time span shown while following live; drag or zoom the chart to look around."));
    toolbar->addWidget(m_lag);
    toolbar->addWidget(m_unit);
    toolbar->addWidget(m_range);
    toolbar->addSeparator();

    m_follow = toolbar->addAction(tr("Follow &live"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_F);
    m_follow->setToolTip(tr("Keep the newest data in view; dragging or zooming the chart pauses it (%1).")
                             .arg(m_follow->shortcut().toString(QKeySequence::NativeText)));
    m_log = toolbar->addAction(tr("Lo&g scale"));
    m_log->setCheckable(true);
    m_log->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    m_export = toolbar->addAction(tr("&Export…"));
    m_export->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    m_export->setToolTip(tr("Save the chart as PNG or PDF, or the visible data as CSV."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_chart, 1);

    connect(m_lag, &QComboBox::currentIndexChanged, this, &LagPage::applyMetric);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &LagPage::applyMetric);
    connect(m_range, &QComboBox::activated, this, &LagPage::chooseRange);
    connect(m_follow, &QAction::toggled, m_chart, &LagChartView::setFollowLive);
    connect(m_chart, &LagChartView::followLiveChanged, m_follow, &QAction::setChecked);
    connect(m_log, &QAction::toggled, m_chart, &LagChartView::setLogScale);
    connect(m_export, &QAction::triggered, this, &LagPage::exportChart);
    applyMetric();
}

QList<QAction *> LagPage::pageActions() const
{
    return {m_follow, m_log, m_export};
}

QString LagPage::pageTitle() const
{
    return tr("Replication &lag");
}

void LagPage::setHistory(LagHistory *history)
{
    m_chart->setHistory(history);
}

void LagPage::setRules(const QList<AlertRule> &rules)
{
    m_chart->setRules(rules);
}

void LagPage::applyMetric()
{
    const auto kind = LagKind(m_lag->currentData().toInt());
    const bool seconds = m_unit->currentIndex() == 1;
    // Retained WAL only has a size, waiting clients a number, a wait a time.
    m_unit->setEnabled(kind != LagKind::SlotRetained && kind != LagKind::PoolerWaiting && kind != LagKind::PoolerMaxWait);
    LagMetric metric = LagMetric::ReplayBytes;
    switch (kind) {
    case LagKind::Write:
        metric = seconds ? LagMetric::WriteSeconds : LagMetric::WriteBytes;
        break;
    case LagKind::Flush:
        metric = seconds ? LagMetric::FlushSeconds : LagMetric::FlushBytes;
        break;
    case LagKind::Replay:
        metric = seconds ? LagMetric::ReplaySeconds : LagMetric::ReplayBytes;
        break;
    case LagKind::SlotRetained:
        metric = LagMetric::SlotRetainedBytes;
        break;
    case LagKind::LogicalLag:
        metric = seconds ? LagMetric::LogicalLagSeconds : LagMetric::LogicalLagBytes;
        break;
    case LagKind::PoolerWaiting:
        metric = LagMetric::PoolerClientsWaiting;
        break;
    case LagKind::PoolerMaxWait:
        metric = LagMetric::PoolerMaxWaitSeconds;
        break;
    }
    m_chart->setMetric(metric);
}

void LagPage::showPoolerWaiting()
{
    m_lag->setCurrentIndex(m_lag->findData(int(LagKind::PoolerWaiting)));
}

void LagPage::chooseRange(int index)
{
    const int seconds = m_range->itemData(index).toInt();
    if (seconds > 0) {
        m_chart->setSpan(seconds);
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Show a time range"));
    auto *form = new QFormLayout(&dialog);
    auto *from = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600));
    auto *to = new QDateTimeEdit(QDateTime::currentDateTime());
    for (QDateTimeEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    }
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        m_chart->showRange(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
}

void LagPage::exportChart()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), u"replication-lag.png"_s,
                                                      tr("PNG image (*.png);;PDF document (*.pdf);;CSV data (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    if (path.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
        exportCsv(path);
        return;
    }
    // Images are drawn from the chart's widgets, which only the GUI thread may touch.
    const bool ok = path.endsWith(u".pdf"_s, Qt::CaseInsensitive) ? m_chart->exportPdf(path) : m_chart->exportPng(path);
    if (!ok)
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

void LagPage::exportCsv(const QString &path)
{
    if (m_csvJob->isRunning()) {
        QMessageBox::information(this, tr("Export"), tr("%1 is still being written.").arg(m_csvJob->title()));
        return;
    }
    connect(m_csvJob, &BackgroundJob::finished, this, [this, path](bool ok, const QString &error) {
        m_export->setEnabled(true);
        if (ok)
            Q_EMIT exported(path);
        else
            QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1. %2").arg(path, error));
    }, Qt::SingleShotConnection);
    // A day of ten series is close to a million lines: formatting and writing them is the worker's.
    m_export->setEnabled(false);
    m_csvJob->start(path, [data = m_chart->visibleSamples(), path](const BackgroundJob::Report &, const std::atomic_bool *, QString *error) {
        return writeLagCsv(path, data, error);
    });
}

} // namespace pgv
