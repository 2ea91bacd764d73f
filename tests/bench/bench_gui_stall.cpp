// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI thread's longest stall while pgverse watches a lab, with every node answering and with one node frozen
// (all its processes SIGSTOPped): a 2 ms timer on the GUI thread records the largest gap between its ticks.
#include "../gui/openlabinwindow.h"
#include "monitor/clustersession.h"
#include "longeststall.h"
#include "mainwindow.h"
#include "testlab.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;


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

        const double healthy = test::longestStall(5000);
        QVERIFY(m_lab->freeze(u"node2"_s));
        auto thaw = qScopeGuard([this] { m_lab->thaw(u"node2"_s); });
        const double frozen = test::longestStall(8000);
        QCOMPARE(window.session()->snapshot().node(u"node2")->state, u"timeout"_s); // the freeze was seen
        qInfo("longest GUI-thread stall: %.1f ms with every node answering, %.1f ms with node2 frozen (target < 50 ms)", healthy, frozen);
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(BenchGuiStall)
#include "bench_gui_stall.moc"
