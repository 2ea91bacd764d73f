// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlspage.h"

#include "profiles/profile.h"
#include "rlslintspane.h"
#include "rlsmodels.h"
#include "rlspolicyform.h"
#include "sqlhighlighter.h"
#include "statecolors.h"
#include "rlstesterpanel.h"
#include "topology/topology.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QTableView *listView()
{
    auto *view = new QTableView;
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QWidget *column(QWidget *main, QLayout *buttons)
{
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(main, 1);
    layout->addLayout(buttons);
    return widget;
}

/// Columns as wide as their contents, but none so wide that the others scroll out of sight.
void fitColumns(QTableView *view, int maxWidth)
{
    view->resizeColumnsToContents();
    for (int column = 0; column < view->model()->columnCount(); ++column)
        view->setColumnWidth(column, std::min(view->columnWidth(column), maxWidth));
}

QString coloured(const QColor &colour, const QString &text)
{
    return statecolors::colouredHtml(colour, text.toHtmlEscaped());
}

} // namespace

RlsPage::RlsPage(RlsWorkbench *workbench, QWidget *parent)
    : ClusterPage(parent)
    , m_workbench(workbench)
    , m_tables(new RlsTableModel(this))
    , m_policies(new RlsPolicyModel(this))
    , m_lints(new RlsLintModel(this))
{
    setObjectName(u"RlsPage"_s);
    m_databaseEdit = new QLineEdit;
    m_databaseEdit->setPlaceholderText(tr("the profile's database"));
    m_databaseEdit->setMaximumWidth(220);
    m_reload = new QPushButton(tr("&Reload"));
    m_status = new QLabel;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long status must not widen the page
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Database")));
    top->addWidget(m_databaseEdit);
    top->addWidget(m_reload);
    top->addWidget(m_status, 1);

    m_tableView = listView();
    m_tableView->setModel(m_tables);
    m_enable = new QToolButton;
    m_enable->setText(tr("Enable"));
    m_disable = new QToolButton;
    m_disable->setText(tr("Disable"));
    m_force = new QToolButton;
    m_force->setText(tr("Force"));
    m_noForce = new QToolButton;
    m_noForce->setText(tr("No force"));
    m_force->setToolTip(tr("FORCE ROW LEVEL SECURITY: the table's owner is subject to the policies too"));
    m_enable->setToolTip(tr("ENABLE ROW LEVEL SECURITY on the chosen table"));
    m_disable->setToolTip(tr("DISABLE ROW LEVEL SECURITY on the chosen table: its policies stop applying"));
    m_noForce->setToolTip(tr("NO FORCE ROW LEVEL SECURITY: the table's owner bypasses the policies again"));
    // Enable/disable above force/no force: two short rows keep the lists' column narrow in every language.
    auto *securityRow = new QGridLayout;
    securityRow->addWidget(m_enable, 0, 0);
    securityRow->addWidget(m_disable, 0, 1);
    securityRow->addWidget(m_force, 1, 0);
    securityRow->addWidget(m_noForce, 1, 1);
    securityRow->setColumnStretch(2, 1);

    m_policyView = listView();
    m_policyView->setModel(m_policies);
    m_new = new QToolButton;
    m_new->setText(tr("&New"));
    m_rename = new QToolButton;
    m_rename->setText(tr("Re&name…"));
    m_drop = new QToolButton;
    m_drop->setText(tr("&Drop"));
    auto *policyRow = new QHBoxLayout;
    for (QToolButton *button : {m_new, m_rename, m_drop})
        policyRow->addWidget(button);
    policyRow->addStretch();

    m_form = new RlsPolicyForm;
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(u"ddlPreview"_s);
    m_preview->setReadOnly(true);
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_preview->setFont(mono);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 3 + 12);
    new SqlHighlighter(m_preview->document());
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_validate = new QPushButton(tr("&Validate"));
    m_validate->setToolTip(tr("Run the DDL in a transaction that is rolled back"));
    m_apply = new QPushButton(tr("&Apply"));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_result, 1);
    runRow->addWidget(m_validate);
    runRow->addWidget(m_apply);
    auto *editor = new QWidget;
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_form);
    auto *previewLabel = new QLabel(tr("DDL that Validate and Apply run, in one transaction:"));
    previewLabel->setWordWrap(true);
    editorLayout->addWidget(previewLabel);
    editorLayout->addWidget(m_preview, 1);
    editorLayout->addLayout(runRow);

    // Tables above their policies on the left; on the right the policy editor, the lints and the tester share one
    // set of tabs, so the page fits the window at 1024x700 with its docks open and needs no scrolling of its own.
    auto *lists = new QSplitter(Qt::Vertical);
    lists->addWidget(column(m_tableView, securityRow));
    lists->addWidget(column(m_policyView, policyRow));

    m_lintsPane = new RlsLintsPane;
    m_lintsPane->setModel(m_lints);
    m_tester = new RlsTesterPanel(m_workbench);
    m_tabs = new QTabWidget;
    m_tabs->addTab(editor, tr("&Policy"));
    m_tabs->addTab(m_lintsPane, tr("Lints"));
    m_tabs->addTab(m_tester, tr("View as"));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(lists);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_reload, &QPushButton::clicked, this, &RlsPage::reload);
    connect(m_databaseEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_databaseEdit->text().trimmed() != m_database)
            setDatabase(m_databaseEdit->text().trimmed());
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showTable(m_tables->tableAt(current.row())); });
    connect(m_policyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            m_form->editPolicy(m_policies->policies().at(current.row()));
        updateButtons();
    });
    connect(m_enable, &QToolButton::clicked, this, [this] { proposeRowSecurity(RowSecurityChange::Enable); });
    connect(m_disable, &QToolButton::clicked, this, [this] { proposeRowSecurity(RowSecurityChange::Disable); });
    connect(m_force, &QToolButton::clicked, this, [this] { proposeRowSecurity(RowSecurityChange::Force); });
    connect(m_noForce, &QToolButton::clicked, this, [this] { proposeRowSecurity(RowSecurityChange::NoForce); });
    connect(m_new, &QToolButton::clicked, this, [this] {
        m_policyView->clearSelection();
        m_policyView->setCurrentIndex({});
        m_form->newPolicy();
    });
    connect(m_rename, &QToolButton::clicked, this, [this] {
        const auto policy = currentPolicy();
        if (!policy)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename policy"), tr("New name of %1:").arg(policy->name), QLineEdit::Normal,
                                                   policy->name, &ok);
        if (ok)
            proposeRename(name);
    });
    connect(m_drop, &QToolButton::clicked, this, &RlsPage::proposeDrop);
    connect(m_validate, &QPushButton::clicked, this, &RlsPage::validate);
    connect(m_apply, &QPushButton::clicked, this, &RlsPage::apply);
    connect(m_form, &RlsPolicyForm::changed, this, &RlsPage::formChanged);
    connect(m_lintsPane, &RlsLintsPane::tableActivated, this, &RlsPage::selectTable);

    connect(m_workbench, &RlsWorkbench::catalogLoaded, this, [this](qint64 loadMs, qint64 lintMs) {
        m_sinceCatalogRead.start();
        showCatalog();
        const RlsTarget &target = m_workbench->target();
        m_status->setText(tr("%1 on %2 (%3) · PostgreSQL %4 · read in %5 ms, linted in %6 ms%7")
                              .arg(target.database(), target.node, target.cluster, m_workbench->catalog().serverVersion)
                              .arg(loadMs)
                              .arg(lintMs)
                              .arg(target.readOnly ? tr(" · read-only profile") : QString()));
    });
    connect(m_workbench, &RlsWorkbench::catalogFailed, this, [this](const QString &error) {
        m_status->setText(coloured(statecolors::bad(), tr("Cannot read the catalogue: %1").arg(error)));
    });
    connect(m_workbench, &RlsWorkbench::ddlFinished, this, [this](int request, const DdlOutcome &outcome, bool applied) {
        if (request == m_ddlRequest)
            showOutcome(outcome, applied);
    });
    connect(m_workbench, &RlsWorkbench::busyChanged, this, &RlsPage::updateButtons);
    m_status->setText(tr("Open a cluster: the page works on its primary."));
    updateButtons();
}

QString RlsPage::pageTitle() const
{
    return tr("Row-level &security");
}

void RlsPage::setClusterContext(const ClusterContext &context)
{
    ClusterPage::setClusterContext(context);
    if (!context.isOpen()) // the window closed its cluster
        retarget(std::nullopt, tr("Open a cluster: the page works on its primary."));
    // Otherwise the next snapshot says which node is the primary.
}

void RlsPage::setSnapshot(const SnapshotPtr &snapshot)
{
    const ClusterContext &context = clusterContext();
    if (!context.isOpen() || !snapshot)
        return;
    const Profile &profile = context.profile;
    QString error;
    const auto target = rlsTargetFor(profile, *snapshot, context.password, m_database, &error);
    if (!target && m_workbench->hasTarget() && m_workbench->target().cluster == profile.name)
        return; // the primary is briefly gone (a poll failed, a switchover runs): keep working on what was there
    retarget(target, error);
}

void RlsPage::retarget(const std::optional<RlsTarget> &target, const QString &error)
{
    if (!target) {
        m_clusterKey.clear();
        m_workbench->setTarget({});
        m_status->setText(error);
        showCatalog();
        return;
    }
    const QString key = QStringList{target->cluster, target->node, target->connInfo.value(u"host"), target->connInfo.value(u"port"),
                                    target->database(), target->password, target->readOnly ? u"ro"_s : u"rw"_s}
                            .join(QChar(0));
    if (key == m_clusterKey)
        return;
    m_clusterKey = key;
    m_workbench->setTarget(*target);
    showCatalog();
    m_status->setText(tr("Reading %1 on %2…").arg(target->database(), target->node));
    m_workbench->reload();
}

void RlsPage::pageShown()
{
    ClusterPage::pageShown();
    if (m_workbench->hasTarget() && !m_change && m_sinceCatalogRead.isValid() && m_sinceCatalogRead.elapsed() > 5000)
        reload();
}

void RlsPage::setDatabase(const QString &name)
{
    m_database = name;
    m_databaseEdit->setText(name);
    if (!m_workbench->hasTarget())
        return;
    RlsTarget target = m_workbench->target();
    if (name.isEmpty())
        target.connInfo.remove(u"dbname");
    else
        target.connInfo.set(u"dbname"_s, name);
    retarget(target, {});
}

void RlsPage::reload()
{
    if (m_workbench->reload() == 0)
        m_status->setText(tr("No primary to read from."));
}

void RlsPage::showCatalog()
{
    // "Applied and committed" stays on screen while the catalogue read after it refills the lists and the form.
    const QScopedValueRollback showing(m_showingCatalog, true);
    const RlsCatalog &catalog = m_workbench->catalog();
    const RlsTableRef previous = m_shownTable;
    m_tables->setCatalog(catalog, m_workbench->lints());
    m_lints->setLints(m_workbench->lints());
    m_tester->setCatalog(catalog);
    const int problems = m_lints->problemCount();
    m_tabs->setTabText(m_tabs->indexOf(m_lintsPane), problems > 0 ? tr("Lints (%1)").arg(problems) : tr("Lints"));
    int row = m_tables->rowOf(previous);
    if (row < 0)
        row = m_tables->worstRow();
    for (int i = 0; row < 0 && i < catalog.tables.size(); ++i) {
        if (catalog.tables[i].rlsEnabled || !catalog.policiesOf(catalog.tables[i].ref).isEmpty())
            row = i;
    }
    if (row < 0 && m_tables->rowCount() > 0)
        row = 0;
    m_shownTable = {};
    fitColumns(m_tableView, 220);
    if (row >= 0)
        m_tableView->selectRow(row);
    showTable(m_tables->tableAt(row));
    if (m_workbench->hasCatalog())
        Q_EMIT catalogShown();
}

void RlsPage::selectTable(const RlsTableRef &table)
{
    const int row = m_tables->rowOf(table);
    if (row >= 0)
        m_tableView->selectRow(row);
}

void RlsPage::showTable(const RlsTableRef &table)
{
    if (table == m_shownTable && table.isValid())
        return;
    m_shownTable = table;
    const RlsCatalog &catalog = m_workbench->catalog();
    m_policies->setPolicies(catalog.policiesOf(table));
    fitColumns(m_policyView, 260);
    m_form->setContext(catalog, table);
    m_tester->setSelectedTable(table);
    if (!m_selectAfterReload.isEmpty()) {
        const int row = m_policies->rowOf(m_selectAfterReload);
        m_selectAfterReload.clear();
        if (row >= 0)
            m_policyView->selectRow(row);
    }
    updateButtons();
}

std::optional<RlsPolicy> RlsPage::currentPolicy() const
{
    const QModelIndex current = m_policyView->currentIndex();
    if (!current.isValid() || current.row() >= m_policies->policies().size())
        return std::nullopt;
    return m_policies->policies().at(current.row());
}

void RlsPage::formChanged()
{
    if (!m_form->isEnabled() || !m_shownTable.isValid()) {
        setChange(std::nullopt);
        return;
    }
    RlsChange change;
    change.table = m_shownTable;
    if (m_form->isEditing()) {
        change.kind = RlsChange::Kind::AlterPolicy;
        change.original = m_form->original();
        change.policies = {m_form->definition()};
    } else {
        const PolicyDefinition typed = m_form->definition();
        if (typed.name.isEmpty() && typed.usingExpression.trimmed().isEmpty() && typed.checkExpression.trimmed().isEmpty()) {
            setChange(std::nullopt); // a blank form is not a change yet
            return;
        }
        change.kind = RlsChange::Kind::CreatePolicies;
        change.policies = m_form->definitions();
        change.alsoEnableRowSecurity = m_form->alsoEnableRowSecurity();
    }
    setChange(change);
}

void RlsPage::proposeRowSecurity(RowSecurityChange what)
{
    RlsChange change;
    change.kind = RlsChange::Kind::SetRowSecurity;
    change.table = m_shownTable;
    change.rowSecurity = what;
    setChange(change);
}

void RlsPage::proposeDrop()
{
    const auto policy = currentPolicy();
    if (!policy)
        return;
    RlsChange change;
    change.kind = RlsChange::Kind::DropPolicy;
    change.table = policy->table;
    change.original = PolicyDefinition::fromPolicy(*policy);
    setChange(change);
}

void RlsPage::proposeRename(const QString &newName)
{
    const auto policy = currentPolicy();
    if (!policy)
        return;
    RlsChange change;
    change.kind = RlsChange::Kind::RenamePolicy;
    change.table = policy->table;
    change.original = PolicyDefinition::fromPolicy(*policy);
    change.newName = newName;
    setChange(change);
}

void RlsPage::setChange(const std::optional<RlsChange> &change)
{
    m_change = change;
    m_ddlValid = false;
    if (!m_showingCatalog)
        m_result->clear();
    if (!change) {
        m_preview->clear();
        updateButtons();
        return;
    }
    // A proposed change shows its DDL and its Validate and Apply on the policy tab, whichever tab asked for it.
    if (!m_showingCatalog)
        m_tabs->setCurrentIndex(0);
    // The preview quotes offline; the same text comes out of libpq's quoting when it runs (tst_rlsddl checks it).
    QString error;
    const auto statements = buildDdl(*change, SqlQuoter::standard(), &error);
    if (statements) {
        m_ddlValid = true;
        m_preview->setPlainText(ddlScript(*statements));
    } else {
        m_preview->setPlainText(u"-- "_s + error.split(u'\n').join(u"\n-- "_s));
    }
    updateButtons();
}

void RlsPage::updateButtons()
{
    const bool busy = m_workbench->pendingRequests() > 0;
    const bool table = m_shownTable.isValid() && m_workbench->hasCatalog();
    const RlsTable *shown = table ? m_workbench->catalog().table(m_shownTable) : nullptr;
    m_enable->setEnabled(shown && !shown->rlsEnabled);
    m_disable->setEnabled(shown && shown->rlsEnabled);
    m_force->setEnabled(shown && !shown->rlsForced);
    m_noForce->setEnabled(shown && shown->rlsForced);
    const bool policy = currentPolicy().has_value();
    m_new->setEnabled(table);
    m_rename->setEnabled(policy);
    m_drop->setEnabled(policy);
    m_reload->setEnabled(m_workbench->hasTarget());
    const bool runnable = m_change && m_ddlValid && m_workbench->hasTarget() && !busy;
    m_validate->setEnabled(runnable);
    QString why;
    const bool canApply = m_workbench->canApply(&why);
    m_apply->setEnabled(runnable && canApply);
    m_apply->setToolTip(canApply ? tr("Run the DDL in one transaction (lock_timeout %1 ms) and record it in the audit log")
                                       .arg(m_workbench->target().lockTimeoutMs)
                                 : why);
}

void RlsPage::validate()
{
    if (m_change && m_ddlValid) {
        m_ddlRequest = m_workbench->validate(*m_change);
        m_result->setText(tr("Validating…"));
        updateButtons();
    }
}

void RlsPage::apply()
{
    if (m_change && m_ddlValid && m_workbench->canApply()) {
        m_ddlRequest = m_workbench->apply(*m_change);
        m_result->setText(tr("Applying…"));
        updateButtons();
    }
}

void RlsPage::showOutcome(const DdlOutcome &outcome, bool applied)
{
    if (outcome.succeeded()) {
        if (applied) {
            if (m_change && !m_change->policies.isEmpty())
                m_selectAfterReload = m_change->policies.first().name;
            else if (m_change && m_change->kind == RlsChange::Kind::RenamePolicy)
                m_selectAfterReload = m_change->newName;
            setChange(std::nullopt); // what it describes is now the catalogue itself
            m_workbench->reload();
        }
        m_result->setText(coloured(statecolors::good(), applied ? tr("Applied and committed in %1 ms.").arg(outcome.elapsedMs)
                                                         : tr("Valid: the server accepts it (rolled back, nothing changed).")));
    } else {
        QString message = outcome.message;
        if (!outcome.sqlState.isEmpty())
            message += u" ("_s + outcome.sqlState + u')';
        m_result->setText(coloured(statecolors::bad(), outcome.result == DdlOutcome::Result::Refused ? message
                                                                                      : tr("Failed, nothing changed: %1").arg(message)));
        m_form->markError(outcome.part, outcome.expressionOffset, outcome.part == ExpressionPart::None ? QString() : outcome.message);
    }
    Q_EMIT ddlShown(outcome, applied);
}

QString RlsPage::previewText() const
{
    return m_preview->toPlainText();
}

QString RlsPage::resultText() const
{
    return m_result->text();
}

} // namespace pgv
