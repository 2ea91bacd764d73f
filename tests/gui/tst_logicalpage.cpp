// SPDX-License-Identifier: GPL-3.0-or-later
// The Logical replication page in the real window on a real lab with its analytics subscriber: opening the lab draws
// the subscriber beside it; the page lists the subscription streaming from node1 with its table ready, the slot and
// the publication; Disable and Enable go through the run dialog and the page follows; the models pass Qt's tester; a
// read-only profile offers no change.
#include "actionlauncher.h"
#include "actionrundialog.h"
#include "logicalmodels.h"
#include "logicalpage.h"
#include "mainwindow.h"
#include "openlabinwindow.h"
#include "testenvironment.h"
#include "testlab.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestLogicalPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1, false, test::TestLab::Subscriber::Analytics);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void showsTheSubscriptionAndChangesItThroughTheRunDialog()
    {
        MainWindow window;
        QString opening;
        QVERIFY2(test::showLabInWindow(window, m_lab->dir(), &opening), qPrintable(opening));
        LogicalPage *page = window.logicalPage();
        QAbstractItemModelTester subscriptionTester(page->subscriptionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(page->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester slotTester(page->slotModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester publicationTester(page->publicationModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester problemTester(page->problemModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.showPage(window.pageIndex(page));
        QVERIFY(page->isActive());

        const QString subscriber = m_lab->manifest().name + u"-analytics"_s;
        const auto stateIs = [&](const QString &state) {
            Q_EMIT page->refreshRequested();
            const int row = page->subscriptionModel()->rowOf(subscriber, u"analytics"_s, u"orders_sub"_s);
            return row >= 0 && page->subscriptionModel()->subscription(row)->state == state;
        };
        // The subscriber's own monitor starts once the lab is open: its first poll brings the subscription.
        QTRY_VERIFY_WITH_TIMEOUT(stateIs(u"streaming"_s), 30000);
        const LogicalSubscription *subscription = page->subscriptionModel()->subscription(0);
        QCOMPARE(subscription->publisherCluster, m_lab->manifest().name);
        QCOMPARE(subscription->publisherNode, u"node1"_s);
        QTRY_COMPARE_WITH_TIMEOUT(page->tableModel()->rowCount(), 1, 10000);
        QCOMPARE(page->tableModel()->index(0, SubscriptionTableModel::TableColumn).data().toString(), u"public.orders"_s);
        QCOMPARE(page->tableModel()->index(0, SubscriptionTableModel::StateColumn).data().toString(), u"ready"_s);
        QCOMPARE(page->slotModel()->rowCount(), 1);
        QCOMPARE(page->slotModel()->index(0, LogicalSlotModel::NameColumn).data().toString(), u"orders_sub"_s);
        QCOMPARE(page->publicationModel()->rowCount(), 1);
        QCOMPARE(page->publicationModel()->index(0, PublicationModel::TablesColumn).data().toString(), u"public.orders"_s);
        QVERIFY2(page->summaryText().contains(u"1 streaming"_s), qPrintable(page->summaryText()));
        QVERIFY(!page->enableAction()->isEnabled());
        QVERIFY2(page->disableAction()->isEnabled(), qPrintable(page->disableAction()->statusTip()));

        // Disable through the run dialog: checks, plan, run; the page then shows it disabled with the problem's fix.
        qRegisterMetaType<ActionRunDialog *>();
        const auto runThroughDialog = [&](QAction *action) {
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
        };
        runThroughDialog(page->disableAction());
        QCOMPARE(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"SELECT subenabled::text FROM pg_subscription"_s).value_or(QString()), u"false"_s);
        QTRY_VERIFY_WITH_TIMEOUT(stateIs(u"disabled"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page->enableAction()->isEnabled(), 5000);
        QVERIFY(!page->refreshPublicationAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(page->problemModel()->rowCount() > 0, 10000);
        QVERIFY(page->detailTabs()->tabText(3).startsWith(u"Problems ("_s));

        runThroughDialog(page->enableAction());
        QTRY_VERIFY_WITH_TIMEOUT(stateIs(u"streaming"_s), 30000);
        // Rows written now reach the subscriber: nothing was lost while it was disabled.
        QVERIFY(m_lab->sqlIn(u"node1"_s, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) VALUES (7, 7, 7)"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"SELECT count(*) FROM orders WHERE order_id = 7"_s).value_or(QString()),
                                  u"1"_s, 15000);
    }

    void aReadOnlyClusterOffersNoChange()
    {
        LogicalPage page;
        ClusterContext context;
        context.profile.name = u"lab"_s;
        page.setClusterContext(context);
        LogicalEstate estate;
        LogicalSubscription subscription;
        subscription.name = u"orders_sub"_s;
        subscription.cluster = u"lab-analytics"_s;
        subscription.node = u"analytics"_s;
        subscription.enabled = true;
        subscription.state = u"streaming"_s;
        estate.subscriptions << subscription;
        page.showEstate(estate, {});
        QVERIFY(page.disableAction()->isEnabled());
        page.showEstate(estate, {u"lab-analytics"_s});
        QVERIFY(!page.disableAction()->isEnabled());
        QVERIFY(!page.refreshPublicationAction()->isEnabled());
        QVERIFY2(page.disableAction()->statusTip().contains(u"read-only"_s), qPrintable(page.disableAction()->statusTip()));
        // An empty estate says what would bring a subscription here.
        page.showEstate({}, {});
        QVERIFY2(page.summaryText().contains(u"lab subscriber add"_s), qPrintable(page.summaryText()));
        QVERIFY(!page.disableAction()->isEnabled());
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(TestLogicalPage)
#include "tst_logicalpage.moc"
