// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainpane.h"

#include "statecolors.h"

#include "explain/sqltext.h"
#include "explainhistorymodel.h"
#include "sqlhighlighter.h"
#include "statementstatsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString seconds(double ms)
{
    return QLocale().toString(ms / 1000.0, 'f', ms < 10'000 ? 2 : 1);
}

QTableView *createTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ExplainPane::ExplainPane(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit)
    , m_nodes(new QComboBox)
    , m_database(new QComboBox)
    , m_analyze(new QCheckBox(tr("&ANALYZE")))
    , m_buffers(new QCheckBox(tr("&BUFFERS")))
    , m_verbose(new QCheckBox(tr("&VERBOSE")))
    , m_settings(new QCheckBox(tr("SE&TTINGS")))
    , m_wal(new QCheckBox(tr("&WAL")))
    , m_timing(new QCheckBox(tr("TI&MING")))
    , m_timeout(new QSpinBox)
    , m_run(new QPushButton(tr("&Run")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_status(new QLabel)
    , m_warning(new QLabel)
    , m_statementOrder(new QComboBox)
    , m_statementsStatus(new QLabel)
    , m_historyModel(new ExplainHistoryModel(this))
    , m_statementsModel(new StatementStatsModel(this))
    , m_elapsedTimer(new QTimer(this))
    , m_runClock(std::make_unique<QElapsedTimer>())
{
    m_editor->setObjectName(u"explainEditor"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("SELECT … — the statement to explain. Ctrl+Return runs it on the chosen node; "
                                    "it always runs in a transaction that is rolled back."));
    m_editor->setTabChangesFocus(true);
    // Three lines at least, so the Plans page's splitter can give the plan most of a small window.
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 3 + 2 * m_editor->frameWidth() + 8);
    new SqlHighlighter(m_editor->document());

    m_nodes->setToolTip(tr("The node EXPLAIN runs on. Standbys only explain reads."));
    m_nodes->setMinimumContentsLength(12);
    m_database->setObjectName(u"explainDatabase"_s);
    m_database->setEditable(true);
    m_database->setInsertPolicy(QComboBox::NoInsert);
    m_database->setMinimumContentsLength(10);
    m_database->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_database->setToolTip(tr("The database the statement runs in; empty: the one the cluster's connection names"));
    const ExplainOptions defaults;
    m_analyze->setChecked(defaults.analyze);
    m_buffers->setChecked(defaults.buffers);
    m_verbose->setChecked(defaults.verbose);
    m_settings->setChecked(defaults.settings);
    m_wal->setChecked(defaults.wal);
    m_timing->setChecked(defaults.timing);
    m_analyze->setToolTip(tr("Run the statement and report actual times and rows (in a transaction that is rolled back)."));
    m_timeout->setRange(0, 24 * 3600);
    m_timeout->setValue(60);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("no limit"));
    m_timeout->setToolTip(tr("statement_timeout for this run; Cancel stops it at any time."));

    m_run->setObjectName(u"explainRun"_s);
    m_run->setToolTip(tr("Run EXPLAIN (Ctrl+Return)"));
    m_run->setDefault(false);
    m_cancel->setObjectName(u"explainCancel"_s);
    m_cancel->setToolTip(tr("Cancel the running statement on the server (Esc)"));
    m_cancel->setEnabled(false);

    m_status->setObjectName(u"explainStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setObjectName(u"explainWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"color: %1;"_s.arg(statecolors::notice().name()));
    m_warning->hide();

    // Three rows: in fewer the runner is wider than the Plans page is in a 1024-pixel window, and it sets the whole
    // window's minimum width (tst_mainwindow checks the window stays 1024 wide).
    auto *options = new QHBoxLayout;
    for (QCheckBox *box : {m_analyze, m_buffers, m_verbose, m_settings, m_wal, m_timing})
        options->addWidget(box);
    options->addStretch();
    auto *where = new QHBoxLayout;
    where->addWidget(new QLabel(tr("Node:")));
    where->addWidget(m_nodes, 1);
    auto *databaseLabel = new QLabel(tr("&Database:"));
    databaseLabel->setBuddy(m_database);
    where->addWidget(databaseLabel);
    where->addWidget(m_database, 1);
    auto *target = new QHBoxLayout;
    target->addWidget(new QLabel(tr("Timeout:")));
    target->addWidget(m_timeout);
    target->addStretch();
    target->addWidget(m_run);
    target->addWidget(m_cancel);

    auto *statementTab = new QWidget;
    auto *statementLayout = new QVBoxLayout(statementTab);
    statementLayout->setContentsMargins(0, 0, 0, 0);
    statementLayout->addWidget(m_editor);
    statementLayout->addLayout(options);
    statementLayout->addLayout(where);
    statementLayout->addLayout(target);
    statementLayout->addWidget(m_warning);
    statementLayout->addWidget(m_status);

    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(statementTab, tr("&Statement"));
    tabs->addTab(createHistoryTab(), tr("&History"));
    tabs->addTab(createStatementsTab(), tr("&Top statements"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    connect(m_run, &QPushButton::clicked, this, &ExplainPane::requestRun);
    connect(m_cancel, &QPushButton::clicked, this, &ExplainPane::cancelRequested);
    auto *runShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    runShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(runShortcut, &QShortcut::activated, this, &ExplainPane::requestRun);
    auto *enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    enterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enterShortcut, &QShortcut::activated, this, &ExplainPane::requestRun);
    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, this, [this] {
        if (m_running)
            Q_EMIT cancelRequested();
    });

    connect(m_editor, &QPlainTextEdit::textChanged, this, &ExplainPane::updateWarnings);
    for (QCheckBox *box : {m_analyze, m_buffers, m_verbose, m_settings, m_wal, m_timing})
        connect(box, &QCheckBox::toggled, this, &ExplainPane::updateWarnings);
    connect(m_nodes, &QComboBox::currentIndexChanged, this, &ExplainPane::updateWarnings);
    m_elapsedTimer->setInterval(100);
    connect(m_elapsedTimer, &QTimer::timeout, this, &ExplainPane::updateElapsed);
    setNodes({});
}

ExplainPane::~ExplainPane() = default;

QWidget *ExplainPane::createHistoryTab()
{
    auto *tab = new QWidget;
    m_historyView = createTable(m_historyModel, tab);
    m_historyView->setObjectName(u"explainHistory"_s);
    m_historyView->setToolTip(tr("Double-click or Enter shows the run's plan; the statement goes back into the editor."));
    auto *show = new QPushButton(tr("Show &plan"));
    auto *reuse = new QPushButton(tr("&Edit statement"));
    const auto current = [this]() -> const ExplainHistoryEntry * {
        const QModelIndex index = m_historyView->currentIndex();
        return index.isValid() ? &m_historyModel->entry(index.row()) : nullptr;
    };
    const auto showPlan = [this, current] {
        if (const ExplainHistoryEntry *entry = current()) {
            setSql(entry->sql);
            Q_EMIT historyPlanRequested(*entry);
        }
    };
    connect(m_historyView, &QTableView::activated, this, showPlan);
    connect(show, &QPushButton::clicked, this, showPlan);
    connect(reuse, &QPushButton::clicked, this, [this, current] {
        if (const ExplainHistoryEntry *entry = current())
            setSql(entry->sql);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(reuse);
    buttons->addWidget(show);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_historyView);
    layout->addLayout(buttons);
    return tab;
}

QWidget *ExplainPane::createStatementsTab()
{
    auto *tab = new QWidget;
    auto *proxy = new QSortFilterProxyModel(tab);
    proxy->setSourceModel(m_statementsModel);
    proxy->setSortRole(StatementStatsModel::SortRole);
    m_statementsView = createTable(proxy, tab);
    m_statementsView->setObjectName(u"topStatements"_s);
    m_statementsView->setSortingEnabled(true);
    m_statementsView->setToolTip(tr("pg_stat_statements of the chosen node. Double-click puts a statement into the "
                                    "editor; replace its $1, $2… with values before running it."));
    m_statementOrder->addItem(tr("Total time"), int(StatementOrder::TotalTime));
    m_statementOrder->addItem(tr("Mean time"), int(StatementOrder::MeanTime));
    m_statementOrder->addItem(tr("Calls"), int(StatementOrder::Calls));
    m_statementOrder->addItem(tr("Rows"), int(StatementOrder::Rows));
    m_statementOrder->addItem(tr("Shared blocks"), int(StatementOrder::SharedBlocks));
    auto *refresh = new QPushButton(tr("Re&fresh"));
    refresh->setObjectName(u"refreshStatements"_s);
    const auto request = [this] {
        m_statementsStatus->setText(tr("Reading pg_stat_statements on %1…").arg(node()));
        Q_EMIT statementsRequested(node(), StatementOrder(m_statementOrder->currentData().toInt()));
    };
    // The list is sorted by the column the "Top 50 by" choice names, largest first (a sortable view starts out on
    // its first column, ascending: the statement text); sorting by another of those columns asks the server for
    // the top 50 by it.
    const auto columnOf = [](StatementOrder order) {
        switch (order) {
        case StatementOrder::TotalTime: return int(StatementStatsModel::TotalColumn);
        case StatementOrder::MeanTime: return int(StatementStatsModel::MeanColumn);
        case StatementOrder::Calls: return int(StatementStatsModel::CallsColumn);
        case StatementOrder::Rows: return int(StatementStatsModel::RowsColumn);
        case StatementOrder::SharedBlocks: return int(StatementStatsModel::BlocksColumn);
        }
        return int(StatementStatsModel::TotalColumn);
    };
    const auto sortByOrder = [this, columnOf] {
        m_statementsView->sortByColumn(columnOf(StatementOrder(m_statementOrder->currentData().toInt())), Qt::DescendingOrder);
    };
    sortByOrder();
    connect(refresh, &QPushButton::clicked, this, request);
    connect(m_statementOrder, &QComboBox::activated, this, [request, sortByOrder] {
        sortByOrder();
        request();
    });
    connect(m_statementsView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this, columnOf, request](int column, Qt::SortOrder) {
        for (int i = 0; i < m_statementOrder->count(); ++i) {
            if (columnOf(StatementOrder(m_statementOrder->itemData(i).toInt())) == column && i != m_statementOrder->currentIndex()) {
                m_statementOrder->setCurrentIndex(i);
                request();
                return;
            }
        }
    });
    connect(m_statementsView, &QTableView::activated, this, [this, proxy](const QModelIndex &index) {
        setSql(m_statementsModel->statement(proxy->mapToSource(index).row()).query);
    });
    m_statementsStatus->setWordWrap(true);
    m_statementsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Top 50 by:")));
    controls->addWidget(m_statementOrder);
    controls->addWidget(refresh);
    controls->addWidget(m_statementsStatus, 1);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_statementsView);
    return tab;
}

void ExplainPane::setNodes(const QList<std::pair<QString, QString>> &nodesAndRoles)
{
    const QString previous = node();
    m_nodes->clear();
    for (const auto &[name, role] : nodesAndRoles)
        m_nodes->addItem(role.isEmpty() ? name : tr("%1 (%2)").arg(name, role), name);
    const int keep = m_nodes->findData(previous);
    if (keep >= 0)
        m_nodes->setCurrentIndex(keep);
    m_nodes->setEnabled(!nodesAndRoles.isEmpty());
    updateWarnings();
}

void ExplainPane::prepareStatement(const QString &sql, const QString &node, const QString &database)
{
    setSql(sql);
    if (const int at = m_nodes->findData(node); at >= 0)
        m_nodes->setCurrentIndex(at);
    if (!database.isEmpty())
        m_database->setCurrentText(database);
    m_editor->setFocus();
}

void ExplainPane::setDatabases(const QStringList &names, const QString &current)
{
    // A new cluster's list: its own default database, not the one chosen on the cluster before.
    m_database->clear();
    m_database->addItems(names);
    m_database->setCurrentText(current);
}

QString ExplainPane::database() const
{
    return m_database->currentText().trimmed();
}

void ExplainPane::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateWarnings();
}

void ExplainPane::setRunning(bool running)
{
    m_running = running;
    m_cancel->setEnabled(running);
    if (running) {
        m_runClock->start();
        m_elapsedTimer->start();
        updateElapsed();
    } else {
        m_elapsedTimer->stop();
    }
    updateWarnings();
}

void ExplainPane::updateElapsed()
{
    if (m_running)
        m_status->setText(tr("Running on %1… %2 s").arg(node(), seconds(double(m_runClock->elapsed()))));
}

void ExplainPane::showOutcome(const ExplainOutcome &outcome)
{
    setRunning(false);
    QString text;
    switch (outcome.status) {
    case ExplainOutcome::Status::Ok:
    {
        // "127.0.0.1:5432/app": the server and the database it ran in.
        const QString where = outcome.database.isEmpty() ? outcome.server : outcome.server + u'/' + outcome.database;
        text = outcome.options.analyze ? tr("Ran on %1 (%2) in %3 s; rolled back.").arg(outcome.node, where, seconds(outcome.elapsedMs))
                                       : tr("Planned on %1 (%2) in %3 s.").arg(outcome.node, where, seconds(outcome.elapsedMs));
    }
        m_status->setStyleSheet({});
        break;
    case ExplainOutcome::Status::Cancelled:
        text = tr("Cancelled after %1 s; nothing was kept.").arg(seconds(outcome.elapsedMs));
        m_status->setStyleSheet({});
        break;
    case ExplainOutcome::Status::TimedOut:
        text = tr("Stopped by statement_timeout after %1 s. Raise the timeout or explain without ANALYZE.").arg(seconds(outcome.elapsedMs));
        m_status->setStyleSheet(u"color: %1;"_s.arg(statecolors::bad().name()));
        break;
    case ExplainOutcome::Status::Failed:
        text = outcome.error;
        m_status->setStyleSheet(u"color: %1;"_s.arg(statecolors::bad().name()));
        break;
    }
    m_status->setText(text);
}

void ExplainPane::showStatements(const StatementStatsResult &result)
{
    m_statementsModel->setStatements(result.statements);
    m_statementsView->resizeColumnsToContents();
    m_statementsView->setColumnWidth(StatementStatsModel::QueryColumn,
                                     qMin(m_statementsView->columnWidth(StatementStatsModel::QueryColumn), 480));
    m_statementsStatus->setText(result.error.isEmpty() ? tr("Statements shown: %1").arg(result.statements.size()) : result.error);
}

QString ExplainPane::sql() const
{
    return m_editor->toPlainText();
}

void ExplainPane::setSql(const QString &sql)
{
    m_editor->setPlainText(sql);
}

ExplainOptions ExplainPane::options() const
{
    ExplainOptions options;
    options.analyze = m_analyze->isChecked();
    options.buffers = m_buffers->isChecked();
    options.verbose = m_verbose->isChecked();
    options.settings = m_settings->isChecked();
    options.wal = m_wal->isChecked();
    options.timing = m_timing->isChecked();
    return options;
}

QString ExplainPane::node() const
{
    return m_nodes->currentData().toString();
}

int ExplainPane::statementTimeoutMs() const
{
    return m_timeout->value() * 1000;
}

QString ExplainPane::runProblem() const
{
    if (m_nodes->count() == 0)
        return tr("Open a cluster (or create a lab) to run EXPLAIN on one of its nodes.");
    const SqlTextFacts facts = inspectSql(sql());
    if (QString problem = explainProblem(options(), facts); !problem.isEmpty())
        return problem;
    if (m_readOnly && options().analyze && facts.modifiesData)
        return tr("This profile is read-only: it never runs a statement that writes, not even rolled back. "
                  "Turn ANALYZE off to see the plan without running it.");
    return {};
}

void ExplainPane::updateWarnings()
{
    const QString problem = runProblem();
    m_run->setEnabled(!m_running && problem.isEmpty());
    m_run->setToolTip(problem.isEmpty() ? tr("Run EXPLAIN (Ctrl+Return)") : problem);
    QString warning;
    if (!sql().trimmed().isEmpty() && !problem.isEmpty())
        warning = problem;
    else if (options().analyze && inspectSql(sql()).modifiesData)
        warning = tr("ANALYZE runs this statement for real, in a transaction that is rolled back: its locks are taken "
                     "and triggers fire, and sequences it advances stay advanced.");
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

void ExplainPane::requestRun()
{
    if (m_running || !runProblem().isEmpty() || (m_confirmation && m_confirmation->isVisible()))
        return;
    const SqlTextFacts facts = inspectSql(sql());
    if (!options().analyze || !facts.modifiesData) {
        emitRunRequest();
        return;
    }
    // ANALYZE executes the statement: say what that means and let the user decide before anything runs.
    m_confirmation = new QMessageBox(QMessageBox::Warning, tr("Run this %1 for real?").arg(facts.firstKeyword),
                                     tr("EXPLAIN ANALYZE executes the statement on %1 to measure it. It runs in a transaction that "
                                        "is rolled back, so its changes do not stay, but it takes its locks (other sessions may "
                                        "wait), fires triggers, and advances sequences for good.").arg(node()),
                                     QMessageBox::Cancel, this);
    m_confirmation->setInformativeText(tr("Turn ANALYZE off to see the plan without running the statement."));
    QPushButton *run = m_confirmation->addButton(tr("Run and roll back"), QMessageBox::AcceptRole);
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirmation, &QMessageBox::buttonClicked, this, [this, run](QAbstractButton *clicked) {
        if (clicked == run)
            emitRunRequest();
    });
    m_confirmation->open();
}

void ExplainPane::emitRunRequest()
{
    ExplainRequest request;
    request.node = node();
    request.sql = sql();
    request.options = options();
    request.statementTimeoutMs = statementTimeoutMs();
    request.database = database();
    request.allowWrites = !m_readOnly;
    Q_EMIT runRequested(request);
}

void ExplainPane::appendStatus(const QString &text)
{
    m_status->setText(m_status->text() + u' ' + text);
}

} // namespace pgv
