// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pgv {

class BackgroundJob;

/// The window's lab commands: create a lab (with its dialog's progress and cancel), start or stop the servers of
/// the lab selected, copy its shell setup. Everything that touches a process or a file runs on a BackgroundJob.
class LabController : public QObject
{
    Q_OBJECT
public:
    explicit LabController(QWidget *window);
    ~LabController() override;

    QAction *createAction() const { return m_createAction; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *copyEnvironmentAction() const { return m_copyEnvAction; }
    /// The lab the start, stop and copy actions work on (empty: the selection is no lab).
    void setSelectedLab(const QString &dir, bool readOnly);
    bool isBusy() const;
    /// Stops a lab being created (the window closes).
    void cancel();

Q_SIGNALS:
    /// A lab was created in \a dir: its profile exists now.
    void labCreated(const QString &dir);
    /// The servers of a lab were started or stopped: the topology is worth a poll now.
    void serversChanged();
    void message(const QString &text, int timeoutMs);

private:
    void createLab();
    void runServers(bool start);
    void copyEnvironment();
    void updateActions();

    QWidget *m_window;
    BackgroundJob *m_job;
    QString m_dir;
    bool m_readOnly = false;
    QAction *m_createAction;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_copyEnvAction;
};

} // namespace pgv
