// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"

#include <QObject>

class QAction;

namespace pgv {

class NodeDetailsModel;
class ProfileCatalog;
class TopologyPage;
class Workspace;

/// Keeps the topology page and the node details on the workspace's clusters: which clusters are drawn beside the
/// current one (the show-beside and stop-showing actions), and whose node the details show, from that cluster's
/// own monitor, as its polls come in.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    WorkspaceController(Workspace *workspace, const ProfileCatalog *profiles, TopologyPage *page, NodeDetailsModel *details, QObject *parent);

    QAction *watchAction() const { return m_watchAction; }
    QAction *unwatchAction() const { return m_unwatchAction; }
    /// The profile the actions work on (the one selected in the cluster list).
    void setSelectedProfile(const QString &name);
    /// Draws the profile named \a name beside the current cluster; false when there is none or it is shown already.
    bool watch(const QString &name);
    /// The current cluster polled: the details follow it unless they show a node of a cluster beside it.
    void currentPolled(const SnapshotPtr &snapshot);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    void watchedChanged();

private:
    void showDetails(const QString &cluster, const QString &node);
    /// Joins the subscriptions of every cluster in the workspace to their publishers and draws the logical edges.
    void updateLogicalEdges();

    Workspace *m_workspace;
    const ProfileCatalog *m_profiles;
    TopologyPage *m_page;
    NodeDetailsModel *m_details;
    QString m_selected;
    QString m_detailsCluster; ///< whose node the details show; empty: the current cluster's
    QAction *m_watchAction;
    QAction *m_unwatchAction;
    bool m_drawsLogicalEdges = false; ///< the edges between clusters are the logical ones found here
};

} // namespace pgv
