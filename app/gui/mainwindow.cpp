// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "monitor/clustersession.h"
#include "core/apppaths.h"
#include "actionlauncher.h"
#include "actions/auditlog.h"
#include "backupcontroller.h"
#include "explaincontroller.h"
#include "planpage.h"
#include "alertlistmodel.h"
#include "alertspane.h"
#include "core/backgroundjob.h"
#include "core/backgroundwork.h"
#include "lag/lagrecorder.h"
#include "lag/lagstore.h"
#include "lagchartview.h"
#include "lagpage.h"
#include "lab/lab.h"
#include "lab/labfiles.h"
#include "labdialog.h"
#include "nodedetailsmodel.h"
#include "nodedetailspane.h"
#include "problemlistmodel.h"
#include "problemspane.h"
#include "profiledialog.h"
#include "profilelistmodel.h"
#include "profiles/secretstore.h"
#include "rlspage.h"
#include "topology/topologyjson.h"
#include "topologymodel.h"
#include "topologyview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
/// Window layout and the last profile; beside profiles.ini so PGVERSE_CONFIG_DIR moves both.
QSettings uiSettings()
{
    return QSettings(AppPaths::configDir() + u"/pgverse.ini"_s, QSettings::IniFormat);
}

/// The window's settings name the last cluster opened: written, then made owner-only (QSettings replaces the file).
void saveUiSetting(const QString &key, const QVariant &value)
{
    QSettings settings = uiSettings();
    settings.setValue(key, value);
    settings.sync();
    AppPaths::makePrivateFile(settings.fileName());
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ClusterSession(this))
    , m_secrets(new SecretStore(this))
    , m_labJob(new BackgroundJob(this))
    , m_auditJob(new BackgroundJob(this))
    , m_settingsWork(new BackgroundWork(this, BackgroundWork::EveryResult, &m_settingsPool))
    , m_profileModel(new ProfileListModel(this))
    , m_topologyModel(new TopologyModel(this))
    , m_problemModel(new ProblemListModel(this))
    , m_detailsModel(new NodeDetailsModel(this))
    , m_alertModel(new AlertListModel(this))
    , m_lagStore(new LagStore(QString(), 7, this))
    , m_recorder(new LagRecorder(m_lagStore, this))
    , m_launcher(new ActionLauncher(m_session, m_recorder, this))
{
    m_settingsPool.setMaxThreadCount(1);
    setWindowTitle(tr("PostgresVerse"));
    setObjectName(u"MainWindow"_s);

    m_topologyView = new TopologyView;
    m_topologyView->setModel(m_topologyModel);
    m_topologyScroll = new QScrollArea;
    m_topologyScroll->setWidget(m_topologyView);
    m_topologyScroll->setWidgetResizable(true);
    m_topologyScroll->setFrameShape(QFrame::NoFrame);
    m_problemsPane = new ProblemsPane;
    m_problemsPane->setModel(m_problemModel);
    auto *centre = new QSplitter(Qt::Vertical);
    centre->addWidget(m_topologyScroll);
    centre->addWidget(m_problemsPane);
    centre->setStretchFactor(0, 4);
    centre->setStretchFactor(1, 1);
    m_pages = new QTabWidget;
    m_pages->setDocumentMode(true);
    m_pages->addTab(centre, tr("&Topology"));
    setCentralWidget(m_pages);

    m_profileView = new QTreeView;
    m_profileView->setModel(m_profileModel);
    m_profileView->setHeaderHidden(true);
    m_profileView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *clusters = new QDockWidget(tr("Clusters"));
    clusters->setObjectName(u"ClustersDock"_s);
    clusters->setWidget(m_profileView);
    addDockWidget(Qt::LeftDockWidgetArea, clusters);

    m_detailsPane = new NodeDetailsPane;
    m_detailsPane->setModel(m_detailsModel);
    auto *details = new QDockWidget(tr("Node details"));
    details->setObjectName(u"DetailsDock"_s);
    details->setWidget(m_detailsPane);
    addDockWidget(Qt::RightDockWidgetArea, details);

    // Side docks run the full height; the alerts dock sits under the pages only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_statusLabel = new QLabel;
    statusBar()->addWidget(m_statusLabel, 1);

    createLagAndAlerts();
    createActions();
    createPlans();
    m_rlsPage = new RlsPage(new RlsWorkbench(this));
    m_pages->addTab(m_rlsPage, tr("Row-level &security"));
    createMenus();
    for (QAction *action : {m_openAction, m_editProfileAction, m_removeProfileAction, m_startLabAction, m_stopLabAction, m_copyEnvAction})
        m_profileView->addAction(action);

    connect(m_session, &ClusterSession::topologyChanged, this, &MainWindow::onTopologyChanged);
    connect(m_session, &ClusterSession::topologyChanged, m_recorder, &LagRecorder::record);
    connect(m_session, &ClusterSession::topologyChanged, m_rlsPage,
            [this](const TopologySnapshot &snapshot) { m_rlsPage->setCluster(m_session->profile(), m_session->password(), snapshot); });
    connect(m_session, &ClusterSession::notice, this, [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_topologyView, &TopologyView::nodeSelected, this, &MainWindow::showNodeDetails);
    connect(m_topologyView, &TopologyView::nodeContextMenuRequested, this, &MainWindow::showNodeMenu);
    connect(m_problemsPane, &ProblemsPane::nodeActivated, m_topologyView, [this](const QString &node) { m_topologyView->selectNode(node); });
    connect(m_problemsPane, &ProblemsPane::recoverRequested, this, [this] { m_recoverAction->trigger(); });
    connect(m_profileView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ProfileListModel::IsProfileRole).toBool() || index.parent().isValid())
            openProfile(index.data(ProfileListModel::ProfileNameRole).toString());
        if (!index.data(ProfileListModel::IsProfileRole).toBool())
            m_topologyView->selectNode(index.data(ProfileListModel::NodeNameRole).toString());
    });
    connect(m_profileView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateActions);
    connect(m_secrets, &SecretStore::passwordWritten, this, [this](const QString &profile, const QString &error) {
        if (error.isEmpty())
            return;
        statusBar()->showMessage(tr("Profile %1: %2").arg(profile, error), 20000);
    });
    connect(m_labJob, &BackgroundJob::progress, this, [this](const QString &step) { statusBar()->showMessage(step); });

    reloadProfiles();
    resize(1360, 820);
    centre->setSizes({560, 200});
    QSettings settings = uiSettings();
    restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray());
    restoreState(settings.value(u"ui/state"_s).toByteArray());
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createLagAndAlerts()
{
    m_lagPage = new LagPage;
    m_lagPage->setHistory(m_recorder->history());
    m_pages->addTab(m_lagPage, tr("Replication &lag"));

    m_alertsPane = new AlertsPane;
    m_alertsPane->setModel(m_alertModel);
    auto *alerts = new QDockWidget(tr("Alerts"));
    alerts->setObjectName(u"AlertsDock"_s);
    alerts->setWidget(m_alertsPane);
    addDockWidget(Qt::BottomDockWidgetArea, alerts);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("PostgresVerse"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
    }
    connect(m_recorder, &LagRecorder::alertsChanged, this, &MainWindow::refreshAlerts);
    connect(m_recorder, &LagRecorder::alertFired, this, [this](const Alert &alert) {
        if (m_tray)
            m_tray->showMessage(tr("Alert on %1").arg(alert.cluster), alert.message, QSystemTrayIcon::Warning, 15000);
    });
    connect(m_alertsPane, &AlertsPane::acknowledgeRequested, m_recorder, &LagRecorder::acknowledge);
    connect(m_alertsPane, &AlertsPane::editRulesRequested, this, &MainWindow::editAlertRules);
    connect(m_lagStore, &LagStore::notice, this, [this](const QString &message) {
        statusBar()->showMessage(message, 30000);
        QMessageBox::information(this, tr("Lag history"), message);
    });
}

void MainWindow::createPlans()
{
    m_planPage = new PlanPage;
    m_pages->addTab(m_planPage, tr("&Plans"));
    m_explainController = new ExplainController(m_session, m_planPage, this);
    m_backupPage = new BackupPage;
    m_pages->addTab(m_backupPage, tr("&Backups"));
    m_backupController = new BackupController(m_session, m_backupPage, this);
    connect(m_backupController, &BackupController::profilesChanged, this, &MainWindow::reloadProfiles);
    connect(m_pages, &QTabWidget::currentChanged, this, &MainWindow::onPageChanged);
}

void MainWindow::onPageChanged()
{
    // The Plans page has its own Ctrl+O (open a plan file) and Ctrl+Shift+C (copy a subtree); window-wide
    // shortcuts with the same keys would make both ambiguous, so they step aside while it is shown.
    const bool plans = m_pages->currentWidget() == m_planPage;
    if (m_pages->currentWidget() == m_backupPage)
        m_backupController->refresh(); // backups may have been taken from pgversectl meanwhile
    m_openAction->setShortcut(plans ? QKeySequence() : QKeySequence(Qt::CTRL | Qt::Key_O));
    m_copyJsonAction->setShortcut(plans ? QKeySequence() : QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
}

void MainWindow::refreshAlerts()
{
    m_alertModel->setAlerts(m_recorder->alerts().alerts());
    m_lagPage->setRules(m_recorder->alerts().rules());
    const int firing = m_alertModel->firingCount();
    if (QDockWidget *dock = findChild<QDockWidget *>(u"AlertsDock"_s))
        dock->setWindowTitle(firing > 0 ? tr("Alerts (%1 firing)").arg(firing) : tr("Alerts"));
}

void MainWindow::editAlertRules()
{
    if (!m_session->isOpen())
        return;
    if (const auto rules = AlertRulesDialog::edit(this, m_recorder->cluster(), m_recorder->alerts().rules()))
        m_recorder->setRules(*rules);
}

void MainWindow::showPage(int page)
{
    m_pages->setCurrentIndex(page);
}

int MainWindow::pageIndex(QWidget *page) const
{
    return m_pages->indexOf(page);
}

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open cluster"), this);
    m_openAction->setShortcut(Qt::CTRL | Qt::Key_O);
    connect(m_openAction, &QAction::triggered, this, [this] { openProfile(selectedProfileName()); });
    m_newProfileAction = new QAction(QIcon::fromTheme(u"list-add"_s), tr("&New profile…"), this);
    m_newProfileAction->setShortcut(QKeySequence::New);
    connect(m_newProfileAction, &QAction::triggered, this, &MainWindow::newProfile);
    m_editProfileAction = new QAction(tr("&Edit profile…"), this);
    m_editProfileAction->setShortcut(Qt::CTRL | Qt::Key_E);
    connect(m_editProfileAction, &QAction::triggered, this, &MainWindow::editProfile);
    m_removeProfileAction = new QAction(tr("&Remove profile"), this);
    m_removeProfileAction->setShortcut(QKeySequence::Delete);
    m_removeProfileAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_removeProfileAction, &QAction::triggered, this, &MainWindow::removeProfile);
    m_refreshAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh now"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, m_session, &ClusterSession::pollNow);
    m_copyJsonAction = new QAction(tr("&Copy status as JSON"), this);
    m_copyJsonAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    connect(m_copyJsonAction, &QAction::triggered, this, &MainWindow::copyStatusJson);
    m_createLabAction = new QAction(tr("&Create lab…"), this);
    m_createLabAction->setShortcut(Qt::CTRL | Qt::Key_L);
    connect(m_createLabAction, &QAction::triggered, this, &MainWindow::createLab);
    m_startLabAction = new QAction(tr("&Start lab servers"), this);
    connect(m_startLabAction, &QAction::triggered, this, [this] { runLabCommand(true); });
    m_stopLabAction = new QAction(tr("S&top lab servers"), this);
    connect(m_stopLabAction, &QAction::triggered, this, [this] { runLabCommand(false); });
    m_copyEnvAction = new QAction(tr("Copy &shell setup (psql, pgbench)"), this);
    connect(m_copyEnvAction, &QAction::triggered, this, &MainWindow::copyLabEnvironment);
    m_switchoverAction = new QAction(tr("S&witchover…"), this);
    m_switchoverAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    connect(m_switchoverAction, &QAction::triggered, this, [this] { m_launcher->launch(ActionKind::Switchover); });
    m_failoverAction = new QAction(tr("&Failover…"), this);
    connect(m_failoverAction, &QAction::triggered, this, [this] { m_launcher->launch(ActionKind::Failover); });
    m_rejoinAction = new QAction(tr("Re&join a node…"), this);
    connect(m_rejoinAction, &QAction::triggered, this, [this] { m_launcher->launch(ActionKind::Rejoin); });
    m_recoverAction = new QAction(tr("Re&cover after an interrupted action…"), this);
    m_recoverAction->setStatusTip(tr("Bring the cluster back to one primary with every other node following it"));
    connect(m_recoverAction, &QAction::triggered, this, [this] { m_launcher->launch(ActionKind::Recover); });
    m_verifyAuditAction = new QAction(tr("&Verify the audit log"), this);
    m_verifyAuditAction->setStatusTip(tr("Check that no entry of the actions' audit log was edited, inserted or removed"));
    connect(m_verifyAuditAction, &QAction::triggered, this, &MainWindow::verifyAuditLog);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);
    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    cluster->addActions({m_openAction, m_refreshAction, m_copyJsonAction});
    cluster->addSeparator();
    cluster->addActions({m_newProfileAction, m_editProfileAction, m_removeProfileAction});
    cluster->addSeparator();
    cluster->addActions({m_switchoverAction, m_failoverAction, m_rejoinAction, m_recoverAction});
    cluster->addSeparator();
    cluster->addAction(m_verifyAuditAction);
    QMenu *lab = menuBar()->addMenu(tr("&Lab"));
    lab->addActions({m_createLabAction, m_startLabAction, m_stopLabAction, m_copyEnvAction});
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About PostgresVerse"), this, &MainWindow::about);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"MainToolbar"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({m_newProfileAction, m_refreshAction, m_createLabAction});
}

void MainWindow::reloadProfiles()
{
    const QString current = selectedProfileName();
    m_profileModel->setProfiles(m_store.profiles());
    m_profileModel->setActiveProfile(m_session->profile().name);
    m_profileView->expandAll();
    const QModelIndex restored = m_profileModel->indexOfProfile(current.isEmpty() ? m_session->profile().name : current);
    if (restored.isValid())
        m_profileView->setCurrentIndex(restored);
    updateActions();
}

bool MainWindow::openProfile(const QString &name)
{
    const auto profile = m_store.find(name);
    if (!profile)
        return false;
    m_populatedOnce = false;
    m_recorder->setCluster(profile->name, profile->pollIntervalMs);
    m_session->open(*profile);
    m_profileModel->setActiveProfile(profile->name);
    m_profileView->setCurrentIndex(m_profileModel->indexOfProfile(profile->name));
    m_settingsWork->run([name = profile->name] { saveUiSetting(u"ui/lastProfile"_s, name); }); // a file: not on the GUI thread
    setWindowTitle(tr("%1 — PostgresVerse").arg(profile->name));
    updateActions();
    return true;
}

bool MainWindow::openLab(const QString &dir, QString *error)
{
    const auto manifest = LabManifest::load(dir, error);
    if (!manifest)
        return false;
    const auto existing = m_store.find(manifest->name);
    if (!existing || existing->labDir != manifest->dir) {
        if (!m_store.save(manifest->toProfile(), error))
            return false;
        reloadProfiles();
    }
    return openProfile(manifest->name);
}

void MainWindow::openLastProfile()
{
    const QString last = uiSettings().value(u"ui/lastProfile"_s).toString();
    if (!last.isEmpty())
        openProfile(last);
}

void MainWindow::onTopologyChanged(const TopologySnapshot &snapshot)
{
    m_topologyModel->setSnapshot(snapshot);
    m_problemModel->setProblems(snapshot.problems);
    m_profileModel->setSnapshot(snapshot);
    if (m_topologyView->selectedNode().isEmpty() && !snapshot.nodes.isEmpty())
        m_topologyView->selectNode(snapshot.nodes.first().name);
    showNodeDetails(m_topologyView->selectedNode());
    updateStatus();
    if (snapshot.complete && !m_populatedOnce) {
        m_populatedOnce = true;
        Q_EMIT topologyPopulated();
    }
}

void MainWindow::showNodeDetails(const QString &node)
{
    const TopologySnapshot &snapshot = m_session->snapshot();
    m_detailsModel->setNode(snapshot.node(node), m_session->latestProbe(node));
}

void MainWindow::updateStatus()
{
    const TopologySnapshot &snapshot = m_session->snapshot();
    if (!m_session->isOpen()) {
        m_statusLabel->setText(tr("No cluster open"));
        return;
    }
    QString text = tr("%1 · nodes: %2").arg(snapshot.cluster).arg(snapshot.nodes.size());
    text += u" · "_s + (snapshot.healthy() ? tr("healthy") : tr("problems: %1").arg(snapshot.problems.size()));
    if (snapshot.takenAt.isValid())
        text += u" · "_s + tr("updated %1").arg(snapshot.takenAt.toLocalTime().toString(u"HH:mm:ss"_s));
    if (m_session->profile().readOnly)
        text += u" · "_s + tr("read-only profile");
    m_statusLabel->setText(text);
}

QString MainWindow::selectedProfileName() const
{
    const QModelIndex current = m_profileView ? m_profileView->currentIndex() : QModelIndex();
    return current.data(ProfileListModel::ProfileNameRole).toString();
}

void MainWindow::updateActions()
{
    const QModelIndex current = m_profileView->currentIndex();
    const bool hasProfile = current.isValid();
    const bool isLab = !current.data(ProfileListModel::LabDirRole).toString().isEmpty();
    const bool labIdle = !m_labJob->isRunning();
    m_openAction->setEnabled(hasProfile);
    m_editProfileAction->setEnabled(hasProfile);
    m_removeProfileAction->setEnabled(hasProfile);
    m_startLabAction->setEnabled(isLab && labIdle);
    m_stopLabAction->setEnabled(isLab && labIdle && !current.data(ProfileListModel::ReadOnlyRole).toBool());
    m_copyEnvAction->setEnabled(isLab);
    m_createLabAction->setEnabled(labIdle);
    m_refreshAction->setEnabled(m_session->isOpen());
    QString why;
    const bool actionsAvailable = m_launcher->available(&why);
    for (QAction *action : {m_switchoverAction, m_failoverAction, m_rejoinAction, m_recoverAction}) {
        action->setEnabled(actionsAvailable);
        action->setToolTip(why);
    }
    m_copyJsonAction->setEnabled(m_session->isOpen());
}

void MainWindow::newProfile()
{
    ProfileDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Profile profile = dialog.profile();
    if (m_store.find(profile.name)) {
        QMessageBox::warning(this, tr("Profile exists"), tr("A profile named \"%1\" exists already; edit it instead.").arg(profile.name));
        return;
    }
    storePassword(profile.name, dialog.password());
    profile.passwordInKeychain = !dialog.password().isEmpty();
    QString error;
    if (!m_store.save(profile, &error)) {
        QMessageBox::warning(this, tr("Profile not saved"), error);
        return;
    }
    reloadProfiles();
    openProfile(profile.name);
}

void MainWindow::editProfile()
{
    const auto original = m_store.find(selectedProfileName());
    if (!original)
        return;
    ProfileDialog dialog(this);
    dialog.setProfile(*original);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Profile profile = dialog.profile();
    QString error;
    if (profile.name != original->name && !m_store.rename(original->name, profile.name, &error)) {
        QMessageBox::warning(this, tr("Profile not saved"), error);
        return;
    }
    if (!dialog.password().isEmpty()) {
        storePassword(profile.name, dialog.password());
        profile.passwordInKeychain = true;
    }
    if (!m_store.save(profile, &error)) {
        QMessageBox::warning(this, tr("Profile not saved"), error);
        return;
    }
    reloadProfiles();
    if (m_session->profile().name == original->name)
        openProfile(profile.name);
}

void MainWindow::storePassword(const QString &profile, const QString &password)
{
    if (password.isEmpty())
        return;
    // Kept in memory too, so the session works even when no keychain answers; never written anywhere else.
    m_session->setSessionPassword(profile, password);
    m_secrets->writePassword(profile, password);
}

void MainWindow::removeProfile()
{
    const QString name = selectedProfileName();
    if (name.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove profile"), tr("Forget the profile \"%1\"? The cluster itself is not touched.").arg(name))
        != QMessageBox::Yes)
        return;
    if (m_session->profile().name == name)
        m_session->close();
    m_store.remove(name);
    m_secrets->deletePassword(name);
    reloadProfiles();
}

void MainWindow::createLab()
{
    auto *dialog = new LabDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LabDialog::createRequested, this, [this, dialog](const LabOptions &options) {
        connect(m_labJob, &BackgroundJob::progress, dialog, &LabDialog::showProgress, Qt::UniqueConnection);
        connect(m_labJob, &BackgroundJob::finished, dialog, &LabDialog::showFinished, Qt::UniqueConnection);
        auto manifest = std::make_shared<std::optional<LabManifest>>();
        m_labJob->start(tr("Creating lab"), [options, manifest](const BackgroundJob::Report &report, const std::atomic_bool *cancel, QString *error) {
            *manifest = labUp(options, report, cancel, error);
            return manifest->has_value();
        });
        connect(m_labJob, &BackgroundJob::finished, this, [this, manifest](bool ok) {
            if (ok && *manifest) {
                reloadProfiles();
                openProfile((*manifest)->name);
            }
            updateActions();
        }, Qt::SingleShotConnection);
        updateActions();
    });
    connect(dialog, &LabDialog::cancelRequested, m_labJob, &BackgroundJob::cancel);
    dialog->open();
}

void MainWindow::runLabCommand(bool start)
{
    const QString dir = m_profileView->currentIndex().data(ProfileListModel::LabDirRole).toString();
    if (dir.isEmpty())
        return;
    m_labJob->start(start ? tr("Starting lab") : tr("Stopping lab"),
                    [dir, start](const BackgroundJob::Report &report, const std::atomic_bool *, QString *error) {
                        const auto lab = Lab::open(dir, error);
                        return lab && (start ? lab->startAll(report, error) : lab->stopAll(report, error));
                    });
    connect(m_labJob, &BackgroundJob::finished, this, [this](bool ok, const QString &error) {
        statusBar()->showMessage(ok ? tr("Done.") : error, 15000);
        if (!ok)
            QMessageBox::warning(this, tr("Lab"), error);
        m_session->pollNow();
        updateActions();
    }, Qt::SingleShotConnection);
    updateActions();
}

void MainWindow::copyStatusJson()
{
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(topologyToJson(m_session->snapshot())).toJson()));
    statusBar()->showMessage(tr("Status copied as JSON (the same shape as pgversectl status --json)."), 5000);
}

void MainWindow::verifyAuditLog()
{
    // Reading and hashing the whole log is file work: off the GUI thread, the answer in a message box.
    auto result = std::make_shared<AuditLog::Verification>();
    auto path = std::make_shared<QString>();
    m_auditJob->disconnect(this);
    connect(m_auditJob, &BackgroundJob::finished, this, [this, result, path] {
        m_verifyAuditAction->setEnabled(true);
        if (result->intact)
            QMessageBox::information(this, tr("Audit log"), tr("The audit log %1 is intact: %n entries, chained and anchored.", nullptr, result->entries)
                                                                .arg(QDir::toNativeSeparators(*path)));
        else
            QMessageBox::warning(this, tr("Audit log"), tr("The audit log %1 has been tampered with or damaged: %2.")
                                                            .arg(QDir::toNativeSeparators(*path), result->problem));
    });
    m_verifyAuditAction->setEnabled(false);
    m_auditJob->start(tr("Verifying the audit log"), [result, path](const auto &, const auto *, QString *) {
        const AuditLog log;
        *path = log.filePath();
        *result = log.verify();
        return true;
    });
}

void MainWindow::copyLabEnvironment()
{
    QString error;
    const auto manifest = LabManifest::load(m_profileView->currentIndex().data(ProfileListModel::LabDirRole).toString(), &error);
    if (!manifest) {
        statusBar()->showMessage(error, 10000);
        return;
    }
    QApplication::clipboard()->setText(LabFiles::environmentScript(*manifest));
    statusBar()->showMessage(tr("Shell setup copied: paste it into a terminal, then run psql or pgbench."), 8000);
}

void MainWindow::showNodeMenu(const QString &node, const QPoint &globalPos)
{
    QMenu menu(this);
    const TopologyNode *target = m_session->snapshot().node(node);
    if (m_launcher->available() && target && !target->external) {
        if (target->role == NodeRole::Standby) {
            menu.addAction(tr("Switch over to %1…").arg(node), this, [this, node] { m_launcher->launch(ActionKind::Switchover, node); });
            menu.addAction(tr("Fail over to %1…").arg(node), this, [this, node] { m_launcher->launch(ActionKind::Failover, node); });
        }
        if (target->role == NodeRole::Down || target->role == NodeRole::Standby)
            menu.addAction(tr("Rejoin %1 as a standby…").arg(node), this, [this, node] { m_launcher->launch(ActionKind::Rejoin, node); });
        menu.addSeparator();
    }
    menu.addAction(tr("Copy details of %1").arg(node), m_detailsPane, &NodeDetailsPane::copyToClipboard);
    menu.addAction(m_refreshAction);
    menu.addAction(m_copyJsonAction);
    menu.exec(globalPos);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About PostgresVerse"),
                       tr("<b>PostgresVerse %1</b><br>A desktop console for PostgreSQL high-availability clusters: topology, "
                          "replication, plans, policies and safe actions in one window.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing: the writes still queued first, then the layout, in order (the window waits for them here once).
    m_settingsWork->run([geometry = saveGeometry(), state = saveState()] {
        saveUiSetting(u"ui/geometry"_s, geometry);
        saveUiSetting(u"ui/state"_s, state);
    });
    m_settingsWork->waitForFinished();
    m_labJob->cancel();
    m_session->close();
    event->accept();
}

} // namespace pgv
