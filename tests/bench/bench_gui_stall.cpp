// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread's longest stall while pgverse watches a lab, with every node answering and with one node frozen
// (all its processes SIGSTOPped): a 2 ms timer on the GUI thread records the largest gap between its ticks.
#include "../gui/openlabinwindow.h"
#include "monitor/clustersession.h"
#include "mainwindow.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
/// Longest gap between ticks of a 2 ms timer on this thread during \a ms, in milliseconds.
qint64 longestStall(int ms)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    ticker.start(2);
    QTest::qWait(ms);
    return worst;
}
} // namespace

class BenchGuiStall : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void longestGuiStall()
    {
        MainWindow window;
        QString error;
        QVERIFY2(test::showLabInWindow(window, m_lab->dir(), &error), qPrintable(error));

        const qint64 healthy = longestStall(5000);
        QVERIFY(m_lab->freeze(u"node2"_s));
        auto thaw = qScopeGuard([this] { m_lab->thaw(u"node2"_s); });
        const qint64 frozen = longestStall(8000);
        QCOMPARE(window.session()->snapshot().node(u"node2")->state, u"timeout"_s); // the freeze was seen
        qInfo("longest GUI-thread stall: %lld ms with every node answering, %lld ms with node2 frozen (target < 50 ms)",
              static_cast<long long>(healthy), static_cast<long long>(frozen));
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(BenchGuiStall)
#include "bench_gui_stall.moc"
