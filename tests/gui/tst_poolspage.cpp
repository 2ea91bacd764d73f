// SPDX-License-Identifier: GPL-3.0-or-later
// Poolers in the real window on a real lab with a PgBouncer (Debian's 1.18): the monitor polls it beside the nodes,
// the topology draws it as a card with its pooler edge to the primary, the Pools page lists it and its pool with
// clients through it, the Lag page charts its waiting clients; Pause goes through the run dialog, the card, the page
// and the problems follow (paused with no action running: left paused), and Resume all mends it. The models pass
// Qt's tester; a read-only profile offers no command.
#include "actionlauncher.h"
#include "actionrundialog.h"
#include "lagchartview.h"
#include "lagpage.h"
#include "mainwindow.h"
#include "monitor/clustersession.h"
#include "openlabinwindow.h"
#include "poolermodels.h"
#include "poolspage.h"
#include "sequencewriter.h"
#include "testenvironment.h"
#include "testlab.h"
#include "topologymodel.h"
#include "topologyview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestPoolsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        const auto added = test::runPgversectl({u"lab"_s, u"pooler"_s, u"add"_s, u"--dir"_s, m_lab->dir()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
        QVERIFY(m_lab->reload());
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE seq (n bigint PRIMARY KEY)"_s));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void showsThePoolerAndPausesItThroughTheRunDialog()
    {
        MainWindow window;
        QString opening;
        QVERIFY2(test::showLabInWindow(window, m_lab->dir(), &opening), qPrintable(opening));
        PoolsPage *page = window.poolsPage();
        QAbstractItemModelTester poolerTester(page->poolerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester poolTester(page->poolModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester topologyTester(window.topologyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A client through the pooler, so that its pool has traffic to show.
        test::SequenceWriter writer(m_lab->poolerConnInfo(u"pooler1"_s), 1);
        writer.start();

        // The topology: a card for the pooler, above the primary it routes to.
        QTRY_VERIFY_WITH_TIMEOUT(window.topologyView()->edgesDrawn().contains(u"node1 -> pooler1 (pooler)"_s), 20000);
        QVERIFY(!window.topologyView()->cardRect(u"pooler1"_s).isEmpty());
        QVERIFY(window.topologyView()->cardRect(u"pooler1"_s).bottom() < window.topologyView()->cardRect(u"node1"_s).top());
        QVERIFY(window.topologyModel()->indexOfNode(u"pooler1"_s).data(TopologyModel::PoolerRole).toBool());

        // The Pools page: the pooler routing to node1, its pool with the writer's traffic since the last poll.
        window.showPage(window.pageIndex(page));
        QCOMPARE(page->poolerModel()->rowCount(), 1);
        QCOMPARE(page->poolerModel()->index(0, PoolerListModel::StateColumn).data().toString(), u"routing"_s);
        QCOMPARE(page->poolerModel()->index(0, PoolerListModel::RoutesToColumn).data().toString(), u"node1"_s);
        QVERIFY(page->poolerModel()->index(0, PoolerListModel::VersionColumn).data().toString().startsWith(u"PgBouncer 1."_s));
        const auto poolRow = [page] {
            for (int row = 0; row < page->poolModel()->rowCount(); ++row) {
                if (page->poolModel()->index(row, PoolListModel::DatabaseColumn).data().toString() == u"postgres")
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(poolRow() >= 0
                                     && page->poolModel()->index(poolRow(), PoolListModel::TransactionsPerSecondColumn).data(Qt::ToolTipRole).toString().contains(u"since the last poll"_s)
                                     && page->poolModel()->index(poolRow(), PoolListModel::TransactionsPerSecondColumn).data().toString().toDouble() > 0,
                                 15000);
        QVERIFY2(page->summaryText().contains(u"pooler1 routes to node1"_s), qPrintable(page->summaryText()));

        // The Lag page charts its waiting clients, on its time axis.
        page->chartAction()->trigger();
        QCOMPARE(window.currentPage(), window.pageIndex(window.lagPage()));
        QTRY_VERIFY_WITH_TIMEOUT(window.lagPage()->chart()->graphNames().contains(u"pooler1"_s), 10000);
        QCOMPARE(window.lagPage()->chart()->lastValue(u"pooler1"_s).value_or(-1), 0.0);

        // Pause through the run dialog: the page, the card and the problems follow; Resume all mends it.
        window.showPage(window.pageIndex(page));
        QVERIFY(page->selectPooler(u"pooler1"_s));
        QVERIFY(page->pauseAction()->isEnabled());
        runThroughDialog(window, page->pauseAction());
        QTRY_COMPARE_WITH_TIMEOUT(page->poolerModel()->index(0, PoolerListModel::StateColumn).data().toString(), u"paused"_s, 10000);
        QVERIFY(window.topologyModel()->indexOfNode(u"pooler1"_s).data(TopologyModel::PoolerPausedRole).toBool());
        const auto leftPaused = [&] {
            const QList<Problem> &problems = window.session()->snapshot().problems;
            return std::any_of(problems.cbegin(), problems.cend(), [](const Problem &problem) { return problem.kind == ProblemKind::PoolerLeftPaused; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(leftPaused(), 10000);
        QVERIFY(!page->pauseAction()->isEnabled());
        // The paused writer waits: its clients show on the chart as they wait.
        QTRY_VERIFY_WITH_TIMEOUT(window.lagPage()->chart()->lastValue(u"pooler1"_s).value_or(0) >= 1.0, 10000);
        runThroughDialog(window, page->resumeAllAction());
        QTRY_COMPARE_WITH_TIMEOUT(page->poolerModel()->index(0, PoolerListModel::StateColumn).data().toString(), u"routing"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!leftPaused(), 10000);
        writer.stop();
        QCOMPARE(writer.failedAttempts(), 0);
        QCOMPARE(test::lostCommits(*m_lab, u"node1"_s, writer.committed()), 0);
    }

    void aReadOnlyClusterOffersNoCommand()
    {
        PoolsPage page;
        ClusterContext context;
        context.profile.name = u"lab"_s;
        context.profile.readOnly = true;
        context.profile.poolers << ProfilePooler{u"pooler1"_s, u"host=127.0.0.1 port=6432 dbname=pgbouncer"_s, false};
        page.setClusterContext(context);
        TopologySnapshot snapshot;
        snapshot.cluster = u"lab"_s;
        PoolerStatus pooler;
        pooler.name = u"pooler1"_s;
        pooler.reachable = true;
        snapshot.poolers << pooler;
        page.setSnapshot(shareSnapshot(snapshot));
        QVERIFY(page.selectPooler(u"pooler1"_s));
        for (QAction *action : {page.pauseAction(), page.resumeAction(), page.resumeAllAction(), page.reconnectAction(), page.reloadAction()}) {
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(u"read-only"_s), qPrintable(action->toolTip()));
        }
        // A cluster without poolers says how to add one.
        context.profile.readOnly = false;
        context.profile.poolers.clear();
        page.setClusterContext(context);
        QVERIFY2(page.summaryText().contains(u"lab pooler add"_s), qPrintable(page.summaryText()));
    }

private:
    void runThroughDialog(MainWindow &window, QAction *action)
    {
        qRegisterMetaType<ActionRunDialog *>();
        QSignalSpy opened(window.actionLauncher(), &ActionLauncher::actionOpened);
        action->trigger();
        QVERIFY(!opened.isEmpty() || opened.wait(5000));
        auto *dialog = opened.first().first().value<ActionRunDialog *>();
        QSignalSpy finished(dialog, &ActionRunDialog::finishedRun);
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->runButton()->isEnabled(); }, 15000));
        dialog->runButton()->click();
        QVERIFY(finished.wait(40000));
        QVERIFY2(finished.first().first().value<ActionOutcome>().result == ActionOutcome::Result::Succeeded, qPrintable(dialog->resultText()));
        dialog->close();
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(TestPoolsPage)
#include "tst_poolspage.moc"
