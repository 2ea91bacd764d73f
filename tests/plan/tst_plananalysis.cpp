// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis on plans recorded from a real server (tests/data/plans): exclusive times with CTEs, InitPlans and
// parallel workers, buffers, misestimates and warnings.
#include "plantestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestPlanAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cteTimeIsChargedToTheCte()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"cte_scan"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        for (const Plan *plan : {&fixture->json, &fixture->text}) {
            const PlanAnalysis analysis = analyzePlan(*plan);
            const PlanNode *cte = nullptr;
            for (const PlanNode &node : plan->nodes)
                cte = node.subplanName == u"CTE big" ? &node : cte;
            QVERIFY(cte);
            const PlanNode &owner = plan->nodes.at(cte->parent);
            QCOMPARE(owner.type, u"Merge Join"_s);
            double takenFromScans = 0;
            int scans = 0;
            for (const PlanNode &node : plan->nodes) {
                if (node.type == u"CTE Scan") {
                    takenFromScans += *analysis.nodes[node.id].totalMs - *analysis.nodes[node.id].exclusiveMs;
                    ++scans;
                }
            }
            QCOMPARE(scans, 2);
            // The scans give up exactly the CTE's time; the Merge Join keeps its own (children except the CTE).
            QVERIFY2(std::abs(takenFromScans - *analysis.nodes[cte->id].totalMs) < 0.01,
                     qPrintable(u"%1 vs %2"_s.arg(takenFromScans).arg(*analysis.nodes[cte->id].totalMs)));
            double children = 0;
            for (int child : owner.children)
                children += child == cte->id ? 0 : *analysis.nodes[child].totalMs;
            QVERIFY(std::abs(*analysis.nodes[owner.id].exclusiveMs - (*analysis.nodes[owner.id].totalMs - children)) < 0.01);
            for (const NodeAnalysis &node : analysis.nodes)
                QVERIFY2(node.notes.isEmpty(), qPrintable(node.notes.join(u' ')));
        }
    }

    void recursiveCteTimeIsChargedToTheCte()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"recursive_cte"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        const PlanAnalysis analysis = analyzePlan(fixture->json);
        const PlanNode *scan = test::findPlanNode(fixture->json, u"CTE Scan on r"_s);
        const PlanNode *recursive = test::findPlanNode(fixture->json, u"Recursive Union"_s);
        QVERIFY(scan && recursive);
        QCOMPARE(recursive->subplanName, u"CTE r"_s);
        const double expected = std::max(0.0, *analysis.nodes[scan->id].totalMs - *analysis.nodes[recursive->id].totalMs);
        QVERIFY(std::abs(*analysis.nodes[scan->id].exclusiveMs - expected) < 0.01);
        QVERIFY(*analysis.nodes[0].exclusiveMs >= 0);
    }

    void initPlanTimeIsChargedToItsFirstUser()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"initplan"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        for (const Plan *plan : {&fixture->json, &fixture->text}) {
            const PlanAnalysis analysis = analyzePlan(*plan);
            const PlanNode &root = plan->root();
            const PlanNode *initPlan = test::findPlanNode(*plan, u"Result"_s);
            const PlanNode *index = test::findPlanNode(*plan, u"Bitmap Index Scan"_s);
            QVERIFY(initPlan && index);
            QCOMPARE(initPlan->parentRelationship, u"InitPlan"_s);
            QCOMPARE(initPlan->parent, root.id);
            // The Bitmap Index Scan evaluates $1 first: the InitPlan's time is inside its time, not in the root's own.
            const auto &nodes = analysis.nodes;
            QVERIFY(std::abs(*nodes[index->id].exclusiveMs - (*nodes[index->id].totalMs - *nodes[initPlan->id].totalMs)) < 0.005);
            QVERIFY(std::abs(*nodes[root.id].exclusiveMs - (*nodes[root.id].totalMs - *nodes[index->id].totalMs)) < 0.005);
            QVERIFY(analysis.unaccountedMs < 0.005);
        }
    }

    void parallelTimeIsDividedByProcesses()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"parallel_aggregate"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        const PlanAnalysis analysis = analyzePlan(fixture->json);
        const PlanNode *gather = test::findPlanNode(fixture->json, u"Gather"_s);
        const PlanNode *scan = test::findPlanNode(fixture->json, u"Parallel Seq Scan"_s);
        QVERIFY(gather && scan);
        QVERIFY(gather->workersLaunched.has_value());
        const int processes = *gather->workersLaunched + 1;
        QCOMPARE(analysis.nodes[gather->id].processes, 1);
        QCOMPARE(analysis.nodes[scan->id].processes, std::min(processes, int(*scan->actualLoops)));
        QVERIFY(qFuzzyCompare(*analysis.nodes[scan->id].totalMs,
                              *scan->actualTotalTime * *scan->actualLoops / analysis.nodes[scan->id].processes));
        QVERIFY(*analysis.nodes[scan->id].totalMs <= *analysis.nodes[gather->id].totalMs + 1);
    }

    void buffersAreSplitIntoExclusiveParts()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"merge_join"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        for (const Plan *plan : {&fixture->json, &fixture->text}) {
            const PlanAnalysis analysis = analyzePlan(*plan);
            double hits = 0;
            for (const NodeAnalysis &node : analysis.nodes)
                hits += node.exclusive[PlanCounters::SharedHit] + node.exclusive[PlanCounters::SharedRead];
            QVERIFY(plan->root().hasBuffers);
            QCOMPARE(hits, plan->root().counters[PlanCounters::SharedHit] + plan->root().counters[PlanCounters::SharedRead]);
        }
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("message");
        QTest::newRow("disk sort") << u"sort_external"_s << int(PlanWarning::Kind::DiskSort) << u"Sort"_s << u"external merge"_s;
        QTest::newRow("lossy bitmap") << u"bitmap_lossy"_s << int(PlanWarning::Kind::LossyBitmap) << u"Bitmap Heap Scan"_s << u"lossy"_s;
        QTest::newRow("filter") << u"seq_scan"_s << int(PlanWarning::Kind::FilterDiscards) << u"Seq Scan on orders"_s << u"99.9%"_s;
        QTest::newRow("many loops") << u"nested_loop_memoize"_s << int(PlanWarning::Kind::ManyLoops) << u"Nested Loop"_s << u"runs 4999 times"_s;
        QTest::newRow("misestimate") << u"misestimate"_s << int(PlanWarning::Kind::Misestimate) << u"Seq Scan on orders"_s
                                     << u"underestimated 200×"_s;
    }
    void warnings()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, node);
        QFETCH(QString, message);
        QString why;
        const auto fixture = test::loadPlanFixture(name, &why);
        QVERIFY2(fixture, qPrintable(why));
        for (const Plan *plan : {&fixture->json, &fixture->text}) {
            const PlanAnalysis analysis = analyzePlan(*plan);
            QStringList found;
            bool matched = false;
            for (const PlanWarning &warning : analysis.warnings) {
                found << plan->nodes[warning.node].label() + u": "_s + warning.message;
                matched = matched
                    || (int(warning.kind) == kind && plan->nodes[warning.node].label().startsWith(node) && warning.message.contains(message));
            }
            QVERIFY2(matched, qPrintable(found.join(u'\n')));
        }
    }

    void misestimateHasADirection()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"misestimate"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        const PlanAnalysis analysis = analyzePlan(fixture->json);
        QCOMPARE(fixture->json.root().planRows, 125.0);
        QCOMPARE(fixture->json.root().actualRows, 25000.0);
        QCOMPARE(analysis.nodes[0].misestimate, 200.0);
        QCOMPARE(analysis.nodes[0].estimate, RowsEstimate::Under);
    }

    void plansWithoutTimes()
    {
        for (const char *name : {"timing_off", "costs_off", "plan_only"}) {
            QString why;
            const auto fixture = test::loadPlanFixture(QString::fromLatin1(name), &why);
            QVERIFY2(fixture, qPrintable(why));
            const PlanAnalysis analysis = analyzePlan(fixture->json);
            QVERIFY(!analysis.totalMs);
            QVERIFY(analysis.hotspots.isEmpty());
            QVERIFY(std::all_of(analysis.nodes.cbegin(), analysis.nodes.cend(), [](const NodeAnalysis &node) { return !node.exclusiveMs; }));
        }
        QString why;
        const auto timingOff = test::loadPlanFixture(u"timing_off"_s, &why);
        QVERIFY(timingOff->json.hasActuals());
        QVERIFY(analyzePlan(timingOff->json).nodes[0].misestimate.has_value());
        const auto costsOff = test::loadPlanFixture(u"costs_off"_s, &why);
        QVERIFY(!costsOff->json.root().planRows);
        QVERIFY(!costsOff->text.root().planRows);
    }

    void jsonNodeWithoutTime()
    {
        // Hand-edited JSON: the middle node lost its times. The others still add up; nothing is invented for it.
        const QByteArray json = R"([{"Plan": {"Node Type": "Limit", "Actual Total Time": 10, "Actual Loops": 1, "Plans": [
            {"Node Type": "Sort", "Actual Loops": 1, "Plans": [
                {"Node Type": "Seq Scan", "Actual Total Time": 6, "Actual Loops": 1}]}]}}])";
        const auto plan = parsePlan(json);
        QVERIFY(plan);
        const PlanAnalysis analysis = analyzePlan(*plan);
        QVERIFY(test::analysisProblem(*plan, analysis).contains(u"no time"_s));
        QCOMPARE(analysis.nodes[0].exclusiveMs, 4.0);
        QVERIFY(!analysis.nodes[1].exclusiveMs);
        QVERIFY(!analysis.nodes[1].notes.isEmpty());
        QCOMPARE(analysis.nodes[2].exclusiveMs, 6.0);
    }

};

QTEST_GUILESS_MAIN(TestPlanAnalysis)
#include "tst_plananalysis.moc"
