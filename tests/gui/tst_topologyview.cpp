// SPDX-License-Identifier: GPL-3.0-or-later
// The topology view on the offscreen platform, fed by a real lab.
#include "pg/pgsession.h"
#include "monitor/clustermonitor.h"
#include "testlab.h"
#include "topologyedgemodel.h"
#include "topologymodel.h"
#include "topologyview.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
/// The colour of a card's header band, where the role is painted.
QColor headerColor(TopologyView &view, const QString &node)
{
    const QRect card = view.cardRect(node);
    return view.grab().toImage().pixelColor(card.left() + card.width() / 2, card.top() + 4);
}
/// A topology view fed live by a ClusterMonitor polling the lab every 200 ms.
struct LiveTopology
{
    explicit LiveTopology(const Profile &profile)
        : monitor(u"lab"_s, profile.endpoints(), [] {
            ProbeSettings settings;
            settings.intervalMs = 200;
            return settings;
        }())
    {
        view.setModel(&model);
        view.resize(1000, 600);
        view.show();
        QObject::connect(&monitor, &ClusterMonitor::topologyChanged, &model, &TopologyModel::setSnapshot);
    }
    TopologyModel model;
    TopologyView view;
    ClusterMonitor monitor;
};
} // namespace

class TestTopologyView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void showsTheLabsThreeNodesWithTheirRoles()
    {
        LiveTopology live(m_lab->manifest().toProfile());
        TopologyView &view = live.view;
        ClusterMonitor &monitor = live.monitor;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        monitor.start();

        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().complete && monitor.snapshot().healthy(), 20000);
        QCOMPARE(view.nodesInLayoutOrder(), QStringList({u"node1"_s, u"node2"_s, u"node3"_s}));
        const QRect primary = view.cardRect(u"node1"_s);
        const QRect left = view.cardRect(u"node2"_s);
        const QRect right = view.cardRect(u"node3"_s);
        QVERIFY(primary.bottom() < left.top());     // standbys below their primary
        QCOMPARE(left.top(), right.top());          // on one row
        QVERIFY(left.right() < right.left());       // side by side
        QVERIFY(primary.left() > left.left() && primary.right() < right.right()); // centred over them
        QCOMPARE(headerColor(view, u"node1"_s), QColor(0x2e, 0x7d, 0x32)); // primary green
        QCOMPARE(headerColor(view, u"node2"_s), QColor(0x15, 0x65, 0xc0)); // standby blue

        // A stopped standby turns red where it stands.
        QString error;
        QVERIFY2(m_lab->lab().stopNode(u"node3"_s, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(monitor.snapshot().node(u"node3")->role, NodeRole::Down, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(headerColor(view, u"node3"_s), QColor(0xc6, 0x28, 0x28), 5000);
        QCOMPARE(view.cardRect(u"node3"_s).top(), left.top());
        QVERIFY2(m_lab->lab().startNode(u"node3"_s, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().healthy(), 20000);
    }

    void aFullServerIsDrawnAliveNotDown()
    {
        // Every slot of node1 taken before the monitor connects: it is told "too many clients".
        std::vector<std::unique_ptr<PgSession>> sessions;
        const auto info = ConnInfo::parse(m_lab->conninfo(u"node1"_s));
        for (int i = 0; i < 80; ++i) {
            auto session = std::make_unique<PgSession>();
            PgError error;
            if (!session->open(*info, {}, QDeadlineTimer(5000), &error))
                break;
            sessions.push_back(std::move(session));
        }
        QVERIFY(sessions.size() < 80);
        LiveTopology live(m_lab->manifest().toProfile());
        TopologyView &view = live.view;
        ClusterMonitor &monitor = live.monitor;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().complete, 20000);
        QCOMPARE(monitor.snapshot().node(u"node1")->state, u"connections exhausted"_s);
        QTRY_COMPARE_WITH_TIMEOUT(headerColor(view, u"node1"_s), QColor(0xe6, 0x51, 0x00), 5000); // alive: amber, not red
        if (const QString dir = qEnvironmentVariable("PGV_TEST_SHOTS"); !dir.isEmpty())
            view.grab().save(dir + u"/topology-full-primary.png"_s);
        sessions.clear();
    }

    void cardsGoCompactWhenFullOnesWouldBeTooSmall()
    {
        LiveTopology live(m_lab->manifest().toProfile());
        TopologyView &view = live.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        live.monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(live.monitor.snapshot().complete && live.monitor.snapshot().healthy(), 20000);
        QVERIFY(!view.isCompact()); // 1000x600: full cards at full size
        const int fullHeight = view.cardRect(u"node2"_s).height();

        // A small area: full cards would be drawn at about half their size, so they go compact and stay readable.
        view.resize(440, 260);
        QTRY_VERIFY_WITH_TIMEOUT(view.isCompact(), 2000);
        QVERIFY(view.isFitting());
        QCOMPARE_GE(view.zoom(), 0.8);
        for (const QString &node : {u"node1"_s, u"node2"_s, u"node3"_s}) {
            QVERIFY2(view.rect().contains(view.cardRect(node)), qPrintable(node));
            QCOMPARE_LT(view.cardRect(node).height(), fullHeight / 2);
        }
        QCOMPARE(view.nodesInLayoutOrder(), QStringList({u"node1"_s, u"node2"_s, u"node3"_s}));
        QCOMPARE(headerColor(view, u"node2"_s), QColor(0x15, 0x65, 0xc0)); // still a standby's blue header
        if (const QString dir = qEnvironmentVariable("PGV_TEST_SHOTS"); !dir.isEmpty())
            view.grab().save(dir + u"/topology-compact.png"_s);

        // Room again: full cards come back.
        view.resize(1000, 600);
        QTRY_VERIFY_WITH_TIMEOUT(!view.isCompact(), 2000);
        QCOMPARE(view.cardRect(u"node2"_s).height(), fullHeight);
    }

    void selectionFollowsClicksAndArrowKeys()
    {
        TopologyModel model;
        ClusterMonitor monitor(u"lab"_s, m_lab->manifest().toProfile().endpoints(), {});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().complete, 20000);
        monitor.stop();
        model.setSnapshot(monitor.sharedSnapshot());
        TopologyView view;
        view.setModel(&model);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy selected(&view, &TopologyView::nodeSelected);
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.cardRect(u"node2"_s).center());
        QCOMPARE(view.selectedNode(), u"node2"_s);
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedNode(), u"node3"_s);
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(view.selectedNode(), u"node1"_s);
        QCOMPARE(selected.count(), 3);
        QSignalSpy menu(&view, &TopologyView::nodeContextMenuRequested);
        QTest::keyClick(&view, Qt::Key_Menu);
        QCOMPARE(menu.count(), 1);
        QCOMPARE(menu.first().first().toString(), u"node1"_s);
    }

    void twoClustersInOneWorkspaceJoinedByALogicalEdge()
    {
        // A second, one-node lab beside the first; a subscription between them, synthetic for now (the logical
        // replication issue reads real ones): both clusters drawn in their frames, the edge between them.
        test::TestLab reporting(0);
        QVERIFY2(reporting.isValid(), qPrintable(reporting.error()));
        ProbeSettings settings;
        settings.intervalMs = 200;
        ClusterMonitor ordersMonitor(u"orders"_s, m_lab->manifest().toProfile().endpoints(), settings);
        ClusterMonitor reportingMonitor(u"reporting"_s, reporting.manifest().toProfile().endpoints(), settings);
        TopologyModel orders;
        TopologyModel reportingModel;
        TopologyEdgeModel between;
        connect(&ordersMonitor, &ClusterMonitor::topologyChanged, &orders, &TopologyModel::setSnapshot);
        connect(&reportingMonitor, &ClusterMonitor::topologyChanged, &reportingModel, &TopologyModel::setSnapshot);
        TopologyEdge subscription;
        subscription.kind = EdgeKind::Logical;
        subscription.upstream = u"node1"_s;
        subscription.upstreamCluster = u"orders"_s;
        subscription.standby = u"node1"_s;
        subscription.standbyCluster = u"reporting"_s;
        subscription.state = u"streaming"_s;
        subscription.streaming = true;
        between.setEdges({subscription});

        TopologyView view;
        view.setClusters({&orders, &reportingModel}, &between);
        view.resize(1500, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ordersMonitor.start();
        reportingMonitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(ordersMonitor.snapshot().healthy() && ordersMonitor.snapshot().complete
                                     && reportingMonitor.snapshot().healthy() && reportingMonitor.snapshot().complete,
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(view.nodesInLayoutOrder().size(), 4, 5000);
        const QRect left = view.clusterRect(u"orders"_s);
        const QRect right = view.clusterRect(u"reporting"_s);
        QVERIFY(!left.isEmpty() && !right.isEmpty());
        QVERIFY(left.right() < right.left());
        QVERIFY(left.contains(view.cardRect(u"node3"_s, u"orders"_s)));
        QVERIFY(right.contains(view.cardRect(u"node1"_s, u"reporting"_s)));
        QCOMPARE(view.cardRect(u"node1"_s, u"reporting"_s).top(), view.cardRect(u"node1"_s, u"orders"_s).top());
        const QStringList edges = view.edgesDrawn();
        QVERIFY2(edges.contains(u"orders/node1 -> reporting/node1 (logical)"_s), qPrintable(edges.join(u"; "_s)));
        QVERIFY2(edges.contains(u"orders/node1 -> orders/node2 (physical)"_s), qPrintable(edges.join(u"; "_s)));
        QCOMPARE(edges.size(), 3);
        // The logical edge is painted in its colour in the gap between the frames.
        const QImage image = view.grab().toImage();
        if (const QString dir = qEnvironmentVariable("PGV_TEST_SHOTS"); !dir.isEmpty())
            image.save(dir + u"/topology-two-clusters.png"_s);
        int teal = 0;
        for (int x = left.right() + 2; x < right.left() - 1; ++x) {
            for (int y = left.top(); y < left.bottom(); ++y)
                teal += image.pixelColor(x, y) == QColor(0x00, 0x83, 0x8f);
        }
        QVERIFY2(teal > 20, qPrintable(QString::number(teal)));
        // Selection tells the two node1 apart.
        QTest::mouseClick(&view, Qt::LeftButton, {}, view.cardRect(u"node1"_s, u"reporting"_s).center());
        QCOMPARE(view.selectedCluster(), u"reporting"_s);
        QCOMPARE(view.selectedNode(), u"node1"_s);
    }

private:
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
