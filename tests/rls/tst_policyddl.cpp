// SPDX-License-Identifier: GPL-3.0-or-later
// DDL generation, identifier quoting, expression checks and the SQL scanner, without a server
// (tst_rlsserver runs the same DDL on a real one).
#include "rls/policyddl.h"
#include "rls/rlssqltext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
const RlsTableRef kInvoices{u"public"_s, u"invoices"_s};

PolicyDefinition tenantPolicy()
{
    return PolicyDefinition{kInvoices, u"tenant_isolation"_s, PolicyCommand::All, true, {u"app"_s},
                            u"tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid"_s,
                            u"tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid"_s};
}
} // namespace

class TestPolicyDdl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void standardQuotingDoublesQuotes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"invoices"_s << u"\"invoices\""_s;
        QTest::newRow("upper case") << u"Invoices"_s << u"\"Invoices\""_s;
        QTest::newRow("quote") << u"a\"b"_s << u"\"a\"\"b\""_s;
        QTest::newRow("statement end") << u"x\"; DROP TABLE t; --"_s << u"\"x\"\"; DROP TABLE t; --\""_s;
        QTest::newRow("unicode") << u"Zürich 租户"_s << u"\"Zürich 租户\""_s;
    }
    void standardQuotingDoublesQuotes()
    {
        QFETCH(QString, name);
        QFETCH(QString, quoted);
        QCOMPARE(SqlQuoter::standard().identifier(name), quoted);
    }

    void standardLiteralQuoting()
    {
        const SqlQuoter quote = SqlQuoter::standard();
        QCOMPARE(quote.literal(u"app.tenant_id"_s), u"'app.tenant_id'"_s);
        QCOMPARE(quote.literal(u"it's"_s), u"'it''s'"_s);
        QCOMPARE(quote.literal(u"a\\b"_s), u" E'a\\\\b'"_s); // as PQescapeLiteral writes it
    }

    void createPolicyStatementMarksExpressions()
    {
        const DdlStatement statement = createPolicyStatement(tenantPolicy(), SqlQuoter::standard());
        QCOMPARE(statement.sql, u"CREATE POLICY \"tenant_isolation\" ON \"public\".\"invoices\"\n"
                                "    AS PERMISSIVE\n"
                                "    FOR ALL\n"
                                "    TO \"app\"\n"
                                "    USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)\n"
                                "    WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)"_s);
        QCOMPARE(statement.spans.size(), 2);
        for (const DdlStatement::Span &span : statement.spans)
            QCOMPARE(statement.sql.mid(span.start, span.length), tenantPolicy().usingExpression);
        QCOMPARE(statement.spans[0].part, ExpressionPart::Using);
        QCOMPARE(statement.spans[1].part, ExpressionPart::Check);
    }

    void publicAndRestrictive()
    {
        PolicyDefinition definition = tenantPolicy();
        definition.roles.clear();
        definition.permissive = false;
        definition.command = PolicyCommand::Select;
        definition.checkExpression.clear();
        const QString sql = createPolicyStatement(definition, SqlQuoter::standard()).sql;
        QVERIFY(sql.contains(u"AS RESTRICTIVE\n    FOR SELECT\n    TO PUBLIC\n"_s));
        QVERIFY(!sql.contains(u"WITH CHECK"_s));
    }

    void trailingLineCommentDoesNotSwallowTheParenthesis()
    {
        PolicyDefinition definition = tenantPolicy();
        definition.usingExpression = u"true -- everyone"_s;
        definition.checkExpression.clear();
        const QString sql = createPolicyStatement(definition, SqlQuoter::standard()).sql;
        QVERIFY2(sql.endsWith(u"USING (true -- everyone\n)"_s), qPrintable(sql));
    }

    void definitionProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("command");
        QTest::addColumn<QString>("usingExpression");
        QTest::addColumn<QString>("checkExpression");
        QTest::addColumn<QString>("problem"); // a part of the message, or empty when none is expected
        const QString ok = u"owner = current_user"_s;
        QTest::newRow("fine") << u"p"_s << int(PolicyCommand::All) << ok << QString() << QString();
        QTest::newRow("63 bytes") << QString(63, u'n') << int(PolicyCommand::All) << ok << QString() << QString();
        QTest::newRow("64 bytes") << QString(64, u'n') << int(PolicyCommand::All) << ok << QString() << u"64 bytes"_s;
        QTest::newRow("63 bytes of umlauts and one more") << QString(32, u'ü') << int(PolicyCommand::All) << ok << QString() << u"64 bytes"_s;
        QTest::newRow("empty name") << QString() << int(PolicyCommand::All) << ok << QString() << u"empty"_s;
        QTest::newRow("semicolon") << u"p"_s << int(PolicyCommand::All) << u"true; DROP TABLE invoices; --"_s << QString() << u"';'"_s;
        QTest::newRow("closing parenthesis") << u"p"_s << int(PolicyCommand::All) << u"true) OR (true"_s << QString() << u"never opened"_s;
        QTest::newRow("open parenthesis") << u"p"_s << int(PolicyCommand::All) << u"(true"_s << QString() << u"not closed"_s;
        QTest::newRow("unterminated string") << u"p"_s << int(PolicyCommand::All) << u"owner = 'x"_s << QString() << u"string"_s;
        QTest::newRow("unterminated comment") << u"p"_s << int(PolicyCommand::All) << u"true /* x"_s << QString() << u"comment"_s;
        QTest::newRow("semicolon in a string is fine") << u"p"_s << int(PolicyCommand::All) << u"owner = ';)'"_s << QString() << QString();
        QTest::newRow("semicolon in a dollar quote is fine") << u"p"_s << int(PolicyCommand::All) << u"owner = $x$;)$x$"_s << QString()
                                                            << QString();
        QTest::newRow("parenthesis in a quoted name is fine") << u"p"_s << int(PolicyCommand::All) << u"\"we)ird\" = 1"_s << QString()
                                                              << QString();
        QTest::newRow("insert with using") << u"p"_s << int(PolicyCommand::Insert) << ok << QString() << u"only WITH CHECK"_s;
        QTest::newRow("select with check") << u"p"_s << int(PolicyCommand::Select) << ok << ok << u"only USING"_s;
        QTest::newRow("nothing") << u"p"_s << int(PolicyCommand::Update) << QString() << QString() << u"USING or a WITH CHECK"_s;
    }
    void definitionProblems()
    {
        QFETCH(QString, name);
        QFETCH(int, command);
        QFETCH(QString, usingExpression);
        QFETCH(QString, checkExpression);
        QFETCH(QString, problem);
        const PolicyDefinition definition{kInvoices, name, PolicyCommand(command), true, {}, usingExpression, checkExpression};
        const QStringList problems = pgv::definitionProblems(definition);
        if (problem.isEmpty())
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        else
            QVERIFY2(problems.join(u'\n').contains(problem), qPrintable(problems.join(u'\n')));
    }

    void alterChoosesTheSmallestChange()
    {
        const SqlQuoter quote = SqlQuoter::standard();
        RlsChange change;
        change.kind = RlsChange::Kind::AlterPolicy;
        change.table = kInvoices;
        change.original = tenantPolicy();
        QString error;

        PolicyDefinition renamed = tenantPolicy();
        renamed.name = u"tenant rows"_s;
        change.policies = {renamed};
        auto statements = buildDdl(change, quote, &error);
        QVERIFY(statements);
        QCOMPARE(ddlScript(*statements), u"ALTER POLICY \"tenant_isolation\" ON \"public\".\"invoices\" RENAME TO \"tenant rows\";\n"_s);

        PolicyDefinition roles = tenantPolicy();
        roles.roles = {u"app"_s, u"Auditor"_s};
        roles.checkExpression = u"false"_s;
        change.policies = {roles};
        statements = buildDdl(change, quote, &error);
        QVERIFY(statements);
        QCOMPARE(ddlScript(*statements),
                 u"ALTER POLICY \"tenant_isolation\" ON \"public\".\"invoices\"\n    TO \"app\", \"Auditor\"\n    WITH CHECK (false);\n"_s);
        QCOMPARE(statements->first().spans.size(), 1);
        QCOMPARE(statements->first().spans.first().part, ExpressionPart::Check);

        // The command cannot be altered: drop and create, in that order, in one transaction.
        PolicyDefinition select = tenantPolicy();
        select.command = PolicyCommand::Select;
        select.checkExpression.clear();
        change.policies = {select};
        statements = buildDdl(change, quote, &error);
        QVERIFY(statements);
        QCOMPARE(statements->size(), 2);
        QVERIFY(statements->at(0).sql.startsWith(u"DROP POLICY \"tenant_isolation\""_s));
        QVERIFY(statements->at(1).sql.startsWith(u"CREATE POLICY \"tenant_isolation\""_s));

        change.policies = {tenantPolicy()};
        QVERIFY(!buildDdl(change, quote, &error));
        QVERIFY(error.contains(u"Nothing changed"_s));
    }

    void rowSecurityAndDrop()
    {
        const SqlQuoter quote = SqlQuoter::standard();
        const RlsTableRef odd{u"Sales \"EU\""_s, u"in;voices"_s};
        QCOMPARE(rowSecurityStatement(odd, RowSecurityChange::Force, quote).sql,
                 u"ALTER TABLE \"Sales \"\"EU\"\"\".\"in;voices\" FORCE ROW LEVEL SECURITY"_s);
        QCOMPARE(rowSecurityStatement(odd, RowSecurityChange::NoForce, quote).sql,
                 u"ALTER TABLE \"Sales \"\"EU\"\"\".\"in;voices\" NO FORCE ROW LEVEL SECURITY"_s);
        QCOMPARE(dropPolicyStatement(odd, u"p--x"_s, quote).sql, u"DROP POLICY \"p--x\" ON \"Sales \"\"EU\"\"\".\"in;voices\""_s);
    }

    void creatingPoliciesCanEnableRowSecurityInTheSameScript()
    {
        const SqlQuoter quote = SqlQuoter::standard();
        RlsChange change;
        change.kind = RlsChange::Kind::CreatePolicies;
        change.table = {u"public"_s, u"Orders"_s};
        PolicyDefinition policy;
        policy.table = change.table;
        policy.name = u"own"_s;
        policy.usingExpression = u"owner = current_user"_s;
        change.policies = {policy};
        change.alsoEnableRowSecurity = true;
        QString error;
        const auto statements = buildDdl(change, quote, &error);
        QVERIFY2(statements, qPrintable(error));
        QCOMPARE(statements->size(), 2);
        QVERIFY(statements->first().sql.startsWith(u"CREATE POLICY \"own\" ON \"public\".\"Orders\""_s));
        QCOMPARE(statements->last().sql, u"ALTER TABLE \"public\".\"Orders\" ENABLE ROW LEVEL SECURITY"_s);
        QVERIFY(change.title().endsWith(u"and enable row-level security"_s));
        change.alsoEnableRowSecurity = false;
        QCOMPARE(buildDdl(change, quote, &error)->size(), 1);
    }

    void templates()
    {
        const SqlQuoter quote = SqlQuoter::standard();
        TemplateParameters parameters;
        parameters.table = kInvoices;
        parameters.column = u"Tenant Id"_s;
        parameters.columnType = u"uuid"_s;
        parameters.setting = u"app.tenant_id"_s;
        QList<PolicyDefinition> policies = policiesFromTemplate(PolicyTemplate::TenantIsolation, parameters, quote);
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies[0].usingExpression, u"\"Tenant Id\" = (NULLIF(current_setting('app.tenant_id', true), ''))::uuid"_s);
        QCOMPARE(policies[0].checkExpression, policies[0].usingExpression);
        QVERIFY(pgv::definitionProblems(policies[0]).isEmpty());

        parameters.columnType = u"text"_s;
        QCOMPARE(policiesFromTemplate(PolicyTemplate::TenantIsolation, parameters, quote)[0].usingExpression,
                 u"\"Tenant Id\" = NULLIF(current_setting('app.tenant_id', true), '')"_s);

        parameters.column = u"owner"_s;
        policies = policiesFromTemplate(PolicyTemplate::ReadAllWriteOwn, parameters, quote);
        QCOMPARE(policies.size(), 2);
        QCOMPARE(policies[0].command, PolicyCommand::Select);
        QCOMPARE(policies[0].usingExpression, u"true"_s);
        QCOMPARE(policies[1].command, PolicyCommand::All);
        QCOMPARE(policies[1].checkExpression, u"\"owner\" = current_user"_s);
        for (const PolicyDefinition &policy : std::as_const(policies))
            QVERIFY(pgv::definitionProblems(policy).isEmpty());
    }

    void scannerKeepsStateAcrossLines()
    {
        SqlScanState state;
        QList<SqlToken> tokens = scanSql(u"a = 'it''s /* not"_s, &state);
        QCOMPARE(state.inside, SqlScanState::Inside::String);
        QVERIFY(tokens.last().unterminated);
        tokens = scanSql(u"still' AND b /* c"_s, &state);
        QCOMPARE(tokens.first().kind, SqlToken::Kind::String);
        QCOMPARE(state.inside, SqlScanState::Inside::BlockComment);
        tokens = scanSql(u"/* nested */ end */ AND $t$ x"_s, &state);
        QCOMPARE(state.inside, SqlScanState::Inside::DollarQuote);
        QCOMPARE(state.dollarTag, u"$t$"_s);
        tokens = scanSql(u"y $t$ OR 1.5e3 <> $1"_s, &state);
        QCOMPARE(state.inside, SqlScanState::Inside::Nothing);
        QList<SqlToken::Kind> kinds;
        for (const SqlToken &token : std::as_const(tokens)) {
            if (token.kind != SqlToken::Kind::Space)
                kinds << token.kind;
        }
        using Kind = SqlToken::Kind;
        QCOMPARE(kinds, QList<Kind>({Kind::String, Kind::Keyword, Kind::Number, Kind::Operator, Kind::Parameter}));
        QVERIFY(isSqlKeyword(u"current_user"));
        QVERIFY(!isSqlKeyword(u"tenant_id"));
    }
};

QTEST_GUILESS_MAIN(TestPolicyDdl)
#include "tst_policyddl.moc"
