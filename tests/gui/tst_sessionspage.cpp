// SPDX-License-Identifier: GPL-3.0-or-later
// The Sessions page in the real window on a real lab: a transaction left open after an UPDATE with a psql queued
// behind it. The page shows the holder as the root of the tree, its query and locks; it refreshes on its own only
// while shown; Explain in Plans hands the query to the runner; terminating the root blocker through the run dialog
// lets the waiter through and the tree empties; a read-only profile offers no cancel or terminate.
#include "actionlauncher.h"
#include "actionrundialog.h"
#include "blockingtreemodel.h"
#include "explainpane.h"
#include "lab/serverbinaries.h"
#include "mainwindow.h"
#include "openlabinwindow.h"
#include "pg/pgsession.h"
#include "planpage.h"
#include "sessionlistmodel.h"
#include "sessionlockmodel.h"
#include "sessionspage.h"
#include "vacuummodels.h"
#include "testenvironment.h"
#include "testlab.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QFont>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestSessionsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE orders (id int PRIMARY KEY, paid bool NOT NULL DEFAULT false); "
                                       "INSERT INTO orders (id) SELECT generate_series(1, 10)"_s));
        QString error;
        const auto binaries = ServerBinaries::locate(m_lab->manifest().binDir, &error);
        QVERIFY2(binaries, qPrintable(error));
        m_psql = binaries->tool(u"psql"_s);
    }
    void cleanupTestCase() { m_lab.reset(); }

    void findsTheBlockerAndEndsIt()
    {
        PgSession holder;
        PgError error;
        QVERIFY(holder.open(*ConnInfo::parse(m_lab->conninfo(u"node1"_s) + u" application_name=month_end"_s), {}, QDeadlineTimer(5000), &error));
        const int holderPid = holder.exec(u"SELECT pg_backend_pid()"_s, QDeadlineTimer(5000), &error)->scalar()->toInt();
        QVERIFY(holder.exec(u"BEGIN; UPDATE orders SET paid = true WHERE id = 7"_s, QDeadlineTimer(5000), &error));
        QProcess waiter;
        waiter.start(m_psql, {u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_lab->conninfo(u"node1"_s) + u" application_name=checkout"_s,
                              u"-c"_s, u"UPDATE orders SET paid = false WHERE id = 7"_s});
        QVERIFY(waiter.waitForStarted());

        MainWindow window;
        QString opening;
        QVERIFY2(test::showLabInWindow(window, m_lab->dir(), &opening), qPrintable(opening));
        SessionsPage *page = window.sessionsPage();
        page->setRefreshIntervalMs(1000);
        QSignalSpy shown(page, &SessionsPage::sessionsShown);
        window.showPage(window.pageIndex(page));
        QVERIFY(page->isActive());
        const auto rootIsHolder = [&] {
            const QModelIndex root = page->treeModel()->index(0, 0);
            return root.isValid() && root.data(BlockingTreeModel::PidRole).toInt() == holderPid
                   && page->treeModel()->rowCount(root) == 1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(rootIsHolder(), 15000);
        QCOMPARE(page->treeModel()->index(0, 0).data(Qt::FontRole).value<QFont>().bold(), true);
        const QModelIndex waiting = page->treeModel()->index(0, 0, page->treeModel()->index(0, 0));
        QCOMPARE(waiting.siblingAtColumn(BlockingTreeModel::ApplicationColumn).data().toString(), u"checkout"_s);
        QVERIFY(waiting.siblingAtColumn(BlockingTreeModel::WaitsForColumn).data().toString().startsWith(u"ShareLock on transaction"_s));

        // Refreshes come on their own while the page is shown, none while another page is.
        shown.clear();
        QTest::qWait(2600);
        QVERIFY2(shown.size() >= 2, qPrintable(QString::number(shown.size())));
        window.showPage(0);
        QVERIFY(!page->isActive());
        QTest::qWait(300); // a read under way when the page was hidden may still land
        shown.clear();
        QTest::qWait(2500);
        QCOMPARE(shown.size(), 0);
        window.showPage(window.pageIndex(page));
        QVERIFY(shown.wait(5000)); // shown again: read at once

        // The holder selected: its whole query, its locks (the row lock's transaction and the table), what it runs.
        page->treeView()->setFocus();
        page->treeView()->setCurrentIndex(page->treeModel()->indexOf(u"node1"_s, holderPid));
        QCOMPARE(page->currentSession(), std::pair(u"node1"_s, holderPid));
        QTRY_COMPARE_WITH_TIMEOUT(page->queryView()->toPlainText(), u"BEGIN; UPDATE orders SET paid = true WHERE id = 7"_s, 5000);
        const auto holdsTheTable = [&] {
            for (int row = 0; row < page->lockModel()->rowCount(); ++row) {
                if (page->lockModel()->index(row, SessionLockModel::LockColumn).data().toString() == u"orders"_s
                    && page->lockModel()->index(row, SessionLockModel::ModeColumn).data().toString() == u"RowExclusiveLock"_s)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(holdsTheTable(), 5000);
        QVERIFY(!page->cancelAction()->isEnabled()); // idle in transaction: no query to cancel
        QVERIFY(page->terminateAction()->isEnabled());
        // With sessions, queries and the horizon shown, the page still fits a 1024x700 window beside its docks.
        QSignalSpy vacuum(page, &SessionsPage::vacuumShown);
        QVERIFY(!page->horizonModel()->clusterSummary().isEmpty() || vacuum.wait(15000));
        for (int tab = 0; tab < page->detailTabs()->count(); ++tab) {
            page->detailTabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            QVERIFY2(window.minimumSizeHint().width() <= 1024, qPrintable(u"tab %1: %2"_s.arg(tab).arg(window.minimumSizeHint().width())));
        }
        page->detailTabs()->setCurrentIndex(0);

        // Explain in Plans: the runner gets the query, on the session's node.
        page->explainAction()->trigger();
        QCOMPARE(window.currentPage(), window.pageIndex(window.planPage()));
        QCOMPARE(window.planPage()->explainPane()->sql(), u"BEGIN; UPDATE orders SET paid = true WHERE id = 7"_s);
        QCOMPARE(window.planPage()->explainPane()->node(), u"node1"_s);
        window.showPage(window.pageIndex(page));

        // Terminate the root blocker through the run dialog: the waiter goes through, the tree empties.
        qRegisterMetaType<ActionRunDialog *>();
        QSignalSpy opened(window.actionLauncher(), &ActionLauncher::sessionSignalOpened);
        QVERIFY2(page->terminateRootAction()->isEnabled(), qPrintable(page->terminateRootAction()->statusTip()));
        page->terminateRootAction()->trigger();
        QVERIFY(!opened.isEmpty() || opened.wait(5000)); // the dialog opens at once: no file to read first
        auto *dialog = opened.first().first().value<ActionRunDialog *>();
        QSignalSpy finished(dialog, &ActionRunDialog::finishedRun);
        QVERIFY(QTest::qWaitFor([dialog] { return dialog->runButton()->isEnabled(); }, 15000));
        dialog->runButton()->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().value<ActionOutcome>().result == ActionOutcome::Result::Succeeded, qPrintable(dialog->resultText()));
        dialog->close();
        // It may have finished while the dialog ran (waitForFinished() is false then).
        QTRY_COMPARE_WITH_TIMEOUT(waiter.state(), QProcess::NotRunning, 10000);
        QCOMPARE(waiter.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(page->treeModel()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->listModel()->rowOf(u"node1"_s, holderPid), -1, 10000);
        QVERIFY(!holder.exec(u"SELECT 1"_s, QDeadlineTimer(5000), &error));
    }

    void aReadOnlyProfileOffersNoSignal()
    {
        SessionsPage page;
        ClusterContext context;
        context.profile.name = u"watch_only"_s;
        context.profile.readOnly = true;
        context.endpoints << NodeEndpoint{u"node1"_s, *ConnInfo::parse(m_lab->conninfo(u"node1"_s)), {}};
        page.setClusterContext(context);
        NodeSessions sessions = fetchSessions(context.endpoints.first());
        QVERIFY2(sessions.error.isEmpty(), qPrintable(sessions.error));
        page.showSessions({sessions});
        QVERIFY(page.listModel()->rowCount() > 0);
        page.quietToggle()->setChecked(true);
        QVERIFY(page.selectSession(u"node1"_s, page.listModel()->session(0)->pid));
        QVERIFY(page.explainAction()->isEnabled() || page.listModel()->session(0)->query.isEmpty());
        for (QAction *action : {page.cancelAction(), page.terminateAction(), page.terminateRootAction(), page.terminateLikeAction()}) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            QVERIFY(action->statusTip().contains(u"read-only"_s));
        }

        // A search that hides the chosen session does not move the details to another one.
        const auto chosen = page.currentSession();
        page.searchField()->setText(u"no session is called this"_s);
        QCOMPARE(page.filterModel()->rowCount(), 0);
        QCOMPARE(page.currentSession(), chosen);
        page.searchField()->clear();
        QCOMPARE(page.currentSession(), chosen);
    }

    void refreshesOnlyWhenShownAndAskedTo()
    {
        SessionsPage page;
        QSignalSpy asked(&page, &SessionsPage::refreshRequested);
        page.setRefreshIntervalMs(0); // no auto-refresh: showing the page again must not bring it back
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.hide();
        page.show();
        QTest::qWait(2300);
        QCOMPARE(asked.size(), 0);
        page.setRefreshIntervalMs(1000);
        QCOMPARE(page.refreshIntervalMs(), 1000);
        QVERIFY(asked.wait(2000));
        page.hide();
        asked.clear();
        QTest::qWait(1500);
        QCOMPARE(asked.size(), 0);
        page.setRefreshIntervalMs(1400); // whole seconds, as the field shows
        QCOMPARE(page.refreshIntervalMs(), 1000);
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    QString m_psql;
};

QTEST_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
