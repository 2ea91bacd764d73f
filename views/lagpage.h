// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpage.h"

#include "alerts/alertrule.h"


class QAction;
class QComboBox;

namespace pgv {

class BackgroundJob;
class LagChartView;
class LagHistory;

/// The replication-lag page: what to plot (write/flush/replay, bytes/seconds, slots), the time range, follow-live,
/// linear or logarithmic scale, and export of the chart (PNG, PDF) and of the visible data (CSV).
class LagPage : public ClusterPage
{
    Q_OBJECT
public:
    explicit LagPage(QWidget *parent = nullptr);

    QString pageTitle() const override;

    void setHistory(LagHistory *history);
    void setRules(const QList<AlertRule> &rules);
    LagChartView *chart() const { return m_chart; }
    QList<QAction *> pageActions() const;
    /// Charts the poolers' waiting clients (the Pools page's Chart action).
    void showPoolerWaiting();
    /// Writes the visible samples of the visible series on a worker; exported() or a warning follows.
    void exportCsv(const QString &path);

Q_SIGNALS:
    void exported(const QString &path);

private:
    void applyMetric();
    void chooseRange(int index);
    void exportChart();

    LagChartView *m_chart = nullptr;
    BackgroundJob *m_csvJob = nullptr;
    QComboBox *m_lag = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_range = nullptr;
    QAction *m_follow = nullptr;
    QAction *m_log = nullptr;
    QAction *m_export = nullptr;
};

} // namespace pgv
