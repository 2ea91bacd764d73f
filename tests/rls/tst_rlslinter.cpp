// SPDX-License-Identifier: GPL-3.0-or-later
// Every lint on a hand-built catalogue: silent on a correct multi-tenant schema, firing on each crafted mistake
// (tst_rlsserver does the same on a real server).
#include "rls/rlslinter.h"
#include "rlsfixtures.h"

#include <QJsonObject>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace pgv;
using namespace pgv::test;

using Mutation = std::function<void(RlsCatalog &)>;
Q_DECLARE_METATYPE(Mutation)

namespace {

QStringList problemCodes(const QList<RlsLint> &lints)
{
    QStringList codes;
    for (const RlsLint &lint : lints) {
        if (lint.severity != LintSeverity::Info)
            codes << lint.code;
    }
    return codes;
}

RlsPolicy &tenantPolicy(RlsCatalog &catalog)
{
    return catalog.policies.first();
}

RlsTable &invoices(RlsCatalog &catalog)
{
    return catalog.tables[1];
}

} // namespace

class TestRlsLinter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void correctSchemaIsSilent()
    {
        const QList<RlsLint> lints = lintRls(goodCatalog(), SqlQuoter::standard());
        QVERIFY2(problemCodes(lints).isEmpty(), qPrintable(problemCodes(lints).join(u", "_s)));
        // The bootstrap superuser is in every cluster: worth knowing, not a problem.
        QCOMPARE(lints.size(), 1);
        QCOMPARE(lints.first().code, u"login_role_bypasses_rls"_s);
        QCOMPARE(lints.first().severity, LintSeverity::Info);
    }

    void eachMistakeIsFound_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QString>("fix");

        QTest::newRow("no policy") << Mutation([](RlsCatalog &c) { c.policies.clear(); }) << QStringList{u"rls_enabled_no_policy"_s}
                                   << u"CREATE POLICY \"tenant_isolation\" ON \"public\".\"invoices\""_s;
        QTest::newRow("rls off") << Mutation([](RlsCatalog &c) { invoices(c).rlsEnabled = false; }) << QStringList{u"policies_rls_disabled"_s}
                                 << u"ALTER TABLE \"public\".\"invoices\" ENABLE ROW LEVEL SECURITY;"_s;
        QTest::newRow("owner logs in") << Mutation([](RlsCatalog &c) {
            invoices(c).rlsForced = false;
            c.roles[2].canLogin = true;
        }) << QStringList{u"owner_not_forced"_s} << u"ALTER TABLE \"public\".\"invoices\" FORCE ROW LEVEL SECURITY;"_s;
        QTest::newRow("bypassrls login") << Mutation([](RlsCatalog &c) { c.roles[0].bypassRls = true; })
                                         << QStringList{u"login_role_bypasses_rls"_s} << u"ALTER ROLE \"app\" NOBYPASSRLS;"_s;
        QTest::newRow("using true for all") << Mutation([](RlsCatalog &c) {
            tenantPolicy(c).usingExpression = u"true"_s;
            tenantPolicy(c).usingTree.clear();
        }) << QStringList{u"permissive_using_true"_s}
                                            << u"ALTER POLICY \"tenant_isolation\" ON \"public\".\"invoices\"\n    USING (\"tenant_id\" = "_s;
        QTest::newRow("check lets rows move") << Mutation([](RlsCatalog &c) { tenantPolicy(c).checkExpression = u"true"_s; })
                                              << QStringList{u"update_check_differs"_s} << u"WITH CHECK ((tenant_id = (NULLIF("_s;
        QTest::newRow("current_setting without missing_ok") << Mutation([](RlsCatalog &c) {
            tenantPolicy(c).usingExpression = kUnsafeTenantText;
            tenantPolicy(c).usingTree = kUnsafeTenantTree;
        }) << QStringList{u"current_setting_unsafe"_s}
                                                            << u"USING ((tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), "
                                                               "''::text))::uuid));"_s;
        QTest::newRow("leaky calls") << Mutation([](RlsCatalog &c) {
            tenantPolicy(c).usingExpression = kLeakyText;
            tenantPolicy(c).usingTree = kLeakyTree;
        }) << QStringList{u"leaky_function"_s, u"leaky_function"_s}
                                     << u"ALTER FUNCTION \"pg_catalog\".\"lower\"(text) LEAKPROOF;"_s;
        QTest::newRow("view runs as its owner") << Mutation([](RlsCatalog &c) { c.views.first().securityInvoker = false; })
                                                << QStringList{u"view_not_security_invoker"_s}
                                                << u"ALTER VIEW \"public\".\"my_invoices\" SET (security_invoker = true);"_s;
        QTest::newRow("no index on tenant_id") << Mutation([](RlsCatalog &c) { c.indexes.clear(); })
                                               << QStringList{u"policy_column_unindexed"_s}
                                               << u"CREATE INDEX CONCURRENTLY ON \"public\".\"invoices\" (\"tenant_id\");"_s;
        QTest::newRow("partial index does not count") << Mutation([](RlsCatalog &c) { c.indexes.first().partial = true; })
                                                      << QStringList{u"policy_column_unindexed"_s} << u"CREATE INDEX"_s;
        QTest::newRow("old minor release") << Mutation([](RlsCatalog &c) {
            c.serverVersionNum = 150002;
            c.serverVersion = u"15.2"_s;
        }) << QStringList{u"server_cve"_s, u"server_cve"_s}
                                           << u"-- Install PostgreSQL"_s;
    }
    void eachMistakeIsFound()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QStringList, codes);
        QFETCH(QString, fix);
        RlsCatalog catalog = goodCatalog();
        mutation(catalog);
        const QList<RlsLint> lints = lintRls(catalog, SqlQuoter::standard());
        QCOMPARE(problemCodes(lints), codes);
        bool fixFound = false;
        for (const RlsLint &lint : lints) {
            QVERIFY(!lint.message.isEmpty());
            QVERIFY(!lint.fix.isEmpty());
            fixFound = fixFound || lint.fix.contains(fix);
        }
        QVERIFY2(fixFound, qPrintable(lints.first().fix));
    }

    void aComparisonWithAConstantNeedsNoIndex()
    {
        // amount > 0 AND tenant_id IN (…): tenant_id is indexed, amount is compared with a constant only. An index on
        // amount would not separate tenants, so its absence is no finding.
        RlsCatalog catalog = goodCatalog();
        tenantPolicy(catalog).usingTree = kSubqueryTree;
        QCOMPARE(problemCodes(lintRls(catalog, SqlQuoter::standard())), QStringList());
        catalog.indexes.clear();
        const QList<RlsLint> lints = lintRls(catalog, SqlQuoter::standard());
        QCOMPARE(problemCodes(lints), QStringList{u"policy_column_unindexed"_s});
        QVERIFY(lints.first().fix.endsWith(u"(\"tenant_id\");"_s));
    }

    void viewOwnerWhoBypassesIsAnError()
    {
        RlsCatalog catalog = goodCatalog();
        catalog.views.first().securityInvoker = false;
        catalog.views.first().owner = u"postgres"_s;
        const QList<RlsLint> lints = lintRls(catalog, SqlQuoter::standard());
        QCOMPARE(lints.first().code, u"view_not_security_invoker"_s);
        QCOMPARE(lints.first().severity, LintSeverity::Error);
        QVERIFY(lints.first().message.contains(u"postgres bypasses them"_s));
    }

    void restrictivePolicyMakesUsingTrueSafe()
    {
        // The restrictive pattern: a permissive "true" opens the table, a restrictive policy narrows it.
        RlsCatalog catalog = goodCatalog();
        RlsPolicy &policy = tenantPolicy(catalog);
        policy.permissive = false;
        RlsPolicy open;
        open.table = kInvoicesRef;
        open.name = u"open"_s;
        open.usingExpression = u"true"_s;
        catalog.policies << open;
        QVERIFY(problemCodes(lintRls(catalog, SqlQuoter::standard())).isEmpty());
    }

    void cveVersions_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("cves");
        QTest::addColumn<QStringList>("fixedIn");
        const QString both2455 = u"CVE-2023-2455"_s;
        const QString both8713 = u"CVE-2025-8713"_s;
        QTest::newRow("15.2") << 150002 << QStringList{both2455, both8713} << QStringList{u"15.3"_s, u"15.14"_s};
        QTest::newRow("15.3") << 150003 << QStringList{both8713} << QStringList{u"15.14"_s};
        QTest::newRow("15.14") << 150014 << QStringList{} << QStringList{};
        QTest::newRow("14.7") << 140007 << QStringList{both2455, both8713} << QStringList{u"14.8"_s, u"14.19"_s};
        QTest::newRow("14.19") << 140019 << QStringList{} << QStringList{};
        QTest::newRow("13.10") << 130010 << QStringList{both2455, both8713} << QStringList{u"13.11"_s, u"13.22"_s};
        QTest::newRow("13.21") << 130021 << QStringList{both8713} << QStringList{u"13.22"_s};
        QTest::newRow("16.0") << 160000 << QStringList{both8713} << QStringList{u"16.10"_s};
        QTest::newRow("16.10") << 160010 << QStringList{} << QStringList{};
        QTest::newRow("17.5") << 170005 << QStringList{both8713} << QStringList{u"17.6"_s};
        QTest::newRow("17.6") << 170006 << QStringList{} << QStringList{};
        QTest::newRow("18.0") << 180000 << QStringList{} << QStringList{};
        QTest::newRow("12.15 (no fix for 8713)") << 120015 << QStringList{both8713} << QStringList{QString()};
        QTest::newRow("12.14") << 120014 << QStringList{both2455, both8713} << QStringList{u"12.15"_s, QString()};
        QTest::newRow("9.6.24") << 90624 << QStringList{both2455, both8713} << QStringList{QString(), QString()};
    }
    void cveVersions()
    {
        QFETCH(int, version);
        QFETCH(QStringList, cves);
        QFETCH(QStringList, fixedIn);
        QStringList ids;
        QStringList fixes;
        for (const KnownCve &cve : rlsCvesAffecting(version)) {
            ids << cve.id;
            fixes << cve.fixedIn;
        }
        QCOMPARE(ids, cves);
        QCOMPARE(fixes, fixedIn);
    }

    void safeSettingRewrites_data()
    {
        QTest::addColumn<QString>("printed");
        QTest::addColumn<QString>("safe");
        QTest::newRow("missing_ok and NULLIF") << kUnsafeTenantText
                                               << u"(tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)"_s;
        QTest::newRow("already safe") << kSafeTenantText << kSafeTenantText;
        QTest::newRow("explicit false") << u"(owner = current_setting('app.user'::text, false))"_s
                                        << u"(owner = current_setting('app.user'::text, true))"_s;
        QTest::newRow("quote in the name") << u"(x = (current_setting('it''s'::text))::integer)"_s
                                           << u"(x = (NULLIF(current_setting('it''s'::text, true), ''::text))::integer)"_s;
    }
    void safeSettingRewrites()
    {
        QFETCH(QString, printed);
        QFETCH(QString, safe);
        QCOMPARE(safeSettingExpression(printed), safe);
    }

    void jsonShape()
    {
        RlsCatalog catalog = goodCatalog();
        catalog.indexes.clear();
        const QList<RlsLint> lints = lintRls(catalog, SqlQuoter::standard());
        const QJsonObject item = lintToJson(lints.first());
        QCOMPARE(item.keys(), (QStringList{u"code"_s, u"fix"_s, u"message"_s, u"policy"_s, u"severity"_s, u"table"_s}));
        QCOMPARE(item.value("severity"_L1).toString(), u"warning"_s);
        QCOMPARE(item.value("table"_L1).toString(), u"public.invoices"_s);
        QVERIFY(item.value("policy"_L1).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRlsLinter)
#include "tst_rlslinter.moc"
