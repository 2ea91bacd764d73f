// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSystemTrayIcon;
class QWidget;

namespace pgv {

class AlertListModel;
class AlertsPane;
class LagPage;
class LagRecorder;

/// Carries the recorder's alerts to the people watching: the alerts pane, the rule lines on the lag chart, a tray
/// message when one fires; acknowledging and editing rules go back to the recorder.
class AlertsController : public QObject
{
    Q_OBJECT
public:
    AlertsController(LagRecorder *recorder, AlertsPane *pane, LagPage *lagPage, QWidget *window);

    AlertListModel *model() const { return m_model; }

Q_SIGNALS:
    /// How many alerts fire now (for the dock's title).
    void firingChanged(int firing);

private:
    void refresh();
    void editRules();

    LagRecorder *m_recorder;
    AlertsPane *m_pane;
    LagPage *m_lagPage;
    QWidget *m_window;
    AlertListModel *m_model;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace pgv
