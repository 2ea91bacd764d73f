// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace pgv {

class AlertListModel;
class AlertRouter;
class AlertsPane;
class BackgroundWork;
class LagPage;
class LagRecorder;
class SilenceWatcher;

/// Carries the recorder's alerts to the people watching: the alerts pane, the rule lines on the lag chart, a tray
/// message and the configured routes (commands, webhooks) when one fires that no silence covers; acknowledging,
/// silencing and editing rules go back to the recorder and the shared silence store.
class AlertsController : public QObject
{
    Q_OBJECT
public:
    AlertsController(LagRecorder *recorder, AlertsPane *pane, LagPage *lagPage, QWidget *window);

    AlertListModel *model() const { return m_model; }
    AlertRouter *router() const { return m_router; }
    SilenceWatcher *silences() const { return m_silences; }

Q_SIGNALS:
    /// How many alerts fire now (for the dock's title).
    void firingChanged(int firing);

private:
    void refresh();
    void editRules();
    void silence(const QString &cluster, const QString &subject, AlertRuleKind rule);
    void endSilence(const QString &id);

    LagRecorder *m_recorder;
    AlertsPane *m_pane;
    LagPage *m_lagPage;
    QWidget *m_window;
    AlertListModel *m_model;
    AlertRouter *m_router;
    SilenceWatcher *m_silences;
    BackgroundWork *m_routeLoad;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace pgv
