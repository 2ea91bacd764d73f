// SPDX-License-Identifier: GPL-3.0-or-later
// What the plan views build on: where each node sits in the pasted text, two plans matched node for node, and a
// node or subtree written back as psql prints it — on plans recorded from a real server (tests/data/plans).
#include "plan/plancomparison.h"
#include "plan/plansourcemap.h"
#include "plan/plantextwriter.h"
#include "plantestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

const QStringList &fixtureNames()
{
    static const QStringList names{u"seq_scan"_s, u"hash_left_join"_s, u"initplan"_s, u"cte_scan"_s, u"recursive_cte"_s,
                                   u"parallel_hash_join"_s, u"partition_append"_s, u"grouping_sets"_s, u"sort_external"_s,
                                   u"insert"_s, u"nested_loop_memoize"_s, u"bitmap_or"_s};
    return names;
}

Plan parsed(const QByteArray &input)
{
    PlanParseError error;
    const auto plan = parsePlan(input, &error);
    if (!plan)
        qFatal("%s", qPrintable(error.toString()));
    return *plan;
}

} // namespace

class TestPlanTools : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sourceSpansCoverEachNodeInBothFormats_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : fixtureNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void sourceSpansCoverEachNodeInBothFormats()
    {
        QFETCH(QString, name);
        QString why;
        const auto fixture = test::loadPlanFixture(name, &why);
        QVERIFY2(fixture, qPrintable(why));
        const QString json = QString::fromUtf8(fixture->jsonInput);
        const QString text = QString::fromUtf8(fixture->textInput);
        const QList<PlanSourceSpan> jsonSpans = mapPlanSource(json, fixture->json);
        const QList<PlanSourceSpan> textSpans = mapPlanSource(text, fixture->text);
        QCOMPARE(jsonSpans.size(), fixture->json.nodes.size());
        QCOMPARE(textSpans.size(), fixture->text.nodes.size());
        for (const PlanNode &node : fixture->json.nodes) {
            const PlanSourceSpan span = jsonSpans.at(node.id);
            QVERIFY(span.isValid());
            const QString part = json.sliced(span.begin, span.end - span.begin);
            QVERIFY2(part.startsWith(u'{'), qPrintable(part.left(40)));
            QVERIFY2(part.contains(u"\"Node Type\": \"%1\""_s.arg(node.type)), qPrintable(part.left(80)));
            QVERIFY2(!part.contains(u"\"Plans\""_s), qPrintable(part));
            if (!node.relationName.isEmpty())
                QVERIFY(part.contains(node.relationName));
        }
        for (const PlanNode &node : fixture->text.nodes) {
            const PlanSourceSpan span = textSpans.at(node.id);
            QVERIFY(span.isValid());
            const QString part = text.sliced(span.begin, span.end - span.begin);
            // The node's own line first, then only its property lines: no other node, no subplan header.
            const QString firstWord = node.label().section(u' ', 0, 0);
            QVERIFY2(part.section(u'\n', 0, 0).contains(firstWord), qPrintable(part));
            QVERIFY2(!part.section(u'\n', 1).contains(u"->"_s), qPrintable(part));
            QVERIFY2(!part.contains(u"InitPlan"_s) || node.label().contains(u"InitPlan"_s) || part.section(u'\n', 0, 0).contains(u"InitPlan"_s),
                     qPrintable(part));
            QVERIFY2(!part.contains(u"Planning Time"_s) && !part.contains(u"Execution Time"_s), qPrintable(part));
        }
    }

    void sourceMapOfMinifiedJsonStopsAtPlans()
    {
        const QString json = u"[{\"Plan\":{\"Node Type\":\"Limit\",\"Plan Rows\":1,\"Plans\":[{\"Node Type\":\"Seq Scan\","
                             "\"Relation Name\":\"t\",\"Filter\":\"(a = '\\\"Node Type\\\"')\",\"Plan Rows\":5}]}}]"_s;
        const Plan plan = parsed(json.toUtf8());
        const QList<PlanSourceSpan> spans = mapPlanSource(json, plan);
        QCOMPARE(spans.size(), 2);
        QCOMPARE(json.sliced(spans[0].begin, spans[0].end - spans[0].begin), u"{\"Node Type\":\"Limit\",\"Plan Rows\":1"_s);
        QVERIFY(json.sliced(spans[1].begin, spans[1].end - spans[1].begin).endsWith(u"\"Plan Rows\":5}"_s));
    }

    void sourceMapIsEmptyWhenTheTextDoesNotMatchThePlan()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"hash_left_join"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        QVERIFY(mapPlanSource(u"[{\"Plan\": {\"Node Type\": \"Result\"}}]"_s, fixture->json).isEmpty());
        QVERIFY(mapPlanSource(QString(), fixture->text).isEmpty());
    }

    void planComparedWithItselfPairsEveryNode_data() { sourceSpansCoverEachNodeInBothFormats_data(); }

    void planComparedWithItselfPairsEveryNode()
    {
        QFETCH(QString, name);
        QString why;
        const auto fixture = test::loadPlanFixture(name, &why);
        QVERIFY2(fixture, qPrintable(why));
        // The text and JSON readings of one run are the same plan: every node pairs with its twin.
        const QList<PlanPairing> rows = comparePlans(fixture->json, fixture->text);
        QCOMPARE(rows.size(), fixture->json.nodes.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(rows[i].left, int(i));
            QCOMPARE(rows[i].right, int(i));
            QCOMPARE(rows[i].parent, fixture->json.nodes.at(i).parent);
            QCOMPARE(rows[i].depth, fixture->json.nodes.at(i).depth);
        }
    }

    void changedPlanKeepsCommonNodesPairedAndShowsTheRestOnOneSide()
    {
        // The same join before and after an index: the Seq Scan on orders became an Index Scan.
        const Plan before = parsed(
            "Hash Join  (cost=10.00..50.00 rows=100 width=8)\n"
            "  Hash Cond: (o.customer_id = c.id)\n"
            "  ->  Seq Scan on orders o  (cost=0.00..30.00 rows=1000 width=8)\n"
            "        Filter: (status = 'new'::text)\n"
            "  ->  Hash  (cost=5.00..5.00 rows=10 width=4)\n"
            "        ->  Seq Scan on customers c  (cost=0.00..5.00 rows=10 width=4)\n"_ba);
        const Plan after = parsed(
            "Hash Join  (cost=8.00..20.00 rows=100 width=8)\n"
            "  Hash Cond: (o.customer_id = c.id)\n"
            "  ->  Index Scan using orders_status_idx on orders o  (cost=0.29..10.00 rows=100 width=8)\n"
            "        Index Cond: (status = 'new'::text)\n"
            "  ->  Hash  (cost=5.00..5.00 rows=10 width=4)\n"
            "        ->  Seq Scan on customers c  (cost=0.00..5.00 rows=10 width=4)\n"_ba);
        const QList<PlanPairing> rows = comparePlans(before, after);
        QStringList shape;
        for (const PlanPairing &row : rows) {
            const QString left = row.left < 0 ? u"-"_s : before.nodes.at(row.left).label();
            const QString right = row.right < 0 ? u"-"_s : after.nodes.at(row.right).label();
            shape.append(QString(row.depth * 2, u' ') + left + u" | "_s + right);
        }
        const QStringList expected{
            u"Hash Join | Hash Join"_s,
            u"  Seq Scan on orders o | -"_s,
            u"  - | Index Scan using orders_status_idx on orders o"_s,
            u"  Hash | Hash"_s,
            u"    Seq Scan on customers c | Seq Scan on customers c"_s,
        };
        QCOMPARE(shape, expected);
        QCOMPARE(rows[3].parent, 0);
        QCOMPARE(rows[4].parent, 3);
    }

    void oneSidedSubtreesKeepTheirShape()
    {
        const Plan small = parsed("Limit  (cost=0.00..1.00 rows=1 width=4)\n"
                                  "  ->  Seq Scan on t  (cost=0.00..10.00 rows=10 width=4)\n"_ba);
        const Plan big = parsed("Limit  (cost=0.00..1.00 rows=1 width=4)\n"
                                "  ->  Sort  (cost=5.00..6.00 rows=10 width=4)\n"
                                "        Sort Key: a\n"
                                "        ->  Nested Loop  (cost=0.00..5.00 rows=10 width=4)\n"
                                "              ->  Seq Scan on t  (cost=0.00..1.00 rows=10 width=4)\n"
                                "              ->  Seq Scan on u  (cost=0.00..1.00 rows=1 width=4)\n"_ba);
        const QList<PlanPairing> rows = comparePlans(small, big);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows[1].left, 1);
        QCOMPARE(rows[1].right, -1);
        QCOMPARE(rows[2].left, -1);
        QCOMPARE(rows[2].right, 1);
        QCOMPARE(rows[3].right, 2);
        QCOMPARE(rows[3].parent, 2);
        QCOMPARE(rows[4].parent, 3);
        QCOMPARE(rows[5].parent, 3);
        QCOMPARE(rows[5].depth, 3);
    }

    void wideAppendsAreComparedWithoutQuadraticWork()
    {
        // 3,000 partitions on each side, one renamed: past the LCS limit, matched by key; the renamed one pairs
        // with its counterpart by type, between its matched neighbours.
        QByteArray left = "Append  (cost=0.00..1.00 rows=3000 width=4)\n", right = left;
        for (int i = 0; i < 3000; ++i) {
            left += "  ->  Seq Scan on p" + QByteArray::number(i) + "  (cost=0.00..1.00 rows=1 width=4)\n";
            right += "  ->  Seq Scan on " + QByteArray(i == 1500 ? "q" : "p") + QByteArray::number(i) + "  (cost=0.00..1.00 rows=1 width=4)\n";
        }
        const Plan leftPlan = parsed(left), rightPlan = parsed(right);
        const QList<PlanPairing> rows = comparePlans(leftPlan, rightPlan);
        QCOMPARE(rows.size(), 3001);
        for (const PlanPairing &row : rows)
            QCOMPARE(row.left, row.right);
        QCOMPARE(leftPlan.nodes.at(rows[1501].left).relationName, u"p1500"_s);
        QCOMPARE(rightPlan.nodes.at(rows[1501].right).relationName, u"q1500"_s);
    }

    void theSameQueryWithAndWithoutParallelWorkersMatchesNodeForNode_data()
    {
        QTest::addColumn<QString>("pair");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("serialOnly"); // serial nodes parallelism made unnecessary
        // Recorded from PostgreSQL 15 by tests/data/plans/pairs/record.sh: one query planned serially
        // (max_parallel_workers_per_gather = 0) and with parallel workers forced. The grouped join's serial Sort
        // (its ORDER BY) has no twin: the parallel plan sorts before its partial aggregate instead.
        for (const auto &[pair, serialOnly] : {std::pair{u"union_of_joins"_s, 0}, std::pair{u"grouped_join"_s, 1}}) {
            for (const QString &format : {u"json"_s, u"txt"_s})
                QTest::newRow(qPrintable(pair + u'.' + format)) << pair << format << serialOnly;
        }
    }

    void theSameQueryWithAndWithoutParallelWorkersMatchesNodeForNode()
    {
        QFETCH(QString, pair);
        QFETCH(QString, format);
        QFETCH(int, serialOnly);
        const Plan serial = parsed(test::readFileBytes(test::planFixturePath(u"pairs/"_s + pair + u".serial"_s, format)));
        const Plan parallel = parsed(test::readFileBytes(test::planFixturePath(u"pairs/"_s + pair + u".parallel"_s, format)));
        QVERIFY(serial.nodes.size() >= 5);
        const bool hasGather = std::any_of(parallel.nodes.cbegin(), parallel.nodes.cend(),
                                           [](const PlanNode &node) { return node.type.startsWith(u"Gather"_s); });
        QVERIFY2(hasGather, "the parallel plan of the pair has no Gather: re-record it");
        const QList<PlanPairing> rows = comparePlans(serial, parallel);
        const PlanComparisonCounts counts = countPairings(rows);
        qInfo("%s: %d of %d serial nodes matched; %d only serial, %d only parallel (of %d)", qPrintable(pair), counts.matched,
              int(serial.nodes.size()), counts.leftOnly, counts.rightOnly, int(parallel.nodes.size()));
        // Every serial node finds its twin; what is left over is what parallelism adds (or spares) around the same work.
        QCOMPARE(counts.leftOnly, serialOnly);
        QCOMPARE(counts.matched, int(serial.nodes.size()) - serialOnly);
        for (const PlanPairing &row : rows) {
            if (row.left >= 0 && row.right >= 0) {
                const PlanNode &a = serial.nodes.at(row.left);
                const PlanNode &b = parallel.nodes.at(row.right);
                QCOMPARE(a.type, b.type);
                QCOMPARE(a.relationName, b.relationName);
                QCOMPARE(a.indexName, b.indexName);
            } else {
                const PlanNode &alone = row.left >= 0 ? serial.nodes.at(row.left) : parallel.nodes.at(row.right);
                QVERIFY2(alone.type.startsWith(u"Gather"_s) || alone.type.contains(u"Sort"_s) || alone.partialMode == u"Partial",
                         qPrintable(alone.label()));
            }
        }
        // Rows stay a tree in pre-order: each parent comes before its children, one level up.
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QVERIFY(rows[i].parent >= 0 && rows[i].parent < i);
            QCOMPARE(rows[i].depth, rows[rows[i].parent].depth + 1);
        }
    }

    void writtenSubtreeReadsBackAsTheSamePlan_data() { sourceSpansCoverEachNodeInBothFormats_data(); }

    void writtenSubtreeReadsBackAsTheSamePlan()
    {
        QFETCH(QString, name);
        QString why;
        const auto fixture = test::loadPlanFixture(name, &why);
        QVERIFY2(fixture, qPrintable(why));
        for (const Plan *plan : {&fixture->json, &fixture->text}) {
            const QString text = writePlanText(*plan, 0, PlanTextScope::Subtree);
            PlanParseError error;
            const auto reread = parsePlan(text.toUtf8(), &error);
            QVERIFY2(reread, qPrintable(error.toString() + u'\n' + text));
            QVERIFY2(reread->nodes.size() == plan->nodes.size(), qPrintable(text));
            for (const PlanNode &node : plan->nodes) {
                const PlanNode &other = reread->nodes.at(node.id);
                QCOMPARE(other.type, node.type);
                QCOMPARE(other.relationName, node.relationName);
                QCOMPARE(other.parent, node.parent);
                QCOMPARE(other.subplanName, node.subplanName);
                QCOMPARE(other.actualRows, node.actualRows);
                QCOMPARE(other.counters.values, node.counters.values);
            }
        }
    }

    void hugeNumbersAreWrittenWithoutOverflow()
    {
        // A double beyond qint64 was converted to qint64 to test whether it is whole (undefined behaviour).
        PlanParseError error;
        const auto plan = parsePlan("[{\"Plan\": {\"Node Type\": \"Result\", \"Huge Figure\": 1e20, \"Whole Figure\": 3}}]", &error);
        QVERIFY2(plan, qPrintable(error.toString()));
        const QString text = writePlanText(*plan, 0, PlanTextScope::Node);
        QVERIFY2(text.contains(u"Huge Figure: 100000000000000000000.000"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Whole Figure: 3\n"_s) || text.endsWith(u"Whole Figure: 3"_s), qPrintable(text));
    }

    void writtenNodeHasItsHeaderAndProperties()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"hash_left_join"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        const PlanNode *join = test::findPlanNode(fixture->json, u"Hash Left Join"_s);
        QVERIFY(join);
        const QString text = writePlanText(fixture->json, join->id, PlanTextScope::Node);
        QVERIFY2(text.startsWith(u"Hash Left Join  (cost="_s), qPrintable(text));
        QVERIFY2(text.contains(u"(actual time="_s), qPrintable(text));
        QVERIFY2(text.contains(u"\n  Hash Cond: "_s), qPrintable(text));
        QVERIFY2(!text.contains(u"->"_s), qPrintable(text));
        QVERIFY(writePlanText(fixture->json, 9999, PlanTextScope::Node).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestPlanTools)
#include "tst_plantools.moc"
