// SPDX-License-Identifier: GPL-3.0-or-later
// Every plan of a peer's parser test suite (PEV2's, third-party data read in place from ../shared/corpus, never
// copied): real pastes in every psql frame, wrapped, quoted, PostgreSQL 9.x to 18 syntax, with expectations.
#include "plantestsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

QString corpus(const QString &relative = {})
{
    return QStringLiteral(PGV_PLAN_CORPUS_DIR) + (relative.isEmpty() ? QString() : u'/' + relative);
}

std::optional<Plan> parseFile(const QString &path, QString *why)
{
    PlanParseError error;
    auto plan = parsePlan(test::readFileBytes(path), &error);
    if (!plan)
        *why = path + u": "_s + error.toString();
    return plan;
}

void preOrder(const QJsonObject &node, QList<QJsonObject> *out)
{
    // Expectation files are a few levels deep: plain recursion is fine here.
    out->append(node);
    for (const QJsonValue &child : node.value("Plans"_L1).toArray())
        preOrder(child.toObject(), out);
}

/// Compares the expected node's numeric properties with ours; the expectations' strings follow PEV2's own
/// conventions (quoted names, unnormalized types), so only numbers are compared.
QStringList numericDifferences(const QJsonObject &expected, const PlanNode &node)
{
    QStringList differences;
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!it.value().isDouble())
            continue;
        // PEV2 writes zeros for counters the text does not print; a missing counter is a zero here too.
        const QJsonValue ours = node.properties().value(it.key());
        if ((!ours.isDouble() && !(ours.isUndefined() && it.value().toDouble() == 0))
            || std::abs(ours.toDouble(0) - it.value().toDouble()) > 1e-9)
            differences << u"%1: %2 expected, %3 read"_s.arg(it.key()).arg(it.value().toDouble()).arg(ours.toVariant().toString());
    }
    return differences;
}

/// Walks the expectation and the plan together: the expectation may leave out children (PEV2's partial
/// expectations), but the nodes it lists must sit at the same place.
bool matchesPartially(const QJsonObject &expected, const Plan &plan, int node, QStringList *problems)
{
    *problems << numericDifferences(expected, plan.nodes.at(node));
    const QJsonArray children = expected.value("Plans"_L1).toArray();
    const QList<int> &ours = plan.nodes.at(node).children;
    if (children.size() > ours.size()) {
        *problems << u"node %1 has %2 children, %3 expected"_s.arg(node).arg(ours.size()).arg(children.size());
        return false;
    }
    for (qsizetype i = 0; i < children.size(); ++i)
        matchesPartially(children.at(i).toObject(), plan, ours.at(i), problems);
    return problems->isEmpty();
}

QStringList planFiles()
{
    QStringList files;
    QDirIterator it(corpus(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(u".plan"_s) || path.endsWith(u"-plan"_s))
            files << path;
    }
    files.sort();
    return files;
}

} // namespace

class TestPlanCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(planFiles().size() >= 100, qPrintable(corpus())); }

    void everyPlanParses_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : planFiles())
            QTest::newRow(qPrintable(QDir(corpus()).relativeFilePath(path))) << path;
    }
    void everyPlanParses()
    {
        QFETCH(QString, path);
        QString why;
        const auto plan = parseFile(path, &why);
        QVERIFY2(plan, qPrintable(why));
        QVERIFY(!plan->nodes.isEmpty());
        const QString problem = test::analysisProblem(*plan, analyzePlan(*plan));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void expectedStructure_data()
    {
        QTest::addColumn<QString>("plan");
        QTest::addColumn<QString>("expect");
        for (const QString &folder : {u"from-text"_s, u"12-line-wrapped-plans"_s}) {
            const QStringList files = QDir(corpus(folder)).entryList({u"*-plan"_s}, QDir::Files, QDir::Name);
            for (const QString &file : files) {
                const QString expect = corpus(folder + u'/' + file.chopped(4) + u"expect"_s);
                if (QFileInfo::exists(expect))
                    QTest::newRow(qPrintable(folder + u'/' + file)) << corpus(folder + u'/' + file) << expect;
            }
        }
    }
    void expectedStructure()
    {
        QFETCH(QString, plan);
        QFETCH(QString, expect);
        QString why;
        const auto parsed = parseFile(plan, &why);
        QVERIFY2(parsed, qPrintable(why));
        QJsonParseError error;
        QJsonDocument document = QJsonDocument::fromJson(test::readFileBytes(expect), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject top = document.isArray() ? document.array().first().toObject() : document.object();
        QList<QJsonObject> expected;
        preOrder(top.value("Plan"_L1).toObject(), &expected);
        const bool complete = std::all_of(expected.cbegin(), expected.cend(), [](const QJsonObject &node) { return node.contains("Plan Rows"_L1); });
        if (complete) {
            // A full expectation: the same number of nodes and the same planned rows in pre-order.
            QCOMPARE(parsed->nodes.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i)
                QCOMPARE(parsed->nodes.at(i).planRows.value_or(-1), expected.at(i).value("Plan Rows"_L1).toDouble());
        }
        QStringList problems;
        QVERIFY2(matchesPartially(expected.first(), *parsed, 0, &problems), qPrintable(problems.join(u'\n')));
        for (const char *key : {"Planning Time", "Execution Time"}) {
            if (top.contains(QLatin1StringView(key)))
                QCOMPARE(parsed->properties.value(QLatin1StringView(key)).toDouble(), top.value(QLatin1StringView(key)).toDouble());
        }
        if (top.contains("Settings"_L1))
            QCOMPARE(parsed->settings.size(), top.value("Settings"_L1).toObject().size());
    }

    /// One plan printed with every psql border and line style (json-N and text-N are the same plan N).
    void psqlFramesGiveOneTree()
    {
        QMap<QString, QList<std::pair<QString, Plan>>> byPlan;
        const QRegularExpression name(u"^(json|text)-(\\d+)-"_s);
        const QStringList files = QDir(corpus(u"11-psql-frames"_s)).entryList({u"*.plan"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 25);
        for (const QString &file : files) {
            QString why;
            const auto plan = parseFile(corpus(u"11-psql-frames/"_s + file), &why);
            QVERIFY2(plan, qPrintable(why));
            QCOMPARE(plan->format, file.startsWith(u"json"_s) ? PlanFormat::Json : PlanFormat::Text);
            const auto match = name.match(file);
            QVERIFY(match.hasMatch());
            byPlan[match.captured(2)].append({file, *plan});
        }
        for (auto it = byPlan.cbegin(); it != byPlan.cend(); ++it) {
            const auto &variants = it.value();
            for (const auto &[file, plan] : variants) {
                const QString difference = test::planDifference(plan, variants.first().second);
                QVERIFY2(difference.isEmpty(), qPrintable(file + u" vs "_s + variants.first().first + u": "_s + difference));
                QVERIFY(plan.executionMs.has_value());
            }
        }
    }

    void ioTimings_data()
    {
        QTest::addColumn<QString>("plan");
        const QStringList files = QDir(corpus(u"21-io-timings"_s)).entryList({u"*.plan"_s}, QDir::Files, QDir::Name);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << corpus(u"21-io-timings/"_s + file);
    }
    void ioTimings()
    {
        QFETCH(QString, plan);
        QString why;
        const auto parsed = parseFile(plan, &why);
        QVERIFY2(parsed, qPrintable(why));
        const QJsonObject expected = QJsonDocument::fromJson(test::readFileBytes(plan.chopped(4) + u"expect"_s)).object();
        QVERIFY(!expected.isEmpty());
        const PlanNode &root = parsed->root();
        const NodeAnalysis analysis = analyzePlan(*parsed).nodes.first();
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            if (it.key() == u"*I/O Read Time (all scopes)")
                QVERIFY(std::abs(analysis.inclusive.ioReadMs() - it.value().toDouble()) < 1e-6);
            else if (it.key() == u"*I/O Write Time (all scopes)")
                QVERIFY(std::abs(analysis.inclusive.ioWriteMs() - it.value().toDouble()) < 1e-6);
            else if (!it.key().startsWith(u'*')) // the other starred keys are PEV2's own derived speeds
                QCOMPARE(root.properties().value(it.key()).toDouble(0), it.value().toDouble());
        }
    }

    void cteExclusiveTimesAddUp_data()
    {
        QTest::addColumn<QString>("plan");
        const QStringList files = QDir(corpus(u"cte-exclusive-time"_s)).entryList({u"*.plan"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << corpus(u"cte-exclusive-time/"_s + file);
    }
    void cteExclusiveTimesAddUp()
    {
        QFETCH(QString, plan);
        QString why;
        const auto parsed = parseFile(plan, &why);
        QVERIFY2(parsed, qPrintable(why));
        const PlanAnalysis analysis = analyzePlan(*parsed);
        QVERIFY(analysis.totalMs);
        double sum = 0;
        for (const NodeAnalysis &node : analysis.nodes) {
            QVERIFY(*node.exclusiveMs >= 0);
            QVERIFY2(node.notes.isEmpty(), qPrintable(node.notes.join(u' ')));
            sum += *node.exclusiveMs;
        }
        // Nothing cut, nothing left over: the exclusive times are exactly a partition of the root's time.
        QCOMPARE(analysis.unaccountedMs, 0.0);
        QVERIFY2(std::abs(sum - *analysis.totalMs) < 1e-6, qPrintable(u"%1 vs %2"_s.arg(sum).arg(*analysis.totalMs)));
    }
};

QTEST_GUILESS_MAIN(TestPlanCorpus)
#include "tst_plancorpus.moc"
