// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profilestore.h"

#include <QMainWindow>
#include <QThreadPool>

class QAction;
class QLabel;
class QScrollArea;
class QSystemTrayIcon;
class QTabWidget;
class QTreeView;

namespace pgv {

class ActionLauncher;
class AlertListModel;
class AlertsPane;
class BackgroundJob;
class BackgroundWork;
class BackupController;
class BackupPage;
class ClusterSession;
class ExplainController;
class LagPage;
class LagRecorder;
class LagStore;
class NodeDetailsModel;
class NodeDetailsPane;
class PlanPage;
class ProblemListModel;
class ProblemsPane;
class ProfileListModel;
class RlsPage;
class SecretStore;
class TopologyModel;
class TopologyView;
struct TopologySnapshot;

/// The shell: cluster list, topology, problems and node details, with the actions that tie them together.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the profile named \a name; false when there is none.
    bool openProfile(const QString &name);
    /// Opens the lab in \a dir, adding its profile when it has none yet.
    bool openLab(const QString &dir, QString *error);
    /// The last profile opened in an earlier run, if it still exists.
    void openLastProfile();

    ClusterSession *session() const { return m_session; }
    TopologyView *topologyView() const { return m_topologyView; }
    NodeDetailsPane *detailsPane() const { return m_detailsPane; }
    ProblemsPane *problemsPane() const { return m_problemsPane; }
    TopologyModel *topologyModel() const { return m_topologyModel; }
    LagPage *lagPage() const { return m_lagPage; }
    PlanPage *planPage() const { return m_planPage; }
    BackupPage *backupPage() const { return m_backupPage; }
    BackupController *backupController() const { return m_backupController; }
    ExplainController *explainController() const { return m_explainController; }
    LagRecorder *lagRecorder() const { return m_recorder; }
    AlertsPane *alertsPane() const { return m_alertsPane; }
    ActionLauncher *actionLauncher() const { return m_launcher; }
    RlsPage *rlsPage() const { return m_rlsPage; }
    /// Shows the topology (0) or the lag chart (1).
    void showPage(int page);
    int pageIndex(QWidget *page) const;

Q_SIGNALS:
    void topologyPopulated();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void reloadProfiles();
    void onTopologyChanged(const TopologySnapshot &snapshot);
    void showNodeDetails(const QString &node);
    void updateActions();
    void updateStatus();
    QString selectedProfileName() const;

    void newProfile();
    void editProfile();
    void removeProfile();
    void storePassword(const QString &profile, const QString &password);
    void createLab();
    void runLabCommand(bool start);
    void copyStatusJson();
    void copyLabEnvironment();
    void verifyAuditLog();
    void showNodeMenu(const QString &node, const QPoint &globalPos);
    void createLagAndAlerts();
    void createPlans();
    void onPageChanged();
    void refreshAlerts();
    void editAlertRules();
    void about();

    ProfileStore m_store;
    ClusterSession *m_session = nullptr;
    SecretStore *m_secrets = nullptr;
    BackgroundJob *m_labJob = nullptr;
    BackgroundJob *m_auditJob = nullptr;
    /// One thread, so the window's settings are written in the order they change.
    QThreadPool m_settingsPool;
    BackgroundWork *m_settingsWork = nullptr;
    ProfileListModel *m_profileModel = nullptr;
    TopologyModel *m_topologyModel = nullptr;
    ProblemListModel *m_problemModel = nullptr;
    NodeDetailsModel *m_detailsModel = nullptr;
    AlertListModel *m_alertModel = nullptr;
    LagStore *m_lagStore = nullptr;
    LagRecorder *m_recorder = nullptr;
    ActionLauncher *m_launcher = nullptr;

    QTreeView *m_profileView = nullptr;
    QTabWidget *m_pages = nullptr;
    LagPage *m_lagPage = nullptr;
    RlsPage *m_rlsPage = nullptr;
    PlanPage *m_planPage = nullptr;
    BackupPage *m_backupPage = nullptr;
    BackupController *m_backupController = nullptr;
    ExplainController *m_explainController = nullptr;
    AlertsPane *m_alertsPane = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QScrollArea *m_topologyScroll = nullptr;
    TopologyView *m_topologyView = nullptr;
    ProblemsPane *m_problemsPane = nullptr;
    NodeDetailsPane *m_detailsPane = nullptr;
    QLabel *m_statusLabel = nullptr;
    bool m_populatedOnce = false;

    QAction *m_openAction = nullptr;
    QAction *m_newProfileAction = nullptr;
    QAction *m_editProfileAction = nullptr;
    QAction *m_removeProfileAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QAction *m_createLabAction = nullptr;
    QAction *m_startLabAction = nullptr;
    QAction *m_stopLabAction = nullptr;
    QAction *m_copyEnvAction = nullptr;
    QAction *m_switchoverAction = nullptr;
    QAction *m_failoverAction = nullptr;
    QAction *m_rejoinAction = nullptr;
    QAction *m_recoverAction = nullptr;
    QAction *m_verifyAuditAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace pgv
