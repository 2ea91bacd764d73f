// SPDX-License-Identifier: GPL-3.0-or-later
// The editor's DDL on a real server: validation rolls back and points into the expression, a failed apply changes
// nothing, read-only profiles cannot apply, hostile names round-trip exactly, and every lint fires on a crafted
// mistake and goes quiet once its suggested fix has run.
#include "actions/auditlog.h"
#include "rls/rlscatalogloader.h"
#include "rls/rlsddlrunner.h"
#include "rls/rlslinter.h"
#include "rlstestschema.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

const RlsTableRef kInvoices{u"public"_s, u"invoices"_s};

QString explain(const DdlOutcome &outcome)
{
    return outcome.message + u"\n"_s + outcome.statements.join(u";\n"_s);
}

RlsChange createChange(const QList<PolicyDefinition> &policies)
{
    RlsChange change;
    change.kind = RlsChange::Kind::CreatePolicies;
    change.table = policies.first().table;
    change.policies = policies;
    return change;
}

/// A name of exactly 63 UTF-8 bytes: quotes, a statement end, a comment, spaces, upper case and umlauts.
QString hostileName(const QString &start)
{
    QString name = start;
    while (name.toUtf8().size() + 2 <= 63)
        name += u'ü';
    while (name.toUtf8().size() < 63)
        name += u'X';
    return name;
}

} // namespace

class TestRlsDdl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_auditDir.isValid());
        m_lab = std::make_unique<TestLab>(0);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QString error;
        QVERIFY2(createSaasSchema(*m_lab, &error), qPrintable(error));
        const auto target = saasTarget(*m_lab, &error);
        QVERIFY2(target, qPrintable(error));
        m_target = *target;
        QVERIFY(execSaas(*m_lab, u"ALTER TABLE invoices ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY"_s, &error));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void validateRollsBackAndMarksTheExpression_data()
    {
        QTest::addColumn<QString>("usingExpression");
        QTest::addColumn<QString>("culprit");
        QTest::newRow("unknown column") << u"tenant_id = nosuchcolumn"_s << u"nosuchcolumn"_s;
        QTest::newRow("after an emoji and umlauts") << u"'ü😀ß' <> owner_name AND nosuchcolumn"_s << u"nosuchcolumn"_s;
        QTest::newRow("syntax error") << u"owner_name = = 'x'"_s << u"= 'x'"_s;
        QTest::newRow("type mismatch") << u"owner_name IS NOT NULL AND tenant_id = 7"_s << u"= 7"_s;
    }
    void validateRollsBackAndMarksTheExpression()
    {
        QFETCH(QString, usingExpression);
        QFETCH(QString, culprit);
        PolicyDefinition definition{kInvoices, u"broken"_s, PolicyCommand::Select, true, {}, usingExpression, {}};
        const DdlOutcome outcome = runRlsChange(m_target, createChange({definition}), DdlMode::Validate, nullptr);
        QVERIFY(!outcome.succeeded());
        QVERIFY(!outcome.committed);
        QCOMPARE(outcome.failedStatement, 0);
        QCOMPARE(outcome.part, ExpressionPart::Using);
        QCOMPARE(outcome.expressionOffset, usingExpression.indexOf(culprit));
    }

    void validateChangesNothing()
    {
        const PolicyDefinition good{kInvoices, u"owner_rows"_s, PolicyCommand::All, true, {kAppRole}, u"owner_name = current_user"_s, {}};
        const DdlOutcome outcome = runRlsChange(m_target, createChange({good}), DdlMode::Validate, nullptr);
        QVERIFY2(outcome.succeeded(), qPrintable(explain(outcome)));
        QVERIFY(!outcome.committed);
        QCOMPARE(policyNames(), QStringList());
    }

    void failedApplyLeavesTheCatalogueUnchanged()
    {
        const AuditLog audit(m_auditDir.filePath(u"failed.jsonl"_s));
        const PolicyDefinition first{kInvoices, u"first"_s, PolicyCommand::All, true, {}, u"owner_name = current_user"_s, {}};
        QVERIFY(runRlsChange(m_target, createChange({first}), DdlMode::Apply, &audit).succeeded());
        const auto before = catalogue();

        // Two statements: the rename succeeds, the change of USING fails; neither may stay.
        RlsChange change;
        change.kind = RlsChange::Kind::AlterPolicy;
        change.table = kInvoices;
        change.original = first;
        PolicyDefinition after = first;
        after.name = u"renamed"_s;
        after.usingExpression = u"owner_name = no_such_function()"_s;
        change.policies = {after};
        DdlOutcome outcome = runRlsChange(m_target, change, DdlMode::Apply, &audit);
        QCOMPARE(outcome.result, DdlOutcome::Result::Failed);
        QCOMPARE(outcome.statements.size(), 2);
        QCOMPARE(outcome.failedStatement, 1);
        QCOMPARE(outcome.part, ExpressionPart::Using);
        QCOMPARE(outcome.expressionOffset, after.usingExpression.indexOf(u"no_such_function"_s));
        QCOMPARE(policyNames(), QStringList{u"first"_s});
        QCOMPARE(catalogue().policies.first().usingExpression, before.policies.first().usingExpression);

        // A table locked by someone else: the DDL gives up after lock_timeout instead of queueing every query behind it.
        PgSession blocker;
        PgError error;
        QVERIFY(m_target.open(blocker, &error));
        QVERIFY(blocker.exec(u"BEGIN; LOCK TABLE invoices IN ACCESS SHARE MODE"_s, QDeadlineTimer(5000), &error));
        RlsTarget impatient = m_target;
        impatient.lockTimeoutMs = 300;
        RlsChange drop;
        drop.kind = RlsChange::Kind::DropPolicy;
        drop.table = kInvoices;
        drop.original = first;
        outcome = runRlsChange(impatient, drop, DdlMode::Apply, &audit);
        QCOMPARE(outcome.result, DdlOutcome::Result::Failed);
        QCOMPARE(outcome.sqlState, u"55P03"_s);
        QVERIFY2(outcome.elapsedMs < 3000, qPrintable(QString::number(outcome.elapsedMs)));
        blocker.close();
        QCOMPARE(policyNames(), QStringList{u"first"_s});
        const QList<QJsonObject> entries = audit.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.last().value("result"_L1).toString(), u"failed"_s);
        QCOMPARE(entries.last().value("sqlstate"_L1).toString(), u"55P03"_s);

        outcome = runRlsChange(m_target, drop, DdlMode::Apply, &audit);
        QVERIFY2(outcome.succeeded(), qPrintable(explain(outcome)));
        QCOMPARE(policyNames(), QStringList());
    }

    void readOnlyProfileCannotApply()
    {
        const AuditLog audit(m_auditDir.filePath(u"readonly.jsonl"_s));
        RlsTarget readOnly = m_target;
        readOnly.readOnly = true;
        const PolicyDefinition policy{kInvoices, u"tenant_isolation"_s, PolicyCommand::All, true, {}, u"true"_s, {}};
        DdlOutcome outcome = runRlsChange(readOnly, createChange({policy}), DdlMode::Apply, &audit);
        QCOMPARE(outcome.result, DdlOutcome::Result::Refused);
        QVERIFY(outcome.message.contains(u"read-only"_s));
        QVERIFY(outcome.statements.isEmpty()); // nothing was sent
        QCOMPARE(policyNames(), QStringList());
        QCOMPARE(audit.entries().size(), 1);
        QCOMPARE(audit.entries().first().value("result"_L1).toString(), u"refused"_s);
        // Looking and validating stay allowed.
        outcome = runRlsChange(readOnly, createChange({policy}), DdlMode::Validate, &audit);
        QVERIFY2(outcome.succeeded(), qPrintable(explain(outcome)));
    }

    void hostileNamesRoundTrip()
    {
        const QString schema = u"Sales \"EU\"; --"_s;
        const QString table = u"Ünïcödé \"inv\"; DROP TABLE canary; --"_s;
        const QString role = u"App \"User\"; DROP ROLE app; --"_s;
        const QString policyName = hostileName(u"p\"; DROP TABLE canary; -- 'x' "_s);
        const QString renamed = hostileName(u"R\"); DELETE FROM canary; /* "_s);
        QCOMPARE(policyName.toUtf8().size(), 63);
        QCOMPARE(renamed.toUtf8().size(), 63);
        const SqlQuoter quote = SqlQuoter::standard();
        QString error;
        QVERIFY2(execSaas(*m_lab, u"CREATE TABLE canary (x int); CREATE SCHEMA %1; CREATE TABLE %1.%2 (owner_name text); CREATE ROLE %3"_s
                                      .arg(quote.identifier(schema), quote.identifier(table), quote.identifier(role)),
                          &error),
                 qPrintable(error));
        const RlsTableRef ref{schema, table};
        const int objectsBefore = objectCount();

        PgSession session;
        PgError pgError;
        QVERIFY(m_target.open(session, &pgError));
        // libpq's quoting and the offline quoting the preview uses agree, so the preview shows what runs.
        for (const QString &name : {schema, table, role, policyName, renamed})
            QCOMPARE(SqlQuoter::forSession(session).identifier(name), quote.identifier(name));

        const PolicyDefinition policy{ref, policyName, PolicyCommand::Update, false, {role, kAppRole}, u"owner_name = 'it''s; --'"_s,
                                      u"owner_name IS NOT NULL"_s};
        DdlOutcome outcome = runRlsChange(m_target, createChange({policy}), DdlMode::Apply, nullptr);
        QVERIFY2(outcome.succeeded(), qPrintable(explain(outcome)));
        RlsCatalog catalog = catalogue();
        QList<RlsPolicy> policies = catalog.policiesOf(ref);
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.first().name, policyName);
        QCOMPARE(policies.first().table, ref);
        QCOMPARE(policies.first().roles, (QStringList{role, kAppRole}));
        QVERIFY(!policies.first().permissive);
        QCOMPARE(policies.first().command, PolicyCommand::Update);
        QCOMPARE(objectCount(), objectsBefore); // a policy is not a pg_class object: nothing else appeared
        QVERIFY(catalog.table({u"public"_s, u"canary"_s}));
        QVERIFY(catalog.role(kAppRole));

        RlsChange rename;
        rename.kind = RlsChange::Kind::RenamePolicy;
        rename.table = ref;
        rename.original = PolicyDefinition::fromPolicy(policies.first());
        rename.newName = renamed;
        outcome = runRlsChange(m_target, rename, DdlMode::Apply, nullptr);
        QVERIFY2(outcome.succeeded(), qPrintable(explain(outcome)));
        for (RowSecurityChange change : {RowSecurityChange::Enable, RowSecurityChange::Force}) {
            RlsChange security;
            security.kind = RlsChange::Kind::SetRowSecurity;
            security.table = ref;
            security.rowSecurity = change;
            QVERIFY(runRlsChange(m_target, security, DdlMode::Apply, nullptr).succeeded());
        }
        catalog = catalogue();
        policies = catalog.policiesOf(ref);
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.first().name, renamed);
        QVERIFY(catalog.table(ref)->rlsEnabled && catalog.table(ref)->rlsForced);

        RlsChange drop;
        drop.kind = RlsChange::Kind::DropPolicy;
        drop.table = ref;
        drop.original = PolicyDefinition::fromPolicy(policies.first());
        QVERIFY(runRlsChange(m_target, drop, DdlMode::Apply, nullptr).succeeded());
        QVERIFY(catalogue().policiesOf(ref).isEmpty());
        QVERIFY(catalogue().table({u"public"_s, u"canary"_s}));

        // One byte more would be truncated by the server into another name: refused before anything is sent.
        PolicyDefinition tooLong = policy;
        tooLong.name = policyName + u'x';
        outcome = runRlsChange(m_target, createChange({tooLong}), DdlMode::Validate, nullptr);
        QCOMPARE(outcome.result, DdlOutcome::Result::Refused);
        QVERIFY(outcome.message.contains(u"64 bytes"_s));
    }

    void eachLintFiresAndItsFixSilencesIt_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("table");
        const QString tenantTable = u"CREATE TABLE %1 (id int, tenant_id uuid, owner_name text); CREATE INDEX ON %1 (tenant_id); "_s;
        const QString tenantPolicy = u"CREATE POLICY t ON %1 USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid); "_s;
        QTest::newRow("no policy") << tenantTable + u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_s << u"rls_enabled_no_policy"_s
                                   << u"public.l_nopolicy"_s;
        QTest::newRow("rls off") << tenantTable + tenantPolicy << u"policies_rls_disabled"_s << u"public.l_off"_s;
        QTest::newRow("owner not forced") << u"CREATE ROLE l_owner LOGIN; "_s + tenantTable + tenantPolicy
                + u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; ALTER TABLE %1 OWNER TO l_owner"_s
                                          << u"owner_not_forced"_s << u"public.l_owner"_s;
        QTest::newRow("bypassrls") << u"CREATE ROLE l_etl LOGIN BYPASSRLS"_s << u"login_role_bypasses_rls"_s << QString();
        QTest::newRow("using true") << tenantTable + u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; CREATE POLICY open ON %1 USING (true)"_s
                                    << u"permissive_using_true"_s << u"public.l_true"_s;
        QTest::newRow("check differs") << tenantTable + u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; CREATE POLICY move ON %1 FOR UPDATE "
                                                        "USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid) "
                                                        "WITH CHECK (true)"_s
                                       << u"update_check_differs"_s << u"public.l_move"_s;
        QTest::newRow("current_setting") << tenantTable + u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; CREATE POLICY s ON %1 USING "
                                                          "(tenant_id = current_setting('app.tenant_id')::uuid)"_s
                                         << u"current_setting_unsafe"_s << u"public.l_setting"_s;
        QTest::newRow("leaky function") << u"CREATE FUNCTION shout(text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', $1; "
                                           "RETURN true; END $$; "_s
                + tenantTable + u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; CREATE POLICY l ON %1 USING (shout(owner_name) AND tenant_id = "
                                 "NULLIF(current_setting('app.tenant_id', true), '')::uuid)"_s
                                        << u"leaky_function"_s << u"public.l_leaky"_s;
        QTest::newRow("view as owner") << u"CREATE VIEW %1 AS SELECT * FROM invoices"_s << u"view_not_security_invoker"_s
                                       << u"public.l_view"_s;
        QTest::newRow("no index") << u"CREATE TABLE %1 (id int, tenant_id uuid); ALTER TABLE %1 ENABLE ROW LEVEL SECURITY; "_s + tenantPolicy
                                  << u"policy_column_unindexed"_s << u"public.l_noindex"_s;
    }
    void eachLintFiresAndItsFixSilencesIt()
    {
        QFETCH(QString, setup);
        QFETCH(QString, code);
        QFETCH(QString, table);
        QString error;
        QVERIFY2(execSaas(*m_lab, table.isEmpty() ? setup : setup.arg(table), &error), qPrintable(error));
        const auto matching = [&](const QList<RlsLint> &lints) {
            QList<RlsLint> found;
            for (const RlsLint &lint : lints) {
                if (lint.code == code && (table.isEmpty() || lint.table.displayName() == table) && lint.severity != LintSeverity::Info)
                    found << lint;
            }
            return found;
        };
        const QList<RlsLint> found = matching(lintRls(catalogue(), SqlQuoter::standard()));
        QVERIFY2(!found.isEmpty(), qPrintable(code));
        for (const RlsLint &lint : found)
            QVERIFY2(execSaas(*m_lab, lint.fix, &error), qPrintable(lint.fix + u"\n"_s + error));
        const QList<RlsLint> after = matching(lintRls(catalogue(), SqlQuoter::standard()));
        QVERIFY2(after.isEmpty(), qPrintable(after.value(0).message));
    }

    void serverWithTheFixesHasNoCveLint()
    {
        const RlsCatalog catalog = catalogue();
        QVERIFY(catalog.serverVersionNum >= 150014); // Debian 12's 15.18 carries both fixes
        for (const RlsLint &lint : lintRls(catalog, SqlQuoter::standard()))
            QVERIFY(lint.code != u"server_cve");
    }

private:
    RlsCatalog catalogue()
    {
        PgSession session;
        PgError error;
        if (!m_target.open(session, &error))
            return {};
        return loadRlsCatalog(session, QDeadlineTimer(10000), &error).value_or(RlsCatalog());
    }
    QStringList policyNames()
    {
        QStringList names;
        for (const RlsPolicy &policy : catalogue().policiesOf(kInvoices))
            names << policy.name;
        return names;
    }
    int objectCount()
    {
        return execSaas(*m_lab, u"SELECT (SELECT count(*) FROM pg_class) + (SELECT count(*) FROM pg_roles) + "
                                 "(SELECT count(*) FROM pg_namespace)"_s)
            .value_or(QueryResult())
            .scalar()
            .value_or(QString())
            .toInt();
    }

    std::unique_ptr<TestLab> m_lab;
    RlsTarget m_target;
    QTemporaryDir m_auditDir;
};

QTEST_GUILESS_MAIN(TestRlsDdl)
#include "tst_rlsddl.moc"
