// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpage.h"

#include "statecolors.h"

#include "core/backgroundjob.h"
#include "explainhistorymodel.h"
#include "explainpane.h"
#include "plancomparedialog.h"
#include "plandocument.h"
#include "planviewer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Far beyond any real plan (a 7,500-node plan is 8 MB); a bigger file is more likely a log or a dump.
constexpr qint64 MaxPlanFileBytes = 512LL * 1024 * 1024;

QString planFileFilter()
{
    return QCoreApplication::translate("pgv::PlanPage", "Plans (*.json *.txt *.plan *.sql);;All files (*)");
}

/// Why \a path cannot be loaded, from what the file system says of it (no reading: that happens on the worker).
QString fileProblem(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isFile() || !file.isReadable())
        return QCoreApplication::translate("pgv::PlanPage", "Cannot open %1: %2.")
            .arg(QDir::toNativeSeparators(path), file.exists() ? QCoreApplication::translate("pgv::PlanPage", "not a readable file")
                                                               : QCoreApplication::translate("pgv::PlanPage", "no such file"));
    if (file.size() > MaxPlanFileBytes)
        return QCoreApplication::translate("pgv::PlanPage", "%1 is %2: larger than any plan. Choose the file that holds EXPLAIN's output.")
            .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(file.size()));
    return {};
}

} // namespace

PlanPage::PlanPage(QWidget *parent)
    : ClusterPage(parent)
    , m_loader(new PlanLoader(this))
    , m_compareLoader(new PlanLoader(this))
    , m_saveJob(new BackgroundJob(this))
    , m_toolBar(new QToolBar)
    , m_filter(new QLineEdit)
    , m_error(new QLabel)
    , m_summary(new QLabel)
    , m_stack(new QStackedWidget)
    , m_viewer(new PlanViewer)
    , m_explain(new ExplainPane)
    , m_split(new QSplitter(Qt::Vertical))
{
    setAcceptDrops(true);
    m_filter->setObjectName(u"planFilter"_s);
    m_filter->setPlaceholderText(tr("Find nodes (Ctrl+F): Seq Scan, orders, idx_…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_viewer, &PlanViewer::setFilterText);

    m_error->setObjectName(u"planError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"QLabel { background: %1; color: %2; padding: 6px; border-radius: 3px; }"_s.arg(statecolors::errorBackground().name(), statecolors::bad().darker(130).name()));
    m_error->hide();
    m_summary->setObjectName(u"planSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *placeholder = new QLabel(tr("<h3>No plan yet</h3>"
                                      "<p>Paste the output of <tt>EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)</tt> or psql's text "
                                      "plan (Ctrl+Shift+V), open a file (Ctrl+O) or drop one here,<br>or run EXPLAIN on a node "
                                      "of the open cluster in the runner above (Ctrl+Return).</p>"));
    placeholder->setObjectName(u"planPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(m_viewer);

    m_split->addWidget(m_explain);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);
    m_split->setSizes({170, 600});

    createActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_error);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_summary);

    connect(m_loader, &PlanLoader::loaded, this, &PlanPage::onLoaded);
    connect(m_viewer, &PlanViewer::documentShown, this, &PlanPage::loaded);
    connect(m_loader, &PlanLoader::failed, this, &PlanPage::onFailed);
    connect(m_compareLoader, &PlanLoader::loaded, this, &PlanPage::openComparison);
    connect(m_compareLoader, &PlanLoader::failed, this, [this](const QString &title, const QString &error) {
        showError(tr("%1 cannot be compared: %2").arg(title, error));
    });
    connect(m_explain, &ExplainPane::historyPlanRequested, this, &PlanPage::showHistoryEntry);
    connect(m_explain, &ExplainPane::runRequested, this, &PlanPage::explainRequested);
    connect(m_explain, &ExplainPane::cancelRequested, this, &PlanPage::explainCancelRequested);
    connect(m_explain, &ExplainPane::statementsRequested, this, &PlanPage::statementsRequested);
}

PlanPage::~PlanPage() = default;

void PlanPage::createActions()
{
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [this](const QString &text, const QKeySequence &keys, auto slot) {
        QAction *action = m_toolBar->addAction(text);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(keys.isEmpty() ? text : tr("%1 (%2)").arg(QString(text).remove(u'&'), keys.toString(QKeySequence::NativeText)));
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    add(tr("&Open…"), QKeySequence::Open, [this] { open(); });
    m_saveAction = add(tr("&Save as…"), QKeySequence(Qt::CTRL | Qt::Key_S), [this] { saveAs(); });
    add(tr("&Paste plan"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { pasteFromClipboard(); });
    m_toolBar->addSeparator();
    m_compareFileAction = add(tr("Compare with &file…"), {}, [this] { compareWithFile(); });
    m_compareClipboardAction = add(tr("Compare with &clipboard"), {}, [this] {
        compareWithText(QApplication::clipboard()->text().toUtf8(), tr("Clipboard"));
    });
    m_toolBar->addSeparator();
    m_toolBar->addWidget(m_filter);
    auto *find = new QAction(tr("Find node"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filter, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);
    m_toolBar->addSeparator();
    m_runnerAction = add(tr("EXPLAIN &runner"), QKeySequence(Qt::Key_F9), [this](bool shown) { m_explain->setVisible(shown); });
    m_runnerAction->setCheckable(true);
    m_runnerAction->setChecked(true);
    for (QAction *action : {m_saveAction, m_compareFileAction, m_compareClipboardAction})
        action->setEnabled(false);
}

void PlanPage::prepareStatement(const QString &sql, const QString &node, const QString &database)
{
    if (!m_runnerAction->isChecked())
        m_runnerAction->trigger();
    m_explain->prepareStatement(sql, node, database);
}

void PlanPage::loadText(const QByteArray &text, const QString &title)
{
    m_summary->setText(tr("Reading %1…").arg(title));
    m_loader->load(text, title);
}

bool PlanPage::loadFile(const QString &path)
{
    if (const QString problem = fileProblem(path); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    const QString title = QFileInfo(path).fileName();
    m_summary->setText(tr("Reading %1…").arg(title));
    m_loader->loadFile(path, title);
    return true;
}

void PlanPage::pasteFromClipboard()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showError(tr("The clipboard holds no text. Copy the output of EXPLAIN first (in psql: \\o plan.txt, or "
                     "EXPLAIN (FORMAT JSON) and copy the whole result)."));
        return;
    }
    loadText(text.toUtf8(), tr("Pasted plan"));
}

bool PlanPage::canCompare()
{
    if (!document())
        showError(tr("Load a plan first, then compare another one with it."));
    return document() != nullptr;
}

void PlanPage::compareWithText(const QByteArray &text, const QString &title)
{
    if (canCompare())
        m_compareLoader->load(text, title);
}

QString PlanPage::pageTitle() const
{
    return tr("&Plans");
}

void PlanPage::setClusterContext(const ClusterContext &context)
{
    ClusterPage::setClusterContext(context);
    m_snapshot = emptySnapshot();
    showNodes();
    m_explain->setReadOnly(context.readOnly());
}

void PlanPage::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot ? snapshot : emptySnapshot();
    showNodes();
}

void PlanPage::showNodes()
{
    QList<std::pair<QString, QString>> nodes;
    for (const QString &name : clusterContext().nodeNames()) {
        const TopologyNode *node = m_snapshot->node(name);
        nodes.append({name, node ? roleName(node->role) : QString()});
    }
    m_explain->setNodes(nodes);
}

QList<QKeySequence> PlanPage::claimedShortcuts() const
{
    return {QKeySequence(Qt::CTRL | Qt::Key_O), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)};
}

void PlanPage::setExplainRunning(bool running)
{
    m_explain->setRunning(running);
}

void PlanPage::showStatements(const StatementStatsResult &result)
{
    m_explain->showStatements(result);
}

void PlanPage::setDatabases(const QStringList &names, const QString &current)
{
    m_explain->setDatabases(names, current);
}

void PlanPage::setHistory(const QList<ExplainHistoryEntry> &entries)
{
    m_explain->historyModel()->setEntries(entries);
}

void PlanPage::addToHistory(const ExplainHistoryEntry &entry)
{
    m_explain->historyModel()->prepend(entry);
}

void PlanPage::appendRunnerStatus(const QString &text)
{
    m_explain->appendStatus(text);
}

void PlanPage::showOutcome(const ExplainOutcome &outcome)
{
    m_explain->showOutcome(outcome);
    if (outcome.status != ExplainOutcome::Status::Ok || !outcome.plan || !outcome.analysis)
        return;
    const QString title = tr("%1 · %2").arg(outcome.node, QLocale().toString(outcome.startedAt.toLocalTime().time(), u"HH:mm:ss"_s));
    m_summary->setText(tr("Reading %1…").arg(title));
    m_loader->adopt(outcome.plan, outcome.analysis, outcome.planJson, title);
}

void PlanPage::showHistoryEntry(const ExplainHistoryEntry &entry)
{
    if (entry.planJson.isEmpty()) {
        showError(entry.status == explainStatusName(ExplainOutcome::Status::Ok)
                      ? tr("That run's plan was larger than the history keeps (2 MB); run the statement again to see it.")
                      : tr("That run ended without a plan: %1").arg(entry.error.isEmpty() ? entry.status : entry.error));
        return;
    }
    loadText(entry.planJson, tr("%1 · %2").arg(entry.node, QLocale().toString(entry.startedAt.toLocalTime(), QLocale::ShortFormat)));
}

std::shared_ptr<const PlanDocument> PlanPage::document() const
{
    return m_viewer->document();
}

QString PlanPage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString PlanPage::summaryText() const
{
    return m_summary->text();
}

void PlanPage::onLoaded(std::shared_ptr<const PlanDocument> document)
{
    m_error->hide();
    m_error->clear();
    m_viewer->setDocument(document);
    m_stack->setCurrentWidget(m_viewer);
    for (QAction *action : {m_saveAction, m_compareFileAction, m_compareClipboardAction})
        action->setEnabled(true);
    const QLocale locale;
    QStringList parts{document->title, tr("nodes: %1").arg(locale.toString(document->plan.nodes.size()))};
    if (document->plan.planningMs)
        parts << tr("planning %1 ms").arg(locale.toString(*document->plan.planningMs, 'f', 3));
    if (document->plan.executionMs)
        parts << tr("execution %1 ms").arg(locale.toString(*document->plan.executionMs, 'f', 3));
    if (!document->plan.hasActuals())
        parts << tr("estimates only (no ANALYZE)");
    parts << tr("warnings: %1").arg(document->analysis.warnings.size());
    m_documentSummary = parts.join(u" · "_s);
    m_summary->setText(m_documentSummary); // loaded() follows once every view shows the plan
}

void PlanPage::onFailed(const QString &title, const QString &error)
{
    // Whatever was shown stays shown: a bad paste must not throw away the plan being studied.
    m_summary->setText(m_documentSummary);
    showError(tr("%1 is not a plan PostgresVerse can read: %2. Paste the complete output of EXPLAIN — JSON "
                 "(FORMAT JSON) or psql's text format, from its first line.").arg(title, error));
}

void PlanPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    Q_EMIT failed(message);
}

void PlanPage::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open plan"), {}, planFileFilter());
    if (!path.isEmpty())
        loadFile(path);
}

void PlanPage::saveAs()
{
    const std::shared_ptr<const PlanDocument> current = document();
    if (!current)
        return;
    const QString suggested = current->plan.format == PlanFormat::Json ? u"plan.json"_s : u"plan.txt"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save plan"), suggested, planFileFilter());
    if (!path.isEmpty())
        saveTo(path);
}

void PlanPage::saveTo(const QString &path)
{
    const std::shared_ptr<const PlanDocument> current = document();
    if (!current)
        return;
    if (m_saveJob->isRunning()) {
        showError(tr("The plan is still being saved to %1: try again in a moment.").arg(m_saveJob->title()));
        return;
    }
    // A plan can be hundreds of megabytes: converting and writing it is the worker's.
    connect(m_saveJob, &BackgroundJob::finished, this, [this, path](bool ok, const QString &error) {
        if (ok)
            Q_EMIT saved(path);
        else
            showError(tr("Cannot save %1: %2.").arg(QDir::toNativeSeparators(path), error));
    }, Qt::SingleShotConnection);
    m_saveJob->start(QDir::toNativeSeparators(path), [current, path](const BackgroundJob::Report &, const std::atomic_bool *, QString *error) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(current->inputText.toUtf8()) >= 0 && file.commit())
            return true;
        *error = file.errorString();
        return false;
    });
}

void PlanPage::compareWithFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with plan"), {}, planFileFilter());
    if (path.isEmpty())
        return;
    if (!canCompare())
        return;
    if (const QString problem = fileProblem(path); !problem.isEmpty())
        showError(problem);
    else
        m_compareLoader->loadFile(path, QFileInfo(path).fileName());
}

void PlanPage::openComparison(std::shared_ptr<const PlanDocument> other)
{
    const std::shared_ptr<const PlanDocument> current = document();
    if (!current)
        return;
    auto *dialog = new PlanCompareDialog(current, std::move(other), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(1000, 640);
    dialog->show();
    Q_EMIT comparisonOpened(dialog);
}

void PlanPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void PlanPage::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().constFirst().isLocalFile()) {
        loadFile(mime->urls().constFirst().toLocalFile());
        event->acceptProposedAction();
    } else if (mime->hasText()) {
        loadText(mime->text().toUtf8(), tr("Dropped plan"));
        event->acceptProposedAction();
    }
}

} // namespace pgv
