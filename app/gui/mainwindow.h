// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QTabWidget;

namespace pgv {

class ActionLauncher;
class AlertsController;
class AlertsPane;
class BackupController;
class BackupPage;
class ClusterListPane;
class ClusterPage;
class ClusterSession;
class ExplainController;
class LabController;
class LagPage;
class LagRecorder;
class LagStore;
class NodeDetailsModel;
class NodeDetailsPane;
class PlanPage;
class ProfileCatalog;
class PsqlTerminal;
class ProfileController;
class RlsPage;
class LogicalController;
class PoolsController;
class PoolsPage;
class LogicalPage;
class SessionsController;
class SessionsPage;
class TopologyModel;
class TopologyPage;
class TopologyView;
class WindowSettings;
class Workspace;
class WorkspaceController;

/// The shell: the cluster list, the registered pages, node details and alerts, and the actions that tie them
/// together. Pages get the cluster's context and snapshots from here; controllers do the work they ask for.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the profile named \a name as the current cluster; false when there is none (or the profiles have not
    /// been read yet: see profiles()).
    bool openProfile(const QString &name);
    /// Shows the profile named \a name beside the current cluster in the topology; false when there is none.
    bool watchProfile(const QString &name);
    /// Opens the lab in \a dir, adding its profile when it has none yet; the manifest and the profiles are read on a
    /// worker, and labOpened() says how it went.
    void openLab(const QString &dir);
    /// The last profile opened in an earlier run, if it still exists.
    /// Opens the cluster open when the window last closed, else the embedded default lab (if there is one). The window's
    /// settings are read on a worker: this waits for them without blocking.
    void openLastProfileOrDefaultLab();
    /// Shows the window once its stored layout has been read, so it does not jump to it after showing.
    void showWithStoredLayout();

    /// The profiles the window knows, read off the GUI thread once it starts and after each change.
    ProfileCatalog *profiles() const { return m_catalog; }
    Workspace *workspace() const { return m_workspace; }
    ClusterSession *session() const;
    TopologyPage *topologyPage() const { return m_topologyPage; }
    TopologyView *topologyView() const;
    TopologyModel *topologyModel() const;
    NodeDetailsPane *detailsPane() const { return m_detailsPane; }
    LagPage *lagPage() const { return m_lagPage; }
    PlanPage *planPage() const { return m_planPage; }
    BackupPage *backupPage() const { return m_backupPage; }
    RlsPage *rlsPage() const { return m_rlsPage; }
    SessionsPage *sessionsPage() const { return m_sessionsPage; }
    SessionsController *sessionsController() const { return m_sessionsController; }
    LogicalPage *logicalPage() const { return m_logicalPage; }
    LogicalController *logicalController() const { return m_logicalController; }
    PoolsPage *poolsPage() const { return m_poolsPage; }
    BackupController *backupController() const { return m_backupController; }
    ExplainController *explainController() const { return m_explainController; }
    LagRecorder *lagRecorder() const { return m_recorder; }
    AlertsPane *alertsPane() const { return m_alertsPane; }
    ActionLauncher *actionLauncher() const { return m_launcher; }
    /// Help → Guide, Keyboard shortcuts, Problems and what to do.
    QList<QAction *> helpActions() const { return {m_guideAction, m_shortcutsAction, m_glossaryAction}; }
    /// What a node's context menu offers: the actions and operations that fit it now, copy details and conninfo, psql.
    void populateNodeMenu(QMenu *menu, const QString &cluster, const QString &node);
    /// Shows the page at \a page (0 is the topology).
    void showPage(int page);
    int pageIndex(QWidget *page) const;
    int currentPage() const;

Q_SIGNALS:
    void topologyPopulated();
    /// openLab() ended: the lab is the current cluster, or why not.
    void labOpened(bool ok, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /// Adds \a page as a tab; from then on it hears of every cluster change and snapshot.
    template<typename Page>
    Page *addPage(Page *page);
    void createDocks();
    void createActions();
    void createMenus();
    void reloadProfiles();
    void onContextChanged();
    void onTopologyChanged(const SnapshotPtr &snapshot);
    void showNodeMenu(const QString &cluster, const QString &node, const QPoint &globalPos);
    void onPageChanged();
    void updateActions();
    void updateStatus();

    ProfileCatalog *m_catalog;
    Workspace *m_workspace;
    WindowSettings *m_settings;
    NodeDetailsModel *m_detailsModel;
    LagStore *m_lagStore;
    LagRecorder *m_recorder;
    ActionLauncher *m_launcher;
    ProfileController *m_profiles;
    LabController *m_labs;
    PsqlTerminal *m_psqlTerminal;
    AlertsController *m_alerts = nullptr;
    WorkspaceController *m_watching = nullptr;

    QList<ClusterPage *> m_clusterPages;
    QTabWidget *m_pages = nullptr;
    TopologyPage *m_topologyPage = nullptr;
    LagPage *m_lagPage = nullptr;
    PlanPage *m_planPage = nullptr;
    BackupPage *m_backupPage = nullptr;
    RlsPage *m_rlsPage = nullptr;
    SessionsPage *m_sessionsPage = nullptr;
    SessionsController *m_sessionsController = nullptr;
    LogicalPage *m_logicalPage = nullptr;
    LogicalController *m_logicalController = nullptr;
    PoolsPage *m_poolsPage = nullptr;
    PoolsController *m_poolsController = nullptr;
    BackupController *m_backupController = nullptr;
    ExplainController *m_explainController = nullptr;
    ClusterListPane *m_clusterList = nullptr;
    AlertsPane *m_alertsPane = nullptr;
    NodeDetailsPane *m_detailsPane = nullptr;
    QLabel *m_statusLabel = nullptr;
    bool m_populatedOnce = false;

    QAction *m_openAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_copyJsonAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_guideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_glossaryAction = nullptr;
};

} // namespace pgv
