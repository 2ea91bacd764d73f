// SPDX-License-Identifier: GPL-3.0-or-later
// Every model runs under QAbstractItemModelTester while it is fed snapshots that change its shape and its values.
#include "statecolors.h"
#include "alertlistmodel.h"
#include "nodedetailsmodel.h"
#include "probefixtures.h"
#include "problemlistmodel.h"
#include "profilelistmodel.h"
#include "topologymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

TopologySnapshot healthySnapshot()
{
    return assembleTopology(labInput(healthyProbes()));
}

TopologySnapshot node3DownSnapshot()
{
    QHash<QString, NodeProbe> probes = healthyProbes();
    QJsonObject primary = recordedProbe(u"healthy-node1"_s);
    primary.insert("slots"_L1, QJsonArray());
    QJsonArray kept;
    for (const QJsonValue &row : primary.value("replication"_L1).toArray()) {
        if (row.toObject().value("application_name"_L1).toString() != u"node3")
            kept.append(row);
    }
    primary.insert("replication"_L1, kept);
    probes.insert(u"node1"_s, reachableProbe(u"node1"_s, primary));
    probes.insert(u"node3"_s, failedProbe(u"node3"_s, PgError::Kind::ConnectFailed, u"refused"_s));
    return assembleTopology(labInput(probes));
}

QStringList printTree(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << QString(depth * 2, u' ') + index.data().toString();
        lines << printTree(model, index, depth + 1);
    }
    return lines;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void topologyModelIsATreeOfUpstreams()
    {
        TopologyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(shareSnapshot(healthySnapshot()));
        QCOMPARE(printTree(model), QStringList({u"node1"_s, u"  node2"_s, u"  node3"_s}));
        const QModelIndex node2 = model.indexOfNode(u"node2"_s);
        QVERIFY(node2.isValid());
        QCOMPARE(node2.parent(), model.indexOfNode(u"node1"_s));
        QCOMPARE(node2.data(TopologyModel::NodeRoleRole).toInt(), int(NodeRole::Standby));
        QCOMPARE(node2.data(TopologyModel::UpstreamRole).toString(), u"node1"_s);
        QCOMPARE(node2.data(TopologyModel::ReplayLagBytesRole).toLongLong(), 0);
        QCOMPARE(model.index(0, TopologyModel::AddressColumn).data().toString(), u"127.0.0.1:55432"_s);
        QVERIFY(!model.indexOfNode(u"node1"_s).data(TopologyModel::SeverityRole).isValid());
    }
    void valueUpdatesKeepTheShapeAndOnlySignalChanges()
    {
        TopologyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(shareSnapshot(healthySnapshot()));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(shareSnapshot(healthySnapshot()));
        QCOMPARE(resets.count(), 0);
        QVERIFY(changes.count() > 0);
    }
    void shapeChangesReset()
    {
        TopologyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(shareSnapshot(healthySnapshot()));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        TopologySnapshot split = healthySnapshot();
        split.nodes[2].upstream.clear(); // node3 loses its upstream: it becomes a root
        model.setSnapshot(shareSnapshot(split));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(printTree(model), QStringList({u"node1"_s, u"  node2"_s, u"node3"_s}));
        model.setSnapshot(shareSnapshot(node3DownSnapshot()));
        QCOMPARE(model.indexOfNode(u"node3"_s).data(TopologyModel::NodeRoleRole).toInt(), int(NodeRole::Down));
        QCOMPARE(model.indexOfNode(u"node3"_s).data(TopologyModel::SeverityRole).toInt(), int(ProblemSeverity::Error));
        QVERIFY(!model.indexOfNode(u"node3"_s).data(TopologyModel::ProblemsRole).toStringList().isEmpty());
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
    void cyclesOfUpstreamsDoNotLoseNodes()
    {
        TopologyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TopologySnapshot cycle = healthySnapshot();
        cycle.nodes[1].upstream = u"node3"_s;
        cycle.nodes[2].upstream = u"node2"_s;
        model.setSnapshot(shareSnapshot(cycle));
        QCOMPARE(printTree(model).size(), 3);
    }
    void problemListIsWorstFirst()
    {
        ProblemListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TopologySnapshot down = node3DownSnapshot();
        model.setProblems(down.problems);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ProblemListModel::KindColumn).data().toString(), u"node_down"_s);
        QList<Problem> problems{{ProblemKind::ReplayPaused, ProblemSeverity::Warning, u"node2"_s, u"paused"_s},
                                {ProblemKind::SplitBrain, ProblemSeverity::Critical, u"node1"_s, u"split"_s}};
        model.setProblems(problems);
        QCOMPARE(model.index(0, ProblemListModel::NodeColumn).data().toString(), u"node1"_s);
        QCOMPARE(model.index(0, ProblemListModel::SeverityColumn).data().toString(), u"critical"_s);
        model.setProblems({});
        QCOMPARE(model.rowCount(), 0);
    }
    void nodeDetailsShowEveryProbeSection()
    {
        NodeDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TopologySnapshot snapshot = healthySnapshot();
        QHash<QString, NodeProbe> probes = healthyProbes();
        model.setNode(snapshot.node(u"node1"), &probes[u"node1"_s]);
        const QString text = model.toText();
        QVERIFY2(text.contains(u"Role: primary"_s), qPrintable(text));
        QVERIFY(text.contains(u"Streaming to: 2"_s));
        QVERIFY(text.contains(u"Replication slots: 2"_s));
        QVERIFY(text.contains(u"node2: active, physical"_s));
        QCOMPARE(model.nodeName(), u"node1"_s);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setNode(snapshot.node(u"node1"), &probes[u"node1"_s]);
        QCOMPARE(resets.count(), 0); // same properties: values updated in place

        model.setNode(snapshot.node(u"node2"), &probes[u"node2"_s]);
        QCOMPARE(resets.count(), 1);
        QVERIFY(model.toText().contains(u"WAL receiver: streaming"_s));
        QVERIFY(model.toText().contains(u"Upstream: node1"_s));
        model.setNode(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
    void profileListShowsLiveStateOfTheActiveProfile()
    {
        ProfileListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Profile lab;
        lab.name = u"lab"_s;
        lab.labDir = u"/var/tmp/lab"_s;
        lab.nodes = {{u"node1"_s, u"port=55432"_s}, {u"node2"_s, u"port=55433"_s}, {u"node3"_s, u"port=55434"_s}};
        Profile other;
        other.name = u"prod"_s;
        other.readOnly = true;
        other.nodes = {{u"db1"_s, u"host=db1"_s}};
        model.setProfiles({lab, other});
        QCOMPARE(printTree(model), QStringList({u"lab"_s, u"  node1"_s, u"  node2"_s, u"  node3"_s, u"prod (read-only)"_s, u"  db1"_s}));
        model.setActiveProfile(u"lab"_s);
        model.setSnapshot(shareSnapshot(node3DownSnapshot()));
        const QModelIndex node1 = model.index(0, 0, model.indexOfProfile(u"lab"_s));
        const QModelIndex node3 = model.index(2, 0, model.indexOfProfile(u"lab"_s));
        QCOMPARE(node1.data().toString(), u"node1 · primary"_s);
        // The same icon every time: a new pixmap per repaint would fill the pixmap cache at 10 polls a second.
        QCOMPARE(node3.data(Qt::DecorationRole).value<QIcon>().cacheKey(), statecolors::swatch(severityColor(ProblemSeverity::Error)).cacheKey());
        QCOMPARE(node3.data(Qt::DecorationRole).value<QIcon>().cacheKey(), node3.data(Qt::DecorationRole).value<QIcon>().cacheKey());
        QCOMPARE(node3.data(Qt::DecorationRole).value<QIcon>().pixmap(16).toImage().pixelColor(8, 8), severityColor(ProblemSeverity::Error));
        QVERIFY(model.indexOfProfile(u"lab"_s).data(ProfileListModel::ActiveRole).toBool());
        QCOMPARE(model.indexOfProfile(u"lab"_s).data(ProfileListModel::LabDirRole).toString(), u"/var/tmp/lab"_s);
        model.setProfiles({other});
        QCOMPARE(model.rowCount(), 1);
    }
    void alertListPutsFiringAlertsFirst()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertEngine engine(u"lab"_s, {{AlertRuleKind::NodeDown, true, 0, 0}, {AlertRuleKind::ReplayPaused, true, 0, 0}});
        TopologySnapshot down = node3DownSnapshot();
        down.takenAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        engine.evaluate(down);
        model.setAlerts(engine.alerts());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.firingCount(), 1);
        QCOMPARE(model.index(0, AlertListModel::SubjectColumn).data().toString(), u"node3"_s);
        QCOMPARE(model.index(0, AlertListModel::StateColumn).data().toString(), u"firing"_s);
        QVERIFY(model.index(0, 0).data(AlertListModel::FiringRole).toBool());

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        engine.acknowledge(u"node3"_s, AlertRuleKind::NodeDown);
        model.setAlerts(engine.alerts());
        QCOMPARE(resets.count(), 0); // same rows, updated in place
        QCOMPARE(model.index(0, AlertListModel::StateColumn).data().toString(), u"firing (acknowledged)"_s);

        TopologySnapshot healthy = healthySnapshot();
        healthy.takenAt = down.takenAt.addSecs(10);
        engine.evaluate(healthy);
        model.setAlerts(engine.alerts());
        QCOMPARE(model.firingCount(), 0);
        QCOMPARE(model.index(0, AlertListModel::StateColumn).data().toString(), u"resolved"_s);
        model.setAlerts({});
        QCOMPARE(model.rowCount(), 0);
    }
    void aSilencedAlertSaysSoAndLosesItsAlarmColour()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        AlertEngine engine(u"lab"_s, {{AlertRuleKind::NodeDown, true, 0, 0}});
        TopologySnapshot down = node3DownSnapshot();
        down.takenAt = QDateTime::fromMSecsSinceEpoch(1'800'000'000'000, Qt::UTC);
        Silence silence;
        silence.id = u"0badcafe"_s;
        silence.cluster = u"lab"_s;
        silence.node = u"node3"_s;
        silence.from = down.takenAt.addSecs(-60);
        silence.until = down.takenAt.addSecs(3600);
        silence.reason = u"planned: Switchover of lab to node2"_s;
        silence.author = u"postgres"_s;
        silence.byAction = true;
        engine.setSilences({silence});
        engine.evaluate(down);
        model.setAlerts(engine.alerts());
        const QModelIndex state = model.index(0, AlertListModel::StateColumn);
        QCOMPARE(state.data().toString(), u"firing (silenced: planned action)"_s);
        QCOMPARE(state.data(AlertListModel::SilenceIdRole).toString(), u"0badcafe"_s);
        QCOMPARE(state.data(AlertListModel::ClusterRole).toString(), u"lab"_s);
        QVERIFY(state.data(Qt::ToolTipRole).toString().contains(u"planned: Switchover of lab to node2"_s));
        QVERIFY(!state.data(Qt::ForegroundRole).isValid());
        QVERIFY(!state.data(Qt::FontRole).isValid());
        QCOMPARE(model.firingCount(), 1); // it fires all the same

        silence.byAction = false;
        engine.setSilences({silence});
        engine.evaluate(down);
        model.setAlerts(engine.alerts());
        QCOMPARE(model.index(0, AlertListModel::StateColumn).data().toString(), u"firing (silenced)"_s);
        engine.setSilences({});
        engine.evaluate(down);
        model.setAlerts(engine.alerts());
        QCOMPARE(model.index(0, AlertListModel::StateColumn).data().toString(), u"firing"_s);
        QVERIFY(model.index(0, AlertListModel::StateColumn).data(AlertListModel::SilenceIdRole).toString().isEmpty());
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
