// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologypage.h"

#include "problemlistmodel.h"
#include "problemspane.h"
#include "topology/topologyjson.h"
#include "topologyedgemodel.h"
#include "topologymodel.h"
#include "topologyview.h"
#include "statecolors.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

TopologyPage::TopologyPage(QWidget *parent)
    : ClusterPage(parent)
    , m_current(new TopologyModel(this))
    , m_between(new TopologyEdgeModel(this))
    , m_problems(new ProblemListModel(this))
    , m_scroll(new QScrollArea)
    , m_view(new TopologyView)
    , m_problemsPane(new ProblemsPane)
    , m_headline(new QFrame)
    , m_headlineText(new QLabel)
    , m_failover(new QPushButton(tr("&Fail over…")))
{
    m_headline->setObjectName(u"clusterHeadline"_s);
    m_headline->setFrameShape(QFrame::StyledPanel);
    m_headline->setAutoFillBackground(true);
    m_headlineText->setWordWrap(true);
    m_headlineText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failover->setToolTip(tr("Promote the most advanced standby and fence the old primary: the wizard shows the checks and the plan first."));
    m_failover->hide();
    auto *headlineLayout = new QHBoxLayout(m_headline);
    headlineLayout->setContentsMargins(8, 4, 8, 4);
    headlineLayout->addWidget(m_headlineText, 1);
    headlineLayout->addWidget(m_failover);
    connect(m_failover, &QPushButton::clicked, this, &TopologyPage::failoverRequested);
    connect(m_problemsPane, &ProblemsPane::failoverRequested, this, &TopologyPage::failoverRequested);
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
    layout->addWidget(m_headline);
    layout->addWidget(split);
    showHeadline(clusterHeadline(TopologySnapshot{}));
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
    showHeadline(m_tracker.update(m_current->snapshot()));
    if (m_view->selectedNode().isEmpty() && !m_current->snapshot().nodes.isEmpty())
        m_view->selectNode(m_current->snapshot().nodes.first().name, m_current->cluster());
}

void TopologyPage::showHeadline(const ClusterHeadline &headline)
{
    QColor colour = statecolors::unknown();
    switch (headline.level) {
    case ClusterHeadline::Level::Unknown:
        break;
    case ClusterHeadline::Level::Healthy:
        colour = statecolors::good();
        break;
    case ClusterHeadline::Level::Degraded:
        colour = statecolors::warning();
        break;
    case ClusterHeadline::Level::Critical:
        colour = statecolors::bad();
        break;
    }
    // A tinted band with the words in the state's colour: the level reads from the text as much as from the colour.
    QPalette palette = m_headline->palette();
    QColor tint = colour;
    tint.setAlpha(36);
    palette.setColor(QPalette::Window, tint);
    m_headline->setPalette(palette);
    m_headlineText->setText(statecolors::colouredHtml(colour, u"<b>%1</b>"_s.arg(headline.text.toHtmlEscaped())));
    m_headlineText->setToolTip(headline.text);
    m_failover->setVisible(headline.offersFailover);
}

QString TopologyPage::headlineText() const
{
    return m_headlineText->toolTip();
}

bool TopologyPage::offersFailover() const
{
    return !m_failover->isHidden();
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
