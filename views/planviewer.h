// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace pgv {

class PlanDetailsModel;
class PlanDiagramView;
class PlanHotspotModel;
class PlanSourceView;
class PlanTreeModel;
struct PlanDocument;

/// One plan, four ways: the node tree with a time bar per node, the hotspots and warnings, and beside them the
/// selected node's details, the diagram and the text it came from. Selecting a node anywhere selects it
/// everywhere. Ctrl+C copies the node as psql prints it, Ctrl+Shift+C its whole subtree.
class PlanViewer final : public QWidget
{
    Q_OBJECT
public:
    enum class Tab { Details, Diagram, Text, PsqlText, Hotspots }; ///< in the order of the tabs

    explicit PlanViewer(QWidget *parent = nullptr);
    ~PlanViewer() override;

    void setDocument(std::shared_ptr<const PlanDocument> document);
    std::shared_ptr<const PlanDocument> document() const { return m_document; }
    void selectNode(int node);
    int selectedNode() const { return m_selected; }
    /// Shows only nodes whose label contains \a text (and their ancestors); empty shows all.
    void setFilterText(const QString &text);
    void showTab(Tab tab);

    QString nodeText() const;
    QString subtreeText() const;
    QString detailsText() const;

    QTreeView *treeView() const { return m_tree; }
    QTableView *hotspotView() const { return m_hotspots; }
    QTreeView *detailsView() const { return m_details; }
    PlanDiagramView *diagramView() const { return m_diagram; }
    PlanSourceView *sourceView() const { return m_source; }
    /// A JSON plan as psql prints it; its tab shows only for JSON plans.
    PlanSourceView *psqlTextView() const { return m_psqlText; }
    PlanTreeModel *treeModel() const { return m_treeModel; }
    QSortFilterProxyModel *treeProxy() const { return m_treeProxy; }

Q_SIGNALS:
    void nodeSelected(int node);
    /// Every view shows the document set last (setDocument fills the tree at once, the others a moment later).
    void documentShown();

private:
    void onTreeCurrentChanged();
    void onHotspotActivated();
    void copyToClipboard(const QString &text);
    void showTreeMenu(const QPoint &position);

    std::shared_ptr<const PlanDocument> m_document;
    PlanTreeModel *m_treeModel;
    QSortFilterProxyModel *m_treeProxy;
    PlanHotspotModel *m_hotspotModel;
    PlanDetailsModel *m_detailsModel;
    QTreeView *m_tree;
    QTableView *m_hotspots;
    QTreeView *m_details;
    PlanDiagramView *m_diagram;
    PlanSourceView *m_source;
    PlanSourceView *m_psqlText;
    QTabWidget *m_tabs;
    int m_selected = -1;
    int m_generation = 0;
    bool m_syncing = false;
};

} // namespace pgv
