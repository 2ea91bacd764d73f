// SPDX-License-Identifier: GPL-3.0-or-later
// Row-level security against a real PostgreSQL: policies created through the editor's DDL isolate tenants for a
// role that is not a superuser, the tester counts what each tenant sees, validation and apply behave as
// transactions, hostile names round-trip exactly, and read-only profiles cannot apply.
#include "actions/auditlog.h"
#include "rls/rlscatalogloader.h"
#include "rls/rlsddlrunner.h"
#include "rls/rlslinter.h"
#include "rls/rlstester.h"
#include "rls/rlsworkbench.h"
#include "rlstestschema.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
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

PolicyDefinition tenantIsolation()
{
    TemplateParameters parameters;
    parameters.table = kInvoices;
    parameters.column = u"tenant_id"_s;
    parameters.columnType = u"uuid"_s;
    parameters.roles = {kAppRole};
    return policiesFromTemplate(PolicyTemplate::TenantIsolation, parameters, SqlQuoter::standard()).first();
}

RlsChange createChange(const QList<PolicyDefinition> &policies)
{
    RlsChange change;
    change.kind = RlsChange::Kind::CreatePolicies;
    change.table = policies.first().table;
    change.policies = policies;
    return change;
}

RlsChange rowSecurityChange(const RlsTableRef &table, RowSecurityChange what)
{
    RlsChange change;
    change.kind = RlsChange::Kind::SetRowSecurity;
    change.table = table;
    change.rowSecurity = what;
    return change;
}

} // namespace

class TestRlsServer : public QObject
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
        QCOMPARE(m_target.database(), kDatabase);
        QCOMPARE(m_target.node, m_lab->manifest().nodes.first().name);

        // The editor's own DDL sets the schema up: the tenant policy, then RLS on and forced.
        const AuditLog audit(m_auditDir.filePath(u"audit.jsonl"_s));
        DdlOutcome outcome = runRlsChange(m_target, createChange({tenantIsolation()}), DdlMode::Apply, &audit);
        QVERIFY2(outcome.succeeded(), qPrintable(explain(outcome)));
        QVERIFY(outcome.committed);
        for (RowSecurityChange what : {RowSecurityChange::Enable, RowSecurityChange::Force}) {
            outcome = runRlsChange(m_target, rowSecurityChange(kInvoices, what), DdlMode::Apply, &audit);
            QVERIFY2(outcome.succeeded(), qPrintable(explain(outcome)));
        }
        const QList<QJsonObject> entries = audit.entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().value("action"_L1).toString(), u"rls_apply"_s);
        QCOMPARE(entries.first().value("result"_L1).toString(), u"succeeded"_s);
        QVERIFY(entries.first().value("parameters"_L1).toObject().value("ddl"_L1).toArray().first().toString().startsWith(
            u"CREATE POLICY \"tenant_isolation\""_s));
        QCOMPARE(audit.firstBrokenEntry(), 0);
        QVERIFY(execSaas(*m_lab, u"CREATE VIEW my_invoices WITH (security_invoker = true) AS SELECT * FROM invoices"_s, &error));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void tenantSeesOnlyItsRowsAndCannotWriteAnothers()
    {
        // As the application itself: its own login, a session setting per request.
        ConnInfo info = m_target.connInfo;
        info.set(u"user"_s, kAppRole);
        info.remove(u"passfile");
        PgSession app;
        PgError error;
        QVERIFY2(app.open(info, kAppPassword, QDeadlineTimer(10000), &error), qPrintable(error.message));
        auto scalar = [&](const QString &sql) { return app.exec(sql, QDeadlineTimer(10000), &error).value_or(QueryResult()).scalar(); };
        QCOMPARE(scalar(u"SELECT count(*) FROM invoices"_s), std::optional<QString>(u"0"_s)); // no tenant set: nothing
        scalar(u"SELECT set_config('app.tenant_id', '%1', false)"_s.arg(kTenantA));
        QCOMPARE(scalar(u"SELECT count(*) FROM invoices"_s), std::optional<QString>(u"3"_s));
        QCOMPARE(scalar(u"SELECT count(*) FROM invoices WHERE tenant_id <> '%1'"_s.arg(kTenantA)), std::optional<QString>(u"0"_s));
        QVERIFY(!app.exec(u"INSERT INTO invoices (tenant_id, amount) VALUES ('%1', 1)"_s.arg(kTenantB), QDeadlineTimer(10000), &error));
        QCOMPARE(error.sqlState, u"42501"_s);
        QVERIFY2(error.message.contains(u"row-level security"_s), qPrintable(error.message));
        QVERIFY(app.exec(u"UPDATE invoices SET amount = amount WHERE tenant_id = '%1'"_s.arg(kTenantB), QDeadlineTimer(10000), &error));
        QVERIFY(!app.exec(u"UPDATE invoices SET tenant_id = '%1' WHERE tenant_id = '%2'"_s.arg(kTenantB, kTenantA), QDeadlineTimer(10000),
                          &error));
        QCOMPARE(error.sqlState, u"42501"_s);
        scalar(u"SELECT set_config('app.tenant_id', '', false)"_s); // reset: '' must not break the policy (NULLIF)
        QCOMPARE(scalar(u"SELECT count(*) FROM invoices"_s), std::optional<QString>(u"0"_s));
    }

    void viewAsCountsWhatEachTenantSees()
    {
        PgSession session;
        PgError error;
        QVERIFY(m_target.open(session, &error));
        const QList<std::pair<QString, qint64>> expected{{kTenantA, 3}, {kTenantB, 2}, {kTenantC, 0}};
        for (const auto &[tenant, rows] : expected) {
            const ViewAsResult result = viewAs(session, {kAppRole, {{u"app.tenant_id"_s, tenant}}, {kInvoices, {u"public"_s, u"tenants"_s}}, 2},
                                               m_target.statementTimeoutMs);
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            QCOMPARE(result.tables.size(), 2);
            QVERIFY2(result.tables[0].ok, qPrintable(result.tables[0].error));
            QCOMPARE(result.tables[0].rowCount, rows);
            QCOMPARE(result.tables[0].sample.rows.size(), std::min<qint64>(rows, 2));
            for (const auto &row : result.tables[0].sample.rows)
                QCOMPARE(row.value(result.tables[0].sample.columns.indexOf(u"tenant_id"_s)), std::optional<QString>(tenant));
            QCOMPARE(result.tables[1].rowCount, 3); // tenants has no RLS
        }
        // The superuser who connects bypasses RLS; without SET ROLE it sees all five.
        ViewAsResult self = viewAs(session, {{}, {}, {kInvoices}, 0}, m_target.statementTimeoutMs);
        QCOMPARE(self.tables.first().rowCount, 5);
        // A role that does not exist is one clear error, not a count.
        self = viewAs(session, {u"nobody"_s, {}, {kInvoices}, 0}, m_target.statementTimeoutMs);
        QVERIFY(self.error.contains(u"nobody"_s));
        // Nothing the tester did stays: the session is usable and no value leaked into it (a setting once set locally
        // reads as '' afterwards, which is why the policy needs NULLIF).
        QCOMPARE(session.exec(u"SELECT current_user = session_user, current_setting('app.tenant_id', true) = ''"_s, QDeadlineTimer(5000),
                              &error)
                     ->rows.first(),
                 (QList<std::optional<QString>>{u"t"_s, u"t"_s}));
    }

    void tryWriteShowsWhatWithCheckAccepts()
    {
        PgSession session;
        PgError error;
        QVERIFY(m_target.open(session, &error));
        WriteTrial trial;
        trial.role = kAppRole;
        trial.settings = {{u"app.tenant_id"_s, kTenantA}};
        trial.table = kInvoices;
        trial.values = {{u"tenant_id"_s, kTenantA}, {u"amount"_s, u"7"_s}};
        WriteTrialOutcome outcome = tryWrite(session, trial, 5000);
        QVERIFY2(outcome.executed, qPrintable(outcome.message));
        QCOMPARE(outcome.affectedRows, 1);
        trial.values = {{u"tenant_id"_s, kTenantB}, {u"amount"_s, u"7"_s}};
        outcome = tryWrite(session, trial, 5000);
        QVERIFY(!outcome.executed);
        QVERIFY(outcome.policyViolation);
        trial.kind = WriteTrial::Kind::Update;
        trial.values = {{u"tenant_id"_s, kTenantB}};
        trial.where = {{u"tenant_id"_s, kTenantA}};
        outcome = tryWrite(session, trial, 5000);
        QVERIFY(outcome.policyViolation); // moving A's rows to B
        trial.values = {{u"amount"_s, u"1"_s}};
        trial.where = {{u"tenant_id"_s, kTenantB}};
        outcome = tryWrite(session, trial, 5000);
        QVERIFY(outcome.executed);
        QCOMPARE(outcome.affectedRows, 0); // B's rows are invisible to A
        // Everything was rolled back.
        QCOMPARE(execSaas(*m_lab, u"SELECT count(*) || ':' || sum(amount) FROM invoices"_s)->scalar(), std::optional<QString>(u"5:1500"_s));
    }

    void matrixShowsLeaks()
    {
        PgSession session;
        PgError error;
        QVERIFY(m_target.open(session, &error));
        MatrixRequest request;
        request.role = kAppRole;
        request.values = {kTenantA, kTenantB, kTenantC};
        request.tables = {kInvoices};
        RlsMatrix matrix = tenantMatrix(session, request, 5000);
        QVERIFY2(matrix.error.isEmpty(), qPrintable(matrix.error));
        QCOMPARE(matrix.rowLabels.size(), 4);
        QList<qint64> counts;
        for (const auto &row : std::as_const(matrix.cells))
            counts << row.first().count.value_or(-1);
        QCOMPARE(counts, (QList<qint64>{3, 2, 0, 0}));
        QCOMPARE(matrix.totals.first(), std::optional<qint64>(5));
        QVERIFY(!matrix.overlaps(0));

        // A permissive policy that shows everything to everyone: every tenant now sees all five rows.
        QVERIFY(execSaas(*m_lab, u"CREATE POLICY oops ON invoices FOR SELECT USING (true)"_s));
        matrix = tenantMatrix(session, request, 5000);
        QCOMPARE(matrix.cells[1].first().count, std::optional<qint64>(5));
        QVERIFY(matrix.overlaps(0));
        QVERIFY(execSaas(*m_lab, u"DROP POLICY oops ON invoices"_s));

        QString valuesError;
        QCOMPARE(distinctValues(session, kInvoices, u"tenant_id"_s, 10, 5000, &valuesError), (QStringList{kTenantA, kTenantB}));
    }

    void catalogueShowsEverything()
    {
        PgSession session;
        PgError error;
        QVERIFY(m_target.open(session, &error));
        QElapsedTimer timer;
        timer.start();
        const auto catalog = loadRlsCatalog(session, QDeadlineTimer(10000), &error);
        const qint64 loadMs = timer.elapsed();
        QVERIFY2(catalog, qPrintable(error.message));
        timer.restart();
        const QList<RlsLint> lints = lintRls(*catalog, SqlQuoter::forSession(session));
        qInfo("catalogue load %lld ms, lint %lld ms (%lld tables, %lld policies)", loadMs, timer.elapsed(),
              static_cast<long long>(catalog->tables.size()), static_cast<long long>(catalog->policies.size()));
        const RlsTable *invoices = catalog->table(kInvoices);
        QVERIFY(invoices);
        QVERIFY(invoices->rlsEnabled && invoices->rlsForced);
        QCOMPARE(invoices->owner, u"saas_owner"_s);
        QCOMPARE(invoices->column(u"tenant_id")->type, u"uuid"_s);
        const QList<RlsPolicy> policies = catalog->policiesOf(kInvoices);
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.first().roles, QStringList{kAppRole});
        QCOMPARE(policies.first().command, PolicyCommand::All);
        QCOMPARE(policies.first().usingExpression,
                 u"(tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)"_s);
        QVERIFY(!catalog->role(kAppRole)->bypassesRls());
        QVERIFY(catalog->role(m_lab->manifest().superuser)->bypassesRls());
        const RlsFunction *setting = nullptr;
        for (const RlsFunction &function : catalog->functions) {
            if (function.name == u"current_setting")
                setting = &function;
        }
        QVERIFY(setting && !setting->leakproof && setting->volatility == u's');
        QCOMPARE(catalog->views.size(), 1);
        QVERIFY(catalog->views.first().securityInvoker);
        QCOMPARE(catalog->indexesOf(kInvoices).size(), 2);
        QCOMPARE(catalog->serverVersionNum / 10000, 15);

        // The correct schema: nothing above info. current_setting() takes only constants, so it is not "leaky".
        QStringList problems;
        for (const RlsLint &lint : lints) {
            if (lint.severity != LintSeverity::Info)
                problems << lint.code + u": "_s + lint.message;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void workbenchRunsOffTheCallersThread()
    {
        RlsWorkbench workbench;
        workbench.setTarget(m_target);
        QSignalSpy loaded(&workbench, &RlsWorkbench::catalogLoaded);
        QVERIFY(workbench.reload() > 0);
        QVERIFY(loaded.wait(20000));
        QVERIFY(workbench.hasCatalog());
        qInfo("workbench catalogue load %lld ms, lint %lld ms", loaded.first().at(0).toLongLong(), loaded.first().at(1).toLongLong());
        QVERIFY(workbench.catalog().table(kInvoices));
        QVERIFY(workbench.canApply());

        QSignalSpy viewed(&workbench, &RlsWorkbench::viewAsFinished);
        const int request = workbench.viewAs({kAppRole, {{u"app.tenant_id"_s, kTenantB}}, {kInvoices}, 5});
        QVERIFY(viewed.wait(20000));
        QCOMPARE(viewed.first().at(0).toInt(), request);
        QCOMPARE(viewed.first().at(1).value<ViewAsResult>().tables.first().rowCount, 2);

        // An answer for the previous database is dropped when the target changes meanwhile.
        QSignalSpy failed(&workbench, &RlsWorkbench::catalogFailed);
        workbench.reload();
        workbench.setTarget(m_target);
        QTest::qWait(1500);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(workbench.pendingRequests(), 0);
    }

private:
    std::unique_ptr<TestLab> m_lab;
    RlsTarget m_target;
    QTemporaryDir m_auditDir;
};

QTEST_GUILESS_MAIN(TestRlsServer)
#include "tst_rlsserver.moc"
