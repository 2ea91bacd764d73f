// SPDX-License-Identifier: GPL-3.0-or-later
// The topology view on the offscreen platform, fed by a real lab.
#include "pg/pgsession.h"
#include "probe/clustermonitor.h"
#include "testlab.h"
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

    void selectionFollowsClicksAndArrowKeys()
    {
        TopologyModel model;
        ClusterMonitor monitor(u"lab"_s, m_lab->manifest().toProfile().endpoints(), {});
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(monitor.snapshot().complete, 20000);
        monitor.stop();
        model.setSnapshot(monitor.snapshot());
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

private:
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
