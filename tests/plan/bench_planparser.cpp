// SPDX-License-Identifier: GPL-3.0-or-later
// A huge plan from a real server: 7,501 nodes (a UNION ALL of 2,500 Limit/Sort/Index Scan branches), about 8 MB
// of EXPLAIN (ANALYZE, BUFFERS, VERBOSE, FORMAT JSON). Measures parsing plus analysis against
// QJsonDocument::fromJson alone on the same text, the text format, and the memory a parse needs.
// Targets (README "Measured figures"): under 150 ms, at most 2x fromJson, memory under 10x the input.
#include "plantestsupport.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>
#include <pqxx/pqxx>

#include <algorithm>
#include <malloc.h>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

constexpr int Branches = 2500;

/// Bytes malloc has handed out and not taken back (glibc's count: small blocks plus mmapped ones).
qint64 allocatedBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

/// Peak resident memory of `pgversectl explain --json FILE`, sampled from /proc while it runs (the kernel keeps
/// the high-water mark, so the last sample is the peak up to a millisecond before exit).
qint64 cliPeakMemory(const QString &file)
{
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, {u"explain"_s, u"--json"_s, file});
    if (!process.waitForStarted())
        return -1;
    QFile status(u"/proc/%1/status"_s.arg(process.processId()));
    qint64 peak = 0;
    while (!process.waitForFinished(1)) {
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = std::max(peak, line.mid(6).trimmed().split(' ').first().toLongLong() * 1024);
        }
        status.close();
    }
    return process.exitCode() == 0 ? peak : -1;
}

double medianMs(const std::function<void()> &work, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << timer.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

class BenchPlanParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        test::TestLab lab(0);
        QVERIFY2(lab.isValid(), qPrintable(lab.error()));
        pqxx::connection connection(lab.conninfo(u"node1"_s).toStdString());
        pqxx::nontransaction transaction(connection);
        transaction.exec(test::hugePlanSchemaSql().toStdString());
        const auto fetch = [&](const QString &options) {
            QByteArray output;
            for (const auto &row : transaction.exec(test::hugePlanQuery(options, Branches).toStdString()))
                output += QByteArray::fromStdString(row[0].as<std::string>()) + '\n';
            return output;
        };
        m_json = fetch(u"ANALYZE, BUFFERS, VERBOSE, FORMAT JSON"_s);
        m_text = fetch(u"ANALYZE, BUFFERS, VERBOSE"_s);
        const auto plan = parsePlan(m_json);
        QVERIFY(plan);
        QCOMPARE(plan->nodes.size(), 3 * Branches + 1);
        qInfo("plan: %lld nodes, JSON %.1f MB, text %.1f MB", qint64(plan->nodes.size()), m_json.size() / 1e6, m_text.size() / 1e6);
    }

    void memory()
    {
        // In this process: what a parsed plan and its analysis keep (the input itself is the caller's).
        const qint64 before = allocatedBytes();
        {
            const auto plan = parsePlan(m_json);
            QVERIFY(plan);
            const PlanAnalysis analysis = analyzePlan(*plan);
            QCOMPARE(analysis.nodes.size(), plan->nodes.size());
            qInfo("memory kept by the plan and its analysis: %.1f MB (%.2fx the %.1f MB of JSON)", (allocatedBytes() - before) / 1e6,
                  double(allocatedBytes() - before) / m_json.size(), m_json.size() / 1e6);
        }
        // A whole program: pgversectl reading the file, parsing, analysing and printing JSON, against a one-node plan.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString big = dir.filePath(u"big.json"_s);
        const QString small = dir.filePath(u"small.json"_s);
        for (const auto &[path, content] : {std::pair{big, m_json}, std::pair{small, QByteArray(R"([{"Plan": {"Node Type": "Result"}}])")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(content) == content.size());
        }
        const QString bigText = dir.filePath(u"big.txt"_s);
        {
            QFile file(bigText);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(m_text) == m_text.size());
        }
        // Pasted from an editor that indents with tabs, and deep: four chains of 990 nested nodes, one tab per level.
        const QString deepText = dir.filePath(u"deep-tabs.txt"_s);
        QByteArray deep = "Append  (cost=0.00..1.00 rows=1 width=4) (actual time=0.010..0.020 rows=1 loops=1)\n";
        for (int chain = 0; chain < 4; ++chain) {
            for (int level = 1; level < MaxPlanDepth - 10; ++level) {
                const QByteArray tabs(level, '\t');
                deep += tabs + "->  Nested Loop  (cost=0.00..1.00 rows=1 width=4) (actual time=0.010..0.020 rows=1 loops=1)\n" + tabs
                        + "      Output: t.a, t.b\n";
            }
        }
        {
            QFile file(deepText);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(deep) == deep.size());
        }
        const qint64 base = cliPeakMemory(small);
        const qint64 peak = cliPeakMemory(big);
        const qint64 textPeak = cliPeakMemory(bigText);
        const qint64 deepPeak = cliPeakMemory(deepText);
        QVERIFY(base > 0 && peak > 0 && textPeak > 0 && deepPeak > 0);
        qInfo("a deeply tab-indented text plan: peak resident %.1f MB, %.1f MB over a one-node plan (%.1fx the %.1f MB file)",
              deepPeak / 1e6, (deepPeak - base) / 1e6, double(deepPeak - base) / deep.size(), deep.size() / 1e6);
        // Indentation is kept as a width, not as spaces: tabs once cost up to sixteen times their size. The bound
        // leaves room for the noise of the one-node baseline's peak (the same build measured 4.4x and 5.9x in two
        // CI runs) while still catching that regression.
        QVERIFY2(deepPeak - base < 8 * deep.size(), "a tab-indented plan needs more than 8x its size");
        qInfo("pgversectl explain --json: peak resident %.1f MB, %.1f MB over a one-node plan (%.1fx the file)", peak / 1e6,
              (peak - base) / 1e6, double(peak - base) / m_json.size());
        qInfo("the same plan as text: peak resident %.1f MB, %.1f MB over a one-node plan (%.1fx the %.1f MB file)", textPeak / 1e6,
              (textPeak - base) / 1e6, double(textPeak - base) / m_text.size(), m_text.size() / 1e6);
        // In this process, for the text form: what the parsed plan keeps.
        const qint64 beforeText = allocatedBytes();
        {
            const auto plan = parsePlan(m_text);
            QVERIFY(plan);
            qInfo("memory kept by the plan parsed from text: %.1f MB (%.2fx the text)", (allocatedBytes() - beforeText) / 1e6,
                  double(allocatedBytes() - beforeText) / m_text.size());
        }
    }

    /// The figures of the README, with the ratio the target is about.
    void figures()
    {
        const double fromJson = medianMs([&] { QVERIFY(!QJsonDocument::fromJson(m_json).isNull()); }, 11);
        const double parseAndAnalyze = medianMs(
            [&] {
                const auto plan = parsePlan(m_json);
                QVERIFY(plan);
                QVERIFY(analyzePlan(*plan).totalMs);
            },
            11);
        const double text = medianMs(
            [&] {
                const auto plan = parsePlan(m_text);
                QVERIFY(plan);
                QVERIFY(analyzePlan(*plan).totalMs);
            },
            5);
        qInfo("median of runs: QJsonDocument::fromJson %.1f ms, parsePlan + analyzePlan %.1f ms (%.2fx), text format %.1f ms",
              fromJson, parseAndAnalyze, parseAndAnalyze / fromJson, text);
    }

    void fromJsonAlone()
    {
        QBENCHMARK {
            QVERIFY(!QJsonDocument::fromJson(m_json).isNull());
        }
    }
    void parseAndAnalyzeJson()
    {
        QBENCHMARK {
            const auto plan = parsePlan(m_json);
            QVERIFY(plan);
            QVERIFY(analyzePlan(*plan).totalMs);
        }
    }
    void parseAndAnalyzeText()
    {
        QBENCHMARK {
            const auto plan = parsePlan(m_text);
            QVERIFY(plan);
            QVERIFY(analyzePlan(*plan).totalMs);
        }
    }

private:
    QByteArray m_json;
    QByteArray m_text;
};

QTEST_GUILESS_MAIN(BenchPlanParser)
#include "bench_planparser.moc"
