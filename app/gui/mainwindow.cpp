// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "actionlauncher.h"
#include "alertscontroller.h"
#include "alertspane.h"
#include "helpdialogs.h"
#include "backupcontroller.h"
#include "backuppage.h"
#include "clusterlistpane.h"
#include "core/apppaths.h"
#include "explaincontroller.h"
#include "labcontroller.h"
#include "lag/lagrecorder.h"
#include "lag/lagstore.h"
#include "lagpage.h"
#include "monitor/workspace.h"
#include "nodedetailsmodel.h"
#include "nodedetailspane.h"
#include "planpage.h"
#include "profilecontroller.h"
#include "profiles/profilecatalog.h"
#include "profilelistmodel.h"
#include "psqlterminal.h"
#include "statusline.h"
#include "rlspage.h"
#include "logicalcontroller.h"
#include "logicalpage.h"
#include "poolscontroller.h"
#include "poolspage.h"
#include "sessionscontroller.h"
#include "sessionspage.h"
#include "topologypage.h"
#include "topologyview.h"
#include "windowsettings.h"
#include "workspacecontroller.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
/// The key an action has when no page claims it (pages such as Plans bind some keys themselves while shown).
const char *const kDefaultShortcut = "pgvDefaultShortcut";

QDockWidget *addDock(QMainWindow *window, const QString &title, const QString &name, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title);
    dock->setObjectName(name);
    dock->setWidget(content);
    window->addDockWidget(area, dock);
    return dock;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(new ProfileCatalog(QString(), this))
    , m_workspace(new Workspace(this))
    , m_settings(new WindowSettings(this))
    , m_detailsModel(new NodeDetailsModel(this))
    , m_lagStore(new LagStore(QString(), 7, this))
    , m_recorder(new LagRecorder(m_lagStore, this))
    , m_launcher(new ActionLauncher(m_workspace->current(), m_recorder, this))
    , m_profiles(new ProfileController(m_catalog, m_workspace, this))
    , m_labs(new LabController(this))
    , m_psqlTerminal(new PsqlTerminal(this))
{
    setWindowTitle(tr("PostgresVerse"));
    setObjectName(u"MainWindow"_s);
    m_pages = new QTabWidget;
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);

    // The pages, in tab order: one line each.
    m_topologyPage = addPage(new TopologyPage);
    m_lagPage = addPage(new LagPage);
    m_planPage = addPage(new PlanPage);
    m_backupPage = addPage(new BackupPage);
    m_rlsPage = addPage(new RlsPage(new RlsWorkbench(this)));
    m_sessionsPage = addPage(new SessionsPage);
    m_logicalPage = addPage(new LogicalPage);
    m_poolsPage = addPage(new PoolsPage);
    m_explainController = new ExplainController(session(), m_planPage, this);
    m_sessionsController = new SessionsController(session(), m_sessionsPage, this);
    m_logicalController = new LogicalController(m_workspace, m_logicalPage, m_launcher, this);
    m_backupController = new BackupController(session(), m_backupPage, this);
    m_poolsController = new PoolsController(session(), m_poolsPage, m_launcher, this);

    createDocks();
    m_watching = new WorkspaceController(m_workspace, m_catalog, m_topologyPage, m_detailsModel, this);
    createActions();
    createMenus();

    connect(session(), &ClusterSession::contextChanged, this, &MainWindow::onContextChanged);
    connect(session(), &ClusterSession::topologyChanged, this, &MainWindow::onTopologyChanged);
    connect(session(), &ClusterSession::topologyChanged, m_recorder, &LagRecorder::record);
    connect(m_watching, &WorkspaceController::watchedChanged, this, &MainWindow::updateStatus);
    connect(m_watching, &WorkspaceController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_workspace, &Workspace::notice, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_topologyPage, &TopologyPage::nodeMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_topologyPage, &TopologyPage::recoverRequested, m_launcher->recoverAction(), &QAction::trigger);
    connect(m_topologyPage, &TopologyPage::failoverRequested, m_launcher->failoverAction(), &QAction::trigger);
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);
    connect(m_sessionsPage, &SessionsPage::signalRequested, m_launcher, &ActionLauncher::runSessionSignal);
    connect(m_launcher, &ActionLauncher::actionFinished, m_sessionsPage, [this] {
        if (m_sessionsPage->isActive())
            Q_EMIT m_sessionsPage->refreshRequested();
    });
    connect(m_sessionsPage, &SessionsPage::explainRequested, this, [this](const QString &sql, const QString &node, const QString &database) {
        m_planPage->prepareStatement(sql, node, database);
        m_pages->setCurrentWidget(m_planPage);
    });
    connect(m_poolsPage, &PoolsPage::chartRequested, this, [this] {
        m_lagPage->showPoolerWaiting();
        m_pages->setCurrentWidget(m_lagPage);
    });
    connect(m_catalog, &ProfileCatalog::changed, this, &MainWindow::reloadProfiles);
    connect(m_backupController, &BackupController::profilesChanged, m_catalog, &ProfileCatalog::reload);
    connect(m_profiles, &ProfileController::openRequested, this, &MainWindow::openProfile);
    connect(m_labs, &LabController::labCreated, this, &MainWindow::openLab);
    connect(m_labs, &LabController::serversChanged, m_workspace, &Workspace::pollNow);
    connect(m_profiles, &ProfileController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_labs, &LabController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_psqlTerminal, &PsqlTerminal::message, statusBar(), &QStatusBar::showMessage);
    connect(m_clusterList, &ClusterListPane::openRequested, this, &MainWindow::openProfile);
    connect(m_clusterList, &ClusterListPane::nodeRequested, topologyView(), [this](const QString &, const QString &node) {
        topologyView()->selectNode(node, session()->profile().name);
    });
    connect(m_clusterList, &ClusterListPane::selectionChanged, this, &MainWindow::updateActions);

    m_catalog->reload();
    resize(1360, 820);
    // Connected before anything else listens to loaded(): the layout is in place when showWithStoredLayout() shows.
    connect(m_settings, &WindowSettings::loaded, this, [this] { m_settings->restoreLayout(this); });
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

template<typename Page>
Page *MainWindow::addPage(Page *page)
{
    m_pages->addTab(page, page->pageTitle());
    m_clusterPages.append(page);
    connect(page, &ClusterPage::statusMessage, statusBar(), &QStatusBar::showMessage);
    return page;
}

ClusterSession *MainWindow::session() const
{
    return m_workspace->current();
}

TopologyView *MainWindow::topologyView() const
{
    return m_topologyPage->view();
}

TopologyModel *MainWindow::topologyModel() const
{
    return m_topologyPage->model();
}

void MainWindow::createDocks()
{
    // Minimum widths at which node names and details stay readable: a layout saved on a small screen cannot
    // squeeze the docks to a sliver, and the pages get the rest of a 1024-pixel window.
    m_clusterList = new ClusterListPane;
    m_clusterList->setMinimumWidth(190);
    addDock(this, tr("Clusters"), u"ClustersDock"_s, m_clusterList, Qt::LeftDockWidgetArea);
    m_detailsPane = new NodeDetailsPane;
    m_detailsPane->setMinimumWidth(220);
    m_detailsPane->setModel(m_detailsModel);
    addDock(this, tr("Node details"), u"DetailsDock"_s, m_detailsPane, Qt::RightDockWidgetArea);
    m_alertsPane = new AlertsPane;
    QDockWidget *alerts = addDock(this, tr("Alerts"), u"AlertsDock"_s, m_alertsPane, Qt::BottomDockWidgetArea);
    m_alerts = new AlertsController(m_recorder, m_alertsPane, m_lagPage, this);
    connect(m_alerts, &AlertsController::firingChanged, alerts, [alerts](int firing) {
        alerts->setWindowTitle(firing > 0 ? tr("Alerts (%1 firing)").arg(firing) : tr("Alerts"));
    });
    // The graph colours an edge by lag against the same thresholds the alerts use.
    connect(m_recorder, &LagRecorder::alertsChanged, this, [this] {
        qint64 bytes = 0;
        double seconds = 0;
        for (const AlertRule &rule : m_recorder->alerts().rules()) {
            if (rule.enabled && rule.kind == AlertRuleKind::ReplayLagBytes)
                bytes = qint64(rule.threshold);
            if (rule.enabled && rule.kind == AlertRuleKind::ReplayLagSeconds)
                seconds = rule.threshold;
        }
        m_topologyPage->view()->setLagThresholds(bytes, seconds);
    });
    // Side docks run the full height; the alerts dock sits under the pages only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_statusLabel = new QLabel;
    statusBar()->addWidget(m_statusLabel, 1);
}

void MainWindow::createActions()
{
    auto action = [this](const QString &text, const QKeySequence &key, auto &&slot) {
        auto *created = new QAction(text, this);
        created->setShortcut(key);
        created->setProperty(kDefaultShortcut, key);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_openAction = action(tr("&Open cluster"), Qt::CTRL | Qt::Key_O, [this] { openProfile(m_clusterList->selectedProfile()); });
    m_refreshAction = action(tr("&Refresh now"), QKeySequence::Refresh, [this] { m_workspace->pollNow(); });
    m_refreshAction->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_copyJsonAction = action(tr("&Copy status as JSON"), Qt::CTRL | Qt::SHIFT | Qt::Key_C, [this] { m_topologyPage->copyStatusJson(); });
    m_quitAction = action(tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    m_clusterList->addContextActions({m_openAction, m_watching->watchAction(), m_watching->unwatchAction(), m_profiles->editAction(), m_profiles->removeAction(),
                                      m_labs->startAction(), m_labs->stopAction(), m_labs->copyEnvironmentAction()});
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);
    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    cluster->addActions({m_openAction, m_watching->watchAction(), m_watching->unwatchAction(), m_refreshAction, m_copyJsonAction});
    cluster->addSeparator();
    cluster->addActions({m_profiles->newAction(), m_profiles->editAction(), m_profiles->removeAction()});
    cluster->addSeparator();
    cluster->addActions(m_launcher->actionEntries());
    cluster->addSeparator();
    cluster->addAction(m_launcher->verifyAuditAction());
    QMenu *lab = menuBar()->addMenu(tr("&Lab"));
    lab->addActions({m_labs->createAction(), m_labs->startAction(), m_labs->stopAction(), m_labs->copyEnvironmentAction()});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_guideAction = help->addAction(tr("&Guide"), this, [this] {
        // A resource compiled into the program: reading it touches no disk.
        QFile readme(u":/doc/README.md"_s);
        const QString text = readme.open(QIODevice::ReadOnly) ? QString::fromUtf8(readme.readAll()) : tr("The guide is missing from this build.");
        HelpDialog::guide(text, this)->show();
    });
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_shortcutsAction = help->addAction(tr("&Keyboard shortcuts"), this, [this] { HelpDialog::shortcuts(findChildren<QAction *>(), this)->show(); });
    m_shortcutsAction->setShortcut(Qt::CTRL | Qt::Key_F1);
    m_glossaryAction = help->addAction(tr("&Problems and what to do"), this, [this] { HelpDialog::glossary(this)->show(); });
    help->addSeparator();
    help->addAction(tr("&About PostgresVerse"), this, [this] {
        QMessageBox::about(this, tr("About PostgresVerse"),
                           tr("<b>PostgresVerse %1</b><br>A desktop console for PostgreSQL high-availability clusters: topology, "
                              "replication, plans, policies and safe actions in one window.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"MainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_profiles->newAction(), m_refreshAction, m_labs->createAction()});
}

void MainWindow::onPageChanged()
{
    auto *page = qobject_cast<ClusterPage *>(m_pages->currentWidget());
    if (!page)
        return;
    // A key the shown page binds itself is given up by the window's action meanwhile, so neither is ambiguous.
    const QList<QKeySequence> claimed = page->claimedShortcuts();
    for (QAction *action : findChildren<QAction *>(Qt::FindDirectChildrenOnly)) {
        const auto key = action->property(kDefaultShortcut).value<QKeySequence>();
        if (!key.isEmpty())
            action->setShortcut(claimed.contains(key) ? QKeySequence() : key);
    }
    page->pageShown();
}

void MainWindow::reloadProfiles()
{
    m_clusterList->setProfiles(m_catalog->profiles(), session()->profile().name);
    updateActions();
}

bool MainWindow::openProfile(const QString &name)
{
    const auto profile = m_catalog->find(name);
    if (!profile)
        return false;
    m_populatedOnce = false;
    m_recorder->setCluster(profile->name, profile->pollIntervalMs);
    m_workspace->open(*profile);
    for (const QString &beside : std::as_const(profile->beside))
        m_watching->watch(beside); // a lab's subscriber: a cluster of its own, drawn with its logical edge
    m_clusterList->setActiveProfile(profile->name);
    m_settings->setLastProfile(profile->name);
    setWindowTitle(tr("%1 — PostgresVerse").arg(profile->name));
    updateActions();
    return true;
}

bool MainWindow::watchProfile(const QString &name)
{
    return m_watching->watch(name);
}

void MainWindow::openLab(const QString &dir)
{
    m_catalog->adoptLab(dir, [this](const std::optional<Profile> &profile, const QString &error) {
        const bool opened = profile && openProfile(profile->name);
        Q_EMIT labOpened(opened, opened || !error.isEmpty() ? error : tr("The lab's profile could not be read back."));
    });
}

void MainWindow::openLastProfileOrDefaultLab()
{
    if (!m_settings->isLoaded()) {
        connect(m_settings, &WindowSettings::loaded, this, &MainWindow::openLastProfileOrDefaultLab, Qt::SingleShotConnection);
        return;
    }
    const QString last = m_settings->lastProfile();
    if (!last.isEmpty() && openProfile(last))
        return;
    openLab(AppPaths::defaultLabDir()); // the embedded default; nothing happens without one
}

void MainWindow::showWithStoredLayout()
{
    if (m_settings->isLoaded())
        show();
    else
        connect(m_settings, &WindowSettings::loaded, this, &QWidget::show, Qt::SingleShotConnection);
}

void MainWindow::onContextChanged()
{
    for (ClusterPage *page : std::as_const(m_clusterPages))
        page->setClusterContext(session()->context());
    updateActions();
}

void MainWindow::onTopologyChanged(const SnapshotPtr &snapshot)
{
    for (ClusterPage *page : std::as_const(m_clusterPages))
        page->setSnapshot(snapshot);
    m_clusterList->model()->setSnapshot(snapshot);
    m_watching->currentPolled(snapshot);
    updateStatus();
    if (snapshot->complete && !m_populatedOnce) {
        m_populatedOnce = true;
        Q_EMIT topologyPopulated();
    }
}

void MainWindow::updateStatus()
{
    m_statusLabel->setText(session()->isOpen() ? workspaceStatusLine(session()->snapshot(), session()->profile().readOnly, m_workspace->watched())
                                               : tr("No cluster open"));
}

void MainWindow::updateActions()
{
    const QString selected = m_clusterList->selectedProfile();
    const bool open = session()->isOpen();
    m_profiles->setSelectedProfile(selected);
    m_labs->setSelectedLab(m_clusterList->selectedLabDir(), m_clusterList->selectedReadOnly());
    m_openAction->setEnabled(!selected.isEmpty());
    m_watching->setSelectedProfile(selected);
    m_refreshAction->setEnabled(open);
    m_copyJsonAction->setEnabled(open);
    m_launcher->updateAvailability();
}

void MainWindow::showNodeMenu(const QString &cluster, const QString &node, const QPoint &globalPos)
{
    QMenu menu(this);
    populateNodeMenu(&menu, cluster, node);
    menu.exec(globalPos);
}

void MainWindow::populateNodeMenu(QMenu *menu, const QString &cluster, const QString &node)
{
    if (cluster.isEmpty() || cluster == session()->profile().name) {
        m_launcher->addNodeActions(menu, node); // actions run on the current cluster only
        m_poolsController->addPoolerActions(menu, node);
    }
    menu->addAction(tr("Copy details of %1").arg(node), m_detailsPane, &NodeDetailsPane::copyToClipboard);
    if (cluster.isEmpty() || cluster == session()->profile().name) {
        for (const NodeEndpoint &endpoint : session()->profile().endpoints()) {
            if (endpoint.name != node)
                continue;
            // Without the password: psql finds it in the keychain's place, .pgpass or the passfile the profile names.
            const QString conninfo = endpoint.connInfo.toDisplayString();
            menu->addAction(tr("Copy conninfo of %1").arg(node), this, [conninfo] { QApplication::clipboard()->setText(conninfo); });
            menu->addAction(tr("Open psql on %1 in a terminal").arg(node), this,
                            [this, node, conninfo] { m_psqlTerminal->open(node, conninfo); });
        }
    }
    menu->addAction(m_refreshAction);
    menu->addAction(m_copyJsonAction);
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

int MainWindow::pageIndex(QWidget *page) const
{
    return m_pages->indexOf(page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings->saveLayoutAndWait(this); // after the writes still queued
    m_labs->cancel();
    m_workspace->closeAll();
    event->accept();
}

} // namespace pgv
