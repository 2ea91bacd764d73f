// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertscontroller.h"

#include "alertlistmodel.h"
#include "alertspane.h"
#include "lag/lagrecorder.h"
#include "lagpage.h"

#include <QSystemTrayIcon>

namespace pgv {

AlertsController::AlertsController(LagRecorder *recorder, AlertsPane *pane, LagPage *lagPage, QWidget *window)
    : QObject(window)
    , m_recorder(recorder)
    , m_pane(pane)
    , m_lagPage(lagPage)
    , m_window(window)
    , m_model(new AlertListModel(this))
{
    m_pane->setModel(m_model);
    m_lagPage->setHistory(m_recorder->history());
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(window->windowIcon(), this);
        m_tray->setToolTip(tr("PostgresVerse"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
    }
    connect(m_recorder, &LagRecorder::alertsChanged, this, &AlertsController::refresh);
    connect(m_recorder, &LagRecorder::alertFired, this, [this](const Alert &alert) {
        if (m_tray)
            m_tray->showMessage(tr("Alert on %1").arg(alert.cluster), alert.message, QSystemTrayIcon::Warning, 15000);
    });
    connect(m_pane, &AlertsPane::acknowledgeRequested, m_recorder, &LagRecorder::acknowledge);
    connect(m_pane, &AlertsPane::editRulesRequested, this, &AlertsController::editRules);
}

void AlertsController::refresh()
{
    m_model->setAlerts(m_recorder->alerts().alerts());
    m_lagPage->setRules(m_recorder->alerts().rules());
    Q_EMIT firingChanged(m_model->firingCount());
}

void AlertsController::editRules()
{
    if (m_recorder->cluster().isEmpty())
        return;
    if (const auto rules = AlertRulesDialog::edit(m_window, m_recorder->cluster(), m_recorder->alerts().rules()))
        m_recorder->setRules(*rules);
}

} // namespace pgv
