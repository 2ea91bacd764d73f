// SPDX-License-Identifier: GPL-3.0-or-later
#include "topologylayout.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>

namespace pgv {

int TopologyGraph::indexOf(const QString &cluster, const QString &name) const
{
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        if (nodes[i].name == name && nodes[i].cluster == cluster)
            return int(i);
    }
    return -1;
}

bool TopologyGraph::addEdge(EdgeKind kind, const QString &fromCluster, const QString &from, const QString &toCluster, const QString &to)
{
    const int source = indexOf(fromCluster, from);
    const int target = indexOf(toCluster, to);
    if (source < 0 || target < 0 || source == target)
        return false;
    edges.append({kind, source, target});
    return true;
}

void TopologyGraph::addSnapshot(const TopologySnapshot &snapshot)
{
    for (const TopologyNode &node : snapshot.nodes)
        nodes.append({snapshot.cluster, node.name});
    // Edges to a cluster not in the graph yet are left out: add every snapshot first, then the edges between them.
    for (const TopologyEdge &edge : snapshot.edges) {
        addEdge(edge.kind, edge.upstreamCluster.isEmpty() ? snapshot.cluster : edge.upstreamCluster, edge.upstream,
                edge.standbyCluster.isEmpty() ? snapshot.cluster : edge.standbyCluster, edge.standby);
    }
}

namespace {

constexpr qreal kFramePadding = 12;

/// Which end of an edge is drawn above the other: the serving end, except that a pooler stands above the server
/// its clients reach through it.
std::pair<int, int> aboveAndBelow(const TopologyGraph::Edge &edge)
{
    return edge.kind == EdgeKind::Pooler ? std::pair{edge.to, edge.from} : std::pair{edge.from, edge.to};
}

qreal mean(const QList<qreal> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0) / qreal(values.size());
}

/// Layers (longest path from the nodes nothing stands above) and slots (columns, fractional) of one cluster.
struct ClusterPlacement
{
    QList<QList<int>> rows; ///< node indexes of each layer, left to right
    int slots = 0;          ///< columns the widest layer takes
};

ClusterPlacement placeCluster(const QList<int> &members, const QList<QList<int>> &above, const QList<QList<int>> &below,
                              QList<int> *layer, QList<qreal> *slot)
{
    // Kahn's order; a node on a cycle (two clusters replicating logically both ways) is released as if nothing
    // stood above it, keeping the layer its placed upstreams give.
    QHash<int, int> waiting;
    for (int node : members)
        waiting.insert(node, int(above[node].size()));
    QList<int> order;
    QSet<int> queued;
    QSet<int> placed;
    for (int node : members) {
        if (waiting.value(node) == 0) {
            order << node;
            queued.insert(node);
        }
    }
    for (qsizetype head = 0; order.size() < members.size() || head < order.size();) {
        if (head == order.size()) {
            const auto next = std::find_if(members.cbegin(), members.cend(), [&](int node) { return !queued.contains(node); });
            order << *next;
            queued.insert(*next);
        }
        const int node = order[head++];
        placed.insert(node);
        for (int child : below[node]) {
            if (placed.contains(child))
                continue; // the edge that closes a cycle: it does not move what is already placed
            (*layer)[child] = std::max((*layer)[child], (*layer)[node] + 1);
            if (--waiting[child] == 0 && !queued.contains(child)) {
                order << child;
                queued.insert(child);
            }
        }
    }
    ClusterPlacement placement;
    int deepest = 0;
    for (int node : members)
        deepest = std::max(deepest, (*layer)[node]);
    placement.rows.resize(deepest + 1);
    for (int node : members)
        placement.rows[(*layer)[node]] << node;

    // Left to right: each layer in the order of its upstreams above it (the barycentre heuristic, one sweep).
    QHash<int, qreal> position;
    for (qsizetype i = 0; i < placement.rows[0].size(); ++i)
        position.insert(placement.rows[0][i], qreal(i));
    for (qsizetype l = 1; l < placement.rows.size(); ++l) {
        QList<int> &row = placement.rows[l];
        QHash<int, qreal> key;
        for (qsizetype i = 0; i < row.size(); ++i) {
            QList<qreal> ups;
            for (int up : above[row[i]]) {
                if (position.contains(up))
                    ups << position.value(up);
            }
            key.insert(row[i], ups.isEmpty() ? qreal(i) : mean(ups));
        }
        std::stable_sort(row.begin(), row.end(), [&](int a, int b) { return key.value(a) < key.value(b); });
        for (qsizetype i = 0; i < row.size(); ++i)
            position.insert(row[i], qreal(i));
    }

    // Slots: under the upstreams going down, then each node centred over what stands below it going up; a node
    // never closer than one slot to its left neighbour.
    const auto settle = [&](const QList<int> &row, const std::function<qreal(int, qreal)> &desired) {
        qreal previous = -1e9;
        for (int node : row) {
            (*slot)[node] = std::max(desired(node, previous + 1), previous + 1);
            previous = (*slot)[node];
        }
    };
    settle(placement.rows[0], [](int, qreal next) { return next; });
    for (qsizetype l = 1; l < placement.rows.size(); ++l) {
        settle(placement.rows[l], [&](int node, qreal next) {
            QList<qreal> ups;
            for (int up : above[node]) {
                if ((*layer)[up] < l)
                    ups << (*slot)[up];
            }
            return ups.isEmpty() ? next : mean(ups);
        });
    }
    for (qsizetype l = placement.rows.size() - 2; l >= 0; --l) {
        settle(placement.rows[l], [&](int node, qreal next) {
            QList<qreal> downs;
            for (int down : below[node]) {
                if ((*layer)[down] == l + 1)
                    downs << (*slot)[down];
            }
            return downs.isEmpty() ? std::max(next, (*slot)[node]) : mean(downs);
        });
    }
    qreal least = 1e9;
    qreal most = -1e9;
    for (int node : members) {
        least = std::min(least, (*slot)[node]);
        most = std::max(most, (*slot)[node]);
    }
    for (int node : members)
        (*slot)[node] -= least;
    placement.slots = int(std::ceil(most - least)) + 1;
    return placement;
}

} // namespace

TopologyLayout layoutTopology(const TopologyGraph &graph, const TopologyLayoutMetrics &metrics)
{
    TopologyLayout layout;
    const qsizetype count = graph.nodes.size();
    layout.cardOfNode.fill(-1, count);
    layout.routes.resize(graph.edges.size());
    for (qsizetype e = 0; e < graph.edges.size(); ++e)
        layout.routes[e].edge = int(e);
    if (count == 0)
        return layout;

    QStringList clusters;
    QList<QList<int>> members;
    QList<int> clusterOf(count);
    for (qsizetype i = 0; i < count; ++i) {
        qsizetype c = clusters.indexOf(graph.nodes[i].cluster);
        if (c < 0) {
            c = clusters.size();
            clusters << graph.nodes[i].cluster;
            members.append(QList<int>());
        }
        members[c] << int(i);
        clusterOf[i] = int(c);
    }
    QList<QList<int>> above(count);
    QList<QList<int>> below(count);
    for (const TopologyGraph::Edge &edge : graph.edges) {
        if (edge.from < 0 || edge.to < 0 || edge.from >= count || edge.to >= count || edge.from == edge.to)
            continue;
        if (clusterOf[edge.from] != clusterOf[edge.to])
            continue; // edges between clusters do not stack nodes
        const auto [upper, lower] = aboveAndBelow(edge);
        below[upper] << lower;
        above[lower] << upper;
    }

    const QSizeF pitch(metrics.card.width() + metrics.gap.width(), metrics.card.height() + metrics.gap.height());
    const qreal cardsTop = metrics.margin + metrics.frameHeader + kFramePadding;
    const auto layerTop = [&](int layer) { return cardsTop + layer * pitch.height(); };
    QList<int> layer(count, 0);
    QList<qreal> slot(count, 0);
    QList<QList<QList<int>>> rowsOf(clusters.size());
    qreal left = metrics.margin;
    qreal bottom = 0;
    for (qsizetype c = 0; c < clusters.size(); ++c) {
        const ClusterPlacement placement = placeCluster(members[c], above, below, &layer, &slot);
        rowsOf[c] = placement.rows;
        const qreal cardsLeft = left + kFramePadding;
        const QSizeF cards(placement.slots * pitch.width() - metrics.gap.width(), placement.rows.size() * pitch.height() - metrics.gap.height());
        const QRectF frame(left, metrics.margin, cards.width() + 2 * kFramePadding, metrics.frameHeader + cards.height() + 2 * kFramePadding);
        layout.frames.append({clusters[c], frame});
        for (const QList<int> &row : placement.rows) {
            for (int node : row) {
                TopologyLayout::Card card;
                card.node = node;
                card.layer = layer[node];
                card.rect = QRectF(QPointF(cardsLeft + slot[node] * pitch.width(), layerTop(layer[node])), metrics.card);
                layout.cardOfNode[node] = int(layout.cards.size());
                layout.cards.append(card);
            }
        }
        left = frame.right() + metrics.clusterGap;
        bottom = std::max(bottom, frame.bottom());
    }
    layout.size = QSizeF(left - metrics.clusterGap + metrics.margin, bottom + metrics.margin);

    // Routes run in the channels between layers (no card is there, in any cluster: they share the layer grid),
    // through the gaps between the cards of a layer they cross, and between clusters in the gap between frames.
    const auto rectOf = [&](int node) { return layout.cards[layout.cardOfNode[node]].rect; };
    const auto gapNear = [&](int c, int l, qreal x) {
        const QList<int> &row = rowsOf[c][l];
        QList<qreal> gaps{rectOf(row.first()).left() - metrics.gap.width() / 2, rectOf(row.last()).right() + metrics.gap.width() / 2};
        for (qsizetype i = 1; i < row.size(); ++i)
            gaps << (rectOf(row[i - 1]).right() + rectOf(row[i]).left()) / 2;
        return *std::min_element(gaps.cbegin(), gaps.cend(), [&](qreal a, qreal b) { return std::abs(a - x) < std::abs(b - x); });
    };
    const qreal channel = metrics.gap.height() / 2;
    for (qsizetype e = 0; e < graph.edges.size(); ++e) {
        const TopologyGraph::Edge &edge = graph.edges[e];
        if (edge.from < 0 || edge.to < 0 || edge.from >= count || edge.to >= count || edge.from == edge.to)
            continue;
        // Drawn from the upper end down, then turned round if the edge points up (a pooler's).
        int upper = edge.from;
        int lower = edge.to;
        if (layer[upper] > layer[lower])
            std::swap(upper, lower);
        const QRectF a = rectOf(upper);
        const QRectF b = rectOf(lower);
        QList<QPointF> &points = layout.routes[e].points;
        const int c = clusterOf[upper];
        if (clusterOf[upper] == clusterOf[lower] && layer[upper] < layer[lower]) {
            points << QPointF(a.center().x(), a.bottom());
            for (int l = layer[upper] + 1; l < layer[lower]; ++l) {
                const qreal along = a.center().x() + (b.center().x() - a.center().x()) * (l - layer[upper]) / qreal(layer[lower] - layer[upper]);
                const qreal x = gapNear(c, l, along);
                points << QPointF(x, layerTop(l) - channel) << QPointF(x, layerTop(l) + metrics.card.height() + channel);
            }
            points << QPointF(b.center().x(), b.top());
        } else if (clusterOf[upper] == clusterOf[lower]) {
            // Side by side on one layer: along the channel below it, into the lower end from beneath.
            const qreal y = a.bottom() + channel;
            points << QPointF(a.center().x(), a.bottom()) << QPointF(a.center().x(), y) << QPointF(b.center().x(), y)
                   << QPointF(b.center().x(), b.bottom());
        } else {
            // Into the channel below the upper end, across to the gap before the other cluster's frame, along it
            // to the channel above the lower end (below it when both are on one layer), then in.
            // Ends near the corners that face each other and a run lower in the channel than the middle, so that
            // the edge stays clear of the physical edges (which leave from the middle) and of their labels.
            const QRectF frame = layout.frames[clusterOf[lower]].rect;
            const bool rightwards = frame.left() > a.center().x();
            const qreal gapX = rightwards ? frame.left() - metrics.clusterGap / 2 : frame.right() + metrics.clusterGap / 2;
            const qreal inset = std::min<qreal>(24, metrics.card.width() / 4);
            const qreal ax = rightwards ? a.right() - inset : a.left() + inset;
            const qreal bx = rightwards ? b.left() + inset : b.right() - inset;
            const qreal lowRun = metrics.gap.height() * 0.75;
            const qreal out = a.bottom() + lowRun;
            points << QPointF(ax, a.bottom()) << QPointF(ax, out) << QPointF(gapX, out);
            if (layer[lower] > layer[upper]) {
                const qreal in = b.top() - metrics.gap.height() + lowRun;
                points << QPointF(gapX, in) << QPointF(bx, in) << QPointF(bx, b.top());
            } else {
                const qreal in = b.bottom() + lowRun;
                points << QPointF(gapX, in) << QPointF(bx, in) << QPointF(bx, b.bottom());
            }
        }
        if (upper != edge.from)
            std::reverse(points.begin(), points.end());
    }

    // Reading order: cluster by cluster, layer by layer, left to right.
    std::stable_sort(layout.cards.begin(), layout.cards.end(), [&](const TopologyLayout::Card &x, const TopologyLayout::Card &y) {
        if (clusterOf[x.node] != clusterOf[y.node])
            return clusterOf[x.node] < clusterOf[y.node];
        if (x.layer != y.layer)
            return x.layer < y.layer;
        return x.rect.left() < y.rect.left();
    });
    for (qsizetype i = 0; i < layout.cards.size(); ++i)
        layout.cardOfNode[layout.cards[i].node] = int(i);
    return layout;
}

} // namespace pgv
