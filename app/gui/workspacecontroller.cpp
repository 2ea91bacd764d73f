// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacecontroller.h"

#include "logical/logicalestate.h"
#include "monitor/workspace.h"
#include "nodedetailsmodel.h"
#include "profiles/profilecatalog.h"
#include "topologypage.h"

#include <QAction>

namespace pgv {

WorkspaceController::WorkspaceController(Workspace *workspace, const ProfileCatalog *profiles, TopologyPage *page, NodeDetailsModel *details,
                                         QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_profiles(profiles)
    , m_page(page)
    , m_details(details)
    , m_watchAction(new QAction(tr("Show &beside the current cluster"), this))
    , m_unwatchAction(new QAction(tr("Stop showing be&side"), this))
{
    m_watchAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_watchAction->setStatusTip(tr("Draw the selected cluster in the topology next to the one open, each with its own monitor"));
    connect(m_watchAction, &QAction::triggered, this, [this] { watch(m_selected); });
    connect(m_unwatchAction, &QAction::triggered, this, [this] { m_workspace->unwatch(m_selected); });
    connect(m_workspace, &Workspace::watchedTopologyChanged, m_page, &TopologyPage::showWorkspaceSnapshot);
    connect(m_workspace, &Workspace::watchedTopologyChanged, this, [this](const SnapshotPtr &snapshot) {
        if (snapshot->cluster == m_detailsCluster)
            showDetails(m_detailsCluster, m_page->selectedNode());
        updateLogicalEdges();
    });
    connect(m_workspace, &Workspace::unwatched, m_page, &TopologyPage::removeWorkspaceCluster);
    connect(m_workspace, &Workspace::unwatched, this, [this] { setSelectedProfile(m_selected); Q_EMIT watchedChanged(); });
    connect(m_page, &TopologyPage::nodeSelected, this, &WorkspaceController::showDetails);
    setSelectedProfile({});
}

void WorkspaceController::setSelectedProfile(const QString &name)
{
    m_selected = name;
    const bool watched = m_workspace->watched().contains(name);
    const QString current = m_workspace->current()->profile().name;
    m_watchAction->setEnabled(!current.isEmpty() && !name.isEmpty() && name != current && !watched);
    m_unwatchAction->setEnabled(watched);
}

bool WorkspaceController::watch(const QString &name)
{
    const auto profile = m_profiles->find(name);
    if (!profile || !m_workspace->watch(*profile))
        return false;
    Q_EMIT message(tr("%1 is drawn beside %2 in the topology.").arg(name, m_workspace->current()->profile().name), 8000);
    setSelectedProfile(m_selected);
    Q_EMIT watchedChanged();
    return true;
}

void WorkspaceController::currentPolled(const SnapshotPtr &snapshot)
{
    if (m_detailsCluster.isEmpty() || m_detailsCluster == snapshot->cluster || !m_workspace->session(m_detailsCluster))
        showDetails(snapshot->cluster, m_page->selectedNode());
    updateLogicalEdges();
}

void WorkspaceController::updateLogicalEdges()
{
    // Pure work on the snapshots already in memory (no server is asked): a few subscriptions, once per poll round.
    QList<SnapshotPtr> snapshots;
    for (const ClusterSession *session : m_workspace->sessions())
        snapshots << session->sharedSnapshot();
    const QList<TopologyEdge> edges = logicalEdges(assessLogical(snapshots));
    if (edges.isEmpty() && !m_drawsLogicalEdges)
        return; // edges set by someone else (none yet in the workspace) stay
    m_drawsLogicalEdges = !edges.isEmpty();
    m_page->setEdgesBetween(edges);
}

void WorkspaceController::showDetails(const QString &cluster, const QString &node)
{
    ClusterSession *owner = m_workspace->session(cluster);
    m_detailsCluster = owner && owner != m_workspace->current() ? cluster : QString();
    if (!owner)
        owner = m_workspace->current();
    const TopologySnapshot &snapshot = owner->snapshot();
    if (const PoolerStatus *pooler = snapshot.node(node) ? nullptr : snapshot.pooler(node)) {
        m_details->setPooler(*pooler, snapshot.poolerRoute(node));
        return;
    }
    m_details->setNode(snapshot.node(node), owner->latestProbe(node));
}

} // namespace pgv
