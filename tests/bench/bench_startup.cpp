// SPDX-License-Identifier: GPL-3.0-or-later
// pgverse cold start on a lab: time to the first painted window, time to a populated topology, and peak RSS.
// Each figure is the median of several launches; times are measured from this process starting pgverse.
#include "testlab.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
struct Launch
{
    qint64 firstPaintMs = -1;
    qint64 topologyMs = -1;
    qint64 peakRssKb = -1;
};

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}
} // namespace

class BenchStartup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void coldStart()
    {
        QList<qint64> paint;
        QList<qint64> topology;
        QList<qint64> rss;
        for (int run = 0; run < 5; ++run) {
            const Launch launch = launchOnce();
            QVERIFY2(launch.firstPaintMs > 0 && launch.topologyMs > 0 && launch.peakRssKb > 0, "pgverse did not report its start-up");
            paint << launch.firstPaintMs;
            topology << launch.topologyMs;
            rss << launch.peakRssKb;
        }
        qInfo("pgverse cold start (median of 5): first paint %lld ms, populated topology %lld ms, peak RSS %lld MiB "
              "(targets: < 400 ms, < 1000 ms, < 100 MiB)",
              static_cast<long long>(median(paint)), static_cast<long long>(median(topology)),
              static_cast<long long>(median(rss) / 1024));
    }

private:
    Launch launchOnce()
    {
        Launch launch;
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
            while (process.canReadLine()) {
                const QByteArray line = process.readLine().trimmed();
                if (line.startsWith("first-paint-ms"))
                    launch.firstPaintMs = clock.elapsed();
                else if (line.startsWith("topology-ms"))
                    launch.topologyMs = clock.elapsed();
                else if (line.startsWith("peak-rss-kb"))
                    launch.peakRssKb = line.split(' ').value(1).toLongLong();
                // The populated topology may be reported before the first paint: stop once both are in.
                if (launch.firstPaintMs > 0 && launch.topologyMs > 0 && launch.peakRssKb > 0)
                    process.terminate();
            }
        });
        clock.start();
        // Generous limits: on a loaded machine a start-up is slow, which the figures show; it is not a failure.
        process.start(QStringLiteral(PGV_BIN_DIR) + u"/pgverse"_s, {u"--lab"_s, m_lab->dir(), u"--report-startup"_s, u"--quit-after"_s, u"120000"_s});
        process.waitForFinished(130000);
        return launch;
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
