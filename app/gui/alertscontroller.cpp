// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertscontroller.h"

#include "alertlistmodel.h"
#include "alerts/alertrouter.h"
#include "alerts/silencewatcher.h"
#include "alertspane.h"
#include "core/backgroundwork.h"
#include "lag/lagrecorder.h"
#include "lagpage.h"
#include "silencedialog.h"

#include <QMessageBox>
#include <QSystemTrayIcon>

namespace pgv {

AlertsController::AlertsController(LagRecorder *recorder, AlertsPane *pane, LagPage *lagPage, QWidget *window)
    : QObject(window)
    , m_recorder(recorder)
    , m_pane(pane)
    , m_lagPage(lagPage)
    , m_window(window)
    , m_model(new AlertListModel(this))
    , m_router(new AlertRouter(this))
    , m_silences(new SilenceWatcher(this))
    , m_routeLoad(new BackgroundWork(this))
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
    connect(m_recorder, &LagRecorder::alertsToTell, this, [this](const QList<Alert> &alerts) {
        m_router->route(alerts);
        if (!m_tray)
            return;
        for (const Alert &alert : alerts) {
            if (alert.isFiring())
                m_tray->showMessage(tr("Alert on %1").arg(alert.cluster), alert.message, QSystemTrayIcon::Warning, 15000);
        }
    });
    connect(m_silences, &SilenceWatcher::silencesChanged, m_recorder, &LagRecorder::setSilences);
    connect(m_pane, &AlertsPane::acknowledgeRequested, m_recorder, &LagRecorder::acknowledge);
    connect(m_pane, &AlertsPane::editRulesRequested, this, &AlertsController::editRules);
    connect(m_pane, &AlertsPane::silenceRequested, this, &AlertsController::silence);
    connect(m_pane, &AlertsPane::endSilenceRequested, this, &AlertsController::endSilence);
    // The routes file is read off the GUI thread; pgversectl route add/remove takes effect at the next start.
    m_routeLoad->run([] { return AlertRouteStore().routes(); }, [this](const QList<AlertRoute> &routes) { m_router->setRoutes(routes); });
    m_silences->start();
}

void AlertsController::refresh()
{
    m_model->setAlerts(m_recorder->alertList());
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

void AlertsController::silence(const QString &cluster, const QString &subject, AlertRuleKind rule)
{
    SilenceDialog dialog(cluster, subject, rule, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_silences->add(dialog.silence(), [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Silence not set"), error);
    });
}

void AlertsController::endSilence(const QString &id)
{
    m_silences->end(id, [this](const QString &error) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Silence not ended"), error);
    });
}

} // namespace pgv
