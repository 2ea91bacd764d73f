// SPDX-License-Identifier: GPL-3.0-or-later
// The RLS page's models on hand-built catalogues and tester results: Qt's model checker, what each cell says, and
// which matrix cells count as leaks.
#include "statecolors.h"
#include "rls/rlslinter.h"
#include "rlsfixtures.h"
#include "rlsmodels.h"
#include "rlstestermodels.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

RlsCatalog catalogWithMistakes()
{
    RlsCatalog catalog = goodCatalog();
    RlsTable open;
    open.ref = {u"public"_s, u"open"_s};
    open.owner = u"saas_owner"_s;
    open.rlsEnabled = true;
    open.columns = {{1, u"id"_s, u"integer"_s, true, false}};
    catalog.tables << open;
    catalog.roles << RlsRole{u"etl"_s, false, true, true};
    return catalog;
}

RlsMatrix matrix(const QList<std::optional<qint64>> &invoices, std::optional<qint64> total)
{
    RlsMatrix result;
    result.request.values = {u"a"_s, u"b"_s};
    result.request.tables = {kInvoicesRef};
    result.rowLabels = {u"a"_s, u"b"_s, u"(not set)"_s};
    for (const auto &count : invoices)
        result.cells << QList<MatrixCell>{MatrixCell{count, count ? QString() : u"permission denied"_s}};
    result.totals = {total};
    result.totalsAs = u"postgres"_s;
    return result;
}

} // namespace

class TestRlsModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableModel()
    {
        RlsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const RlsCatalog catalog = catalogWithMistakes();
        const QList<RlsLint> lints = lintRls(catalog, SqlQuoter::standard());
        model.setCatalog(catalog, lints);
        QCOMPARE(model.rowCount(), 3);
        const int invoices = model.rowOf(kInvoicesRef);
        const int open = model.rowOf({u"public"_s, u"open"_s});
        QVERIFY(invoices >= 0 && open >= 0);
        QCOMPARE(model.index(invoices, RlsTableModel::EnabledColumn).data(Qt::CheckStateRole), QVariant(Qt::Checked));
        QCOMPARE(model.index(invoices, RlsTableModel::ForcedColumn).data(Qt::CheckStateRole), QVariant(Qt::Checked));
        QCOMPARE(model.index(invoices, RlsTableModel::PoliciesColumn).data().toInt(), 1);
        QCOMPARE(model.index(invoices, RlsTableModel::FindingsColumn).data().toString(), QString());
        QVERIFY(model.index(open, RlsTableModel::FindingsColumn).data().toInt() >= 1); // RLS on, no policy
        QVERIFY(model.index(open, RlsTableModel::TableColumn).data(Qt::ToolTipRole).toString().contains(u"no policy"_s));
        QCOMPARE(model.tableAt(open), (RlsTableRef{u"public"_s, u"open"_s}));
        QVERIFY(!model.tableAt(99).isValid());
        QCOMPARE(model.worstRow(), open);
        model.setCatalog({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    void policyModel()
    {
        RlsPolicyModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RlsPolicy everyone;
        everyone.table = kInvoicesRef;
        everyone.name = u"everyone"_s;
        everyone.command = PolicyCommand::Select;
        everyone.permissive = false;
        everyone.usingExpression = u"true"_s;
        model.setPolicies(goodCatalog().policies + QList<RlsPolicy>{everyone});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(u"everyone"_s), 1);
        QCOMPARE(model.index(0, RlsPolicyModel::RolesColumn).data().toString(), u"app"_s);
        QCOMPARE(model.index(1, RlsPolicyModel::RolesColumn).data().toString(), u"PUBLIC"_s);
        QCOMPARE(model.index(1, RlsPolicyModel::CommandColumn).data().toString(), u"SELECT"_s);
        QCOMPARE(model.index(1, RlsPolicyModel::KindColumn).data().toString(), u"restrictive"_s);
        QCOMPARE(model.index(0, RlsPolicyModel::UsingColumn).data().toString(), kSafeTenantText);
    }

    void lintModel()
    {
        RlsLintModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<RlsLint> lints = lintRls(catalogWithMistakes(), SqlQuoter::standard());
        model.setLints(lints);
        QCOMPARE(model.rowCount(), lints.size());
        QVERIFY(model.problemCount() >= 2); // the table without a policy, the login role with BYPASSRLS
        QStringList codes;
        for (int row = 0; row < model.rowCount(); ++row) {
            codes << model.index(row, RlsLintModel::CodeColumn).data().toString();
            QCOMPARE(model.index(row, 0).data(RlsLintModel::FixRole).toString(), lints[row].fix);
        }
        QVERIFY(codes.contains(u"rls_enabled_no_policy"_s));
        QVERIFY(codes.contains(u"login_role_bypasses_rls"_s));
        QCOMPARE(model.index(0, RlsLintModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().cacheKey(),
                 statecolors::swatch(lintSeverityColor(lints.first().severity)).cacheKey());
    }

    void queryResultModel()
    {
        QueryResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QueryResult result;
        result.columns = {u"id"_s, u"owner_name"_s};
        result.rows = {{u"1"_s, u"alice"_s}, {u"2"_s, std::nullopt}};
        model.setResult(result);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), u"owner_name"_s);
        QCOMPARE(model.index(1, 1).data().toString(), u"NULL"_s);
        QVERIFY(model.index(1, 1).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!model.index(0, 1).data(Qt::FontRole).isValid());
    }

    void visibilityModel()
    {
        VisibilityModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ViewAsResult result;
        TableVisibility seen;
        seen.table = kInvoicesRef;
        seen.ok = true;
        seen.rowCount = 3;
        TableVisibility denied;
        denied.table = kTenantsRef;
        denied.error = u"permission denied for table tenants"_s;
        result.tables = {seen, denied};
        model.setResult(result);
        QCOMPARE(model.index(0, VisibilityModel::RowsColumn).data().toLongLong(), 3);
        QCOMPARE(model.index(1, VisibilityModel::RowsColumn).data().toString(), u"-"_s);
        QCOMPARE(model.index(1, VisibilityModel::ErrorColumn).data().toString(), denied.error);
    }

    void matrixMarksLeaks_data()
    {
        QTest::addColumn<QList<std::optional<qint64>>>("counts");
        QTest::addColumn<std::optional<qint64>>("total");
        QTest::addColumn<QList<bool>>("leaks");
        using Counts = QList<std::optional<qint64>>;
        QTest::newRow("isolated") << Counts{3, 2, 0} << std::optional<qint64>(5) << QList<bool>{false, false, false};
        QTest::newRow("unset sees rows") << Counts{3, 2, 5} << std::optional<qint64>(5) << QList<bool>{false, false, true};
        QTest::newRow("everyone sees all") << Counts{5, 5, 0} << std::optional<qint64>(5) << QList<bool>{true, true, false};
        QTest::newRow("an error is no leak") << Counts{std::nullopt, 2, 0} << std::optional<qint64>(5) << QList<bool>{false, false, false};
    }
    void matrixMarksLeaks()
    {
        QFETCH(QList<std::optional<qint64>>, counts);
        QFETCH(std::optional<qint64>, total);
        QFETCH(QList<bool>, leaks);
        RlsMatrixModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatrix(matrix(counts, total));
        QCOMPARE(model.rowCount(), 4); // three rows and the totals
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.headerData(3, Qt::Vertical).toString(), u"all rows (as postgres)"_s);
        QCOMPARE(model.index(3, 0).data().toLongLong(), *total);
        QList<bool> found;
        for (int row = 0; row < 3; ++row)
            found << model.index(row, 0).data(RlsMatrixModel::LeakRole).toBool();
        QCOMPARE(found, leaks);
        QCOMPARE(model.leakCount(), int(leaks.count(true)));
        if (!counts.first())
            QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"permission denied"_s);
        model.setMatrix({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRlsModels)
#include "tst_rlsmodels.moc"
