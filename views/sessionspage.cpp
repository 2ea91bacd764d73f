// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionspage.h"

#include "blockingtreemodel.h"
#include "core/units.h"
#include "resulttable.h"
#include "sessionlistmodel.h"
#include "sessionlockmodel.h"
#include "sqlhighlighter.h"
#include "vacuummodels.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int DefaultRefreshMs = 2000;

} // namespace

SessionsPage::SessionsPage(QWidget *parent)
    : ClusterPage(parent)
    , m_treeModel(new BlockingTreeModel(this))
    , m_listModel(new SessionListModel(this))
    , m_filter(new SessionFilterModel(this))
    , m_lockModel(new SessionLockModel(this))
    , m_horizonModel(new HorizonModel(this))
    , m_vacuumModel(new VacuumTableModel(this))
    , m_refreshTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
{
    setObjectName(u"sessionsPage"_s);
    m_filter->setSourceModel(m_listModel);
    createActions();

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_refresh);
    m_interval = new QSpinBox;
    m_interval->setObjectName(u"sessionsRefreshInterval"_s);
    m_interval->setRange(0, 60);
    m_interval->setSuffix(tr(" s"));
    m_interval->setPrefix(tr("every "));
    m_interval->setSpecialValueText(tr("no auto-refresh"));
    m_interval->setValue(DefaultRefreshMs / 1000);
    m_interval->setToolTip(tr("How often the sessions are read again while this page is shown (never while it is hidden)"));
    toolBar->addWidget(m_interval);
    toolBar->addSeparator();
    toolBar->addAction(m_cancel);
    toolBar->addAction(m_terminate);
    toolBar->addAction(m_terminateRoot);
    toolBar->addSeparator();
    toolBar->addAction(m_explain);
    toolBar->addAction(m_copy);

    m_status = new QLabel;
    m_status->setObjectName(u"sessionsStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(createTreePane());
    left->addWidget(createListPane());
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal);
    split->setObjectName(u"sessionsSplitter"_s);
    split->addWidget(left);
    split->addWidget(createDetailPane());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({600, 400}); // as proportions until the page is first laid out
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    m_refreshTimer->setInterval(DefaultRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &SessionsPage::refreshRequested);
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int seconds) { setRefreshIntervalMs(seconds * 1000); });
    // Ages count up between refreshes, once a second.
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, [this] {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_treeModel->tick(now);
        m_listModel->tick(now);
    });
    m_status->setText(tr("Open a cluster to see its sessions."));
    updateActions();
}

SessionsPage::~SessionsPage() = default;

QString SessionsPage::pageTitle() const
{
    return tr("&Sessions");
}

void SessionsPage::createActions()
{
    m_refresh = new QAction(tr("Re&fresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Read the sessions of every node again (F5)"));
    connect(m_refresh, &QAction::triggered, this, &SessionsPage::refreshRequested);
    m_cancel = new QAction(tr("&Cancel query…"), this);
    m_cancel->setToolTip(tr("pg_cancel_backend(): stop the selected session's query; the session stays connected"));
    connect(m_cancel, &QAction::triggered, this, [this] { requestSignal(SessionSignal::Kind::Cancel, false); });
    m_terminate = new QAction(tr("&Terminate session…"), this);
    m_terminate->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_terminate->setToolTip(tr("pg_terminate_backend(): end the selected session; its open transaction rolls back (Shift+Del)"));
    connect(m_terminate, &QAction::triggered, this, [this] { requestSignal(SessionSignal::Kind::Terminate, false); });
    m_terminateRoot = new QAction(tr("Terminate &root blocker…"), this);
    m_terminateRoot->setToolTip(tr("End the session at the root of the largest blocking tree of the selected session's node: the one whose end unblocks the most"));
    connect(m_terminateRoot, &QAction::triggered, this, [this] { requestSignal(SessionSignal::Kind::Terminate, true); });
    m_terminateLike = new QAction(tr("Terminate sessions &like this…"), this);
    m_terminateLike->setToolTip(tr("Every session of the node with the same state, user, database and application (asks for the cluster's name)"));
    connect(m_terminateLike, &QAction::triggered, this, [this] {
        const SessionInfo *session = currentInfo();
        if (!session)
            return;
        SessionSelection selection;
        selection.state = session->state;
        selection.user = session->user;
        selection.database = session->database;
        selection.application = session->application;
        Q_EMIT signalRequested(SessionSignal::Kind::Terminate, m_current.first, selection);
    });
    m_explain = new QAction(tr("&Explain in Plans"), this);
    m_explain->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_explain->setToolTip(tr("Put the selected session's query into the Plans page's runner, on its node and database (Ctrl+E)"));
    connect(m_explain, &QAction::triggered, this, [this] {
        if (const SessionInfo *session = currentInfo())
            Q_EMIT explainRequested(session->query, m_current.first, session->database);
    });
    m_copy = new QAction(tr("C&opy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setToolTip(tr("Copy the selected sessions (all shown when none is selected), the tree, or the pane in front, as text"));
    connect(m_copy, &QAction::triggered, this, &SessionsPage::copyShown);
    for (QAction *action : {m_refresh, m_cancel, m_terminate, m_terminateRoot, m_terminateLike, m_explain, m_copy}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
}

QWidget *SessionsPage::createTreePane()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_treeTitle = createCaption(tr("Blocking tree"));
    layout->addWidget(m_treeTitle);
    m_tree = new QTreeView;
    m_tree->setObjectName(u"blockingTree"_s);
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumHeight(50);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(BlockingTreeModel::SessionColumn, 140);
    m_tree->setColumnWidth(BlockingTreeModel::NodeColumn, 60);
    m_tree->setColumnWidth(BlockingTreeModel::BlocksColumn, 50);
    m_tree->setColumnWidth(BlockingTreeModel::WaitsForColumn, 230);
    m_tree->setColumnWidth(BlockingTreeModel::WaitingColumn, 70);
    layout->addWidget(m_tree);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_reshaping)
            setCurrent(current.data(BlockingTreeModel::NodeRole).toString(), current.data(BlockingTreeModel::PidRole).toInt());
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) { showSessionMenu(m_tree, at); });
    return pane;
}

QWidget *SessionsPage::createListPane()
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    // Two rows, so the page keeps to the width a 1024-pixel window leaves it beside both docks.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(createCaption(tr("Sessions")));
    m_search = new QLineEdit;
    m_search->setObjectName(u"sessionsSearch"_s);
    m_search->setPlaceholderText(tr("Search pid, user, database, application, client, query…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    m_showQuiet = new QCheckBox(tr("&Idle and background"));
    m_showQuiet->setToolTip(tr("Also list idle sessions, background processes (checkpointer, walsender…) and PostgresVerse's own "
                               "connections, unless they block someone: then they are always listed"));
    searchRow->addWidget(m_showQuiet);
    auto *filters = new QHBoxLayout;
    m_state = new QComboBox;
    m_state->setObjectName(u"sessionsStateFilter"_s);
    m_state->addItem(tr("Any state"), int(SessionFilterModel::State::Any));
    m_state->addItem(tr("Active"), int(SessionFilterModel::State::Active));
    m_state->addItem(tr("Idle in transaction"), int(SessionFilterModel::State::IdleInTransaction));
    m_state->addItem(tr("Waiting on a lock"), int(SessionFilterModel::State::WaitingOnLock));
    filters->addWidget(m_state);
    m_node = new QComboBox;
    m_node->setObjectName(u"sessionsNodeFilter"_s);
    m_node->addItem(tr("Every node"), QString());
    filters->addWidget(m_node);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_list = new QTableView;
    m_list->setObjectName(u"sessionList"_s);
    m_list->setModel(m_filter);
    m_list->setMinimumHeight(50);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(SessionListModel::TransactionAgeColumn, Qt::DescendingOrder);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_list->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths{{SessionListModel::NodeColumn, 60}, {SessionListModel::PidColumn, 60},
                                            {SessionListModel::StateColumn, 120}, {SessionListModel::WaitColumn, 170},
                                            {SessionListModel::TransactionAgeColumn, 80}, {SessionListModel::StateAgeColumn, 80}};
    for (const auto &[column, width] : widths)
        m_list->setColumnWidth(column, width);
    layout->addWidget(m_list);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) { reshape([&] { m_filter->setSearch(text); }); });
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { reshape([this] { m_filter->setState(SessionFilterModel::State(m_state->currentData().toInt())); }); });
    connect(m_node, &QComboBox::currentIndexChanged, this, [this] { reshape([this] { m_filter->setNode(m_node->currentData().toString()); }); });
    connect(m_showQuiet, &QCheckBox::toggled, this, [this](bool show) { reshape([&] { m_filter->setShowQuiet(show); }); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        // A refresh or a filter that takes the current row away moves "current" to a neighbour: that is not the
        // user choosing another session, and the details (and Terminate) must stay on the one chosen.
        if (current.isValid() && !m_reshaping)
            setCurrent(current.data(SessionListModel::NodeRole).toString(), current.data(SessionListModel::PidRole).toInt());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) { showSessionMenu(m_list, at); });
    return pane;
}

QWidget *SessionsPage::createDetailPane()
{
    m_details = new QTabWidget;
    m_details->setObjectName(u"sessionsDetails"_s);
    m_details->setMinimumWidth(200);

    auto *session = new QWidget;
    auto *sessionLayout = new QVBoxLayout(session);
    m_sessionHeader = new QLabel(tr("Select a session to see its whole query and its locks."));
    m_sessionHeader->setWordWrap(true);
    m_sessionHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sessionLayout->addWidget(m_sessionHeader);
    m_query = new QPlainTextEdit;
    m_query->setObjectName(u"sessionQuery"_s);
    m_query->setReadOnly(true);
    m_query->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new SqlHighlighter(m_query->document());
    // Small minimums, so that a long header over the query does not make the window taller than 700 pixels.
    m_query->setMinimumHeight(m_query->fontMetrics().lineSpacing() * 2 + 8);
    sessionLayout->addWidget(m_query, 3);
    sessionLayout->addWidget(createCaption(tr("Locks")));
    m_locks = createListTable(m_lockModel, -1, u"sessionLocks"_s); // waits first, as read
    m_locksNote = new QLabel;
    m_locksNote->setWordWrap(true);
    m_locksNote->hide();
    sessionLayout->addWidget(m_locksNote);
    m_locks->setMinimumHeight(50);
    sessionLayout->addWidget(m_locks, 2);
    m_details->addTab(session, tr("Session"));

    auto *horizon = new QWidget;
    auto *horizonLayout = new QVBoxLayout(horizon);
    m_horizonSummary = new QLabel(tr("Not read yet."));
    m_horizonSummary->setObjectName(u"horizonSummary"_s);
    m_horizonSummary->setWordWrap(true);
    m_horizonSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    horizonLayout->addWidget(m_horizonSummary);
    m_horizon = createListTable(m_horizonModel, HorizonModel::SortRole, u"horizonTable"_s);
    m_horizon->sortByColumn(HorizonModel::AgeXidsColumn, Qt::DescendingOrder);
    horizonLayout->addWidget(m_horizon);
    m_details->addTab(horizon, tr("Horizon"));

    auto *vacuum = new QWidget;
    auto *vacuumLayout = new QVBoxLayout(vacuum);
    m_vacuumSummary = new QLabel(tr("Not read yet."));
    m_vacuumSummary->setObjectName(u"vacuumSummary"_s);
    m_vacuumSummary->setWordWrap(true);
    m_vacuumSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    vacuumLayout->addWidget(m_vacuumSummary);
    m_vacuum = createListTable(m_vacuumModel, VacuumTableModel::SortRole, u"vacuumTable"_s);
    m_vacuum->sortByColumn(VacuumTableModel::DeadColumn, Qt::DescendingOrder);
    vacuumLayout->addWidget(m_vacuum);
    m_details->addTab(vacuum, tr("Vacuum"));
    return m_details;
}

void SessionsPage::reshape(const std::function<void()> &change)
{
    const bool outer = !m_reshaping;
    m_reshaping = true;
    change();
    if (outer)
        m_reshaping = false;
}

void SessionsPage::showSessionMenu(QAbstractItemView *view, const QPoint &at)
{
    QMenu menu;
    menu.addActions({m_cancel, m_terminate, m_terminateRoot, m_terminateLike});
    menu.addSeparator();
    menu.addActions({m_explain, m_copy});
    menu.exec(view->viewport()->mapToGlobal(at));
}

void SessionsPage::setClusterContext(const ClusterContext &context)
{
    ClusterPage::setClusterContext(context);
    m_nodes.clear();
    m_treeModel->setSessions({});
    m_listModel->setSessions({});
    m_horizonModel->setVacuum({});
    m_vacuumModel->setVacuum({});
    m_lockModel->clear();
    m_current = {QString(), 0};
    m_node->clear();
    m_node->addItem(tr("Every node"), QString());
    for (const QString &node : context.nodeNames())
        m_node->addItem(node, node);
    m_status->setText(context.isOpen() ? tr("Reading the sessions of %1…").arg(context.cluster()) : tr("Open a cluster to see its sessions."));
    m_horizonSummary->setText(tr("Not read yet."));
    m_vacuumSummary->setText(tr("Not read yet."));
    showCurrent();
    updateActions();
    if (context.isOpen() && m_active)
        Q_EMIT refreshRequested();
}

void SessionsPage::pageShown()
{
    if (clusterContext().isOpen())
        Q_EMIT refreshRequested();
}

QList<QKeySequence> SessionsPage::claimedShortcuts() const
{
    return {QKeySequence(QKeySequence::Refresh)};
}

void SessionsPage::showEvent(QShowEvent *event)
{
    ClusterPage::showEvent(event);
    if (m_active)
        return;
    m_active = true;
    if (refreshIntervalMs() > 0)
        m_refreshTimer->start();
    m_tickTimer->start();
    Q_EMIT activeChanged(true);
}

void SessionsPage::hideEvent(QHideEvent *event)
{
    ClusterPage::hideEvent(event);
    if (!m_active)
        return;
    m_active = false;
    m_refreshTimer->stop();
    m_tickTimer->stop();
    Q_EMIT activeChanged(false);
}

int SessionsPage::refreshIntervalMs() const
{
    return m_interval->value() * 1000;
}

void SessionsPage::setRefreshIntervalMs(int milliseconds)
{
    // Whole seconds, as the field shows them: the field and the timer never disagree.
    const int seconds = std::clamp((milliseconds + 500) / 1000, milliseconds > 0 ? 1 : 0, m_interval->maximum());
    if (m_interval->value() != seconds)
        m_interval->setValue(seconds); // comes back here through valueChanged with the same value
    m_refreshTimer->stop();
    if (seconds == 0)
        return;
    m_refreshTimer->setInterval(seconds * 1000);
    if (m_active)
        m_refreshTimer->start();
}

void SessionsPage::setLoading(bool loading)
{
    m_loading = loading;
    m_refresh->setEnabled(!loading && clusterContext().isOpen());
}

void SessionsPage::showSessions(const QList<NodeSessions> &nodes)
{
    m_nodes = nodes;
    const auto current = m_current;
    reshape([&] {
        m_treeModel->setSessions(nodes);
        m_tree->expandAll();
        m_listModel->setSessions(nodes);
    });
    int sessions = 0;
    QStringList errors;
    QDateTime readAt;
    for (const NodeSessions &node : nodes) {
        if (!node.error.isEmpty()) {
            errors << node.error;
            continue;
        }
        // PostgresVerse's own connections (this read among them) are not what anyone asks about.
        sessions += int(std::count_if(node.sessions.cbegin(), node.sessions.cend(), [](const SessionInfo &session) {
            return session.backendType == u"client backend" && !session.application.startsWith(u"pgverse");
        }));
        readAt = std::max(readAt, node.readAt);
    }
    const int waiting = m_treeModel->waitingCount();
    m_treeTitle->setText(waiting == 0 ? tr("Blocking tree — no session waits for a lock")
                                      : tr("Blocking tree — %n session(s) waiting", nullptr, waiting));
    QString status = readAt.isValid() ? tr("Read at %1: %n client session(s)", nullptr, sessions).arg(readAt.toLocalTime().toString(u"HH:mm:ss"_s))
                                      : tr("No node could be read.");
    if (!errors.isEmpty())
        status += u"\n"_s + errors.join(u'\n');
    m_status->setText(status);
    // The tree was rebuilt: the session shown stays selected there if it still waits or blocks.
    if (!current.first.isEmpty()) {
        const QModelIndex inTree = m_treeModel->indexOf(current.first, current.second);
        if (inTree.isValid() && m_tree->hasFocus())
            m_tree->setCurrentIndex(inTree);
    }
    showCurrent();
    updateActions();
    Q_EMIT sessionsShown();
}

void SessionsPage::showVacuum(const QList<NodeVacuum> &nodes)
{
    m_horizonModel->setVacuum(nodes);
    m_vacuumModel->setVacuum(nodes);
    m_horizon->resizeColumnsToContents();
    m_vacuum->resizeColumnsToContents();
    QStringList horizon{m_horizonModel->clusterSummary()};
    QStringList vacuum;
    for (const NodeVacuum &node : nodes) {
        if (!node.error.isEmpty()) {
            horizon << node.error;
            vacuum << node.error;
            continue;
        }
        for (const DatabaseAge &database : node.databases) {
            if (node.freezeMaxAge > 0 && database.xidAge * 2 >= node.freezeMaxAge)
                vacuum << tr("%1: database %2 is %3 transactions old, %4 % of autovacuum_freeze_max_age: a vacuum to prevent wraparound %5.")
                              .arg(node.node, database.database, QLocale().toString(database.xidAge),
                                   QString::number(100.0 * double(database.xidAge) / double(node.freezeMaxAge), 'f', 0),
                                   database.xidAge > node.freezeMaxAge ? tr("is due") : tr("comes"));
        }
        for (const RunningVacuum &running : node.running) {
            const QString progress = running.heapBlocksTotal && *running.heapBlocksTotal > 0 && running.heapBlocksScanned
                                         ? tr(", %1 % scanned").arg(100 * *running.heapBlocksScanned / *running.heapBlocksTotal)
                                         : QString();
            const QString why = running.autovacuum ? (running.toPreventWraparound ? tr(", autovacuum to prevent wraparound") : tr(", autovacuum")) : QString();
            vacuum << tr("%1: pid %2 vacuums %4 in %3 (%5%6)%7")
                          .arg(node.node, QString::number(running.pid), running.database, running.table, running.phase, progress, why);
        }
        for (const QueryConflicts &conflicts : node.conflicts)
            vacuum << tr("%1: %n query(ies) on database %2 cancelled to replay WAL (lock %3, snapshot %4, buffer pin %5, deadlock %6).", nullptr, int(conflicts.total()))
                          .arg(node.node, conflicts.database, QString::number(conflicts.lock), QString::number(conflicts.snapshot),
                               QString::number(conflicts.bufferpin), QString::number(conflicts.deadlock));
        for (const QString &warning : node.warnings)
            vacuum << node.node + u": "_s + warning;
    }
    if (vacuum.isEmpty())
        vacuum << tr("No vacuum runs now, no database nears wraparound, no standby cancelled a query to replay WAL.");
    m_horizonSummary->setText(horizon.join(u'\n'));
    m_vacuumSummary->setText(vacuum.join(u'\n'));
    Q_EMIT vacuumShown();
}

void SessionsPage::showLocks(const SessionLocks &locks)
{
    if (locks.node != m_current.first || locks.pid != m_current.second)
        return; // an answer for a session no longer shown
    m_lockModel->setLocks(locks);
    m_locks->resizeColumnsToContents();
    const QString note = !locks.error.isEmpty() ? locks.error
                         : locks.truncated     ? tr("It holds more than the %n locks listed.", nullptr, int(locks.locks.size()))
                                               : QString();
    m_locksNote->setText(note);
    m_locksNote->setVisible(!note.isEmpty());
}

bool SessionsPage::selectSession(const QString &node, int pid)
{
    const int row = m_listModel->rowOf(node, pid);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_filter->mapFromSource(m_listModel->index(row, 0));
    if (shown.isValid()) {
        m_list->setCurrentIndex(shown);
        return true;
    }
    const QModelIndex inTree = m_treeModel->indexOf(node, pid);
    if (inTree.isValid()) {
        m_tree->setCurrentIndex(inTree);
        return true;
    }
    return false;
}

void SessionsPage::setCurrent(const QString &node, int pid)
{
    const bool changed = m_current != std::pair{node, pid};
    m_current = {node, pid};
    showCurrent();
    updateActions();
    if (changed) {
        m_lockModel->clear();
        m_locksNote->hide();
        if (pid > 0)
            Q_EMIT locksRequested(node, pid);
    }
}

const SessionInfo *SessionsPage::currentInfo() const
{
    for (const NodeSessions &node : m_nodes) {
        if (node.node == m_current.first)
            return node.session(m_current.second);
    }
    return nullptr;
}

void SessionsPage::showCurrent()
{
    const SessionInfo *session = currentInfo();
    if (!session) {
        m_query->setPlainText(QString());
        m_sessionHeader->setText(m_current.second > 0 ? tr("pid %1 on %2 has ended.").arg(m_current.second).arg(m_current.first)
                                                      : (m_current.first.isEmpty() ? tr("Select a session to see its whole query and its locks.")
                                                                                   : tr("A prepared transaction: it has no session. COMMIT PREPARED or ROLLBACK PREPARED ends it.")));
        return;
    }
    QStringList about;
    about << tr("pid %1 on %2").arg(session->pid).arg(m_current.first);
    if (!session->application.isEmpty())
        about << session->application;
    about << session->user + u'@' + session->database;
    if (!session->state.isEmpty())
        about << (session->stateAgeSeconds ? tr("%1 for %2").arg(session->state, formatSeconds(*session->stateAgeSeconds)) : session->state);
    if (session->xactAgeSeconds)
        about << tr("transaction open %1").arg(formatSeconds(*session->xactAgeSeconds));
    if (session->isWaitingOnLock()) {
        QStringList blockers;
        for (int pid : session->blockedBy)
            blockers << (pid == 0 ? tr("a prepared transaction") : QString::number(pid));
        about << tr("waits for %1, held by %2").arg(session->lock ? session->lock->describe() : tr("a lock"), blockers.join(u", "_s));
    }
    m_sessionHeader->setText(about.join(u" · "_s));
    // Keep the cursor and selection when the text did not change (a refresh of the same query).
    if (m_query->toPlainText() != session->query)
        m_query->setPlainText(session->query);
}

void SessionsPage::updateActions()
{
    const bool open = clusterContext().isOpen();
    const bool readOnly = clusterContext().readOnly();
    const SessionInfo *session = currentInfo();
    const QString why = !open ? tr("Open a cluster first.")
                        : readOnly ? tr("Profile %1 is read-only: it never cancels or terminates sessions.").arg(clusterContext().cluster())
                                   : QString();
    m_refresh->setEnabled(open && !m_loading);
    m_cancel->setEnabled(why.isEmpty() && session && session->state == u"active");
    m_terminate->setEnabled(why.isEmpty() && session);
    m_terminateLike->setEnabled(why.isEmpty() && session && !session->state.isEmpty());
    m_terminateRoot->setEnabled(why.isEmpty() && !m_current.first.isEmpty() && m_treeModel->rowCount() > 0);
    m_explain->setEnabled(session && !session->query.trimmed().isEmpty());
    for (QAction *action : {m_cancel, m_terminate, m_terminateRoot, m_terminateLike})
        action->setStatusTip(why);
}

void SessionsPage::requestSignal(SessionSignal::Kind kind, bool rootBlocker)
{
    if (m_current.first.isEmpty())
        return;
    SessionSelection selection;
    if (rootBlocker)
        selection.rootBlocker = true;
    else if (m_current.second > 0)
        selection.pids << m_current.second;
    else
        return;
    Q_EMIT signalRequested(kind, m_current.first, selection);
}

void SessionsPage::copyShown()
{
    QString text;
    if (m_tree->hasFocus()) {
        text = m_treeModel->toText();
    } else if (m_query->hasFocus() && m_query->textCursor().hasSelection()) {
        text = m_query->textCursor().selectedText().replace(QChar::ParagraphSeparator, u'\n');
    } else if (!m_list->hasFocus() && m_details->currentIndex() == 1) {
        text = m_horizonModel->toText();
    } else if (!m_list->hasFocus() && m_details->currentIndex() == 2) {
        text = m_vacuumSummary->text() + u"\n\n"_s + m_vacuumModel->toText();
    } else if (!m_list->hasFocus() && (m_query->hasFocus() || m_locks->hasFocus()) && currentInfo()) {
        text = m_sessionHeader->text() + u"\n\n"_s + currentInfo()->query + u'\n';
    } else {
        // The selected sessions, else every one the filters show.
        QList<int> rows;
        for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
            rows << m_filter->mapToSource(index).row();
        if (rows.isEmpty()) {
            for (int row = 0; row < m_filter->rowCount(); ++row)
                rows << m_filter->mapToSource(m_filter->index(row, 0)).row();
        }
        text = m_listModel->toText(rows);
    }
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(tr("Copied %n line(s).", nullptr, int(text.count(u'\n'))), 4000);
}

} // namespace pgv
