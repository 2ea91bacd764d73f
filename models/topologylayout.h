// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace pgv {

/// The estate as the topology view draws it: the nodes of one or more clusters and directed edges between them
/// (from the node that serves to the one that depends on it), of any kind, within or across clusters.
struct TopologyGraph
{
    struct Node
    {
        QString cluster;
        QString name;
    };
    struct Edge
    {
        EdgeKind kind = EdgeKind::Physical;
        int from = -1; ///< index in nodes: the primary, publisher or server
        int to = -1;   ///< the standby, subscriber or pooler
    };
    QList<Node> nodes; ///< cluster by cluster, in the order the clusters are shown
    QList<Edge> edges;

    int indexOf(const QString &cluster, const QString &name) const;
    /// Adds an edge between two named nodes; ignored (false) when either is not in the graph.
    bool addEdge(EdgeKind kind, const QString &fromCluster, const QString &from, const QString &toCluster, const QString &to);
    /// Every node and edge of \a snapshot, its cluster named as the snapshot is.
    void addSnapshot(const TopologySnapshot &snapshot);
};

struct TopologyLayoutMetrics
{
    QSizeF card{280, 150};
    QSizeF gap{36, 70};     ///< between cards side by side, and between layers
    qreal clusterGap = 72;  ///< between the frames of two clusters
    qreal frameHeader = 26; ///< the band above a cluster's cards that names it
    qreal margin = 24;
};

/// Where the cards, the clusters' frames and the edges go. Each cluster is layered by its edges (a primary above
/// its standbys, a cascaded standby below its upstream, a node with several upstreams below the lowest of them, a
/// pooler above the server it routes to); clusters stand side by side; edges are routed through the gaps between
/// cards, never across one.
struct TopologyLayout
{
    struct Card
    {
        int node = -1;
        int layer = 0;
        QRectF rect;
    };
    struct Route
    {
        int edge = -1;
        QList<QPointF> points; ///< from the serving card's border to the depending card's, through gaps
    };
    struct Frame
    {
        QString cluster;
        QRectF rect;
    };
    QList<Card> cards;      ///< reading order: cluster by cluster, layer by layer, left to right
    QList<int> cardOfNode;  ///< by node index
    QList<Route> routes;    ///< by edge index
    QList<Frame> frames;
    QSizeF size;
};

TopologyLayout layoutTopology(const TopologyGraph &graph, const TopologyLayoutMetrics &metrics = {});

} // namespace pgv
