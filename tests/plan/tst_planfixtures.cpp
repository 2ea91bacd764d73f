// SPDX-License-Identifier: GPL-3.0-or-later
// Plans from a real server: every scenario of planscenarios.h run with EXPLAIN in JSON and in text, read by both
// parsers and checked against each other, against the analysis invariants and against the fixtures committed in
// tests/data/plans (which the unit tests read). PGV_UPDATE_PLAN_FIXTURES=1 rewrites those fixtures.
// Also psql's own frames around real plans, and `pgversectl explain` end to end.
#include "planscenarios.h"
#include "plantestsupport.h"
#include "testlab.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <pqxx/pqxx>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

const test::PlanScenario *findScenario(const QString &name)
{
    static const QList<test::PlanScenario> scenarios = test::planScenarios();
    for (const test::PlanScenario &scenario : scenarios) {
        if (scenario.name == name)
            return &scenario;
    }
    return nullptr;
}

QString explainStatement(const test::PlanScenario &scenario, bool json)
{
    QStringList options;
    if (!scenario.options.isEmpty())
        options << scenario.options;
    if (json)
        options << u"FORMAT JSON"_s;
    if (options.isEmpty())
        return u"EXPLAIN "_s + scenario.sql;
    return u"EXPLAIN ("_s + options.join(u", "_s) + u") "_s + scenario.sql;
}

/// The plan's tree without anything that changes between runs: node labels, relationships and parents.
QStringList shape(const Plan &plan)
{
    QStringList lines;
    for (const PlanNode &node : plan.nodes)
        lines << u"%1 %2 %3 %4"_s.arg(node.parent).arg(node.label(), node.parentRelationship, node.subplanName);
    return lines;
}

std::optional<Plan> parse(const QByteArray &input, QString *why)
{
    PlanParseError error;
    std::optional<Plan> plan = parsePlan(input, &error);
    if (!plan)
        *why = error.toString() + u"\n"_s + QString::fromUtf8(input.left(3000));
    return plan;
}

} // namespace

class TestPlanFixtures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(0);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        m_conninfo = m_lab->conninfo(u"node1"_s);
        QVERIFY(m_tempDir.isValid());
        pqxx::connection connection(m_conninfo.toStdString());
        pqxx::nontransaction transaction(connection);
        // VACUUM cannot run in the implicit transaction of a multi-statement string: one statement at a time.
        for (const QString &statement : test::planSchemaSql().split(u';', Qt::SkipEmptyParts))
            transaction.exec(statement.toStdString());
    }
    void cleanupTestCase() { m_lab.reset(); }

    void scenario_data()
    {
        QTest::addColumn<QString>("name");
        for (const test::PlanScenario &scenario : test::planScenarios())
            QTest::newRow(qPrintable(scenario.name)) << scenario.name;
    }
    void scenario()
    {
        QFETCH(QString, name);
        const test::PlanScenario &scenario = *findScenario(name);
        const QByteArray jsonInput = explain(scenario, true);
        const QByteArray textInput = explain(scenario, false);
        QString why;
        const std::optional<Plan> json = parse(jsonInput, &why);
        QVERIFY2(json, qPrintable(why));
        const std::optional<Plan> text = parse(textInput, &why);
        QVERIFY2(text, qPrintable(why));
        QCOMPARE(json->format, PlanFormat::Json);
        QCOMPARE(text->format, PlanFormat::Text);

        // The same plan in both formats is the same tree, down to every attribute the text format shows.
        const QString difference = test::planDifference(*text, *json);
        QVERIFY2(difference.isEmpty(), qPrintable(difference + u"\n\n"_s + QString::fromUtf8(textInput)));
        const QStringList mismatches = test::textJsonPropertyMismatches(*text, *json);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(u'\n') + u"\n\n"_s + QString::fromUtf8(textInput)));
        QCOMPARE(text->planningMs.has_value(), json->planningMs.has_value());
        QCOMPARE(text->executionMs.has_value(), json->executionMs.has_value());
        QCOMPARE(text->triggers.size(), json->triggers.size());
        QCOMPARE(text->settings, json->settings);

        const QStringList missing = test::missingLabels(*json, scenario.expectedLabels);
        QVERIFY2(missing.isEmpty(), qPrintable(u"missing "_s + missing.join(u", "_s) + u" in\n"_s + QString::fromUtf8(textInput)));
        for (const Plan *plan : {&*json, &*text}) {
            const QString problem = test::analysisProblem(*plan, analyzePlan(*plan));
            QVERIFY2(problem.isEmpty(), qPrintable(problem + u"\n\n"_s + QString::fromUtf8(textInput)));
        }

        const QString jsonPath = test::planFixturePath(name, u"json"_s);
        const QString textPath = test::planFixturePath(name, u"txt"_s);
        if (qEnvironmentVariableIsSet("PGV_UPDATE_PLAN_FIXTURES")) {
            QDir().mkpath(QFileInfo(jsonPath).path());
            QVERIFY(writeFile(jsonPath, jsonInput));
            QVERIFY(writeFile(textPath, textInput));
            return;
        }
        // The committed fixtures must still be what this server plans: same shape, from both formats.
        for (const QString &path : {jsonPath, textPath}) {
            const std::optional<Plan> committed = parse(test::readFileBytes(path), &why);
            QVERIFY2(committed, qPrintable(path + u": "_s + why));
            QVERIFY2(shape(*committed) == shape(*json),
                     qPrintable(u"%1 no longer matches the server's plan; regenerate with PGV_UPDATE_PLAN_FIXTURES=1:\n%2\n---\n%3"_s.arg(
                         path, shape(*committed).join(u'\n'), shape(*json).join(u'\n'))));
        }
    }

    void psqlFrames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("json");
        QTest::addColumn<QStringList>("style");
        const QList<std::pair<const char *, QStringList>> styles = {
            {"aligned", {}},
            {"border 0", {u"-P"_s, u"border=0"_s}},
            {"border 2", {u"-P"_s, u"border=2"_s}},
            {"unicode", {u"-P"_s, u"linestyle=unicode"_s}},
            {"unicode border 2 double", {u"-P"_s, u"border=2"_s, u"-P"_s, u"linestyle=unicode"_s, u"-P"_s, u"unicode_border_linestyle=double"_s}},
            {"old-ascii", {u"-P"_s, u"linestyle=old-ascii"_s}},
            {"unaligned", {u"-A"_s}},
        };
        for (const char *name : {"cte_scan", "parallel_gather_merge", "initplan", "verbose_settings_wal", "sort_external"}) {
            for (const auto &[styleName, style] : styles) {
                QTest::addRow("%s, text, %s", name, styleName) << QString::fromLatin1(name) << false << style;
                QTest::addRow("%s, json, %s", name, styleName) << QString::fromLatin1(name) << true << style;
            }
        }
    }
    void psqlFrames()
    {
        QFETCH(QString, name);
        QFETCH(bool, json);
        QFETCH(QStringList, style);
        const test::PlanScenario &scenario = *findScenario(name);
        // psql as people paste it: with the BEGIN/SET echoes before the plan and the (N rows) footer after it.
        QProcess psql;
        psql.start(m_lab->manifest().binDir + u"/psql"_s,
                   QStringList{u"-X"_s, m_conninfo, u"-P"_s, u"pager=off"_s} + style
                       + QStringList{u"-c"_s, u"BEGIN"_s, u"-c"_s, scenario.settings, u"-c"_s, explainStatement(scenario, json), u"-c"_s,
                                     u"ROLLBACK"_s});
        QVERIFY(psql.waitForFinished(60000));
        QCOMPARE(psql.exitCode(), 0);
        const QByteArray framed = psql.readAllStandardOutput();
        QString why;
        const std::optional<Plan> fromPsql = parse(framed, &why);
        QVERIFY2(fromPsql, qPrintable(why));
        QCOMPARE(fromPsql->format, json ? PlanFormat::Json : PlanFormat::Text);
        const std::optional<Plan> reference = parse(explain(scenario, json), &why);
        QVERIFY2(reference, qPrintable(why));
        const QString difference = test::planDifference(*fromPsql, *reference);
        QVERIFY2(difference.isEmpty(), qPrintable(difference + u"\n\n"_s + QString::fromUtf8(framed)));
        QCOMPARE(fromPsql->executionMs.has_value(), reference->executionMs.has_value());
    }

    void cliJson()
    {
        const QString path = m_tempDir.filePath(u"cte.json"_s);
        QVERIFY(writeFile(path, explain(*findScenario(u"cte_scan"_s), true)));
        const auto result = test::runPgversectl({u"explain"_s, u"--json"_s, path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(document.value("format"_L1).toString(), u"json"_s);
        QVERIFY(document.value("planning_ms"_L1).isDouble());
        QVERIFY(document.value("execution_ms"_L1).isDouble());
        const QJsonArray nodes = document.value("nodes"_L1).toArray();
        QVERIFY(nodes.size() >= 6);
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            const QJsonObject node = nodes.at(i).toObject();
            for (const char *key : {"id", "parent", "type", "relation", "rows_planned", "rows_actual", "loops", "total_ms", "exclusive_ms",
                                    "misestimate"})
                QVERIFY2(node.contains(QLatin1StringView(key)), key);
            QCOMPARE(node.value("id"_L1).toInt(), int(i));
            if (i == 0)
                QVERIFY(node.value("parent"_L1).isNull());
            else
                QVERIFY(node.value("parent"_L1).toInt() < int(i)); // pre-order: parents come first
        }
        QCOMPARE(nodes.at(0).toObject().value("type"_L1).toString(), u"Merge Join"_s);
        const auto scan = std::find_if(nodes.cbegin(), nodes.cend(), [](const QJsonValue &node) {
            return node.toObject().value("type"_L1).toString() == u"Seq Scan";
        });
        QVERIFY(scan != nodes.cend());
        QCOMPARE(scan->toObject().value("relation"_L1).toString(), u"orders"_s);
    }

    void cliTextSummaryFromStdin()
    {
        QProcess process;
        process.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, {u"explain"_s, u"-"_s});
        process.write(explain(*findScenario(u"sort_external"_s), false));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(60000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
        QVERIFY2(out.contains(u"Execution time:"_s), qPrintable(out));
        QVERIFY2(out.contains(u"Hotspots"_s), qPrintable(out));
        QVERIFY2(out.contains(u"sort spilled to disk: external merge"_s), qPrintable(out));
    }

    void cliMalformedPlan()
    {
        const QString path = m_tempDir.filePath(u"broken.txt"_s);
        QVERIFY(writeFile(path, "QUERY PLAN\n----------\nSort  (cost=1.00..2.00 rows=10 width=4)\n  ->  Seq Scan on t  (cost=0.00..x rows=10 width=4)\n"));
        const auto result = test::runPgversectl({u"explain"_s, path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(path + u": not a readable plan: line 4, column 28"_s), qPrintable(result.err));
        const auto missing = test::runPgversectl({u"explain"_s, m_tempDir.filePath(u"missing.json"_s)});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(test::runPgversectl({u"explain"_s, u"--bogus"_s}).exitCode, 2);
        QCOMPARE(test::runPgversectl({u"explain"_s, path, path}).exitCode, 2);
    }

private:
    /// Runs the scenario's EXPLAIN in a transaction that is rolled back, so INSERT/UPDATE/DELETE change nothing.
    QByteArray explain(const test::PlanScenario &scenario, bool json)
    {
        pqxx::connection connection(m_conninfo.toStdString());
        pqxx::work transaction(connection);
        if (!scenario.settings.isEmpty())
            transaction.exec(scenario.settings.toStdString());
        const pqxx::result result = transaction.exec(explainStatement(scenario, json).toStdString());
        QByteArray output;
        for (const auto &row : result)
            output += QByteArray::fromStdString(row[0].as<std::string>()) + '\n';
        transaction.abort();
        return output;
    }


    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

    std::unique_ptr<test::TestLab> m_lab;
    QString m_conninfo;
    QTemporaryDir m_tempDir;
};

QTEST_GUILESS_MAIN(TestPlanFixtures)
#include "tst_planfixtures.moc"
