// SPDX-License-Identifier: GPL-3.0-or-later
#include "planviewer.h"

#include "plan/plantextwriter.h"
#include "plandetailsmodel.h"
#include "plandiagramview.h"
#include "plandocument.h"
#include "planhotspotmodel.h"
#include "plansourceview.h"
#include "plannodelabeldelegate.h"
#include "plantimebardelegate.h"
#include "plantreemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Beyond this many nodes the tree opens only its first levels: expanding everything costs more than a
/// reader scrolls through, and the hotspots lead to the expensive nodes anyway.
constexpr int ExpandAllLimit = 3000;
constexpr int ExpandDepthForLargePlans = 2;

QAction *addShortcutAction(QWidget *owner, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

PlanViewer::PlanViewer(QWidget *parent)
    : QWidget(parent)
    , m_treeModel(new PlanTreeModel(this))
    , m_treeProxy(new QSortFilterProxyModel(this))
    , m_hotspotModel(new PlanHotspotModel(this))
    , m_detailsModel(new PlanDetailsModel(this))
    , m_tree(new QTreeView)
    , m_hotspots(new QTableView)
    , m_details(new QTreeView)
    , m_diagram(new PlanDiagramView)
    , m_source(new PlanSourceView)
    , m_psqlText(new PlanSourceView)
    , m_tabs(new QTabWidget)
{
    m_treeProxy->setSourceModel(m_treeModel);
    m_treeProxy->setRecursiveFilteringEnabled(true);
    m_treeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_treeProxy->setFilterKeyColumn(PlanTreeModel::LabelColumn);

    m_tree->setObjectName(u"planTree"_s);
    m_tree->setModel(m_treeProxy);
    m_tree->setUniformRowHeights(true);
    // The start (node type) and the end (relation, alias) of a long label both matter: cut in the middle.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setItemDelegateForColumn(PlanTreeModel::LabelColumn, new PlanNodeLabelDelegate(PlanTreeModel::FiguresRole, m_tree));
    m_tree->setItemDelegateForColumn(PlanTreeModel::ExclusiveColumn,
                                     new PlanTimeBarDelegate(PlanTreeModel::SharePercentRole, m_tree));
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(PlanTreeModel::LabelColumn, 380);
    m_tree->header()->resizeSection(PlanTreeModel::ExclusiveColumn, 110);

    auto *hotspotProxy = new QSortFilterProxyModel(this);
    hotspotProxy->setSourceModel(m_hotspotModel);
    hotspotProxy->setSortRole(PlanHotspotModel::SortRole);
    m_hotspots->setObjectName(u"planHotspots"_s);
    m_hotspots->setModel(hotspotProxy);
    m_hotspots->setSortingEnabled(true);
    m_hotspots->sortByColumn(-1, Qt::AscendingOrder);
    m_hotspots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hotspots->setSelectionMode(QAbstractItemView::SingleSelection);
    m_hotspots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hotspots->setWordWrap(false);
    m_hotspots->verticalHeader()->hide();
    m_hotspots->verticalHeader()->setDefaultSectionSize(m_hotspots->fontMetrics().height() + 6);
    m_hotspots->horizontalHeader()->setStretchLastSection(true);

    m_details->setObjectName(u"planDetails"_s);
    m_details->setModel(m_detailsModel);
    m_details->setUniformRowHeights(true);
    m_details->setAlternatingRowColors(true);
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->header()->resizeSection(PlanDetailsModel::NameColumn, 220);

    m_diagram->setObjectName(u"planDiagram"_s);
    m_source->setObjectName(u"planSource"_s);
    m_tabs->setObjectName(u"planTabs"_s);
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_diagram, tr("Dia&gram"));
    m_tabs->addTab(m_source, tr("Plan te&xt"));
    m_psqlText->setObjectName(u"planPsqlText"_s);
    m_psqlText->setToolTip(tr("The plan as psql prints EXPLAIN's default text format"));
    m_tabs->addTab(m_psqlText, tr("As ps&ql prints it"));
    m_tabs->setTabVisible(m_tabs->indexOf(m_psqlText), false);
    // The hot spots are a tab rather than a pane under the tree: with every dock open at 1024x700 the tree then keeps
    // the page's whole height.
    m_tabs->addTab(m_hotspots, tr("H&ot spots"));

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_tree);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &PlanViewer::onTreeCurrentChanged);
    connect(m_hotspots, &QTableView::activated, this, &PlanViewer::onHotspotActivated);
    connect(m_hotspots, &QTableView::clicked, this, &PlanViewer::onHotspotActivated);
    connect(m_diagram, &PlanDiagramView::nodeSelected, this, &PlanViewer::selectNode);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &PlanViewer::showTreeMenu);

    connect(addShortcutAction(m_tree, tr("Copy node"), QKeySequence::Copy), &QAction::triggered, this,
            [this] { copyToClipboard(nodeText()); });
    connect(addShortcutAction(m_diagram, tr("Copy node"), QKeySequence::Copy), &QAction::triggered, this,
            [this] { copyToClipboard(nodeText()); });
    for (QWidget *owner : {static_cast<QWidget *>(m_tree), static_cast<QWidget *>(m_diagram)})
        connect(addShortcutAction(owner, tr("Copy subtree"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
                &QAction::triggered, this, [this] { copyToClipboard(subtreeText()); });
    connect(addShortcutAction(m_details, tr("Copy details"), QKeySequence::Copy), &QAction::triggered, this,
            [this] { copyToClipboard(detailsText()); });
}

PlanViewer::~PlanViewer() = default;

void PlanViewer::setDocument(std::shared_ptr<const PlanDocument> document)
{
    m_document = std::move(document);
    m_selected = -1;
    ++m_generation;
    m_detailsModel->clearNode();
    if (!m_document) {
        m_treeModel->clear();
        m_hotspotModel->clear();
        m_diagram->setDocument(nullptr);
        m_source->setSource({}, {}, {});
        m_psqlText->setSource({}, {}, {});
        m_tabs->setTabVisible(m_tabs->indexOf(m_psqlText), false);
        return;
    }
    m_treeModel->setPlan(m_document->plan, m_document->analysis);
    if (m_document->plan.nodes.size() <= ExpandAllLimit)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(ExpandDepthForLargePlans - 1);
    // The rest in a later turn of the event loop: the tree paints first, and no single turn holds the GUI
    // thread for the whole of a big plan.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation || !m_document)
            return;
        m_hotspotModel->setPlan(m_document->plan, m_document->analysis);
        m_hotspots->resizeColumnsToContents();
        m_diagram->setDocument(m_document);
        m_source->setSource(m_document->inputText, m_document->spans, m_document->lines);
        m_psqlText->setSource(m_document->psqlText, m_document->psqlSpans, m_document->psqlLines);
        m_tabs->setTabVisible(m_tabs->indexOf(m_psqlText), !m_document->psqlText.isEmpty());
        // The most expensive node is what a reader looks for first.
        const int first = m_document->analysis.hotspots.isEmpty() ? 0 : m_document->analysis.hotspots.first();
        selectNode(m_document->plan.nodes.isEmpty() ? -1 : first);
        Q_EMIT documentShown();
    });
}

void PlanViewer::selectNode(int node)
{
    if (m_syncing || !m_document || node < 0 || node >= m_document->plan.nodes.size())
        return;
    m_syncing = true;
    m_selected = node;
    const QModelIndex proxyIndex = m_treeProxy->mapFromSource(m_treeModel->indexOfNode(node));
    if (proxyIndex.isValid()) {
        m_tree->setCurrentIndex(proxyIndex);
        m_tree->scrollTo(proxyIndex);
    } else {
        m_tree->selectionModel()->clearCurrentIndex();
    }
    m_detailsModel->showNode(m_document->plan, m_document->analysis, node);
    m_details->expandToDepth(0);
    m_diagram->selectNode(node);
    m_source->highlightNode(node);
    m_psqlText->highlightNode(node);
    m_syncing = false;
    Q_EMIT nodeSelected(node);
}

void PlanViewer::onTreeCurrentChanged()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid())
        selectNode(current.data(PlanTreeModel::NodeIdRole).toInt());
}

void PlanViewer::onHotspotActivated()
{
    const QVariant node = m_hotspots->currentIndex().data(PlanHotspotModel::NodeIdRole);
    if (node.isValid() && node.toInt() >= 0)
        selectNode(node.toInt());
}

void PlanViewer::setFilterText(const QString &text)
{
    m_treeProxy->setFilterFixedString(text);
    if (!text.isEmpty())
        m_tree->expandAll();
    const QModelIndex current = m_treeProxy->mapFromSource(m_treeModel->indexOfNode(m_selected));
    if (current.isValid())
        m_tree->scrollTo(current);
}

void PlanViewer::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString PlanViewer::nodeText() const
{
    return m_document && m_selected >= 0 ? writePlanText(m_document->plan, m_selected, PlanTextScope::Node) : QString();
}

QString PlanViewer::subtreeText() const
{
    return m_document && m_selected >= 0 ? writePlanText(m_document->plan, m_selected, PlanTextScope::Subtree) : QString();
}

QString PlanViewer::detailsText() const
{
    return m_detailsModel->toText();
}

void PlanViewer::copyToClipboard(const QString &text)
{
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void PlanViewer::showTreeMenu(const QPoint &position)
{
    if (!m_document || m_selected < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Copy node"), QKeySequence::Copy, this, [this] { copyToClipboard(nodeText()); });
    menu.addAction(tr("Copy subtree"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this,
                   [this] { copyToClipboard(subtreeText()); });
    menu.addAction(tr("Copy details"), this, [this] { copyToClipboard(detailsText()); });
    menu.addSeparator();
    menu.addAction(tr("Show in diagram"), this, [this] { showTab(Tab::Diagram); });
    menu.addAction(tr("Show in plan text"), this, [this] { showTab(Tab::Text); });
    menu.addSeparator();
    menu.addAction(tr("Expand all"), m_tree, &QTreeView::expandAll);
    menu.addAction(tr("Collapse all"), m_tree, &QTreeView::collapseAll);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

} // namespace pgv
