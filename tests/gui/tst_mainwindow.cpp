// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window on a real lab, and `pgverse --screenshot`.
#include "openlabinwindow.h"
#include "core/apppaths.h"
#include "monitor/clustersession.h"
#include "lag/lagrecorder.h"
#include "lagchartview.h"
#include "lagpage.h"
#include "explain/explainhistory.h"
#include "explaincontroller.h"
#include "explainhistorymodel.h"
#include "explainpane.h"
#include "helpdialogs.h"
#include "actionlauncher.h"
#include "actionrundialog.h"
#include "mainwindow.h"
#include "monitor/workspace.h"
#include "profiles/profilecatalog.h"
#include "profiles/profilestore.h"
#include "topologypage.h"
#include "plandocument.h"
#include "planpage.h"
#include "planviewer.h"
#include "rlspage.h"
#include "sessionspage.h"
#include "statementstatsmodel.h"
#include "nodedetailspane.h"
#include "testlab.h"
#include "topologymodel.h"
#include "topologyview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QLabel>
#include <QSettings>
#include <QMenu>
#include <QMessageBox>
#include <QComboBox>
#include <QDockWidget>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void opensALabAndShowsItsNodes()
    {
        MainWindow window;
        QString error;
        QVERIFY2(test::showLabInWindow(window, m_lab->dir(), &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->snapshot().healthy(), 20000);
        QCOMPARE(window.topologyView()->nodesInLayoutOrder().size(), 3);
        QCOMPARE(window.topologyModel()->indexOfNode(u"node1"_s).data(TopologyModel::NodeRoleRole).toInt(), int(NodeRole::Primary));
        QVERIFY(window.windowTitle().contains(m_lab->manifest().name));
        // The window's settings name the cluster opened (written off the GUI thread), owner-only.
        const QString settingsFile = AppPaths::configDir() + u"/pgverse.ini"_s;
        QTRY_VERIFY_WITH_TIMEOUT(QSettings(settingsFile, QSettings::IniFormat).value(u"ui/lastProfile"_s).toString() == m_lab->manifest().name, 5000);
        QTRY_COMPARE(QFile::permissions(settingsFile) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                     QFile::Permissions());

        // The lag chart has one graph per standby, ending at the newest recorded sample.
        LagChartView *chart = window.lagPage()->chart();
        QTRY_COMPARE_WITH_TIMEOUT(chart->graphNames(), QStringList({u"node2"_s, u"node3"_s}), 10000);
        for (const QString &standby : {u"node2"_s, u"node3"_s}) {
            const SampleRing *ring = window.lagRecorder()->history()->series({standby, LagMetric::ReplayBytes});
            QVERIFY(ring && ring->last());
            QCOMPARE(chart->lastValue(standby), std::optional<double>(ring->last()->value));
        }

        // The details pane follows the selection.
        window.topologyView()->selectNode(u"node2"_s);
        QTRY_VERIFY(window.detailsPane()->view()->model()->rowCount() > 0);
        window.detailsPane()->copyToClipboard();
        QVERIFY2(QApplication::clipboard()->text().contains(u"Upstream: node1"_s), qPrintable(QApplication::clipboard()->text()));

        // Copy as JSON gives the pgversectl status --json document.
        QAction *copyJson = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
                copyJson = action;
        }
        QVERIFY(copyJson);
        copyJson->trigger();
        const QJsonObject status = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(status.value("nodes"_L1).toArray().size(), 3);

        // One glance: the headline says the cluster is healthy and offers no failover.
        QVERIFY2(window.topologyPage()->headlineText().startsWith(u"Healthy: node1 is the primary"_s), qPrintable(window.topologyPage()->headlineText()));
        QVERIFY(!window.topologyPage()->offersFailover());
        // A healthy streaming standby's menu offers a switchover to it, never a failover nor a rejoin.
        QMenu menu;
        window.actionLauncher()->addNodeActions(&menu, u"node2"_s);
        QStringList entries;
        for (const QAction *action : menu.actions()) {
            if (!action->isSeparator())
                entries << action->text();
        }
        // …plus the node operations that fit a running standby.
        QCOMPARE(entries, (QStringList{u"Switch over to node2…"_s, u"Pause replay on node2…"_s, u"Reload the configuration of node2…"_s,
                                       u"Restart node2…"_s, u"Stop node2…"_s}));
        QCOMPARE(menuEntries([&](QMenu *m) { window.actionLauncher()->addNodeActions(m, u"node1"_s); }),
                 (QStringList{u"Reload the configuration of node1…"_s, u"Restart node1…"_s, u"Stop node1…"_s}));
    }

    void theWindowComesBackAsItWasLeft()
    {
        // After opensALabAndShowsItsNodes: its window named the lab as the last cluster opened.
        QString hiddenDock;
        {
            MainWindow first;
            first.showWithStoredLayout();
            QTRY_VERIFY(first.isVisible()); // shown once its settings were read, on a worker
            QDockWidget *dock = first.findChildren<QDockWidget *>().value(0);
            QVERIFY(dock && dock->isVisible());
            hiddenDock = dock->objectName();
            dock->hide();
            first.close(); // writes the layout
        }
        MainWindow second;
        QSignalSpy profilesRead(second.profiles(), &ProfileCatalog::changed);
        second.showWithStoredLayout();
        QTRY_VERIFY(second.isVisible());
        QDockWidget *dock = second.findChild<QDockWidget *>(hiddenDock);
        QVERIFY(dock);
        QVERIFY(!dock->isVisible()); // the layout was in place when the window showed
        QTRY_VERIFY(profilesRead.count() > 0);
        second.openLastProfileOrDefaultLab();
        QTRY_COMPARE(second.session()->profile().name, m_lab->manifest().name);
        dock->show();
        second.close();
    }

    void nodeOperationsRunFromTheMenuAndPsqlOpensInATerminal()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(test::openLabInWindow(window, m_lab->dir(), &error), qPrintable(error));
        const auto streams = [&window] {
            const TopologyNode *node = window.session()->snapshot().node(u"node2"_s);
            return node && node->state == u"streaming";
        };
        QTRY_VERIFY_WITH_TIMEOUT(streams(), 20000);
        qRegisterMetaType<ActionRunDialog *>();

        // Pause replay from node2's menu: the dialog checks, runs, and the menu then offers to resume.
        auto runFromMenu = [&](const QString &text) {
            QSignalSpy opened(window.actionLauncher(), &ActionLauncher::nodeOperationOpened);
            QMenu menu;
            window.populateNodeMenu(&menu, QString(), u"node2"_s);
            QAction *entry = findEntry(&menu, text);
            if (!entry)
                return QStringLiteral("no entry %1 in %2").arg(text, menuEntries([&](QMenu *m) { window.populateNodeMenu(m, QString(), u"node2"_s); }).join(u", "_s));
            entry->trigger();
            if (!opened.wait(10000))
                return QStringLiteral("no dialog opened");
            auto *dialog = opened.first().first().value<ActionRunDialog *>();
            QSignalSpy finished(dialog, &ActionRunDialog::finishedRun);
            if (!QTest::qWaitFor([dialog] { return dialog->runButton()->isEnabled(); }, 20000))
                return QStringLiteral("the checks did not pass");
            dialog->runButton()->click();
            if (!finished.wait(60000))
                return QStringLiteral("the run did not end");
            const auto outcome = finished.first().first().value<ActionOutcome>();
            const QString result = outcome.result == ActionOutcome::Result::Succeeded ? QString() : dialog->resultText();
            dialog->close();
            return result;
        };
        QString problem = runFromMenu(u"Pause replay on node2…"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_lab->sql(u"node2"_s, u"SELECT pg_get_wal_replay_pause_state()"_s), std::optional<QString>(u"paused"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->snapshot().node(u"node2"_s)->replayPaused, 10000);
        problem = runFromMenu(u"Resume replay on node2…"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(m_lab->sql(u"node2"_s, u"SELECT pg_get_wal_replay_pause_state()"_s), std::optional<QString>(u"not paused"_s));

        // Open psql in a terminal: $TERMINAL is a script that runs what it is given, and psql reaches node2.
        const QString script = m_temp.filePath(u"terminal.sh"_s);
        const QString reached = m_temp.filePath(u"psql.out"_s);
        {
            QFile file(script);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(u"#!/bin/sh\n[ \"$1\" = -e ] && shift\n\"$@\" -Atc \"SELECT 'reached ' || current_setting('port')\" > '%1' 2>&1\n"_s.arg(reached).toUtf8());
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        qputenv("TERMINAL", script.toLocal8Bit());
        QMenu menu;
        window.populateNodeMenu(&menu, QString(), u"node2"_s);
        QAction *psql = findEntry(&menu, u"Open psql on node2 in a terminal"_s);
        QVERIFY(psql);
        psql->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"psql on node2 opened in terminal.sh"_s), 10000);
        const QString port = QString::number(m_lab->manifest().node(u"node2"_s)->port);
        QTRY_VERIFY_WITH_TIMEOUT(readFile(reached).contains(u"reached "_s + port), 20000);
        // Without any terminal, the status bar says what to do.
        qputenv("TERMINAL", "no-such-terminal-pgv");
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        psql->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"No terminal emulator was found"_s), 10000);
        qputenv("PATH", path);
        qunsetenv("TERMINAL");
    }

    void helpShowsTheGuideTheShortcutsAndTheProblems()
    {
        MainWindow window;
        const QList<QAction *> help = window.helpActions();
        QCOMPARE(help.size(), 3);
        QCOMPARE(help[0]->shortcut(), QKeySequence(QKeySequence::HelpContents));
        for (QAction *action : help)
            action->trigger();
        auto *guide = window.findChild<HelpDialog *>(u"guide"_s);
        auto *sheet = window.findChild<HelpDialog *>(u"shortcutSheet"_s);
        auto *glossary = window.findChild<HelpDialog *>(u"problemGlossary"_s);
        QVERIFY(guide && sheet && glossary);
        // The README, embedded: its sections and commands are there.
        QVERIFY(guide->browser()->toPlainText().contains(u"pgversectl switchover"_s));
        // Every shortcut of the window's actions, by the action's text, and the views' own keys.
        const QString keys = sheet->browser()->toPlainText();
        QVERIFY2(keys.contains(u"Copy status as JSON"_s) && keys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C).toString(QKeySequence::NativeText)),
                 qPrintable(keys));
        QVERIFY(keys.contains(u"Ctrl+0"_s));
        // Each problem kind with what it means and what to do.
        const QString problems = glossary->browser()->toPlainText();
        for (const QString &kind : {u"node_down"_s, u"no_primary"_s, u"connections_exhausted"_s, u"action_interrupted"_s})
            QVERIFY2(problems.contains(kind), qPrintable(kind));
        QVERIFY(problems.contains(u"Do not fail over"_s));
    }

    void explainsOnALabNodeFromThePlansPage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QString error;
        QVERIFY2(test::openLabInWindow(window, m_lab->dir(), &error), qPrintable(error));
        window.showPage(window.pageIndex(window.planPage()));
        ExplainPane *pane = window.planPage()->explainPane();
        QTRY_VERIFY_WITH_TIMEOUT(!pane->node().isEmpty(), 20000);
        QCOMPARE(pane->node(), u"node1"_s);

        // A run shows its plan, lands in the history (memory and file) and keeps nothing on the server.
        QSignalSpy loaded(window.planPage(), &PlanPage::loaded);
        // The runner offers the cluster's databases, the connection's own chosen.
        QTRY_VERIFY_WITH_TIMEOUT(pane->databaseBox()->findText(u"postgres"_s) >= 0, 20000);
        QCOMPARE(pane->database(), u"postgres"_s); // what the lab's connections name
        // A statement that writes is confirmed before ANALYZE runs it.
        pane->setSql(u"CREATE TABLE explained AS SELECT g FROM generate_series(1, 5000) g"_s);
        QTRY_VERIFY(pane->runButton()->isEnabled());
        pane->runButton()->click();
        QTRY_VERIFY(pane->writeConfirmation() && pane->writeConfirmation()->isVisible());
        const QList<QAbstractButton *> buttons = pane->writeConfirmation()->buttons();
        const auto run = std::find_if(buttons.cbegin(), buttons.cend(), [](QAbstractButton *button) { return button->text() == u"Run and roll back"; });
        QVERIFY(run != buttons.cend());
        (*run)->click();
        QVERIFY(loaded.wait(20000));
        QVERIFY2(pane->statusLabel()->text().contains(u"rolled back"_s), qPrintable(pane->statusLabel()->text()));
        QVERIFY2(pane->statusLabel()->text().contains(u"/"_s + pane->database() + u')'), qPrintable(pane->statusLabel()->text()));
        QVERIFY(!window.planPage()->document()->psqlText.isEmpty()); // the run's JSON also reads as psql prints it
        QCOMPARE(window.planPage()->document()->plan.root().type, u"Function Scan"_s);
        QCOMPARE(pane->historyModel()->rowCount(), 1);
        window.explainController()->waitForHistory();
        QCOMPARE(ExplainHistory().entries().size(), 1);
        QCOMPARE(m_lab->sql(u"node1"_s, u"SELECT count(*) FROM pg_class WHERE relname = 'explained'"_s), std::optional<QString>(u"0"_s));

        // Cancel stops a long statement on the server, and the page keeps the plan it showed.
        pane->setSql(u"SELECT pg_sleep(60)"_s);
        QTRY_VERIFY(pane->runButton()->isEnabled());
        pane->runButton()->click();
        QTRY_VERIFY(pane->cancelButton()->isEnabled());
        QTest::qWait(300);
        pane->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(pane->statusLabel()->text().contains(u"Cancelled"_s), 10000);
        QCOMPARE(window.planPage()->document()->plan.root().type, u"Function Scan"_s);
        QCOMPARE(pane->historyModel()->rowCount(), 2);

        // Another database, typed: the run connects there.
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE DATABASE explained_elsewhere"_s));
        pane->databaseBox()->setCurrentText(u"explained_elsewhere"_s);
        pane->setSql(u"SELECT 1"_s);
        QTRY_VERIFY(pane->runButton()->isEnabled());
        pane->runButton()->click();
        QVERIFY(loaded.wait(20000));
        QVERIFY2(pane->statusLabel()->text().contains(u"/explained_elsewhere)"_s), qPrintable(pane->statusLabel()->text()));
        QVERIFY(m_lab->sql(u"node1"_s, u"DROP DATABASE explained_elsewhere"_s));

        // pg_stat_statements of the node (the lab preloads it) fill the top statements.
        QSignalSpy reset(pane->statementsModel(), &QAbstractItemModel::modelReset);
        pane->findChild<QPushButton *>(u"refreshStatements"_s)->click();
        QVERIFY(reset.wait(20000));
        QVERIFY(pane->statementsModel()->rowCount() > 0);
    }

    void showsTwoClustersInOneWorkspace()
    {
        // A second cluster beside the first, each with its own monitor; a subscription between them is synthetic
        // here (the logical replication issue reads real ones): both drawn, the edge between them too.
        test::TestLab second(0);
        QVERIFY2(second.isValid(), qPrintable(second.error()));
        Profile reporting = second.manifest().toProfile();
        reporting.name = u"reporting"_s;
        QString error;
        QVERIFY2(ProfileStore().save(reporting, &error), qPrintable(error));

        MainWindow window;
        window.resize(1500, 820);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(test::openLabInWindow(window, m_lab->dir(), &error), qPrintable(error));
        const QString orders = m_lab->manifest().name;
        QVERIFY(window.watchProfile(reporting.name));
        QVERIFY(!window.watchProfile(reporting.name)); // never monitored twice
        QVERIFY(!window.watchProfile(orders));         // nor the current cluster beside itself
        ClusterSession *beside = window.workspace()->session(reporting.name);
        QVERIFY(beside && beside != window.session());
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->snapshot().complete && window.session()->snapshot().healthy()
                                     && beside->snapshot().complete && beside->snapshot().healthy(),
                                 20000);
        TopologyView *view = window.topologyView();
        QTRY_COMPARE_WITH_TIMEOUT(window.topologyPage()->clustersShown(), QStringList({orders, reporting.name}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(view->nodesInLayoutOrder().size(), 4, 5000);
        QVERIFY(view->clusterRect(orders).right() < view->clusterRect(reporting.name).left());

        TopologyEdge subscription;
        subscription.kind = EdgeKind::Logical;
        subscription.upstream = u"node1"_s;
        subscription.upstreamCluster = orders;
        subscription.standby = u"node1"_s;
        subscription.standbyCluster = reporting.name;
        subscription.state = u"streaming"_s;
        subscription.streaming = true;
        window.topologyPage()->setEdgesBetween({subscription});
        const QString logical = u"%1/node1 -> %2/node1 (logical)"_s.arg(orders, reporting.name);
        QTRY_VERIFY2_WITH_TIMEOUT(view->edgesDrawn().contains(logical), qPrintable(view->edgesDrawn().join(u"; "_s)), 5000);

        // Selecting the other cluster's node shows that node, from its own monitor.
        const QString secondAddress = u":%1"_s.arg(second.manifest().nodes.first().port);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cardRect(u"node1"_s, reporting.name).center());
        QCOMPARE(view->selectedCluster(), reporting.name);
        QTRY_VERIFY_WITH_TIMEOUT(detailsText(window).contains(secondAddress), 5000);
        // …and it stays that node's across the current cluster's next polls.
        QTest::qWait(600);
        QVERIFY2(detailsText(window).contains(secondAddress), qPrintable(detailsText(window)));
        if (const QString dir = qEnvironmentVariable("PGV_TEST_SHOTS"); !dir.isEmpty())
            window.grab().save(dir + u"/workspace-two-clusters.png"_s);

        // On a 1024x700 screen the window fits, and so does the graph: every card inside the visible area.
        window.resize(1024, 700);
        QTRY_COMPARE_WITH_TIMEOUT(window.size(), QSize(1024, 700), 5000);
        // Every page fits there with the docks open: showing one does not ask for a larger window, and the RLS page
        // does not scroll as a whole inside it.
        const auto openDocks = [&] {
            const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
            return std::count_if(docks.cbegin(), docks.cend(), [](const QDockWidget *dock) { return dock->isVisible(); });
        };
        QCOMPARE_GE(openDocks(), 3);
        QSignalSpy planLoaded(window.planPage(), &PlanPage::loaded);
        QVERIFY(window.planPage()->loadFile(test::testData(u"plans/hash_left_join.json"_s)));
        QVERIFY(planLoaded.count() > 0 || planLoaded.wait(10000));
        for (int page = 0; page <= window.pageIndex(window.sessionsPage()); ++page) {
            window.showPage(page);
            QApplication::processEvents();
            const QSize needed = window.minimumSizeHint();
            QVERIFY2(needed.width() <= 1024 && needed.height() <= 700,
                     qPrintable(u"page %1 needs %2x%3"_s.arg(page).arg(needed.width()).arg(needed.height())));
            QCOMPARE(window.size(), QSize(1024, 700));
            if (window.planPage()->isVisible()) {
                // The plan tree keeps room for a plan, not three rows of one, with the runner above it.
                const QTreeView *tree = window.planPage()->viewer()->treeView();
                const int rows = tree->viewport()->height() / std::max(1, tree->sizeHintForRow(0));
                QVERIFY2(rows >= 7, qPrintable(u"the plan tree shows %1 rows"_s.arg(rows)));
            }
        }
        QVERIFY(window.rlsPage()->findChildren<QScrollArea *>().isEmpty());
        window.showPage(0);
        QWidget *viewport = view->parentWidget();
        const auto cardsOutside = [&] {
            QStringList outside;
            for (const auto &[cluster, node] : {std::pair{orders, u"node1"_s}, std::pair{orders, u"node2"_s}, std::pair{orders, u"node3"_s},
                                                std::pair{reporting.name, u"node1"_s}}) {
                const QRect card = view->cardRect(node, cluster);
                const QRect shown(view->mapTo(viewport, card.topLeft()), card.size());
                if (card.isEmpty() || !viewport->rect().contains(shown))
                    outside << cluster + u'/' + node;
            }
            return outside;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(cardsOutside().isEmpty(), qPrintable(cardsOutside().join(u", "_s)), 5000);
        QVERIFY(view->isFitting());
        if (const QString dir = qEnvironmentVariable("PGV_TEST_SHOTS"); !dir.isEmpty())
            window.grab().save(dir + u"/workspace-two-clusters-1024x700.png"_s);
        // Ctrl+wheel zooms in by hand (the area scrolls), Ctrl+0 fits again.
        const qreal fitted = view->zoom();
        const QPoint middle = view->cardRect(u"node1"_s, orders).center();
        QWheelEvent wheel(middle, view->mapToGlobal(middle), {}, QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QVERIFY(!view->isFitting());
        QVERIFY2(view->zoom() > fitted, qPrintable(u"%1 -> %2"_s.arg(fitted).arg(view->zoom())));
        QTest::keyClick(view, Qt::Key_0, Qt::ControlModifier);
        QVERIFY(view->isFitting());
        QTRY_VERIFY2_WITH_TIMEOUT(cardsOutside().isEmpty(), qPrintable(cardsOutside().join(u", "_s)), 5000);

        // Opening the watched cluster makes it the current one, drawn once, monitored once.
        QVERIFY(window.openProfile(reporting.name));
        QVERIFY(window.workspace()->watched().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window.topologyPage()->clustersShown(), QStringList({reporting.name}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(view->nodesInLayoutOrder().size(), 1, 10000);
        QVERIFY(ProfileStore().remove(reporting.name));
    }

    void screenshotModeRendersEveryView()
    {
        test::ServerReachableTempDir shots;
        QProcess pgverse;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        pgverse.setProcessEnvironment(environment);
        pgverse.start(QStringLiteral(PGV_BIN_DIR) + u"/pgverse"_s, {u"--lab"_s, m_lab->dir(), u"--screenshot"_s, shots.path(),
                      u"--plan"_s, QStringLiteral(PGV_TEST_DATA_DIR) + u"/plans/hash_left_join.json"_s});
        QVERIFY(pgverse.waitForFinished(30000));
        QCOMPARE(pgverse.exitCode(), 0);
        for (const QString &name : {u"main-window"_s, u"topology"_s, u"node-details"_s, u"problems"_s, u"profile-dialog"_s, u"lab-dialog"_s,
                                   u"plans"_s, u"plan-diagram"_s, u"plan-text"_s}) {
            const QImage image(shots.filePath(name + u".png"_s));
            QVERIFY2(!image.isNull(), qPrintable(name));
            QVERIFY(image.width() > 200 && image.height() > 100);
        }
        // The topology shot shows the lab: the primary's green header is in it.
        const QImage topology(shots.filePath(u"topology.png"_s));
        int green = 0;
        for (int y = 0; y < topology.height(); y += 2) {
            for (int x = 0; x < topology.width(); x += 2)
                green += topology.pixelColor(x, y) == QColor(0x2e, 0x7d, 0x32);
        }
        QVERIFY2(green > 500, qPrintable(QString::number(green)));
    }

private:
    static QString detailsText(MainWindow &window)
    {
        window.detailsPane()->copyToClipboard();
        return QApplication::clipboard()->text();
    }
    template<typename Fill>
    static QStringList menuEntries(Fill fill)
    {
        QMenu menu;
        fill(&menu);
        QStringList entries;
        for (const QAction *action : menu.actions()) {
            if (!action->isSeparator())
                entries << action->text();
        }
        return entries;
    }
    static QAction *findEntry(QMenu *menu, const QString &text)
    {
        const QList<QAction *> actions = menu->actions();
        const auto found = std::find_if(actions.cbegin(), actions.cend(), [&](const QAction *action) { return action->text() == text; });
        return found == actions.cend() ? nullptr : *found;
    }
    static QString readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    test::IsolatedEnvironment m_environment;
    QTemporaryDir m_temp;
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
