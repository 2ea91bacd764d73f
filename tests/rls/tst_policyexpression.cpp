// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the expression trees PostgreSQL stores for policies (pg_policy.polqual::text).
#include "rls/policyexpression.h"
#include "rlsfixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {
const ExpressionCall *findCall(const ExpressionFacts &facts, ExpressionCall::Kind kind, quint32 id)
{
    for (const ExpressionCall &call : facts.calls) {
        if (call.kind == kind && (call.function == id || call.op == id || call.targetType == id))
            return &call;
    }
    return nullptr;
}
} // namespace

class TestPolicyExpression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void safeTenantCondition()
    {
        const ExpressionFacts facts = analyzePolicyExpression(kSafeTenantTree);
        QVERIFY2(facts.valid, qPrintable(facts.error));
        const ExpressionCall *setting = findCall(facts, ExpressionCall::Kind::Function, 3294);
        QVERIFY(setting);
        QVERIFY(!setting->receivesColumns); // a function of constants: it leaks nothing
        QCOMPARE(setting->argumentCount, 2);
        QVERIFY(setting->secondArgumentTrue);
        QCOMPARE(setting->castTo, 0u); // NULLIF stands between it and the cast
        const ExpressionCall *equals = findCall(facts, ExpressionCall::Kind::Operator, 2972);
        QVERIFY(equals);
        QVERIFY(equals->receivesColumns);
        QCOMPARE(equals->function, 2956u);
        const ExpressionCall *cast = findCall(facts, ExpressionCall::Kind::IoCast, 2950);
        QVERIFY(cast);
        QVERIFY(!cast->receivesColumns);
        QCOMPARE(facts.filteredColumns, QSet<int>{2});
    }

    void unsafeTenantCondition()
    {
        const ExpressionFacts facts = analyzePolicyExpression(kUnsafeTenantTree);
        QVERIFY(facts.valid);
        const ExpressionCall *setting = findCall(facts, ExpressionCall::Kind::Function, 2077);
        QVERIFY(setting);
        QCOMPARE(setting->argumentCount, 1);
        QVERIFY(!setting->secondArgumentTrue);
        QCOMPARE(setting->castTo, 2950u);
    }

    void columnsPassedToFunctionsAndCasts()
    {
        const ExpressionFacts facts = analyzePolicyExpression(kLeakyTree);
        QVERIFY(facts.valid);
        const ExpressionCall *lower = findCall(facts, ExpressionCall::Kind::Function, 870);
        QVERIFY(lower && lower->receivesColumns);
        const ExpressionCall *cast = findCall(facts, ExpressionCall::Kind::IoCast, 25);
        QVERIFY(cast && cast->receivesColumns);
        QCOMPARE(cast->sourceType, 2950u);
        const ExpressionCall *setting = findCall(facts, ExpressionCall::Kind::Function, 3294);
        QVERIFY(setting && !setting->receivesColumns && setting->castTo == 0);
        // lower(owner_name) = current_user is not a plain column: no index on owner_name would serve it.
        QVERIFY(facts.filteredColumns.isEmpty());
    }

    void subqueriesAreWalked()
    {
        const ExpressionFacts facts = analyzePolicyExpression(kSubqueryTree);
        QVERIFY2(facts.valid, qPrintable(facts.error));
        // tenant_id = (subquery output) filters the policy's table by who asks; amount > 0 only by a constant, and
        // tenants.name is another table's.
        QCOMPARE(facts.filteredColumns, QSet<int>{2});
        const ExpressionCall *inner = findCall(facts, ExpressionCall::Kind::Operator, 260);
        QVERIFY(inner && inner->receivesColumns);
    }

    void brokenTreesAreReported_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::newRow("truncated") << kSafeTenantTree.left(200);
        QTest::newRow("no field name") << u"{OPEXPR 12}"_s;
        QTest::newRow("trailing text") << u"{CONST :consttype 16} {CONST}"_s;
        QTest::newRow("too deep") << QString(2000, u'(') + QString(2000, u')');
    }
    void brokenTreesAreReported()
    {
        QFETCH(QString, tree);
        const ExpressionFacts facts = analyzePolicyExpression(tree);
        QVERIFY(!facts.valid);
        QVERIFY(!facts.error.isEmpty());
    }

    void escapedTokens()
    {
        // A string holding spaces and parentheses is one token with backslashes (the server's outToken rules).
        const ExpressionFacts facts = analyzePolicyExpression(
            u"{FUNCEXPR :funcid 42 :args ({CONST :consttype 25 :note a\\ b\\)\\( :location 1} {VAR :varattno 3 :varlevelsup 0}) :location 0}"_s);
        QVERIFY2(facts.valid, qPrintable(facts.error));
        QCOMPARE(facts.calls.size(), 1);
        QCOMPARE(facts.calls.first().argumentCount, 2);
        QVERIFY(facts.calls.first().receivesColumns);
        QVERIFY(analyzePolicyExpression(QString()).valid); // no expression: nothing to say
    }
};

QTEST_GUILESS_MAIN(TestPolicyExpression)
#include "tst_policyexpression.moc"
