// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpage.h"
#include "topology/clusterheadline.h"

class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;

namespace pgv {

class ProblemListModel;
class ProblemsPane;
class TopologyEdgeModel;
class TopologyModel;
class TopologyView;

/// The Topology tab: every cluster of the workspace drawn as one graph (the current one first, the others beside it,
/// edges between them), and the current cluster's problems under it.
class TopologyPage final : public ClusterPage
{
    Q_OBJECT
public:
    explicit TopologyPage(QWidget *parent = nullptr);

    QString pageTitle() const override;
    void setSnapshot(const SnapshotPtr &snapshot) override;

    /// Another cluster of the workspace, drawn beside the current one; its snapshot arrives here each poll round.
    void showWorkspaceSnapshot(const SnapshotPtr &snapshot);
    /// Stops drawing \a cluster (it left the workspace).
    void removeWorkspaceCluster(const QString &cluster);
    /// Edges that belong to no single cluster's snapshot (each end names its cluster).
    void setEdgesBetween(const QList<TopologyEdge> &edges);
    /// The clusters drawn, left to right.
    QStringList clustersShown() const;
    /// Puts the current cluster's status on the clipboard, in the shape of pgversectl status --json.
    void copyStatusJson();

    /// The node whose card is selected, in whichever cluster it is.
    QString selectedNode() const;
    /// The drawing itself, for tests and the shell's screenshots.
    TopologyView *view() const { return m_view; }
    ProblemsPane *problemsPane() const { return m_problemsPane; }
    /// The line above the graph that says how the current cluster is.
    QString headlineText() const;
    bool offersFailover() const;
    /// The current cluster's model.
    TopologyModel *model() const { return m_current; }

Q_SIGNALS:
    /// A card was selected: \a cluster is the one it belongs to.
    void nodeSelected(const QString &cluster, const QString &node);
    void nodeMenuRequested(const QString &cluster, const QString &node, const QPoint &globalPos);
    void recoverRequested();
    /// The headline's "Fail over…" or a no-primary problem row was activated.
    void failoverRequested();

private:
    void showClusters();
    void showHeadline(const ClusterHeadline &headline);

    TopologyModel *m_current;
    QList<TopologyModel *> m_others;
    TopologyEdgeModel *m_between;
    ProblemListModel *m_problems;
    QScrollArea *m_scroll;
    TopologyView *m_view;
    ProblemsPane *m_problemsPane;
    QFrame *m_headline;
    QLabel *m_headlineText;
    QPushButton *m_failover;
    HeadlineTracker m_tracker;
};

} // namespace pgv
