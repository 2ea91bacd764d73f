// SPDX-License-Identifier: GPL-3.0-or-later
// Resident memory of pgverse watching a lab at ten times the default poll rate (every 100 ms) under a steady write
// load, with the window going through its pages as a person would. Samples VmRSS every few seconds and reports the
// settled size, its tail and the growth over the second half of the run.
//
// CI runs it for PGV_BENCH_MEMORY_SECONDS=90 (the default); the figures in README come from a run of 3600 s.
#include "../gui/openlabinwindow.h"
#include "lag/laghistory.h"
#include "lag/lagrecorder.h"
#include "lagchartview.h"
#include "lagpage.h"
#include "mainwindow.h"
#include "monitor/clustersession.h"
#include "profiles/profilestore.h"
#include "rlspage.h"
#include "testlab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <pqxx/pqxx>

#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
/// This process's resident set size in KiB, from /proc/self/status (0 when it cannot be read).
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

double mib(qint64 kib)
{
    return static_cast<double>(kib) / 1024.0;
}

/// Least-squares slope of \a values (KiB) against \a seconds, in MiB per hour.
double growthMiBPerHour(const std::vector<double> &seconds, const std::vector<qint64> &values)
{
    const auto n = static_cast<double>(seconds.size());
    const double meanT = std::accumulate(seconds.begin(), seconds.end(), 0.0) / n;
    const double meanV = std::accumulate(values.begin(), values.end(), 0.0) / n;
    double numerator = 0;
    double denominator = 0;
    for (size_t i = 0; i < seconds.size(); ++i) {
        numerator += (seconds[i] - meanT) * (static_cast<double>(values[i]) - meanV);
        denominator += (seconds[i] - meanT) * (seconds[i] - meanT);
    }
    return denominator > 0 ? numerator / denominator * 3600.0 / 1024.0 : 0.0;
}

/// Inserts a row every 20 ms into the primary until stopped, so that WAL flows, the standbys replay and lag moves.
class WriteLoad
{
public:
    explicit WriteLoad(std::string conninfo)
        : m_thread([this, conninfo = std::move(conninfo)] { run(conninfo); })
    {
    }
    ~WriteLoad()
    {
        m_stop = true;
        m_thread.join();
    }
    WriteLoad(const WriteLoad &) = delete;
    WriteLoad &operator=(const WriteLoad &) = delete;
    long long commits() const { return m_commits; }

private:
    void run(const std::string &conninfo)
    {
        try {
            pqxx::connection connection(conninfo);
            while (!m_stop) {
                pqxx::work insert(connection);
                insert.exec("INSERT INTO memory_bench(payload) VALUES (repeat('x', 200))");
                insert.commit();
                ++m_commits;
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        } catch (const std::exception &e) {
            qWarning("write load stopped: %s", e.what());
        }
    }

    std::atomic<bool> m_stop = false;
    std::atomic<long long> m_commits = 0;
    std::thread m_thread;
};
} // namespace

class BenchMemory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QString error;
        QVERIFY2(m_lab->sql(u"node1"_s, u"CREATE TABLE memory_bench(id bigserial PRIMARY KEY, payload text)"_s, &error),
                 qPrintable(error));
        // The window adopts the lab's profile as it finds it: written here with ten times the default poll rate.
        Profile profile = m_lab->manifest().toProfile();
        profile.pollIntervalMs = 100;
        QVERIFY2(ProfileStore().save(profile, &error), qPrintable(error));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void residentMemoryOverTime()
    {
        const int seconds = qEnvironmentVariableIntValue("PGV_BENCH_MEMORY_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("PGV_BENCH_MEMORY_SECONDS")
                                : 45; // CI's share of the full run's time budget; the notes take the hour
        const qint64 beforeWindow = residentKiB();
        MainWindow window;
        window.resize(1360, 820);
        QString error;
        QVERIFY2(test::showLabInWindow(window, m_lab->dir(), &error), qPrintable(error));
        QCOMPARE(window.session()->profile().pollIntervalMs, 100);

        WriteLoad load(m_lab->conninfo(u"node1"_s).toStdString());
        const int pages = window.pageIndex(window.rlsPage()) + 1;
        const int sampleEveryMs = std::clamp(seconds * 1000 / 60, 2000, 30000);
        std::vector<double> at;
        std::vector<qint64> resident;
        std::vector<qint64> heap; // what malloc has handed out and not had back, KiB
        std::vector<qint64> history; // the lag history's samples, KiB
        std::vector<qint64> chartPoints;
        QElapsedTimer clock;
        clock.start();
        int page = 0;
        while (clock.elapsed() < seconds * 1000LL) {
            // A person looks at the topology most of the time and at the other pages now and then.
            window.showPage(page % 4 == 0 ? (page / 4) % pages : 0);
            ++page;
            QTest::qWait(sampleEveryMs);
            at.push_back(static_cast<double>(clock.elapsed()) / 1000.0);
            resident.push_back(residentKiB());
            const struct mallinfo2 allocated = mallinfo2();
            heap.push_back(static_cast<qint64>((allocated.uordblks + allocated.hblkhd) / 1024));
            qint64 samples = 0;
            const LagHistory *lag = window.lagRecorder()->history();
            for (const SeriesKey &key : lag->keys())
                samples += lag->series(key)->size();
            history.push_back(samples * 8 / 1024); // the pages of the rings' reserve that samples have touched
            chartPoints.push_back(window.lagPage()->chart()->pointCount());
        }
        window.showPage(0);
        QVERIFY2(resident.size() >= 8 && resident.back() > 0, "too few samples of VmRSS");
        QVERIFY2(load.commits() > seconds * 10, "the write load did not run");

        const size_t half = resident.size() / 2;
        const std::vector<double> lateAt(at.begin() + static_cast<std::ptrdiff_t>(half), at.end());
        const std::vector<qint64> late(resident.begin() + static_cast<std::ptrdiff_t>(half), resident.end());
        std::vector<qint64> sorted = late;
        std::sort(sorted.begin(), sorted.end());
        const auto quantile = [&](double q) { return sorted[static_cast<size_t>(q * static_cast<double>(sorted.size() - 1))]; };
        qInfo("resident memory at 10x poll rate over %d s (%zu samples, %lld commits): before the window %.1f MiB, "
              "first sample %.1f MiB, second half p50 %.1f / p95 %.1f / max %.1f MiB, last %.1f MiB; growth over the "
              "second half %.2f MiB/hour",
              seconds, resident.size(), load.commits(), mib(beforeWindow), mib(resident.front()), mib(quantile(0.5)),
              mib(quantile(0.95)), mib(sorted.back()), mib(resident.back()), growthMiBPerHour(lateAt, late));
        qInfo("heap in use (mallinfo2) %.1f -> %.1f MiB, growth over the second half %.2f MiB/hour",
              mib(heap.front()), mib(heap.back()),
              growthMiBPerHour(lateAt, std::vector<qint64>(heap.begin() + static_cast<std::ptrdiff_t>(half), heap.end())));
        qInfo("  time    resident  heap      lag history  chart points");
        for (size_t i = 0; i < resident.size(); i += std::max<size_t>(1, resident.size() / 12))
            qInfo("  %6.0f s  %.1f MiB  %.1f MiB  %.1f MiB  %lld", at[i], mib(resident[i]), mib(heap[i]), mib(history[i]),
                  static_cast<long long>(chartPoints[i]));
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

int main(int argc, char **argv)
{
    // Qt Test aborts a test function after 5 minutes unless told otherwise: the hour-long run is told.
    if (const int seconds = qEnvironmentVariableIntValue("PGV_BENCH_MEMORY_SECONDS"); seconds > 0)
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((seconds + 300) * 1000LL));
    QApplication app(argc, argv);
    BenchMemory bench;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_memory.moc"
