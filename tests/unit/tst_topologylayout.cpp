// SPDX-License-Identifier: GPL-3.0-or-later
// The topology's layout as a graph, from recorded snapshots and synthetic estates: layers by edges (cascades, a node
// with two upstreams, a pooler above its server), clusters side by side, and edges routed around every card. The
// edge model runs under QAbstractItemModelTester.
#include "probefixtures.h"
#include "topologyedgemodel.h"
#include "topologylayout.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

const QRectF &cardOf(const TopologyLayout &layout, const TopologyGraph &graph, const QString &cluster, const QString &name)
{
    return layout.cards[layout.cardOfNode[graph.indexOf(cluster, name)]].rect;
}

/// Empty when every card is apart from every other and every route keeps out of every card but its two ends (and
/// starts and ends on their borders); otherwise what is wrong.
QString checkLayout(const TopologyLayout &layout, const TopologyGraph &graph)
{
    for (qsizetype i = 0; i < layout.cards.size(); ++i) {
        for (qsizetype j = i + 1; j < layout.cards.size(); ++j) {
            if (layout.cards[i].rect.intersects(layout.cards[j].rect))
                return u"cards of %1 and %2 overlap"_s.arg(graph.nodes[layout.cards[i].node].name, graph.nodes[layout.cards[j].node].name);
        }
    }
    for (const TopologyLayout::Route &route : layout.routes) {
        const TopologyGraph::Edge &edge = graph.edges[route.edge];
        const QString name = graph.nodes[edge.from].name + u" -> "_s + graph.nodes[edge.to].name;
        if (route.points.size() < 2)
            return name + u": no route"_s;
        const QRectF from = layout.cards[layout.cardOfNode[edge.from]].rect;
        const QRectF to = layout.cards[layout.cardOfNode[edge.to]].rect;
        const auto onBorder = [](const QRectF &rect, const QPointF &point) {
            return rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(point) && !rect.adjusted(0.5, 0.5, -0.5, -0.5).contains(point);
        };
        if (!onBorder(from, route.points.first()) || !onBorder(to, route.points.last()))
            return name + u": does not start and end on its cards"_s;
        for (qsizetype p = 1; p < route.points.size(); ++p) {
            const QPointF a = route.points[p - 1];
            const QPointF b = route.points[p];
            const int steps = std::max(1, int(QLineF(a, b).length() / 2));
            for (int s = 0; s <= steps; ++s) {
                const QPointF point = a + (b - a) * (qreal(s) / steps);
                for (const TopologyLayout::Card &card : layout.cards) {
                    if (card.node == edge.from || card.node == edge.to)
                        continue;
                    if (card.rect.adjusted(1, 1, -1, -1).contains(point))
                        return u"%1 crosses the card of %2"_s.arg(name, graph.nodes[card.node].name);
                }
                if ((from.adjusted(1, 1, -1, -1).contains(point) || to.adjusted(1, 1, -1, -1).contains(point)))
                    return name + u" runs through one of its own cards"_s;
            }
        }
    }
    return {};
}

TopologySnapshot renamed(TopologySnapshot snapshot, const QString &cluster)
{
    snapshot.cluster = cluster;
    return snapshot;
}

} // namespace

class TestTopologyLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theRecordedLabIsAPrimaryOverItsStandbys()
    {
        TopologyGraph graph;
        graph.addSnapshot(assembleTopology(labInput(healthyProbes())));
        QCOMPARE(graph.edges.size(), 2);
        const TopologyLayout layout = layoutTopology(graph);
        QCOMPARE(layout.frames.size(), 1);
        const QRectF primary = cardOf(layout, graph, u"lab"_s, u"node1"_s);
        const QRectF left = cardOf(layout, graph, u"lab"_s, u"node2"_s);
        const QRectF right = cardOf(layout, graph, u"lab"_s, u"node3"_s);
        QVERIFY(primary.bottom() < left.top());
        QCOMPARE(left.top(), right.top());
        QVERIFY(left.right() < right.left());
        QCOMPARE(primary.center().x(), (left.center().x() + right.center().x()) / 2); // centred over them
        QVERIFY(layout.frames.first().rect.contains(primary.united(left).united(right)));
        QVERIFY2(checkLayout(layout, graph).isEmpty(), qPrintable(checkLayout(layout, graph)));
        // Reading order, for the keyboard: layer by layer, left to right.
        QCOMPARE(graph.nodes[layout.cards[0].node].name, u"node1"_s);
        QCOMPARE(graph.nodes[layout.cards[1].node].name, u"node2"_s);
    }

    void aCascadedStandbyHangsUnderItsUpstream()
    {
        TopologyGraph graph;
        graph.addSnapshot(assembleTopology(labInput(cascadedProbes())));
        const TopologyLayout layout = layoutTopology(graph);
        const QRectF middle = cardOf(layout, graph, u"lab"_s, u"node2"_s);
        const QRectF leaf = cardOf(layout, graph, u"lab"_s, u"node3"_s);
        QVERIFY(middle.bottom() < leaf.top());
        QCOMPARE(leaf.center().x(), middle.center().x());
        QCOMPARE(layout.cards[layout.cardOfNode[graph.indexOf(u"lab"_s, u"node3"_s)]].layer, 2);
        QVERIFY2(checkLayout(layout, graph).isEmpty(), qPrintable(checkLayout(layout, graph)));
    }

    void twoClustersStandSideBySideJoinedByALogicalEdge()
    {
        const TopologySnapshot lab = assembleTopology(labInput(healthyProbes()));
        TopologyGraph graph;
        graph.addSnapshot(lab);
        graph.addSnapshot(renamed(assembleTopology(labInput(cascadedProbes())), u"reporting"_s));
        // A subscription on reporting's node3 (a cascaded standby cannot subscribe, but the layout does not care)
        // and one on reporting's primary.
        QVERIFY(graph.addEdge(EdgeKind::Logical, u"lab"_s, u"node2"_s, u"reporting"_s, u"node1"_s));
        QVERIFY(graph.addEdge(EdgeKind::Logical, u"lab"_s, u"node1"_s, u"reporting"_s, u"node3"_s));
        QVERIFY(!graph.addEdge(EdgeKind::Logical, u"lab"_s, u"node1"_s, u"elsewhere"_s, u"node1"_s));
        const TopologyLayout layout = layoutTopology(graph);
        QCOMPARE(layout.frames.size(), 2);
        QCOMPARE(layout.frames[0].cluster, u"lab"_s);
        QVERIFY(layout.frames[0].rect.right() < layout.frames[1].rect.left());
        QVERIFY(!layout.frames[0].rect.intersects(layout.frames[1].rect));
        // The second cluster's own shape is kept: the cascade hangs under node2 there too.
        QVERIFY(cardOf(layout, graph, u"reporting"_s, u"node2"_s).bottom() < cardOf(layout, graph, u"reporting"_s, u"node3"_s).top());
        // Edges between clusters do not stack nodes: reporting's primary stays on the top layer.
        QCOMPARE(cardOf(layout, graph, u"reporting"_s, u"node1"_s).top(), cardOf(layout, graph, u"lab"_s, u"node1"_s).top());
        QVERIFY2(checkLayout(layout, graph).isEmpty(), qPrintable(checkLayout(layout, graph)));
        // The logical edges pass through the gap between the two frames.
        const qreal gap = (layout.frames[0].rect.right() + layout.frames[1].rect.left()) / 2;
        for (qsizetype e = 4; e < graph.edges.size(); ++e) {
            const auto &points = layout.routes[e].points;
            QVERIFY(std::any_of(points.cbegin(), points.cend(), [&](const QPointF &p) { return qAbs(p.x() - gap) < 1; }));
        }
    }

    void aNodeWithTwoUpstreamsStandsBelowTheLowerOne()
    {
        TopologyGraph graph;
        for (const char *name : {"a", "b", "c", "d"})
            graph.nodes.append({u"x"_s, QString::fromLatin1(name)});
        QVERIFY(graph.addEdge(EdgeKind::Physical, u"x"_s, u"a"_s, u"x"_s, u"b"_s));
        QVERIFY(graph.addEdge(EdgeKind::Physical, u"x"_s, u"b"_s, u"x"_s, u"c"_s));
        QVERIFY(graph.addEdge(EdgeKind::Physical, u"x"_s, u"a"_s, u"x"_s, u"d"_s));
        QVERIFY(graph.addEdge(EdgeKind::Logical, u"x"_s, u"c"_s, u"x"_s, u"d"_s)); // d has two upstreams
        QVERIFY(graph.addEdge(EdgeKind::Physical, u"x"_s, u"a"_s, u"x"_s, u"c"_s)); // skips a layer
        const TopologyLayout layout = layoutTopology(graph);
        QCOMPARE(layout.cards[layout.cardOfNode[graph.indexOf(u"x"_s, u"d"_s)]].layer, 3);
        QVERIFY2(checkLayout(layout, graph).isEmpty(), qPrintable(checkLayout(layout, graph)));
        // The edge from a to c crosses b's layer in a gap, not through b.
        QVERIFY(layout.routes[4].points.size() > 2);
    }

    void thirtyNodesWithAPoolerAndCycles()
    {
        TopologyGraph graph;
        graph.nodes.append({u"big"_s, u"primary"_s});
        for (int i = 1; i <= 28; ++i)
            graph.nodes.append({u"big"_s, u"standby%1"_s.arg(i)});
        graph.nodes.append({u"big"_s, u"pooler1"_s});
        for (int i = 1; i <= 20; ++i)
            graph.addEdge(EdgeKind::Physical, u"big"_s, u"primary"_s, u"big"_s, u"standby%1"_s.arg(i));
        for (int i = 21; i <= 28; ++i) // cascades under the first four standbys, two each
            graph.addEdge(EdgeKind::Physical, u"big"_s, u"standby%1"_s.arg((i - 21) / 2 + 1), u"big"_s, u"standby%1"_s.arg(i));
        graph.addEdge(EdgeKind::Pooler, u"big"_s, u"primary"_s, u"big"_s, u"pooler1"_s);
        // Logical replication both ways between two standbys' subscribers: a cycle must not hang the layout.
        graph.addEdge(EdgeKind::Logical, u"big"_s, u"standby21"_s, u"big"_s, u"standby22"_s);
        graph.addEdge(EdgeKind::Logical, u"big"_s, u"standby22"_s, u"big"_s, u"standby21"_s);
        const TopologyLayout layout = layoutTopology(graph);
        QCOMPARE(layout.cards.size(), 30);
        const QRectF pooler = cardOf(layout, graph, u"big"_s, u"pooler1"_s);
        const QRectF primary = cardOf(layout, graph, u"big"_s, u"primary"_s);
        QVERIFY(pooler.bottom() < primary.top()); // a pooler above the server it routes to
        QVERIFY(cardOf(layout, graph, u"big"_s, u"standby1"_s).bottom() < cardOf(layout, graph, u"big"_s, u"standby21"_s).top());
        QVERIFY2(checkLayout(layout, graph).isEmpty(), qPrintable(checkLayout(layout, graph)));
        QVERIFY2(layout.size.width() < 30 * (280 + 36) && layout.size.height() < 6 * (150 + 70),
                 qPrintable(u"%1 x %2"_s.arg(layout.size.width()).arg(layout.size.height())));
    }

    void edgeModelFollowsTheSnapshots()
    {
        TopologyEdgeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TopologySnapshot healthy = assembleTopology(labInput(healthyProbes()));
        model.setEdges(healthy.edges, u"lab"_s);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex first = model.index(0, 0);
        QCOMPARE(first.data(TopologyEdgeModel::KindRole).toInt(), int(EdgeKind::Physical));
        QCOMPARE(first.data(TopologyEdgeModel::UpstreamClusterRole).toString(), u"lab"_s);
        QCOMPARE(first.data(TopologyEdgeModel::StandbyClusterRole).toString(), u"lab"_s);
        QVERIFY(first.data(TopologyEdgeModel::StreamingRole).toBool());
        QCOMPARE(model.index(0, TopologyEdgeModel::KindColumn).data().toString(), u"physical"_s);
        // Same edges, new figures: updated in place. Another shape: reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setEdges(healthy.edges, u"lab"_s);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        model.setEdges(assembleTopology(labInput(cascadedProbes())).edges, u"lab"_s);
        QCOMPARE(reset.size(), 1);
        TopologyEdge between;
        between.kind = EdgeKind::Logical;
        between.upstream = u"node1"_s;
        between.upstreamCluster = u"lab"_s;
        between.standby = u"node1"_s;
        between.standbyCluster = u"reporting"_s;
        model.setEdges({between});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(TopologyEdgeModel::StandbyClusterRole).toString(), u"reporting"_s);
        model.setEdges({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTopologyLayout)
#include "tst_topologylayout.moc"
