// SPDX-License-Identifier: GPL-3.0-or-later
// PlanTreeModel under QAbstractItemModelTester, fed plans recorded from a real server, replaced and cleared.
#include "plantestsupport.h"
#include "plantreemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

/// The tree as the model shows it: one line per row, indented by depth, with the label column's text.
void printModel(const QAbstractItemModel &model, const QModelIndex &parent, int depth, QStringList *lines)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        *lines << QString(depth * 2, u' ') + index.data().toString();
        printModel(model, index, depth + 1, lines);
    }
}

} // namespace

class TestPlanTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheTree()
    {
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        for (const char *name : {"cte_scan", "parallel_gather_merge", "initplan", "sort_external", "plan_only"}) {
            QString why;
            const auto fixture = test::loadPlanFixture(QString::fromLatin1(name), &why);
            QVERIFY2(fixture, qPrintable(why));
            model.setPlan(fixture->json, analyzePlan(fixture->json));
            QCOMPARE(model.rowCount(), 1);
            QStringList lines;
            printModel(model, {}, 0, &lines);
            QCOMPARE(lines.size(), fixture->json.nodes.size());
            // Pre-order of the model's rows is the plan's node order.
            for (const PlanNode &node : fixture->json.nodes) {
                const QModelIndex index = model.indexOfNode(node.id);
                QCOMPARE(index.data(PlanTreeModel::NodeIdRole).toInt(), node.id);
                QCOMPARE(index.data(PlanTreeModel::NodeTypeRole).toString(), node.type);
                QVERIFY(lines.at(node.id).trimmed().endsWith(node.label()));
                QCOMPARE(model.parent(index), node.parent < 0 ? QModelIndex() : model.indexOfNode(node.parent));
            }
        }
    }

    void valuesAndRoles()
    {
        QString why;
        const auto fixture = test::loadPlanFixture(u"sort_external"_s, &why);
        QVERIFY2(fixture, qPrintable(why));
        PlanTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const PlanAnalysis analysis = analyzePlan(fixture->text);
        model.setPlan(fixture->text, analysis);
        const QModelIndex sort = model.indexOfNode(0);
        QCOMPARE(sort.data().toString(), u"Sort"_s);
        QCOMPARE(sort.data(PlanTreeModel::ExclusiveMsRole).toDouble(), *analysis.nodes[0].exclusiveMs);
        QCOMPARE(model.indexOfNode(0, PlanTreeModel::TotalColumn).data(PlanTreeModel::SortRole).toDouble(), *analysis.nodes[0].totalMs);
        QVERIFY(model.indexOfNode(0, PlanTreeModel::ShareColumn).data().toString().endsWith(u'%'));
        QVERIFY(!sort.data(PlanTreeModel::WarningsRole).toStringList().isEmpty());
        QVERIFY(sort.data(PlanTreeModel::SpillRole).toString().contains(u"external merge"_s));
        QVERIFY(sort.data(Qt::ToolTipRole).toString().contains(u"external merge"_s));
        // The whole label leads the tooltip: the tree elides long ones in the middle.
        QVERIFY(sort.data(Qt::ToolTipRole).toString().startsWith(sort.data().toString() + u'\n'));
        QVERIFY(sort.data(PlanTreeModel::BuffersRole).toDouble() > 0);
        // The figures line says what the columns say, for a tree too narrow to show them.
        const PlanNode &sortNode = fixture->text.nodes[0];
        const QLocale locale;
        const QString figures = sort.data(PlanTreeModel::FiguresRole).toString();
        QVERIFY2(figures.startsWith(u"%1 of %2 rows"_s.arg(locale.toString(*sortNode.actualRows, 'f', 0), locale.toString(*sortNode.planRows, 'f', 0))),
                 qPrintable(figures));
        QVERIFY2(figures.endsWith(u"%1 buffers"_s.arg(locale.toString(sort.data(PlanTreeModel::BuffersRole).toDouble(), 'f', 0))), qPrintable(figures));
        if (const QString misestimate = model.indexOfNode(0, PlanTreeModel::MisestimateColumn).data().toString(); !misestimate.isEmpty())
            QVERIFY2(figures.contains(u"estimate "_s + misestimate), qPrintable(figures));
        QCOMPARE(model.headerData(PlanTreeModel::ExclusiveColumn, Qt::Horizontal).toString(), u"Own ms"_s);
        QVERIFY(model.roleNames().contains(PlanTreeModel::MisestimateRole));

        // A plan without times: the time columns are empty, not zero.
        const auto planOnly = test::loadPlanFixture(u"plan_only"_s, &why);
        QVERIFY2(planOnly, qPrintable(why));
        model.setPlan(planOnly->json, analyzePlan(planOnly->json));
        QVERIFY(model.indexOfNode(0, PlanTreeModel::ExclusiveColumn).data().toString().isEmpty());
        QVERIFY(!model.indexOfNode(0).data(PlanTreeModel::TotalMsRole).isValid());
        QVERIFY(model.indexOfNode(0, PlanTreeModel::RowsPlannedColumn).data(PlanTreeModel::SortRole).isValid());
        QVERIFY2(model.indexOfNode(0).data(PlanTreeModel::FiguresRole).toString().endsWith(u"rows planned"_s),
                 qPrintable(model.indexOfNode(0).data(PlanTreeModel::FiguresRole).toString()));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.indexOfNode(0).isValid());
    }
};

QTEST_GUILESS_MAIN(TestPlanTreeModel)
#include "tst_plantreemodel.moc"
