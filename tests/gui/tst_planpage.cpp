// SPDX-License-Identifier: GPL-3.0-or-later
// The Plans page with recorded plans: loading, the four synchronized views, filter, copy, drop, bad input,
// comparison, and the runner's controls (what it allows and what it asks for).
#include "explainpane.h"
#include "plan/plantextwriter.h"
#include "plancomparedialog.h"
#include "plancomparisonmodel.h"
#include "plandetailsmodel.h"
#include "plandiagramview.h"
#include "plandocument.h"
#include "planpage.h"
#include "plansourceview.h"
#include "plantestsupport.h"
#include "plantreemodel.h"
#include "sqlhighlighter.h"
#include "statementstatsmodel.h"
#include "planviewer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QMessageBox>
#include <QCheckBox>
#include <QTabWidget>
#include <QComboBox>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

int nodeOf(const QModelIndex &index)
{
    return index.data(PlanTreeModel::NodeIdRole).toInt();
}

int firstNodeOfType(const Plan &plan, const QString &type)
{
    for (const PlanNode &node : plan.nodes) {
        if (node.type == type)
            return node.id;
    }
    return -1;
}

} // namespace

class TestPlanPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSqlHighlighterColoursWhatTheLexerReads()
    {
        // One highlighter for every editor: a keyword inside a string, a comment or a dollar-quoted body (across
        // lines) is not a keyword; $1 is a parameter.
        QTextDocument document;
        SqlHighlighter highlighter(&document);
        document.setPlainText(u"SELECT 'from' FROM t WHERE a = $1 -- where\n$q$ select\nfrom $q$ AND"_s);
        highlighter.rehighlight(); // a new highlighter's first pass is queued; run it now
        auto formatAt = [&document](int blockNumber, int column) {
            const QTextBlock block = document.findBlockByNumber(blockNumber);
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (column >= range.start && column < range.start + range.length)
                    return range.format;
            }
            return QTextCharFormat();
        };
        const QColor keyword = formatAt(0, 0).foreground().color();
        QCOMPARE(formatAt(0, 0).fontWeight(), int(QFont::Bold));  // SELECT
        QCOMPARE(formatAt(0, 14).foreground().color(), keyword);   // FROM
        const QColor string = formatAt(0, 8).foreground().color(); // 'from'
        QVERIFY(string != keyword);
        QVERIFY(formatAt(0, 8).fontWeight() != int(QFont::Bold));
        QCOMPARE(formatAt(0, 31).fontWeight(), int(QFont::Bold)); // $1
        QVERIFY(formatAt(0, 31).foreground().color() != keyword);
        QVERIFY(formatAt(0, 38).fontItalic());                     // the comment's "where"
        QCOMPARE(formatAt(1, 5).foreground().color(), string);     // select, inside $q$
        QCOMPARE(formatAt(2, 0).foreground().color(), string);     // from, still inside on the next line
        QCOMPARE(formatAt(2, 9).foreground().color(), keyword);    // AND, after the quote closed
    }

    void init()
    {
        m_page = std::make_unique<PlanPage>();
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup() { m_page.reset(); }

    void rawTextSelectsCopiesAndDrawsOnlyWhatIsInView()
    {
        PlanSourceView view;
        view.resize(600, 300);
        // A 200,000-character line, as a plan pasted from a log on one line is: only its visible columns are drawn.
        const QString text = u"first line\n"_s + QString(200000, u'x') + u"\nthird\tline\n"_s;
        view.setSource(text, {{0, 5}, {11, 200011}}, SourceLines::of(text));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.lineCount(), 3);
        QCOMPARE(view.lineText(1).size(), 200000);
        QCOMPARE(view.lineText(2), u"third\tline"_s);
        QCOMPARE(view.lineOf(11), 1);
        QCOMPARE(view.lineOf(200012), 2);

        view.highlightNode(1);
        QCOMPARE(view.horizontalScrollBar()->value(), 0); // the node starts at the left edge: no sideways jump
        const QImage shown = view.viewport()->grab().toImage();
        QVERIFY(shown.pixelColor(shown.width() - 3, int(1.5 * view.fontMetrics().lineSpacing())) == QColor(0xff, 0xf1, 0x76));

        // Double-click past the end of the first line selects its last word; Ctrl+A, Ctrl+C copies all of it.
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.viewport()->width() - 5, 2));
        QCOMPARE(view.selectedText(), u"line"_s);
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), text);
        view.setSource({}, {}, {});
        QCOMPARE(view.lineCount(), 1);
        QVERIFY(view.selectedText().isEmpty());
    }

    void loadsAFileIntoEveryView()
    {
        QVERIFY(load(test::planFixturePath(u"hash_left_join"_s, u"json"_s)));
        const auto document = m_page->document();
        QVERIFY(document);
        QCOMPARE(document->title, u"hash_left_join.json"_s);
        QVERIFY2(m_page->summaryText().contains(u"nodes: %1"_s.arg(document->plan.nodes.size())), qPrintable(m_page->summaryText()));
        QVERIFY(m_page->summaryText().contains(u"execution"_s));
        QAbstractItemModelTester tester(m_page->viewer()->treeProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // The most expensive node is selected at once, and every view shows it.
        const int hottest = document->analysis.hotspots.first();
        PlanViewer *viewer = m_page->viewer();
        QCOMPARE(viewer->selectedNode(), hottest);
        QCOMPARE(nodeOf(viewer->treeView()->currentIndex()), hottest);
        QCOMPARE(viewer->diagramView()->selectedNode(), hottest);
        QCOMPARE(viewer->sourceView()->highlightedNode(), hottest);
        QCOMPARE(qobject_cast<PlanDetailsModel *>(viewer->detailsView()->model())->node(), hottest);
        QVERIFY(!viewer->hotspotView()->model()->index(0, 0).data().toString().isEmpty());

        // Each node's figures show under its label, so a tree narrower than its columns still shows them.
        const QModelIndex rootLabel = viewer->treeView()->model()->index(0, PlanTreeModel::LabelColumn);
        QVERIFY(viewer->treeView()->visualRect(rootLabel).height() * 2 >= 3 * viewer->treeView()->fontMetrics().height());
        QVERIFY(rootLabel.data(PlanTreeModel::FiguresRole).toString().contains(u" rows"_s));

        // A JSON plan also reads as psql prints it, in its own tab, with the same node highlighted.
        auto *tabs = viewer->findChild<QTabWidget *>(u"planTabs"_s);
        const int psqlTab = tabs->indexOf(viewer->psqlTextView());
        QVERIFY(tabs->isTabVisible(psqlTab));
        QCOMPARE(document->psqlText, writePlanText(document->plan, 0, PlanTextScope::Subtree));
        QVERIFY2(viewer->psqlTextView()->lineText(0).startsWith(u"Hash Left Join  (cost="_s), qPrintable(viewer->psqlTextView()->lineText(0)));
        QCOMPARE(viewer->psqlTextView()->highlightedNode(), hottest);
        QCOMPARE(document->psqlSpans.size(), document->plan.nodes.size());
        for (const PlanNode &node : document->plan.nodes) {
            const PlanSourceSpan span = document->psqlSpans.at(node.id);
            QVERIFY(span.isValid());
            QVERIFY2(document->psqlText.mid(span.begin, span.end - span.begin).contains(node.label()), qPrintable(node.label()));
        }
        // A text plan already reads that way: no second copy.
        QVERIFY(load(test::planFixturePath(u"hash_left_join"_s, u"txt"_s)));
        QVERIFY(m_page->document()->psqlText.isEmpty());
        QVERIFY(!tabs->isTabVisible(psqlTab));
    }

    void savesThePlanAsGivenAndSaysWhenItCannot()
    {
        const QString fixture = test::planFixturePath(u"hash_left_join"_s, u"txt"_s);
        QVERIFY(load(fixture));
        QTemporaryDir folder;
        const QString path = folder.filePath(u"saved.txt"_s);
        QSignalSpy saved(m_page.get(), &PlanPage::saved);
        m_page->saveTo(path);
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.first().first().toString(), path);
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), m_page->document()->inputText);

        // A folder that does not exist: the error bar says so, and the plan stays shown.
        const QString nowhere = folder.filePath(u"missing/saved.txt"_s);
        m_page->saveTo(nowhere);
        QTRY_VERIFY(m_page->errorText().contains(QDir::toNativeSeparators(nowhere)));
        QVERIFY(m_page->document());
        QCOMPARE(saved.size(), 1);
    }

    void selectingANodeAnywhereSelectsItEverywhere()
    {
        QVERIFY(load(test::planFixturePath(u"hash_left_join"_s, u"txt"_s)));
        PlanViewer *viewer = m_page->viewer();
        const Plan &plan = m_page->document()->plan;
        const int seqScan = firstNodeOfType(plan, u"Seq Scan"_s);
        QVERIFY(seqScan > 0);

        // Tree → diagram, text, details.
        const QModelIndex seqScanRow = viewer->treeProxy()->mapFromSource(viewer->treeModel()->indexOfNode(seqScan));
        viewer->treeView()->setCurrentIndex(seqScanRow);
        QCOMPARE(viewer->diagramView()->selectedNode(), seqScan);
        viewer->showTab(PlanViewer::Tab::Text);
        PlanSourceView *source = viewer->sourceView();
        QCOMPARE(source->highlightedNode(), seqScan);
        const int line = source->lineOf(m_page->document()->spans.at(seqScan).begin);
        QVERIFY2(source->lineText(line).contains(u"Seq Scan on customers"_s), qPrintable(source->lineText(line)));
        QVERIFY(line >= source->firstVisibleLine() && line < source->firstVisibleLine() + source->visibleLineCount());

        // A click on a box in the diagram → tree.
        viewer->showTab(PlanViewer::Tab::Diagram);
        const int root = 0;
        viewer->diagramView()->selectNode(root); // scrolls the root into view
        const QRect box = viewer->diagramView()->boxRect(root);
        QVERIFY(!box.isEmpty());
        QTest::mouseClick(viewer->diagramView()->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(viewer->selectedNode(), root);
        QCOMPARE(nodeOf(viewer->treeView()->currentIndex()), root);
        QCOMPARE(viewer->sourceView()->highlightedNode(), root);

        // A hotspot row → the node.
        const QModelIndex hotspot = viewer->hotspotView()->model()->index(0, 1);
        viewer->hotspotView()->setCurrentIndex(hotspot);
        QTest::mouseClick(viewer->hotspotView()->viewport(), Qt::LeftButton, {}, viewer->hotspotView()->visualRect(hotspot).center());
        QCOMPARE(viewer->selectedNode(), m_page->document()->analysis.hotspots.first());
    }

    void theFilterKeepsMatchesAndTheirAncestors()
    {
        QVERIFY(load(test::planFixturePath(u"hash_left_join"_s, u"json"_s)));
        PlanViewer *viewer = m_page->viewer();
        QSortFilterProxyModel *proxy = viewer->treeProxy();
        viewer->setFilterText(u"customers"_s);
        // Root (Hash Left Join) → Hash → Seq Scan on customers: the index scan on orders is gone.
        QCOMPARE(proxy->rowCount(), 1);
        const QModelIndex root = proxy->index(0, 0);
        QCOMPARE(proxy->rowCount(root), 1);
        const QModelIndex hash = proxy->index(0, 0, root);
        QCOMPARE(hash.data(PlanTreeModel::NodeTypeRole).toString(), u"Hash"_s);
        QVERIFY(proxy->index(0, 0, hash).data().toString().contains(u"customers"_s));
        viewer->setFilterText(u"no such node"_s);
        QCOMPARE(proxy->rowCount(), 0);
        viewer->setFilterText({});
        QCOMPARE(proxy->rowCount(QModelIndex()), 1);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 2);
    }

    void copiesTheNodeAndItsSubtreeAsPsqlText()
    {
        QVERIFY(load(test::planFixturePath(u"hash_left_join"_s, u"json"_s)));
        PlanViewer *viewer = m_page->viewer();
        const Plan &plan = m_page->document()->plan;
        const int hash = firstNodeOfType(plan, u"Hash"_s);
        viewer->selectNode(hash);
        viewer->treeView()->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(viewer->treeView(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), writePlanText(plan, hash, PlanTextScope::Node));
        QTest::keyClick(viewer->treeView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString subtree = QApplication::clipboard()->text();
        QCOMPARE(subtree, writePlanText(plan, hash, PlanTextScope::Subtree));
        QVERIFY(subtree.contains(u"Seq Scan on customers"_s));
        QVERIFY(!subtree.contains(u"orders"_s));
        QVERIFY(viewer->detailsText().contains(u"Node Type: Hash"_s));
    }

    void aBadPasteSaysWhyAndKeepsThePlanShown()
    {
        QVERIFY(load(test::planFixturePath(u"seq_scan"_s, u"json"_s)));
        const auto shown = m_page->document();
        QSignalSpy failed(m_page.get(), &PlanPage::failed);
        QApplication::clipboard()->setText(u"[{\"Plan\": {\"Node Type\": \"Seq Scan\", \"Plans\": [ }]"_s);
        m_page->pasteFromClipboard();
        QVERIFY(failed.wait(5000));
        QVERIFY2(m_page->errorText().contains(u"line 1"_s) || m_page->errorText().contains(u"column"_s), qPrintable(m_page->errorText()));
        QVERIFY(m_page->errorText().contains(u"Pasted plan"_s));
        QCOMPARE(m_page->document(), shown);
        QVERIFY(m_page->summaryText().contains(u"seq_scan.json"_s));

        QApplication::clipboard()->setText(u"   "_s);
        m_page->pasteFromClipboard();
        QVERIFY(m_page->errorText().contains(u"no text"_s));
        QVERIFY(!m_page->loadFile(u"/nonexistent/plan.json"_s));
        QVERIFY(m_page->errorText().contains(u"Cannot open"_s));
        QCOMPARE(m_page->document(), shown);

        // A good plan afterwards clears the error.
        QVERIFY(load(test::planFixturePath(u"seq_scan"_s, u"txt"_s)));
        QVERIFY(m_page->errorText().isEmpty());
    }

    void aDroppedPlanIsShown()
    {
        QMimeData mime;
        mime.setText(QString::fromUtf8(test::readFileBytes(test::planFixturePath(u"merge_join"_s, u"txt"_s))));
        QSignalSpy loaded(m_page.get(), &PlanPage::loaded);
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_page.get(), &drop);
        QVERIFY(loaded.wait(5000));
        QVERIFY(firstNodeOfType(m_page->document()->plan, u"Merge Join"_s) >= 0);
    }

    void comparesTwoPlans()
    {
        QVERIFY(load(test::planFixturePath(u"aggregate_hashed"_s, u"json"_s)));
        QSignalSpy opened(m_page.get(), &PlanPage::comparisonOpened);
        m_page->compareWithText(test::readFileBytes(test::planFixturePath(u"aggregate_sorted"_s, u"json"_s)), u"sorted"_s);
        QVERIFY(opened.wait(5000));
        auto *dialog = qobject_cast<PlanCompareDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(dialog->model()->rowCount() > 0);
        const QString text = dialog->toText();
        QVERIFY2(text.contains(u"HashAggregate"_s) && text.contains(u"GroupAggregate"_s), qPrintable(text));
        dialog->close();
    }

    void theRunnerAsksOnlyForWhatItCanRun()
    {
        ExplainPane *pane = m_page->explainPane();
        QSignalSpy requested(pane, &ExplainPane::runRequested);
        pane->setSql(u"SELECT 1"_s);
        QVERIFY(pane->runProblem().contains(u"Open a cluster"_s));
        QVERIFY(!pane->runButton()->isEnabled());

        pane->setNodes({{u"node1"_s, u"primary"_s}, {u"node2"_s, u"standby"_s}});
        QVERIFY(pane->runProblem().isEmpty());
        QVERIFY(pane->runButton()->isEnabled());
        pane->setSql(u"SELECT 1; SELECT 2"_s);
        QVERIFY(pane->runProblem().contains(u"2 statements"_s));
        QVERIFY(!pane->runButton()->isEnabled());
        QVERIFY(pane->warningLabel()->isVisibleTo(pane));

        // ANALYZE of a write warns; a read-only profile refuses it and allows the plan without ANALYZE.
        pane->setSql(u"UPDATE t SET x = 1"_s);
        QVERIFY(pane->runProblem().isEmpty());
        QVERIFY(pane->warningLabel()->text().contains(u"rolled back"_s));
        // …and asks before it runs: Cancel runs nothing, "Run and roll back" asks for the run.
        pane->runButton()->click();
        QTRY_VERIFY(pane->writeConfirmation() && pane->writeConfirmation()->isVisible());
        QVERIFY2(pane->writeConfirmation()->text().contains(u"executes the statement on node1"_s), qPrintable(pane->writeConfirmation()->text()));
        QCOMPARE(pane->writeConfirmation()->windowTitle(), u"Run this UPDATE for real?"_s);
        pane->writeConfirmation()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!pane->writeConfirmation());
        QCOMPARE(requested.size(), 0);
        pane->runButton()->click();
        QTRY_VERIFY(pane->writeConfirmation());
        const QList<QAbstractButton *> buttons = pane->writeConfirmation()->buttons();
        const auto run = std::find_if(buttons.cbegin(), buttons.cend(), [](QAbstractButton *button) { return button->text() == u"Run and roll back"; });
        QVERIFY(run != buttons.cend());
        (*run)->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.takeFirst().first().value<ExplainRequest>().sql, u"UPDATE t SET x = 1"_s);
        // Without ANALYZE nothing runs, so nothing is asked.
        const QList<QCheckBox *> boxes = pane->findChildren<QCheckBox *>();
        QCheckBox *analyze = *std::find_if(boxes.cbegin(), boxes.cend(), [](const QCheckBox *box) { return box->text() == u"&ANALYZE"; });
        analyze->setChecked(false);
        QVERIFY(!pane->options().analyze);
        pane->runButton()->click();
        QCOMPARE(requested.size(), 1);
        QTRY_VERIFY(!pane->writeConfirmation());
        requested.clear();
        analyze->setChecked(true);
        pane->setReadOnly(true);
        QVERIFY(pane->runProblem().contains(u"read-only"_s));
        pane->setReadOnly(false);

        // The database list of the cluster, its own default chosen; another can be typed.
        pane->setDatabases({u"app"_s, u"postgres"_s}, u"app"_s);
        QCOMPARE(pane->database(), u"app"_s);
        QCOMPARE(pane->databaseBox()->count(), 2);
        pane->databaseBox()->setCurrentText(u"reports"_s);

        // Ctrl+Return in the editor asks for the run with what the controls say.
        pane->setSql(u"SELECT count(*) FROM pg_class"_s);
        pane->window()->activateWindow(); // back from the question's window
        QVERIFY(QTest::qWaitForWindowActive(pane->window()));
        pane->editor()->setFocus();
        QTest::keyClick(pane->editor(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.size(), 1);
        const auto request = requested.first().first().value<ExplainRequest>();
        QCOMPARE(request.node, u"node1"_s);
        QCOMPARE(request.sql, u"SELECT count(*) FROM pg_class"_s);
        QVERIFY(request.options.analyze && request.options.buffers);
        QCOMPARE(request.statementTimeoutMs, 60'000);
        QCOMPARE(request.database, u"reports"_s);

        // While running: Run is off, Escape cancels.
        QSignalSpy cancel(pane, &ExplainPane::cancelRequested);
        pane->setRunning(true);
        QVERIFY(!pane->runButton()->isEnabled());
        QVERIFY(pane->cancelButton()->isEnabled());
        QTest::keyClick(pane->editor(), Qt::Key_Escape);
        QCOMPARE(cancel.size(), 1);
        QTRY_VERIFY(pane->statusLabel()->text().contains(u"Running on node1"_s));
    }

private:
    bool load(const QString &path)
    {
        QSignalSpy loaded(m_page.get(), &PlanPage::loaded);
        if (!m_page->loadFile(path))
            return false;
        return loaded.wait(5000);
    }

    std::unique_ptr<PlanPage> m_page;
    void topStatementsAreSortedByTheColumnTheirChoiceNames()
    {
        ExplainPane *pane = m_page->explainPane();
        auto *view = pane->findChild<QTableView *>(u"topStatements"_s);
        QVERIFY(view);
        QSignalSpy requested(pane, &ExplainPane::statementsRequested);
        StatementStatsResult result;
        // The server's order (by total time) differs from the text's: the view must keep the former.
        result.statements = {{u"1"_s, u"SELECT b"_s, u"u"_s, u"d"_s, 10, 900, 90, 10, 5, 0},
                             {u"2"_s, u"SELECT a"_s, u"u"_s, u"d"_s, 1000, 300, 0.3, 1000, 50, 0},
                             {u"3"_s, u"SELECT c"_s, u"u"_s, u"d"_s, 5, 100, 20, 5, 1, 0}};
        pane->showStatements(result);
        const auto column = [view](int c) {
            QStringList texts;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                texts << view->model()->index(row, c).data().toString();
            return texts;
        };
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(StatementStatsModel::TotalColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(column(StatementStatsModel::QueryColumn), (QStringList{u"SELECT b"_s, u"SELECT a"_s, u"SELECT c"_s}));
        // Sorting by Calls picks "Calls" as the choice and asks for the top 50 by calls.
        view->sortByColumn(StatementStatsModel::CallsColumn, Qt::DescendingOrder);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(1).value<StatementOrder>(), StatementOrder::Calls);
        QCOMPARE(column(StatementStatsModel::QueryColumn), (QStringList{u"SELECT a"_s, u"SELECT b"_s, u"SELECT c"_s}));
    }
};

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
