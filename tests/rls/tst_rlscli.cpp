// SPDX-License-Identifier: GPL-3.0-or-later
// pgversectl rls show|lint|test as scripts use them, on a real multi-tenant database: JSON shapes, exit codes, and
// counts that come from the server, not from the catalogue.
#include "rlstestschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

namespace {

QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text.left(400)));
    return document.object();
}

QString explain(const CliResult &result)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(result.exitCode).arg(result.out.left(2000), result.err.left(2000));
}

QStringList codesAboveInfo(const QJsonObject &document)
{
    QStringList codes;
    for (const QJsonValue &item : document.value("lints"_L1).toArray()) {
        if (item.toObject().value("severity"_L1).toString() != u"info")
            codes << item.toObject().value("code"_L1).toString();
    }
    return codes;
}

} // namespace

class TestRlsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<TestLab>(0);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QString error;
        QVERIFY2(createSaasSchema(*m_lab, &error), qPrintable(error));
        QVERIFY2(execSaas(*m_lab, u"CREATE POLICY tenant_isolation ON invoices TO app "
                                   "USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid); "
                                   "ALTER TABLE invoices ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY"_s,
                          &error),
                 qPrintable(error));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void showJson()
    {
        const CliResult result = rls({u"show"_s, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
        const QJsonObject document = parseJson(result.out);
        QCOMPARE(document.value("database"_L1).toString(), kDatabase);
        QCOMPARE(document.value("node"_L1).toString(), m_lab->manifest().nodes.first().name);
        QJsonObject invoices;
        for (const QJsonValue &table : document.value("tables"_L1).toArray()) {
            if (table.toObject().value("name"_L1).toString() == u"invoices")
                invoices = table.toObject();
        }
        QVERIFY(invoices.value("rls_enabled"_L1).toBool());
        QVERIFY(invoices.value("rls_forced"_L1).toBool());
        QCOMPARE(invoices.value("owner"_L1).toString(), u"saas_owner"_s);
        const QJsonArray policies = document.value("policies"_L1).toArray();
        QCOMPARE(policies.size(), 1);
        const QJsonObject policy = policies.first().toObject();
        QCOMPARE(policy.value("name"_L1).toString(), u"tenant_isolation"_s);
        QCOMPARE(policy.value("command"_L1).toString(), u"ALL"_s);
        QCOMPARE(policy.value("roles"_L1).toArray(), QJsonArray{kAppRole});
        QVERIFY(policy.value("with_check"_L1).isNull());
        QVERIFY(policy.value("using"_L1).toString().contains(u"current_setting('app.tenant_id'::text, true)"_s));
    }

    void showOneTableAsText()
    {
        CliResult result = rls({u"show"_s, u"--table"_s, u"public.invoices"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
        QVERIFY(result.out.contains(u"tenant_isolation"_s));
        QVERIFY(!result.out.contains(u"public.tenants"_s));
        result = rls({u"show"_s, u"--table"_s, u"nosuch"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"nosuch"_s));
    }

    void lintExitCodeFollowsFindings()
    {
        CliResult result = rls({u"lint"_s, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
        QCOMPARE(codesAboveInfo(parseJson(result.out)), QStringList());

        QString error;
        QVERIFY2(execSaas(*m_lab, u"CREATE POLICY everyone ON invoices FOR SELECT USING (true)"_s, &error), qPrintable(error));
        // The later tests count rows: this policy would show them all, so it goes even when a check here fails.
        const auto dropEveryone = qScopeGuard([this] { execSaas(*m_lab, u"DROP POLICY everyone ON invoices"_s); });
        result = rls({u"lint"_s, u"--json"_s});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject document = parseJson(result.out);
        QCOMPARE(codesAboveInfo(document), QStringList{u"permissive_using_true"_s});
        QJsonObject item;
        for (const QJsonValue &value : document.value("lints"_L1).toArray()) {
            if (value.toObject().value("code"_L1).toString() == u"permissive_using_true")
                item = value.toObject();
        }
        const QStringList keys{u"code"_s, u"fix"_s, u"message"_s, u"policy"_s, u"severity"_s, u"table"_s};
        QCOMPARE(item.keys(), keys);
        QCOMPARE(item.value("table"_L1).toString(), u"public.invoices"_s);
        QCOMPARE(item.value("policy"_L1).toString(), u"everyone"_s);
        // The table has a tenant_id column, so the fix narrows the policy to the tenant instead of dropping it.
        QVERIFY2(item.value("fix"_L1).toString().startsWith(u"ALTER POLICY \"everyone\" ON \"public\".\"invoices\""_s),
                 qPrintable(item.value("fix"_L1).toString()));

        result = rls({u"lint"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.out.contains(u"permissive_using_true"_s));
    }

    void testCountsWhatATenantSees_data()
    {
        QTest::addColumn<QStringList>("settings");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("tenant");
        QTest::newRow("tenant A") << QStringList{u"--set"_s, u"app.tenant_id="_s + kTenantA} << 3 << kTenantA;
        QTest::newRow("tenant B") << QStringList{u"--set"_s, u"app.tenant_id="_s + kTenantB} << 2 << kTenantB;
        QTest::newRow("tenant C") << QStringList{u"--set"_s, u"app.tenant_id="_s + kTenantC} << 0 << kTenantC;
        QTest::newRow("nothing set") << QStringList() << 0 << QString();
    }
    void testCountsWhatATenantSees()
    {
        QFETCH(QStringList, settings);
        QFETCH(int, rows);
        QFETCH(QString, tenant);
        const CliResult result = rls(QStringList{u"test"_s, u"--role"_s, kAppRole, u"--table"_s, u"invoices"_s, u"--json"_s} + settings);
        QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
        const QJsonObject document = parseJson(result.out);
        QCOMPARE(document.value("role"_L1).toString(), kAppRole);
        const QJsonObject table = document.value("tables"_L1).toArray().first().toObject();
        QCOMPARE(table.value("table"_L1).toString(), u"public.invoices"_s);
        QVERIFY(table.value("ok"_L1).toBool());
        QCOMPARE(table.value("row_count"_L1).toInt(), rows);
        const qsizetype tenantColumn = table.value("columns"_L1).toVariant().toStringList().indexOf(u"tenant_id"_s);
        QVERIFY(tenantColumn >= 0);
        QCOMPARE(table.value("rows"_L1).toArray().size(), rows);
        for (const QJsonValue &row : table.value("rows"_L1).toArray())
            QCOMPARE(row.toArray().at(tenantColumn).toString(), tenant);
    }

    void testAsTextAndErrors()
    {
        CliResult result = rls({u"test"_s, u"--role"_s, kAppRole, u"--set"_s, u"app.tenant_id="_s + kTenantB, u"--table"_s, u"invoices"_s,
                                u"--table"_s, u"tenants"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
        QVERIFY2(result.out.contains(u"public.invoices: rows visible: 2"_s), qPrintable(result.out));
        QVERIFY2(result.out.contains(u"public.tenants: rows visible: 3"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"bert"_s));
        QVERIFY(!result.out.contains(u"alice"_s));

        result = rls({u"test"_s, u"--role"_s, u"nobody"_s, u"--table"_s, u"invoices"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"nobody"_s));
        result = rls({u"test"_s, u"--role"_s, kAppRole, u"--set"_s, u"novalue"_s, u"--table"_s, u"invoices"_s});
        QCOMPARE(result.exitCode, 2);
        // Settings that would test another role, or lift the test's guards, are refused rather than applied.
        for (const QString &setting : {u"role=postgres"_s, u"SESSION_AUTHORIZATION=postgres"_s, u"statement_timeout=0"_s,
                                       u"transaction_read_only=off"_s}) {
            result = rls({u"test"_s, u"--role"_s, kAppRole, u"--set"_s, setting, u"--table"_s, u"invoices"_s});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(setting.section(u'=', 0, 0)), qPrintable(result.err));
        }
        result = rls({u"test"_s, u"--role"_s, kAppRole});
        QCOMPARE(result.exitCode, 2);
        result = rls({u"frobnicate"_s});
        QCOMPARE(result.exitCode, 2);
    }

private:
    CliResult rls(const QStringList &arguments)
    {
        QStringList all{u"rls"_s};
        all << arguments << u"--lab"_s << m_lab->dir() << u"--db"_s << kDatabase;
        return runPgversectl(all);
    }

    // pgversectl reads profiles and data folders: temporary ones, never the user's.
    IsolatedEnvironment m_environment;
    std::unique_ptr<TestLab> m_lab;
};

QTEST_GUILESS_MAIN(TestRlsCli)
#include "tst_rlscli.moc"
