// SPDX-License-Identifier: GPL-3.0-or-later
// The models around the plan tree — node details, hotspots and warnings, two plans compared, pg_stat_statements
// rows, explain history — under QAbstractItemModelTester, fed plans recorded from a real server.
#include "explainhistorymodel.h"
#include "plancomparisonmodel.h"
#include "plandiagramlayout.h"
#include "plandocument.h"
#include "plandetailsmodel.h"
#include "planhotspotmodel.h"
#include "plantestsupport.h"
#include "statementstatsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

QModelIndex findRow(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == name)
            return index;
    }
    return {};
}

} // namespace

class TestPlanModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detailsShowAnalysisAndEveryProperty()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"parallel_gather_merge"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        const Plan &plan = fixture->json;
        const PlanAnalysis analysis = analyzePlan(plan);
        PlanDetailsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const PlanNode &node : plan.nodes) {
            model.showNode(plan, analysis, node.id);
            QCOMPARE(model.node(), node.id);
            const QModelIndex properties = findRow(model, {}, u"Properties"_s);
            QVERIFY(properties.isValid());
            // Every property EXPLAIN printed is a row, in EXPLAIN's order.
            const auto ordered = node.orderedProperties();
            QCOMPARE(model.rowCount(properties), int(ordered.size()));
            for (int i = 0; i < model.rowCount(properties); ++i)
                QCOMPARE(model.index(i, 0, properties).data().toString(), ordered.at(i).first);
            const QModelIndex derived = findRow(model, {}, u"Analysis"_s);
            QVERIFY(findRow(model, derived, u"Own time"_s).isValid());
            if (node.hasWorkers) {
                const QModelIndex workers = findRow(model, properties, u"Workers"_s);
                QVERIFY(model.rowCount(workers) > 0);
                QVERIFY(model.rowCount(model.index(0, 0, workers)) > 0);
            }
        }
        QVERIFY(model.toText().contains(u"Actual Total Time: "_s));
        model.showNode(plan, analysis, 99999);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.node(), -1);
    }

    void hotspotsRankByOwnTimeThenListWarnings()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"misestimate"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        const PlanAnalysis analysis = analyzePlan(fixture->json);
        QVERIFY(!analysis.warnings.isEmpty());
        PlanHotspotModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(fixture->json, analysis);
        QVERIFY(model.rowCount() >= int(std::min<qsizetype>(analysis.hotspots.size(), 50)));
        double previous = std::numeric_limits<double>::max();
        int warnings = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex rank = model.index(row, PlanHotspotModel::RankColumn);
            if (!rank.data().toString().isEmpty()) {
                const double own = model.index(row, PlanHotspotModel::OwnTimeColumn).data(PlanHotspotModel::SortRole).toDouble();
                QVERIFY(own <= previous);
                previous = own;
                QCOMPARE(rank.data(PlanHotspotModel::NodeIdRole).toInt(), analysis.hotspots.at(row));
            }
            warnings += !model.index(row, PlanHotspotModel::WarningColumn).data().toString().isEmpty();
        }
        QCOMPARE(warnings, int(analysis.warnings.size()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void comparisonShowsDeltasAndOneSidedNodes()
    {
        QString why;
        const auto before = test::loadPlanFixture(u"sort_external"_s, &why);
        const auto after = test::loadPlanFixture(u"sort_memory"_s, &why);
        QVERIFY2(before && after, qPrintable(why));
        PlanComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlans(before->json, analyzePlan(before->json), after->json, analyzePlan(after->json));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, PlanComparisonModel::TimeDeltaColumn);
        const double leftOwn = model.index(0, PlanComparisonModel::LeftTimeColumn).data(PlanComparisonModel::SortRole).toDouble();
        const double rightOwn = model.index(0, PlanComparisonModel::RightTimeColumn).data(PlanComparisonModel::SortRole).toDouble();
        QCOMPARE(root.data(PlanComparisonModel::SortRole).toDouble(), rightOwn - leftOwn);
        QVERIFY(model.summary().contains(u"Execution "_s));
        QVERIFY(model.summary().contains(u"nodes matched"_s));

        // Two runs of the same query (the fixture's JSON and text runs): every node pairs.
        model.setPlans(before->json, analyzePlan(before->json), before->text, analyzePlan(before->text));
        QVERIFY2(model.summary().contains(u", 0 only on the left, 0 only on the right"_s), qPrintable(model.summary()));
        // Against itself nothing changes.
        model.setPlans(before->json, analyzePlan(before->json), before->json, analyzePlan(before->json));
        QCOMPARE(model.index(0, PlanComparisonModel::TimeDeltaColumn).data(PlanComparisonModel::SortRole).toDouble(), 0.0);
        QCOMPARE(model.index(0, PlanComparisonModel::BuffersDeltaColumn).data(PlanComparisonModel::SortRole).toDouble(), 0.0);

        // Different queries: one-sided rows say so.
        const auto other = test::loadPlanFixture(u"hash_left_join"_s, &why);
        QVERIFY2(other, qPrintable(why));
        model.setPlans(before->json, analyzePlan(before->json), other->json, analyzePlan(other->json));
        bool oneSided = false;
        for (const PlanPairing &pairing : model.pairings())
            oneSided = oneSided || pairing.left < 0 || pairing.right < 0;
        QVERIFY(oneSided);
    }

    void statementStatsAndHistoryRows()
    {
        StatementStatsModel stats;
        QAbstractItemModelTester statsTester(&stats, QAbstractItemModelTester::FailureReportingMode::QtTest);
        StatementStats slow;
        slow.query = u"SELECT *\n  FROM orders WHERE id = $1"_s;
        slow.calls = 12;
        slow.totalMs = 1234.5;
        slow.meanMs = 102.875;
        slow.user = u"app"_s;
        slow.database = u"shop"_s;
        stats.setStatements({slow, StatementStats()});
        QCOMPARE(stats.rowCount(), 2);
        QCOMPARE(stats.index(0, StatementStatsModel::QueryColumn).data().toString(), u"SELECT * FROM orders WHERE id = $1"_s);
        QCOMPARE(stats.index(0, StatementStatsModel::QueryColumn).data(StatementStatsModel::QueryTextRole).toString(), slow.query);
        QCOMPARE(stats.index(0, StatementStatsModel::MeanColumn).data().toString(), u"102.9"_s);
        QCOMPARE(stats.index(0, StatementStatsModel::UserColumn).data().toString(), u"app@shop"_s);

        ExplainHistoryModel history;
        QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ExplainHistoryEntry entry;
        entry.startedAt = QDateTime::currentDateTimeUtc();
        entry.profile = u"lab"_s;
        entry.node = u"node1"_s;
        entry.sql = u"SELECT 1"_s;
        entry.status = u"ok"_s;
        entry.elapsedMs = 3.25;
        history.setEntries({entry});
        ExplainHistoryEntry failed = entry;
        failed.status = u"failed"_s;
        failed.error = u"syntax error"_s;
        history.prepend(failed);
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.index(0, ExplainHistoryModel::StatusColumn).data(Qt::ToolTipRole).toString(), u"syntax error"_s);
        QCOMPARE(history.index(1, ExplainHistoryModel::NodeColumn).data().toString(), u"lab/node1"_s);
        QCOMPARE(history.index(1, ExplainHistoryModel::DurationColumn).data().toString(), u"3.3 ms"_s);
    }

    void diagramCollapsesWideNodesAndCentresParents()
    {
        QByteArray text = "Append  (cost=0.00..100.00 rows=30 width=4) (actual time=0.01..9.00 rows=30 loops=1)\n";
        for (int i = 0; i < 30; ++i) {
            // Partition 17 is the slow one: it must stay visible when the Append is collapsed.
            const QByteArray time = i == 17 ? "5.000" : "0.100";
            text += "  ->  Seq Scan on p" + QByteArray::number(i) + "  (cost=0.00..1.00 rows=1 width=4) (actual time=0.001.."
                + time + " rows=1 loops=1)\n";
        }
        PlanParseError error;
        const auto plan = parsePlan(text, &error);
        QVERIFY2(plan, qPrintable(error.toString()));
        const PlanAnalysis analysis = analyzePlan(*plan);
        const PlanDiagramMetrics metrics;
        const PlanDiagramLayout collapsed = layoutPlanDiagram(*plan, analysis, {}, metrics);
        QCOMPARE(collapsed.boxes.size(), 1 + metrics.shownWhenCollapsed + 1);
        QVERIFY(collapsed.boxOfNode.at(18) >= 0); // node 18 is p17
        const PlanDiagramLayout::Box &more = collapsed.boxes.last(); // after the children it stands beside
        QCOMPARE(more.node, -1);
        QCOMPARE(more.owner, 0);
        QCOMPARE(more.hidden, 30 - metrics.shownWhenCollapsed);
        int hiddenNodes = 0;
        for (int box : collapsed.boxOfNode)
            hiddenNodes += box < 0;
        QCOMPARE(hiddenNodes, 30 - metrics.shownWhenCollapsed);

        const PlanDiagramLayout open = layoutPlanDiagram(*plan, analysis, {0}, metrics);
        QCOMPARE(open.boxes.size(), 31);
        const QRectF root = open.boxes.at(0).rect;
        const QRectF first = open.boxes.at(open.boxOfNode.at(1)).rect;
        const QRectF last = open.boxes.at(open.boxOfNode.at(30)).rect;
        QCOMPARE(root.center().x(), (first.center().x() + last.center().x()) / 2);
        for (qsizetype i = 1; i < open.boxes.size(); ++i) {
            QVERIFY(open.boxes.at(i).rect.top() > root.bottom());
            for (qsizetype j = i + 1; j < open.boxes.size(); ++j)
                QVERIFY(!open.boxes.at(i).rect.intersects(open.boxes.at(j).rect));
        }
        QCOMPARE(open.boxAt(first.center()), open.boxOfNode.at(1));
        QCOMPARE(open.boxAt(QPointF(-5, -5)), -1);
        QVERIFY(open.size.width() >= last.right());
    }

    void loaderParsesOffTheGuiThreadAndKeepsTheNewest()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"cte_scan"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        PlanLoader loader;
        QSignalSpy loaded(&loader, &PlanLoader::loaded);
        QSignalSpy failed(&loader, &PlanLoader::failed);
        loader.load("not a plan at all", u"garbage"_s);
        loader.load(fixture->textInput, u"cte.txt"_s);
        QVERIFY(loader.isLoading());
        QVERIFY(loaded.wait(10000));
        QTest::qWait(50);
        QCOMPARE(loaded.size(), 1); // the older, failing load was superseded
        QCOMPARE(failed.size(), 0);
        const auto document = loaded.first().first().value<std::shared_ptr<const PlanDocument>>();
        QCOMPARE(document->title, u"cte.txt"_s);
        QCOMPARE(document->plan.nodes.size(), fixture->text.nodes.size());
        QCOMPARE(document->spans.size(), fixture->text.nodes.size());
        QVERIFY(!loader.isLoading());

        loader.load("Seq Scan on t  (cost=0.00..", u"cut off"_s);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toString(), u"cut off"_s);
        QVERIFY(!failed.first().at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestPlanModels)
#include "tst_planmodels.moc"
