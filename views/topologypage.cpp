// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologypage.h"

#include "problemlistmodel.h"
#include "problemspane.h"
#include "topology/topologyjson.h"
#include "topologyedgemodel.h"
#include "topologymodel.h"
#include "topologyview.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonDocument>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace pgv {

TopologyPage::TopologyPage(QWidget *parent)
    : ClusterPage(parent)
    , m_current(new TopologyModel(this))
    , m_between(new TopologyEdgeModel(this))
    , m_problems(new ProblemListModel(this))
    , m_scroll(new QScrollArea)
    , m_view(new TopologyView)
    , m_problemsPane(new ProblemsPane)
{
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_problemsPane->setModel(m_problems);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_scroll);
    split->addWidget(m_problemsPane);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({560, 200});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    showClusters();

    connect(m_view, &TopologyView::nodeSelected, this, [this](const QString &node) { Q_EMIT nodeSelected(m_view->selectedCluster(), node); });
    connect(m_view, &TopologyView::nodeContextMenuRequested, this,
            [this](const QString &node, const QPoint &at) { Q_EMIT nodeMenuRequested(m_view->selectedCluster(), node, at); });
    connect(m_problemsPane, &ProblemsPane::nodeActivated, m_view, [this](const QString &node) { m_view->selectNode(node, m_current->cluster()); });
    connect(m_problemsPane, &ProblemsPane::recoverRequested, this, &TopologyPage::recoverRequested);
}

QString TopologyPage::pageTitle() const
{
    return tr("&Topology");
}

void TopologyPage::setSnapshot(const SnapshotPtr &snapshot)
{
    m_current->setSnapshot(snapshot);
    m_problems->setProblems(m_current->snapshot().problems);
    if (m_view->selectedNode().isEmpty() && !m_current->snapshot().nodes.isEmpty())
        m_view->selectNode(m_current->snapshot().nodes.first().name, m_current->cluster());
}

void TopologyPage::showWorkspaceSnapshot(const SnapshotPtr &snapshot)
{
    if (!snapshot || snapshot->cluster.isEmpty() || snapshot->cluster == clusterContext().cluster())
        return;
    for (TopologyModel *model : std::as_const(m_others)) {
        if (model->cluster() == snapshot->cluster) {
            model->setSnapshot(snapshot);
            return;
        }
    }
    auto *model = new TopologyModel(this);
    model->setSnapshot(snapshot);
    m_others.append(model);
    showClusters();
}

void TopologyPage::removeWorkspaceCluster(const QString &cluster)
{
    for (qsizetype i = 0; i < m_others.size(); ++i) {
        if (m_others.at(i)->cluster() == cluster) {
            TopologyModel *leaving = m_others.takeAt(i);
            showClusters(); // the view lets go of the model before it goes
            delete leaving;
            return;
        }
    }
}

void TopologyPage::setEdgesBetween(const QList<TopologyEdge> &edges)
{
    m_between->setEdges(edges);
}

QString TopologyPage::selectedNode() const
{
    return m_view->selectedNode();
}

QStringList TopologyPage::clustersShown() const
{
    QStringList names;
    if (!m_current->cluster().isEmpty())
        names.append(m_current->cluster());
    for (const TopologyModel *model : m_others)
        names.append(model->cluster());
    return names;
}

void TopologyPage::copyStatusJson()
{
    QApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(topologyToJson(m_current->snapshot())).toJson()));
    Q_EMIT statusMessage(tr("Status copied as JSON (the same shape as pgversectl status --json)."), 5000);
}

void TopologyPage::showClusters()
{
    if (m_others.isEmpty()) {
        m_view->setModel(m_current);
        return;
    }
    m_view->setClusters(QList<TopologyModel *>{m_current} + m_others, m_between);
}

} // namespace pgv
