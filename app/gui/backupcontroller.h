// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backuppage.h"
#include "lab/lab.h"

#include <QObject>

#include <optional>

namespace pgv {

class ActionRunDialog;
class BackgroundWork;
class ClusterSession;

/// Connects the Backups page to the open lab: reads the catalogue on a worker thread, runs backups, restores,
/// verification and expiry through their actions and dialogs, and adds a profile for each restored server so it
/// can be opened in the topology like any other cluster.
class BackupController : public QObject
{
    Q_OBJECT
public:
    BackupController(ClusterSession *session, BackupPage *page, QWidget *window);

    /// Reads the catalogue again (in the background); the page shows it when it arrives.
    void refresh();
    /// The dialog of the action running or last run, for tests.
    ActionRunDialog *lastDialog() const { return m_lastDialog; }

Q_SIGNALS:
    void profilesChanged();
    void refreshed();
    void verified(const QString &summary);

private:
    void runBackup(BackupPage::Tool tool);
    void restore(const QDateTime &targetTime);
    void verify();
    void expire();
    ActionRunDialog *run(std::shared_ptr<class Action> action);
    void addRestoredProfile(const Lab &lab, const struct RestoreOptions &options);

    ClusterSession *m_session;
    BackupPage *m_page;
    QWidget *m_window;
    QString m_profileShown;
    // The lab of the profile shown, read by the last refresh (on its worker); actions start from it.
    std::optional<Lab> m_lab;
    QString m_labDir;
    BackgroundWork *m_refreshWork;
    BackgroundWork *m_portWork;
    BackgroundWork *m_profileWork;
    BackgroundWork *m_verifyWork;
    ActionRunDialog *m_lastDialog = nullptr;
};

} // namespace pgv
