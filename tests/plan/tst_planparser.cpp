// SPDX-License-Identifier: GPL-3.0-or-later
// The plan parsers and the analysis on plans recorded from a real server (tests/data/plans, written by
// tst_planfixtures), on the same plans reframed the way people paste them, and on malformed input.
#include "planscenarios.h"
#include "plan/jsonplanparser.h"
#include "plan/jsonplanscanner.h"
#include "plantestsupport.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> result = text.split('\n');
    while (!result.isEmpty() && result.last().isEmpty())
        result.removeLast();
    return result;
}

QByteArray joined(const QList<QByteArray> &parts)
{
    return parts.join('\n') + '\n';
}

/// The text plan inside a psql frame: border 0, 1 or 2, ASCII or Unicode, with header and footer.
QByteArray psqlFrame(const QByteArray &text, int border, bool unicode)
{
    const QList<QByteArray> rows = lines(text);
    qsizetype width = 10;
    for (const QByteArray &row : rows)
        width = std::max(width, QString::fromUtf8(row).size());
    const QByteArray dash = unicode ? "─" : "-";
    const QByteArray bar = unicode ? "│" : "|";
    QList<QByteArray> out;
    const auto pad = [&](const QByteArray &row) -> QByteArray { return row + QByteArray(width - QString::fromUtf8(row).size(), ' '); };
    const auto rule = [&]() -> QByteArray { return dash.repeated(width + (border == 2 ? 2 : border)); };
    if (border == 2)
        out << (unicode ? "┌" : "+") + rule() + (unicode ? "┐" : "+");
    const QByteArray header = pad(QByteArray((width - 10) / 2, ' ') + "QUERY PLAN");
    out << (border == 2 ? bar + ' ' + header + ' ' + bar : border == 1 ? ' ' + header : header);
    out << (border == 2 ? (unicode ? "├" : "+") + rule() + (unicode ? "┤" : "+") : rule());
    for (const QByteArray &row : rows)
        out << (border == 2 ? bar + ' ' + pad(row) + ' ' + bar : border == 1 ? ' ' + row : row);
    if (border == 2)
        out << (unicode ? "└" : "+") + rule() + (unicode ? "┘" : "+");
    out << "(" + QByteArray::number(rows.size()) + " rows)" << "";
    return joined(out);
}

/// What a terminal does to lines longer than it is wide.
QByteArray wrapped(const QByteArray &text, int width)
{
    QList<QByteArray> out;
    for (const QByteArray &row : lines(text)) {
        const QString line = QString::fromUtf8(row);
        for (qsizetype at = 0; at < line.size() || at == 0; at += width)
            out << line.mid(at, width).toUtf8();
    }
    return joined(out);
}

QByteArray eachLine(const QByteArray &text, const std::function<QByteArray(const QByteArray &)> &change)
{
    QList<QByteArray> out;
    for (const QByteArray &row : lines(text))
        out << change(row);
    return joined(out);
}

/// A copy of the first line that lost its leading blank: the root at column 0, everything else at column 1 or more.
QByteArray trimmedRoot(const QByteArray &framed)
{
    QList<QByteArray> rows = lines(framed);
    rows[2] = rows[2].trimmed(); // header, rule, then the root
    return joined(rows);
}

std::optional<Plan> parseText(const QByteArray &input, PlanParseError *error = nullptr)
{
    return parsePlan(input, error);
}

} // namespace

class TestPlanParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixtures_data()
    {
        QTest::addColumn<QString>("name");
        for (const test::PlanScenario &scenario : test::planScenarios())
            QTest::newRow(qPrintable(scenario.name)) << scenario.name;
    }
    void fixtures()
    {
        QFETCH(QString, name);
        QString why;
        const auto fixture = test::loadPlanFixture(name, &why);
        QVERIFY2(fixture, qPrintable(why));
        QCOMPARE(fixture->json.format, PlanFormat::Json);
        QCOMPARE(fixture->text.format, PlanFormat::Text);
        const QString difference = test::planDifference(fixture->text, fixture->json);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        const QStringList mismatches = test::textJsonPropertyMismatches(fixture->text, fixture->json);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n')));
        QCOMPARE(fixture->text.planningMs.has_value(), fixture->json.planningMs.has_value());
        QCOMPARE(fixture->text.executionMs.has_value(), fixture->json.executionMs.has_value());
        const auto scenarios = test::planScenarios();
        const auto scenario = std::find_if(scenarios.cbegin(), scenarios.cend(), [&](const auto &s) { return s.name == name; });
        const QStringList missing = test::missingLabels(fixture->text, scenario->expectedLabels);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        for (const Plan *plan : {&fixture->json, &fixture->text}) {
            const PlanAnalysis analysis = analyzePlan(*plan);
            const QString problem = test::analysisProblem(*plan, analysis);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(analysis.totalMs.has_value(), plan->hasTiming());
            if (analysis.totalMs && !name.startsWith(u"parallel")) {
                // Without parallel workers, children exceed their parent only by the rounding of 3-decimal times.
                double rounding = 0;
                for (const PlanNode &node : plan->nodes)
                    rounding += 0.0005 * std::max(1.0, node.actualLoops.value_or(1));
                QVERIFY2(analysis.unaccountedMs <= rounding, qPrintable(u"%1 > %2"_s.arg(analysis.unaccountedMs).arg(rounding)));
            }
        }
    }

    /// The single-pass JSON scanner and QJsonDocument read every recorded plan the same way.
    void jsonReadersAgree_data() { fixtures_data(); }
    void jsonReadersAgree()
    {
        QFETCH(QString, name);
        const QByteArray json = test::readFileBytes(test::planFixturePath(name, u"json"_s));
        const QString disagreement = test::jsonReadersDisagreement(json);
        QVERIFY2(disagreement.isEmpty(), qPrintable(disagreement));
        // Reshaped by hand: CRLF line ends and an escaped key.
        QByteArray reshaped = json;
        reshaped.replace("\n", "\r\n").replace("\"Node Type\"", "\"Node \\u0054ype\"");
        QVERIFY2(test::jsonReadersDisagreement(reshaped).isEmpty(), qPrintable(test::jsonReadersDisagreement(reshaped)));
    }

    void jsonScannerEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("scanned"); // false: left to QJsonDocument, which must then read it the same way or reject it
        QTest::newRow("plans first") << QByteArray(R"({"Plan": {"Plans": [{"Node Type": "Result", "Plan Rows": 1}], "Node Type": "Limit"}})") << true;
        QTest::newRow("plans in the middle")
            << QByteArray(R"([{"Plan": {"Node Type": "Limit", "Plans": [{"Node Type": "Result"}], "Plan Rows": 2}, "Execution Time": 1.5}])") << true;
        QTest::newRow("empty plans") << QByteArray(R"([{"Plan": {"Node Type": "Result", "Plans": []}}])") << true;
        QTest::newRow("escaped strings")
            << QByteArray("[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"a\\\"b\\\\c\\u00e9\\ud83d\\ude00\", \"Filter\": \"(x = $1)\"}}]") << true;
        QTest::newRow("utf-8") << QByteArray("[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Relation Name\": \"caf\xc3\xa9\"}}]") << true;
        QTest::newRow("numbers") << QByteArray(R"([{"Plan": {"Node Type": "Seq Scan", "Plan Rows": 1e3, "Total Cost": -0.5E-2, "Actual Loops": "7"}}])") << true;
        QTest::newRow("two statements") << QByteArray(R"([{"Plan": {"Node Type": "Result"}}, {"Plan": {"Node Type": "Limit"}}])") << true;
        QTest::newRow("bare node") << QByteArray(R"({"Node Type": "Result", "Plan Rows": 1})") << false;
        QTest::newRow("invalid utf-8") << QByteArray("[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Alias\": \"\xff\"}}]") << false;
        QTest::newRow("lone surrogate") << QByteArray(R"([{"Plan": {"Node Type": "Seq Scan", "Alias": "\ud800"}}])") << false;
        QTest::newRow("leading zero") << QByteArray(R"([{"Plan": {"Node Type": "Seq Scan", "Plan Rows": 01}}])") << false;
        QTest::newRow("trailing comma") << QByteArray(R"([{"Plan": {"Node Type": "Seq Scan",}}])") << false;
        QTest::newRow("type not a string") << QByteArray(R"([{"Plan": {"Node Type": 3}}])") << false;
        QTest::newRow("plans twice") << QByteArray(R"([{"Plan": {"Node Type": "Limit", "Plans": [], "Plans": []}}])") << false;
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF[{\"Plan\": {\"Node Type\": \"Result\"}}]") << true;
        QTest::newRow("garbage after") << QByteArray(R"([{"Plan": {"Node Type": "Result"}}] (1 row))") << false;
    }
    void jsonScannerEdgeCases()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, scanned);
        QCOMPARE(scanJsonPlan(json).has_value(), scanned);
        PlanParseError error;
        const auto slow = parseJsonPlanWithDocument(json, &error);
        if (scanned)
            QVERIFY2(test::jsonReadersDisagreement(json).isEmpty(), qPrintable(test::jsonReadersDisagreement(json)));
        // Whatever reads it, parsePlan reads what either reader reads.
        QCOMPARE(parsePlan(json, &error).has_value(), slow.has_value() || scanned);
    }

    /// The same plans as psql, terminals, pgAdmin, DBeaver and mail clients hand them over.
    void pastedForms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("input");
        for (const char *name : {"cte_scan", "initplan", "parallel_gather_merge", "verbose_settings_wal", "incremental_sort", "subplan"}) {
            const QByteArray text = test::readFileBytes(test::planFixturePath(QString::fromLatin1(name), u"txt"_s));
            const QByteArray json = test::readFileBytes(test::planFixturePath(QString::fromLatin1(name), u"json"_s));
            QTest::addRow("%s: psql border 0", name) << QString::fromLatin1(name) << psqlFrame(text, 0, false);
            QTest::addRow("%s: psql border 1", name) << QString::fromLatin1(name) << psqlFrame(text, 1, false);
            QTest::addRow("%s: psql border 2", name) << QString::fromLatin1(name) << psqlFrame(text, 2, false);
            QTest::addRow("%s: psql unicode border 2", name) << QString::fromLatin1(name) << psqlFrame(text, 2, true);
            QTest::addRow("%s: wrapped at 80", name) << QString::fromLatin1(name) << wrapped(psqlFrame(text, 1, true), 80);
            QTest::addRow("%s: wrapped at 37", name) << QString::fromLatin1(name) << wrapped(text, 37);
            QTest::addRow("%s: CRLF", name) << QString::fromLatin1(name) << QByteArray(text).replace("\n", "\r\n");
            QTest::addRow("%s: tabs", name) << QString::fromLatin1(name) << QByteArray(text).replace("        ", "\t");
            QTest::addRow("%s: trailing blanks", name) << QString::fromLatin1(name) << eachLine(text, [](const QByteArray &row) -> QByteArray { return row + "   "; });
            QTest::addRow("%s: double quotes", name)
                << QString::fromLatin1(name) << eachLine(text, [](const QByteArray &row) -> QByteArray { return '"' + QByteArray(row).replace("\"", "\"\"") + '"'; });
            QTest::addRow("%s: single quotes", name) << QString::fromLatin1(name) << eachLine(text, [](const QByteArray &row) -> QByteArray { return '\'' + row + '\''; });
            QTest::addRow("%s: first line trimmed", name) << QString::fromLatin1(name) << trimmedRoot(psqlFrame(text, 1, false));
            QTest::addRow("%s: prompt and timing around", name)
                << QString::fromLatin1(name) << "postgres=# EXPLAIN (ANALYZE, BUFFERS) SELECT …;\n" + psqlFrame(text, 1, false) + "\nTime: 12.345 ms\n";
            QTest::addRow("%s: dbeaver", name) << QString::fromLatin1(name)
                                               << "QUERY PLAN                |\n--------------------------+\n"
                    + eachLine(text, [](const QByteArray &row) -> QByteArray { return row + "   |"; });
            QTest::addRow("%s: json in a psql frame", name) << QString::fromLatin1(name) << wrapped(psqlFrame(json, 2, true), 100000);
            QTest::addRow("%s: json with a BOM", name) << QString::fromLatin1(name) << "\xEF\xBB\xBF" + json;
        }
    }
    void pastedForms()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, input);
        QString why;
        const auto fixture = test::loadPlanFixture(name, &why);
        QVERIFY2(fixture, qPrintable(why));
        PlanParseError error;
        const auto plan = parseText(input, &error);
        QVERIFY2(plan, qPrintable(error.toString() + u"\n"_s + QString::fromUtf8(input)));
        const QString difference = test::planDifference(*plan, fixture->json);
        QVERIFY2(difference.isEmpty(), qPrintable(difference + u"\n\n"_s + QString::fromUtf8(input)));
        const Plan &reference = plan->format == PlanFormat::Json ? fixture->json : fixture->text;
        QCOMPARE(plan->executionMs, reference.executionMs);
        QCOMPARE(plan->planningMs, reference.planningMs);
    }

    void planLevelProperties()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"verbose_settings_wal"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        for (const Plan *plan : {&fixture->json, &fixture->text}) {
            QCOMPARE(plan->settings.value("work_mem"_L1).toString(), u"8MB"_s);
            QCOMPARE(plan->settings.value("random_page_cost"_L1).toString(), u"1.1"_s);
            QCOMPARE(plan->triggers.size(), 1);
            QCOMPARE(plan->triggers.first().constraintName, u"orders_customer_id_fkey"_s);
            QCOMPARE(plan->triggers.first().calls, 100.0);
            QVERIFY(plan->root().properties().value("WAL Records"_L1).toDouble() >= 100);
            QCOMPARE(plan->root().schema, u"public"_s);
            QVERIFY(plan->nodes.at(1).properties().value("Output"_L1).toArray().size() == 6);
            QVERIFY(plan->planningMs && plan->executionMs);
        }
        QVERIFY(fixture->text.root().properties().value("WAL Bytes"_L1).toDouble() > 0);
    }

    void nodeTypes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("attributes"); // key=value pairs the node must have
        QTest::addColumn<bool>("roundTrip");         // the label reproduces the line
        const auto row = [](const char *line, const char *type, QStringList attributes, bool roundTrip = true) {
            QTest::newRow(line) << QString::fromUtf8(line) << QString::fromUtf8(type) << attributes << roundTrip;
        };
        row("Seq Scan on orders", "Seq Scan", {u"Relation Name=orders"_s, u"Alias=orders"_s, u"Parallel Aware=false"_s});
        row("Parallel Seq Scan on public.orders o", "Seq Scan", {u"Parallel Aware=true"_s, u"Schema=public"_s, u"Alias=o"_s});
        row("Sample Scan on t", "Sample Scan", {u"Relation Name=t"_s});
        row("Index Scan using orders_pkey on orders", "Index Scan", {u"Index Name=orders_pkey"_s, u"Scan Direction=Forward"_s});
        row("Index Scan Backward using orders_pkey on orders o", "Index Scan", {u"Scan Direction=Backward"_s, u"Alias=o"_s});
        row("Parallel Index Only Scan Backward using i on t", "Index Only Scan", {u"Scan Direction=Backward"_s, u"Parallel Aware=true"_s});
        row("Bitmap Index Scan on orders_customer_idx", "Bitmap Index Scan", {u"Index Name=orders_customer_idx"_s});
        row("Parallel Bitmap Heap Scan on orders", "Bitmap Heap Scan", {u"Parallel Aware=true"_s});
        row("Tid Scan on t", "Tid Scan", {u"Relation Name=t"_s});
        row("Tid Range Scan on t", "Tid Range Scan", {u"Relation Name=t"_s});
        row("Subquery Scan on ss", "Subquery Scan", {u"Alias=ss"_s});
        row("Subquery Scan ss", "Subquery Scan", {u"Alias=ss"_s}, false); // PostgreSQL 9.x
        row("Function Scan on pg_catalog.generate_series g", "Function Scan",
            {u"Function Name=generate_series"_s, u"Schema=pg_catalog"_s, u"Alias=g"_s});
        row("Table Function Scan on \"xmltable\"", "Table Function Scan", {u"Table Function Name=xmltable"_s}, false);
        row("Values Scan on \"*VALUES*\"", "Values Scan", {u"Alias=*VALUES*"_s}, false);
        row("CTE Scan on big b", "CTE Scan", {u"CTE Name=big"_s, u"Alias=b"_s});
        row("WorkTable Scan on r r_1", "WorkTable Scan", {u"CTE Name=r"_s, u"Alias=r_1"_s});
        row("Named Tuplestore Scan on newtab", "Named Tuplestore Scan", {u"Tuplestore Name=newtab"_s}, false);
        row("Foreign Scan on ft", "Foreign Scan", {u"Relation Name=ft"_s, u"Operation=Select"_s});
        row("Foreign Update on ft", "Foreign Scan", {u"Operation=Update"_s});
        row("Async Foreign Scan on remote_1", "Foreign Scan", {u"Async Capable=true"_s});
        row("Custom Scan (ChunkAppend) on metrics", "Custom Scan", {u"Custom Plan Provider=ChunkAppend"_s, u"Relation Name=metrics"_s});
        row("Nested Loop", "Nested Loop", {u"Join Type=Inner"_s});
        row("Nested Loop Left Join", "Nested Loop", {u"Join Type=Left"_s});
        row("Nested Loop Semi Join", "Nested Loop", {u"Join Type=Semi"_s});
        row("Nested Loop Anti Join", "Nested Loop", {u"Join Type=Anti"_s});
        row("Hash Join", "Hash Join", {u"Join Type=Inner"_s});
        row("Hash Right Join", "Hash Join", {u"Join Type=Right"_s});
        row("Hash Full Join", "Hash Join", {u"Join Type=Full"_s});
        row("Hash Right Anti Join", "Hash Join", {u"Join Type=Right Anti"_s});
        row("Hash Right Semi Join", "Hash Join", {u"Join Type=Right Semi"_s});
        row("Parallel Hash Left Join", "Hash Join", {u"Join Type=Left"_s, u"Parallel Aware=true"_s});
        row("Merge Join", "Merge Join", {u"Join Type=Inner"_s});
        row("Merge Left Join", "Merge Join", {u"Join Type=Left"_s});
        row("Merge Anti Join", "Merge Join", {u"Join Type=Anti"_s});
        row("Hash", "Hash", {});
        row("Parallel Hash", "Hash", {u"Parallel Aware=true"_s});
        row("Aggregate", "Aggregate", {u"Strategy=Plain"_s, u"Partial Mode=Simple"_s});
        row("GroupAggregate", "Aggregate", {u"Strategy=Sorted"_s});
        row("HashAggregate", "Aggregate", {u"Strategy=Hashed"_s});
        row("MixedAggregate", "Aggregate", {u"Strategy=Mixed"_s});
        row("Partial HashAggregate", "Aggregate", {u"Strategy=Hashed"_s, u"Partial Mode=Partial"_s});
        row("Finalize GroupAggregate", "Aggregate", {u"Strategy=Sorted"_s, u"Partial Mode=Finalize"_s});
        row("Partial Aggregate", "Aggregate", {u"Strategy=Plain"_s, u"Partial Mode=Partial"_s});
        row("SetOp Intersect", "SetOp", {u"Strategy=Sorted"_s, u"Command=Intersect"_s});
        row("HashSetOp Except All", "SetOp", {u"Strategy=Hashed"_s, u"Command=Except All"_s});
        row("Insert on orders", "ModifyTable", {u"Operation=Insert"_s, u"Relation Name=orders"_s});
        row("Update on public.orders o", "ModifyTable", {u"Operation=Update"_s, u"Schema=public"_s, u"Alias=o"_s});
        row("Delete on items", "ModifyTable", {u"Operation=Delete"_s});
        row("Merge on public.tb", "ModifyTable", {u"Operation=Merge"_s, u"Relation Name=tb"_s});
        for (const char *plain : {"Sort", "Incremental Sort", "Materialize", "Memoize", "Limit", "Unique", "Gather", "Gather Merge", "Append",
                                  "Merge Append", "Recursive Union", "BitmapAnd", "BitmapOr", "Result", "ProjectSet", "LockRows",
                                  "WindowAgg", "Group"})
            row(plain, plain, {});
        row("Parallel Append", "Append", {u"Parallel Aware=true"_s});
        row("Result Cache", "Memoize", {}, false); // PostgreSQL 14 betas
        row("Seq Scan on \"My Table\" \"my alias\"", "Seq Scan", {u"Relation Name=My Table"_s, u"Alias=my alias"_s}, false);
        row("Index Only Scan using \"t:1_idx\" on public.\"t:1\"", "Index Only Scan",
            {u"Index Name=t:1_idx"_s, u"Relation Name=t:1"_s, u"Schema=public"_s}, false);
        row("Gather Motion 3:1  (slice1; segments: 3)", "Gather Motion 3:1  (slice1; segments: 3)", {}, false); // a fork's: kept
    }
    void nodeTypes()
    {
        QFETCH(QString, line);
        QFETCH(QString, type);
        QFETCH(QStringList, attributes);
        QFETCH(bool, roundTrip);
        for (const QString &statistics : {u"  (cost=1.00..2.00 rows=3 width=4)"_s, u" (actual time=0.010..0.020 rows=3 loops=1)"_s}) {
            PlanParseError error;
            const auto plan = parsePlan((line + statistics).toUtf8(), &error);
            QVERIFY2(plan, qPrintable(error.toString()));
            QCOMPARE(plan->nodes.size(), 1);
            const PlanNode &node = plan->root();
            QCOMPARE(node.type, type);
            for (const QString &attribute : attributes) {
                const QString key = attribute.section(u'=', 0, 0);
                const QString expected = attribute.section(u'=', 1);
                const QJsonValue value = node.properties().value(key);
                const QString actual = value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s) : value.toString();
                QVERIFY2(actual == expected, qPrintable(u"%1: %2 instead of %3"_s.arg(key, actual, expected)));
            }
            if (roundTrip)
                QCOMPARE(node.label(), line);
            QCOMPARE(node.planRows.value_or(3), 3.0);
        }
    }

    void textProperties()
    {
        const QByteArray input = R"(
 Gather Merge  (cost=1.00..2.00 rows=3 width=4) (actual time=1.000..9.000 rows=3 loops=1)
   Workers Planned: 2
   Workers Launched: 1
   Buffers: shared hit=10 read=3 dirtied=1 written=2, local hit=4 read=5 dirtied=6 written=7, temp read=8 written=9
   I/O Timings: shared read=1.5 write=0.5, local read=0.25, temp read=2.000 write=3.000
   WAL: records=10 fpi=2 bytes=1234
   ->  Sort  (cost=1.00..2.00 rows=3 width=4) (actual time=0.500..0.600 rows=1 loops=2)
         Sort Key: (lower(t.name)), t.id DESC
         Sort Method: external merge  Disk: 1488kB
         Worker 0:  Sort Method: quicksort  Memory: 25kB
         Worker 0:  actual time=0.400..0.500 rows=1 loops=1
           Buffers: shared hit=3
         ->  Hash Join  (cost=1.00..2.00 rows=3 width=4) (actual time=0.100..0.200 rows=1 loops=2)
               Hash Cond: (a.id = b.id)
               ->  Bitmap Heap Scan on a  (cost=1.00..2.00 rows=3 width=4) (actual time=0.010..0.020 rows=1 loops=2)
                     Recheck Cond: (id > 3)
                     Rows Removed by Index Recheck: 12
                     Heap Blocks: exact=38322 lossy=79844
                     I/O Timings: read=0.011 write=0.002
                     ->  Bitmap Index Scan on a_idx  (cost=0.00..1.00 rows=3 width=0) (actual time=0.005..0.005 rows=30 loops=2)
               ->  Hash  (cost=1.00..2.00 rows=3 width=4) (actual time=0.010..0.010 rows=3 loops=2)
                     Buckets: 262144 (originally 1024)  Batches: 2048 (originally 8)  Memory Usage: 35157kB
                     ->  HashAggregate  (cost=1.00..2.00 rows=3 width=4) (actual time=0.001..0.002 rows=3 loops=2)
                           Group Key: b.id
                           Planned Partitions: 32  Batches: 193  Memory Usage: 4153kB  Disk Usage: 31752kB
                           ->  Memoize  (cost=1.00..2.00 rows=3 width=4) (actual time=0.000..0.001 rows=3 loops=2)
                                 Cache Key: b.x
                                 Cache Mode: logical
                                 Hits: 998  Misses: 2  Evictions: 0  Overflows: 0  Memory Usage: 1kB
                                 ->  Incremental Sort  (cost=1.00..2.00 rows=3 width=4) (actual time=0.000..0.001 rows=3 loops=2)
                                       Sort Key: b.x, b.y
                                       Presorted Key: b.x
                                       Full-sort Groups: 1  Sort Method: quicksort  Average Memory: 123kB  Peak Memory: 234kB
                                       Pre-sorted Groups: 5  Sort Methods: top-N heapsort, quicksort  Average Disk: 456kB  Peak Disk: 567kB
                                       ->  Seq Scan on b  (cost=1.00..2.00 rows=3 width=4) (never executed)
 Planning:
   Buffers: shared hit=8 read=1
   Memory: used=12kB  allocated=16kB
 Planning Time: 0.119 ms
 Settings: search_path = 'public, "$user"', work_mem = '8MB'
 Trigger for constraint fk_b on b: time=1.250 calls=3
 Trigger audit: time=0.500 calls=1
 Query Identifier: -5424821330993577306
 JIT:
   Functions: 10
   Options: Inlining false, Optimization false, Expressions true, Deforming true
   Timing: Generation 0.492 ms (Deform 0.134 ms), Inlining 0.000 ms, Optimization 0.266 ms, Emission 3.684 ms, Total 4.442 ms
 Serialization: time=0.020 ms  output=1kB  format=text
 Execution Time: 10244.597 ms
(39 rows)
)";
        PlanParseError error;
        const auto plan = parsePlan(input, &error);
        QVERIFY2(plan, qPrintable(error.toString()));
        QCOMPARE(plan->nodes.size(), 10);
        const QJsonObject gather = plan->nodes[0].properties();
        QCOMPARE(gather.value("Workers Launched"_L1).toDouble(), 1.0);
        QCOMPARE(gather.value("Shared Hit Blocks"_L1).toDouble(), 10.0);
        QCOMPARE(gather.value("Shared Written Blocks"_L1).toDouble(), 2.0);
        QCOMPARE(gather.value("Local Written Blocks"_L1).toDouble(), 7.0);
        QCOMPARE(gather.value("Temp Written Blocks"_L1).toDouble(), 9.0);
        QCOMPARE(gather.value("Shared I/O Read Time"_L1).toDouble(), 1.5);
        QCOMPARE(gather.value("Local I/O Read Time"_L1).toDouble(), 0.25);
        QCOMPARE(gather.value("Temp I/O Write Time"_L1).toDouble(), 3.0);
        QCOMPARE(gather.value("WAL Bytes"_L1).toDouble(), 1234.0);
        QCOMPARE(plan->nodes[0].counters.ioReadMs(), 3.75);
        const QJsonObject sort = plan->nodes[1].properties();
        QCOMPARE(sort.value("Sort Key"_L1).toArray(), (QJsonArray{u"(lower(t.name))"_s, u"t.id DESC"_s}));
        QCOMPARE(sort.value("Sort Method"_L1).toString(), u"external merge"_s);
        QCOMPARE(sort.value("Sort Space Type"_L1).toString(), u"Disk"_s);
        QCOMPARE(sort.value("Sort Space Used"_L1).toDouble(), 1488.0);
        const QJsonArray workers = sort.value("Workers"_L1).toArray();
        QCOMPARE(workers.size(), 1);
        QCOMPARE(workers[0].toObject().value("Sort Method"_L1).toString(), u"quicksort"_s);
        QCOMPARE(workers[0].toObject().value("Actual Rows"_L1).toDouble(), 1.0);
        QCOMPARE(workers[0].toObject().value("Shared Hit Blocks"_L1).toDouble(), 3.0);
        QVERIFY(!sort.contains("Shared Hit Blocks"_L1)); // the worker's buffers are not the node's
        const QJsonObject bitmap = plan->nodes[3].properties();
        QCOMPARE(bitmap.value("Lossy Heap Blocks"_L1).toDouble(), 79844.0);
        QCOMPARE(bitmap.value("I/O Read Time"_L1).toDouble(), 0.011);
        const QJsonObject hash = plan->nodes[5].properties();
        QCOMPARE(hash.value("Hash Buckets"_L1).toDouble(), 262144.0);
        QCOMPARE(hash.value("Original Hash Buckets"_L1).toDouble(), 1024.0);
        QCOMPARE(hash.value("Original Hash Batches"_L1).toDouble(), 8.0);
        QCOMPARE(hash.value("Peak Memory Usage"_L1).toDouble(), 35157.0);
        const QJsonObject hashAggregate = plan->nodes[6].properties();
        QCOMPARE(hashAggregate.value("Planned Partitions"_L1).toDouble(), 32.0);
        QCOMPARE(hashAggregate.value("HashAgg Batches"_L1).toDouble(), 193.0);
        QCOMPARE(hashAggregate.value("Disk Usage"_L1).toDouble(), 31752.0);
        const QJsonObject memoize = plan->nodes[7].properties();
        QCOMPARE(memoize.value("Cache Misses"_L1).toDouble(), 2.0);
        QCOMPARE(memoize.value("Cache Key"_L1).toString(), u"b.x"_s);
        const QJsonObject incremental = plan->nodes[8].properties();
        QCOMPARE(incremental.value("Presorted Key"_L1).toArray(), QJsonArray{u"b.x"_s});
        QCOMPARE(incremental.value("Pre-sorted Groups"_L1).toObject().value("Sort Methods Used"_L1).toArray().size(), 2);
        QCOMPARE(incremental.value("Pre-sorted Groups"_L1).toObject().value("Sort Space Disk"_L1).toObject().value("Peak Sort Space Used"_L1).toDouble(),
                 567.0);
        QCOMPARE(plan->nodes.last().actualLoops, 0.0);
        QCOMPARE(plan->nodes.last().actualTotalTime, 0.0);

        QCOMPARE(plan->planningMs, 0.119);
        QCOMPARE(plan->executionMs, 10244.597);
        QVERIFY(plan->hasPlanningBuffers);
        QCOMPARE(plan->planningCounters[PlanCounters::SharedHit], 8.0);
        QCOMPARE(plan->properties.value("Planning"_L1).toObject().value("Memory Used"_L1).toDouble(), 12.0);
        QCOMPARE(plan->settings.value("search_path"_L1).toString(), u"public, \"$user\""_s);
        QCOMPARE(plan->settings.value("work_mem"_L1).toString(), u"8MB"_s);
        QCOMPARE(plan->triggers.size(), 2);
        QCOMPARE(plan->triggers[0].constraintName, u"fk_b"_s);
        QCOMPARE(plan->triggers[0].relation, u"b"_s);
        QCOMPARE(plan->triggers[0].timeMs, 1.25);
        QCOMPARE(plan->triggers[1].name, u"audit"_s);
        QCOMPARE(plan->properties.value("Query Identifier"_L1).toInteger(), Q_INT64_C(-5424821330993577306));
        QCOMPARE(plan->jit.value("Functions"_L1).toDouble(), 10.0);
        QCOMPARE(plan->jit.value("Options"_L1).toObject().value("Deforming"_L1).toBool(), true);
        QCOMPARE(plan->jit.value("Timing"_L1).toObject().value("Generation"_L1).toObject().value("Deform"_L1).toDouble(), 0.134);
        QCOMPARE(plan->jit.value("Timing"_L1).toObject().value("Total"_L1).toDouble(), 4.442);
        QCOMPARE(plan->properties.value("Serialization"_L1).toObject().value("Format"_L1).toString(), u"text"_s);

        const PlanAnalysis analysis = analyzePlan(*plan);
        QCOMPARE(analysis.nodes[1].processes, 2); // one worker launched, plus the leader
        QVERIFY(analysis.nodes[1].spill.contains(u"external merge"_s));
        QVERIFY(analysis.nodes[5].spill.contains(u"2048 batches"_s));
        QVERIFY(analysis.nodes[6].spill.contains(u"31752 kB"_s));
        QVERIFY(analysis.nodes[8].spill.contains(u"on disk"_s));
        const auto has = [&](PlanWarning::Kind kind) {
            return std::any_of(analysis.warnings.cbegin(), analysis.warnings.cend(), [&](const PlanWarning &w) { return w.kind == kind; });
        };
        QVERIFY(has(PlanWarning::Kind::WorkersNotLaunched));
        QVERIFY(has(PlanWarning::Kind::LossyBitmap));
        QVERIFY(has(PlanWarning::Kind::HashSpill));
        QVERIFY(has(PlanWarning::Kind::DiskSort));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::newRow("empty") << QByteArray() << u"the input is empty"_s << 0 << 0;
        QTest::newRow("blank") << QByteArray(" \n\t\n") << u"the input is empty"_s << 0 << 0;
        QTest::newRow("prose") << QByteArray("\nhello world\nthis is not a plan\n") << u"no plan found"_s << 2 << 1;
        QTest::newRow("json syntax") << QByteArray("[\n  {\"Plan\": {\"Node Type\": \"Seq Scan\",}}\n]") << u"invalid JSON"_s << 2 << 38;
        QTest::newRow("json truncated") << QByteArray("[{\"Plan\": {\"Node Type\": \"Seq Sc") << u"invalid JSON"_s << 1 << 32;
        QTest::newRow("json without a plan") << QByteArray("{\"rows\": [1, 2]}") << u"holds no plan"_s << 0 << 0;
        QTest::newRow("json plan not an object") << QByteArray("[{\"Plan\": 3}]") << u"holds no plan"_s << 0 << 0;
        QTest::newRow("json node without type") << QByteArray("[{\"Plan\": {\"Plans\": []}}]") << u"node at Plan has no \"Node Type\""_s << 0 << 0;
        QTest::newRow("json plans not an array") << QByteArray("{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": {}}}")
                                                 << u"\"Plans\" of the node at Plan is not an array"_s << 0 << 0;
        QTest::newRow("json child not an object")
            << QByteArray("[{\"Plan\": {\"Node Type\": \"Limit\", \"Plans\": [{\"Node Type\": \"Sort\", \"Plans\": [{\"Node Type\": \"Seq Scan\"}, 5]}]}}]")
            << u"entry 1 of \"Plans\" of the node at Plan → Plans[0] is not an object"_s << 0 << 0;
        QTest::newRow("bad cost") << QByteArray("QUERY PLAN\n----------\nSeq Scan on t  (cost=abc..1.00 rows=1 width=4)\n")
                                  << u"cannot read the node's statistics"_s << 3 << 22;
        QTest::newRow("bad actual") << QByteArray("Sort  (cost=1.00..2.00 rows=1 width=4) (actual time=1.0..x rows=1 loops=1)")
                                    << u"cannot read the node's statistics"_s << 1 << 53;
        QTest::newRow("unclosed") << QByteArray("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4") << u"no closing parenthesis"_s << 1 << 16;
        QTest::newRow("trailing text") << QByteArray("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4) and more")
                                       << u"unexpected text after the node's statistics"_s << 1 << 49;
        QTest::newRow("unknown statistics") << QByteArray("Seq Scan on t  (cost=0.00..1.00 rows=1 width=4) (bogus)")
                                            << u"unknown statistics"_s << 1 << 49;
        QTest::newRow("child not indented") << QByteArray("  Limit  (cost=0.00..1.00 rows=1 width=4)\n->  Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n")
                                            << u"not indented below any node"_s << 2 << 1;
        QTest::newRow("two plans") << QByteArray("Result  (cost=0.00..0.01 rows=1 width=4)\nResult  (cost=0.00..0.01 rows=1 width=4)\n")
                                   << u"a second plan starts here"_s << 2 << 1;
        QTest::newRow("node without statistics") << QByteArray("Limit  (cost=0.00..1.00 rows=1 width=4)\n  ->  Seq Scan on t\n")
                                                 << u"lacks the statistics"_s << 2 << 20;
        QTest::newRow("node without times") << QByteArray("Limit  (cost=0.00..1.00 rows=1 width=4) (actual time=0.1..0.2 rows=1 loops=1)\n"
                                                          "  ->  Seq Scan on t  (cost=0.00..1.00 rows=1 width=4) (actual rows=1 loops=1)\n")
                                             << u"lacks the statistics"_s << 2 << 20;
        QTest::newRow("misspelt statistic") << QByteArray("Limit  (cost=0.00..1.00 rows=1 width=4) (actual tiAme=0.1..0.2 rows=1 loops=1)")
                                            << u"cannot read the node's statistics"_s << 1 << 49;
        // Tabs count as up to 8 columns, as they were expanded before indentation became a count.
        QTest::newRow("bad cost, tab-indented") << QByteArray("Limit  (cost=0.00..1.00 rows=1 width=4)\n\t->  Seq Scan on t  (cost=abc..1.00 rows=1 width=4)\n")
                                                << u"cannot read the node's statistics"_s << 2 << 34;
        QTest::newRow("child not indented, tabs") << QByteArray("\tLimit  (cost=0.00..1.00 rows=1 width=4)\n->  Seq Scan on t  (cost=0.00..1.00 rows=1 width=4)\n")
                                                  << u"not indented below any node"_s << 2 << 1;
        QTest::newRow("quoted lines, indentation inside the quotes")
            << QByteArray("\"Limit  (cost=0.00..1.00 rows=1 width=4)\"\n\"  ->  Seq Scan on t\"\n") << u"lacks the statistics"_s << 2 << 21;
        QTest::newRow("wrapped line cut off") << QByteArray(" Sort  (cost=32.88..32.96 rows=32 width=224) (actual time=0.532..0.532 \nrows=0 loo")
                                              << u"no closing parenthesis"_s << 1 << 46;
    }
    void malformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        PlanParseError error;
        QVERIFY(!parsePlan(input, &error));
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(!error.toString().isEmpty());
    }

    void absurdWorkerCountsAreLeftUnset()
    {
        // Found by the fuzzer: a count beyond int was converted to int (undefined behaviour).
        for (const QByteArray &input :
             {QByteArray("[{\"Plan\": {\"Node Type\": \"Gather\", \"Workers Planned\": 1e20, \"Workers Launched\": -5}}]"),
              QByteArray("Gather  (cost=1.00..2.00 rows=100 width=29) (actual time=5.0..8.9 rows=100 loops=1)\n"
                         "  Workers Planned: 111111111111111\n  Workers Launched: 2.5\n")}) {
            PlanParseError error;
            const auto plan = parsePlan(input, &error);
            QVERIFY2(plan, qPrintable(error.toString()));
            QVERIFY(!plan->nodes.first().workersPlanned);
            QVERIFY(!plan->nodes.first().workersLaunched);
        }
        PlanParseError error;
        const auto plan = parsePlan("[{\"Plan\": {\"Node Type\": \"Gather\", \"Workers Planned\": 2, \"Workers Launched\": 1}}]", &error);
        QVERIFY(plan);
        QCOMPARE(plan->nodes.first().workersPlanned, std::optional<int>(2));
        QCOMPARE(plan->nodes.first().workersLaunched, std::optional<int>(1));
    }

    void deepTextPlans()
    {
        const auto build = [](int depth) -> QByteArray {
            QByteArray text = "Limit  (cost=0.00..1.00 rows=1 width=4)\n";
            for (int level = 1; level <= depth; ++level)
                text += QByteArray(6 * level - 4, ' ') + "->  Limit  (cost=0.00..1.00 rows=1 width=4)\n"; // as EXPLAIN indents
            return text;
        };
        PlanParseError error;
        const auto deepest = parsePlan(build(MaxPlanDepth), &error);
        QVERIFY2(deepest, qPrintable(error.toString()));
        QCOMPARE(deepest->nodes.size(), MaxPlanDepth + 1);
        QCOMPARE(deepest->nodes.last().depth, MaxPlanDepth);
        QVERIFY(test::analysisProblem(*deepest, analyzePlan(*deepest)).isEmpty());
        QVERIFY(!parsePlan(build(MaxPlanDepth + 1), &error));
        QVERIFY2(error.message.contains(u"nested more than 1000 levels"_s), qPrintable(error.message));
        QCOMPARE(error.line, MaxPlanDepth + 2);

        // The same depth indented with tabs, one more per level: read alike, with columns counted as expanded.
        QByteArray tabs = "Limit  (cost=0.00..1.00 rows=1 width=4)\n";
        for (int level = 1; level <= MaxPlanDepth; ++level)
            tabs += QByteArray(level, '\t') + "->  Limit  (cost=0.00..1.00 rows=1 width=4)\n";
        const auto tabbed = parsePlan(tabs, &error);
        QVERIFY2(tabbed, qPrintable(error.toString()));
        QCOMPARE(tabbed->nodes.size(), MaxPlanDepth + 1);
        QCOMPARE(tabbed->nodes.last().depth, MaxPlanDepth);
        QVERIFY(!parsePlan(tabs + QByteArray(MaxPlanDepth + 1, '\t') + "->  Limit  (cost=0.00..1.00 rows=1 width=4)\n", &error));
        QCOMPARE(error.line, MaxPlanDepth + 2);
        QCOMPARE(error.column, 8 * (MaxPlanDepth + 1) + 1);
    }

    void deepJsonPlans()
    {
        const auto build = [](int depth) -> QByteArray {
            QByteArray json;
            for (int level = 0; level < depth; ++level)
                json += "{\"Node Type\": \"Limit\", \"Plan Rows\": 1, \"Plans\": [";
            json += "{\"Node Type\": \"Result\"}";
            for (int level = 0; level < depth; ++level)
                json += "]}";
            return "[{\"Plan\": " + json + "}]";
        };
        PlanParseError error;
        const auto deep = parsePlan(build(500), &error);
        QVERIFY2(deep, qPrintable(error.toString()));
        QCOMPARE(deep->nodes.size(), 501);
        QCOMPARE(deep->nodes.last().depth, 500);
        QCOMPARE(deep->nodes.last().type, u"Result"_s);
        QVERIFY(!parsePlan(build(5000), &error));
        QVERIFY2(error.message.contains(u"nested too deeply"_s), qPrintable(error.message));
        QCOMPARE(error.line, 1);
        QVERIFY(error.column > 1000);
    }

    /// Cut anywhere, a plan must still be read or rejected: never a crash, a hang or a negative time.
    void truncatedInputNeverCrashes()
    {
        for (const char *name : {"cte_scan", "parallel_gather_merge", "verbose_settings_wal"}) {
            for (const char *extension : {"json", "txt"}) {
                const QByteArray input = test::readFileBytes(test::planFixturePath(QString::fromLatin1(name), QString::fromLatin1(extension)));
                QVERIFY(!input.isEmpty());
                for (qsizetype cut = 0; cut < input.size(); cut += std::max<qsizetype>(1, input.size() / 97)) {
                    PlanParseError error;
                    if (const auto plan = parsePlan(input.left(cut), &error)) {
                        const QString problem = test::analysisProblem(*plan, analyzePlan(*plan));
                        QVERIFY2(problem.isEmpty(), qPrintable(problem));
                    } else {
                        QVERIFY(!error.message.isEmpty());
                    }
                }
            }
        }
    }

    void orderedPropertiesFollowExplain()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"index_scan"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        for (const Plan *plan : {&fixture->json, &fixture->text}) {
            const auto properties = plan->root().orderedProperties();
            QVERIFY(!properties.isEmpty());
            QCOMPARE(properties.first().first, u"Node Type"_s);
            QVERIFY(std::none_of(properties.cbegin(), properties.cend(), [](const auto &p) { return p.first == u"Plans"; }));
            const auto indexOf = [&](const QString &key) {
                return std::find_if(properties.cbegin(), properties.cend(), [&](const auto &p) { return p.first == key; }) - properties.cbegin();
            };
            QVERIFY(indexOf(u"Relation Name"_s) < indexOf(u"Plan Rows"_s));
            QVERIFY(indexOf(u"Plan Rows"_s) < indexOf(u"Index Cond"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanParser)
#include "tst_planparser.moc"
