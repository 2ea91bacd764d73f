// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlslinter.h"

#include "core/jsonnulls.h"
#include "policyexpression.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

QString lintSeverityName(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Info:
        return u"info"_s;
    case LintSeverity::Warning:
        return u"warning"_s;
    case LintSeverity::Error:
        return u"error"_s;
    }
    return {};
}

QList<KnownCve> rlsCvesAffecting(int serverVersionNum)
{
    struct Fix
    {
        const char *id;
        int firstUnaffectedMajor;
        QList<std::pair<int, int>> fixes; // major, first fixed minor
        const char *summary;
    };
    static const QList<Fix> known{
        {"CVE-2023-2455", 16, {{15, 3}, {14, 8}, {13, 11}, {12, 15}, {11, 20}},
         QT_TRANSLATE_NOOP("RlsLinter", "a cached plan can apply the policies of the role it was planned for to another role "
                                        "(after SET ROLE or in a SECURITY DEFINER function), allowing reads and changes the policies "
                                        "forbid.")},
        {"CVE-2025-8713", 18, {{17, 6}, {16, 10}, {15, 14}, {14, 19}, {13, 22}},
         QT_TRANSLATE_NOOP("RlsLinter", "a leaky operator can read optimizer statistics (most common values, histograms) of rows that "
                                        "row-level security hides in partitioned and inheritance trees, and of views the user cannot "
                                        "read.")},
    };
    // 150002 is 15.2; before version 10, 90624 was 9.6.24 (the major had two parts), and 9.x is older than any fix.
    const int major = serverVersionNum >= 100000 ? serverVersionNum / 10000 : 0;
    const int minor = serverVersionNum >= 100000 ? serverVersionNum % 100 : 0;
    QList<KnownCve> result;
    for (const Fix &fix : known) {
        if (major >= fix.firstUnaffectedMajor)
            continue;
        QString fixedIn;
        bool affected = true;
        for (const auto &[fixMajor, fixMinor] : fix.fixes) {
            if (fixMajor == major) {
                fixedIn = u"%1.%2"_s.arg(fixMajor).arg(fixMinor);
                affected = minor < fixMinor;
            }
        }
        if (affected)
            result << KnownCve{QString::fromLatin1(fix.id), fixedIn, QCoreApplication::translate("RlsLinter", fix.summary)};
    }
    return result;
}

QString safeSettingExpression(const QString &printed)
{
    static const QRegularExpression withoutMissingOk(uR"(current_setting\(('(?:[^']|'')*'(?:::text)?)(?:, false)?\))"_s);
    static const QRegularExpression castWithoutNullif(uR"(\((current_setting\('(?:[^']|'')*'(?:::text)?, true\))\)::)"_s);
    QString safe = printed;
    safe.replace(withoutMissingOk, u"current_setting(\\1, true)"_s);
    safe.replace(castWithoutNullif, u"(NULLIF(\\1, ''::text))::"_s);
    return safe;
}

namespace {

bool isTenantColumn(const QString &name)
{
    const QString lower = name.toLower();
    return lower == u"tenant_id" || lower.endsWith(u"_tenant_id") || lower == u"tenant";
}

bool isOwnerColumn(const QString &name)
{
    const QString lower = name.toLower();
    return lower == u"owner" || lower == u"owner_name" || lower == u"user_name" || lower == u"username" || lower == u"created_by";
}

const RlsColumn *guessColumn(const RlsTable *table, bool (*matches)(const QString &))
{
    if (!table)
        return nullptr;
    for (const RlsColumn &column : table->columns) {
        if (matches(column.name))
            return &column;
    }
    return nullptr;
}

/// Whether \a role sees past \a table's policies: superusers, BYPASSRLS, and the owner unless FORCE is on.
bool bypasses(const RlsCatalog &catalog, const QString &roleName, const RlsTable &table)
{
    const RlsRole *role = catalog.role(roleName);
    return (role && role->bypassesRls()) || (roleName == table.owner && !table.rlsForced);
}

class Linter
{
public:
    Linter(const RlsCatalog &catalog, const SqlQuoter &quoter) : m_catalog(catalog), m_quote(quoter) {}

    QList<RlsLint> run()
    {
        for (const RlsTable &table : m_catalog.tables) {
            m_usesRls = m_usesRls || table.rlsEnabled;
            lintTable(table);
        }
        m_usesRls = m_usesRls || !m_catalog.policies.isEmpty();
        for (const RlsPolicy &policy : m_catalog.policies)
            lintPolicy(policy);
        lintRoles();
        lintViews();
        lintServer();
        std::stable_sort(m_lints.begin(), m_lints.end(), [](const RlsLint &a, const RlsLint &b) { return a.severity > b.severity; });
        return m_lints;
    }

private:
    void add(LintSeverity severity, const QString &code, const RlsTableRef &table, const QString &policy, const QString &message,
             const QString &fix)
    {
        m_lints << RlsLint{severity, code, table, policy, message, fix};
    }

    /// A policy that would do for a table that has none: tenant isolation when a tenant column is there.
    QString suggestedPolicy(const RlsTable &table) const
    {
        TemplateParameters parameters;
        parameters.table = table.ref;
        if (const RlsColumn *tenant = guessColumn(&table, isTenantColumn)) {
            parameters.column = tenant->name;
            parameters.columnType = tenant->type;
            return createPolicyStatement(policiesFromTemplate(PolicyTemplate::TenantIsolation, parameters, m_quote).constFirst(), m_quote).sql + u';';
        }
        if (const RlsColumn *owner = guessColumn(&table, isOwnerColumn)) {
            parameters.column = owner->name;
            return createPolicyStatement(policiesFromTemplate(PolicyTemplate::OwnerOnly, parameters, m_quote).constFirst(), m_quote).sql + u';';
        }
        const PolicyDefinition placeholder{table.ref, table.ref.name + u"_access"_s, PolicyCommand::All, true, {},
                                           u"false /* which rows may each role see? */"_s, {}};
        return QCoreApplication::translate("RlsLinter", "-- Say which rows each role may see, for example:") + u'\n' + createPolicyStatement(placeholder, m_quote).sql + u';';
    }

    void lintTable(const RlsTable &table)
    {
        const QList<RlsPolicy> policies = m_catalog.policiesOf(table.ref);
        const QString name = table.ref.displayName();
        if (table.rlsEnabled && policies.isEmpty()) {
            add(LintSeverity::Warning, u"rls_enabled_no_policy"_s, table.ref, {},
                QCoreApplication::translate("RlsLinter", "Row-level security is on for %1 but it has no policy, so everyone except its owner and roles that bypass "
                          "RLS sees no rows and can change none (default deny).")
                    .arg(name),
                suggestedPolicy(table));
        }
        if (!table.rlsEnabled && !policies.isEmpty()) {
            add(LintSeverity::Error, u"policies_rls_disabled"_s, table.ref, {},
                QCoreApplication::translate("RlsLinter", "%1 has %n policy(ies) but row-level security is off: the policies are ignored and every role with access "
                          "to the table sees and changes every row.", nullptr, int(policies.size()))
                    .arg(name),
                rowSecurityStatement(table.ref, RowSecurityChange::Enable, m_quote).sql + u';');
        }
        const RlsRole *owner = m_catalog.role(table.owner);
        if (table.rlsEnabled && !table.rlsForced && !policies.isEmpty() && owner && owner->canLogin && !owner->bypassesRls()) {
            add(LintSeverity::Warning, u"owner_not_forced"_s, table.ref, {},
                QCoreApplication::translate("RlsLinter", "The owner of %1, %2, can log in and is not subject to the table's policies because FORCE ROW LEVEL "
                          "SECURITY is off: an application connecting as %2 sees and changes every tenant's rows.")
                    .arg(name, table.owner),
                rowSecurityStatement(table.ref, RowSecurityChange::Force, m_quote).sql + u';');
        }
        if (table.rlsEnabled)
            lintIndexes(table, policies);
    }

    void lintIndexes(const RlsTable &table, const QList<RlsPolicy> &policies)
    {
        QList<int> filtered;
        for (const RlsPolicy &policy : policies) {
            const ExpressionFacts facts = analyzePolicyExpression(policy.usingTree);
            for (int column : facts.filteredColumns) {
                if (!filtered.contains(column))
                    filtered << column;
            }
        }
        std::sort(filtered.begin(), filtered.end());
        const QList<RlsIndex> indexes = m_catalog.indexesOf(table.ref);
        for (int number : std::as_const(filtered)) {
            const bool indexed = std::any_of(indexes.begin(), indexes.end(), [number](const RlsIndex &index) {
                return index.valid && !index.partial && !index.columns.isEmpty() && index.columns.first() == number;
            });
            const RlsColumn *column = table.column(number);
            if (indexed || !column)
                continue;
            add(LintSeverity::Warning, u"policy_column_unindexed"_s, table.ref, {},
                QCoreApplication::translate("RlsLinter", "The policies of %1 filter on %2, but no index starts with that column: every query reads the whole table "
                          "and then drops the other tenants' rows.")
                    .arg(table.ref.displayName(), column->name),
                u"CREATE INDEX %1ON %2 (%3);"_s.arg(table.partitioned ? QString() : u"CONCURRENTLY "_s, m_quote.table(table.ref),
                                                    m_quote.identifier(column->name)));
        }
    }

    bool restrictiveCovers(const RlsPolicy &policy, PolicyCommand command, const QString &condition = {}) const
    {
        for (const RlsPolicy &other : m_catalog.policies) {
            if (other.permissive || !(other.table == policy.table) || !other.coversCommand(command))
                continue;
            const QString effectiveCheck = other.checkExpression.isEmpty() ? other.usingExpression : other.checkExpression;
            if (condition.isEmpty() || effectiveCheck == condition)
                return true;
        }
        return false;
    }

    void lintPolicy(const RlsPolicy &policy)
    {
        const RlsTable *table = m_catalog.table(policy.table);
        const QString where = QCoreApplication::translate("RlsLinter", "Policy %1 on %2").arg(policy.name, policy.table.displayName());
        if (policy.permissive && policy.usingExpression == u"true" && policy.command != PolicyCommand::Insert
            && !restrictiveCovers(policy, policy.command)) {
            const bool readOnly = policy.command == PolicyCommand::Select;
            QString fix;
            if (const RlsColumn *tenant = guessColumn(table, isTenantColumn)) {
                fix = alterPolicyStatement(policy.table, policy.name, std::nullopt,
                                           tenantCondition(tenant->name, tenant->type, u"app.tenant_id"_s, m_quote), {}, m_quote)
                          .sql
                    + u';';
            } else {
                fix = QCoreApplication::translate("RlsLinter", "-- Narrow it with ALTER POLICY … USING (…), or remove it:") + u'\n'
                    + dropPolicyStatement(policy.table, policy.name, m_quote).sql + u';';
            }
            add(readOnly ? LintSeverity::Warning : LintSeverity::Error, u"permissive_using_true"_s, policy.table, policy.name,
                QCoreApplication::translate("RlsLinter", "%1 is permissive with USING (true): it lets %2 %3 every row, whatever the other policies say (permissive "
                          "policies are ORed). Fine for shared reference data, a leak for per-tenant rows.")
                    .arg(where, policy.roles.isEmpty() ? u"PUBLIC"_s : policy.roles.join(u", "_s), policyCommandKeyword(policy.command)),
                fix);
        }
        if (policy.permissive && (policy.command == PolicyCommand::All || policy.command == PolicyCommand::Update)
            && !policy.usingExpression.isEmpty() && !policy.checkExpression.isEmpty() && policy.checkExpression != policy.usingExpression
            && !restrictiveCovers(policy, PolicyCommand::Update, policy.usingExpression)) {
            add(LintSeverity::Warning, u"update_check_differs"_s, policy.table, policy.name,
                QCoreApplication::translate("RlsLinter", "%1 updates rows that match USING (%2) but accepts them afterwards when they match WITH CHECK (%3): an UPDATE "
                          "can move a row out of what USING shows, for example to another tenant.")
                    .arg(where, policy.usingExpression, policy.checkExpression),
                alterPolicyStatement(policy.table, policy.name, std::nullopt, {}, policy.usingExpression, m_quote).sql + u';');
        }
        const ExpressionFacts usingFacts = analyzePolicyExpression(policy.usingTree);
        const ExpressionFacts checkFacts = analyzePolicyExpression(policy.checkTree);
        lintSettings(policy, where, usingFacts, checkFacts);
        lintLeaks(policy, where, usingFacts.calls + checkFacts.calls);
    }

    bool isCurrentSetting(quint32 oid) const
    {
        const RlsFunction *function = m_catalog.function(oid);
        return function && function->name == u"current_setting" && function->schema == u"pg_catalog";
    }

    void lintSettings(const RlsPolicy &policy, const QString &where, const ExpressionFacts &usingFacts, const ExpressionFacts &checkFacts)
    {
        QStringList problems;
        for (const ExpressionCall &call : usingFacts.calls + checkFacts.calls) {
            if (call.kind != ExpressionCall::Kind::Function || !isCurrentSetting(call.function))
                continue;
            if (!call.secondArgumentTrue) {
                const QString problem = QCoreApplication::translate("RlsLinter", "current_setting() without missing_ok = true raises an error in every session that has "
                                                  "not set the setting, instead of showing no rows");
                if (!problems.contains(problem))
                    problems << problem;
            }
            if (call.castTo != 0) {
                const RlsType *type = m_catalog.type(call.castTo);
                const QString problem = QCoreApplication::translate("RlsLinter", "its value is cast to %1 without NULLIF(…, ''): a setting that was set and then reset "
                                                  "reads as '', and the cast fails")
                                            .arg(type ? type->name : QString::number(call.castTo));
                if (!problems.contains(problem))
                    problems << problem;
            }
        }
        if (problems.isEmpty())
            return;
        const QString safeUsing = safeSettingExpression(policy.usingExpression);
        const QString safeCheck = safeSettingExpression(policy.checkExpression);
        add(LintSeverity::Warning, u"current_setting_unsafe"_s, policy.table, policy.name, where + u": "_s + problems.join(u"; "_s) + u'.',
            alterPolicyStatement(policy.table, policy.name, std::nullopt, safeUsing != policy.usingExpression ? safeUsing : QString(),
                                 safeCheck != policy.checkExpression ? safeCheck : QString(), m_quote)
                    .sql
                + u';');
    }

    void lintLeaks(const RlsPolicy &policy, const QString &where, const QList<ExpressionCall> &calls)
    {
        QSet<QString> reported;
        for (const ExpressionCall &call : calls) {
            if (!call.receivesColumns)
                continue;
            QString label;
            QString fix;
            if (call.kind == ExpressionCall::Kind::IoCast) {
                const RlsType *source = m_catalog.type(call.sourceType);
                const RlsType *target = m_catalog.type(call.targetType);
                const RlsFunction *output = source ? m_catalog.function(source->output) : nullptr;
                const RlsFunction *input = target ? m_catalog.function(target->input) : nullptr;
                if ((!output || output->leakproof) && (!input || input->leakproof))
                    continue;
                label = QCoreApplication::translate("RlsLinter", "the cast to %1").arg(target ? target->name : QString::number(call.targetType));
                fix = QCoreApplication::translate("RlsLinter", "-- Compare the column in its own type and cast the constant side instead, for example:\n"
                                "-- tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid");
            } else {
                const RlsOperator *op = call.kind == ExpressionCall::Kind::Operator ? m_catalog.op(call.op) : nullptr;
                const quint32 functionOid = call.function != 0 ? call.function : (op ? op->function : 0);
                const RlsFunction *function = m_catalog.function(functionOid);
                if (!function || function->leakproof)
                    continue;
                label = op ? QCoreApplication::translate("RlsLinter", "the operator %1 (%2)").arg(op->name, function->signature()) : function->signature();
                fix = QCoreApplication::translate("RlsLinter", "-- Only if %1 can never raise an error or notice that shows its arguments (a superuser must do this):")
                          .arg(function->signature())
                    + u"\nALTER FUNCTION "_s + m_quote.identifier(function->schema) + u'.' + m_quote.identifier(function->name) + u'('
                    + function->arguments + u") LEAKPROOF;"_s;
            }
            if (reported.contains(label))
                continue;
            reported.insert(label);
            add(LintSeverity::Warning, u"leaky_function"_s, policy.table, policy.name,
                QCoreApplication::translate("RlsLinter", "%1 passes column values to %2, which is not LEAKPROOF. The policy runs it on every row, including the rows it "
                          "then hides: an error or notice it raises can show another tenant's values (a failed cast prints the value).")
                    .arg(where, label),
                fix);
        }
    }

    void lintRoles()
    {
        if (!m_usesRls)
            return;
        for (const RlsRole &role : m_catalog.roles) {
            if (!role.canLogin || !role.bypassesRls())
                continue;
            const QString quoted = m_quote.identifier(role.name);
            if (role.superuser) {
                add(LintSeverity::Info, u"login_role_bypasses_rls"_s, {}, {},
                    QCoreApplication::translate("RlsLinter", "%1 is a superuser that can log in: it sees every row whatever the policies say. Make sure no "
                              "application connects as %1.")
                        .arg(role.name),
                    QCoreApplication::translate("RlsLinter", "-- Applications should log in as a role without SUPERUSER; if %1 is one's:").arg(role.name)
                        + u"\n-- ALTER ROLE "_s + quoted + u" NOSUPERUSER;"_s);
            } else {
                add(LintSeverity::Warning, u"login_role_bypasses_rls"_s, {}, {},
                    QCoreApplication::translate("RlsLinter", "%1 can log in and has BYPASSRLS: every policy is ignored for it, in every table.").arg(role.name),
                    u"ALTER ROLE "_s + quoted + u" NOBYPASSRLS;"_s);
            }
        }
    }

    void lintViews()
    {
        for (const RlsView &view : m_catalog.views) {
            if (view.securityInvoker || view.tables.isEmpty())
                continue;
            bool ownerBypasses = false;
            QStringList names;
            for (const RlsTableRef &ref : view.tables) {
                names << ref.displayName();
                if (const RlsTable *table = m_catalog.table(ref))
                    ownerBypasses = ownerBypasses || bypasses(m_catalog, view.owner, *table);
            }
            QString message = QCoreApplication::translate("RlsLinter", "The view %1 reads %2 with the rights of its owner %3, not of the user querying it: the "
                                        "policies are applied for %3.")
                                  .arg(view.ref.displayName(), names.join(u", "_s), view.owner);
            if (ownerBypasses)
                message += u' ' + QCoreApplication::translate("RlsLinter", "%1 bypasses them, so everyone who may read the view sees every row.").arg(view.owner);
            const QString fix = m_catalog.serverVersionNum >= 150000
                ? u"ALTER VIEW "_s + m_quote.table(view.ref) + u" SET (security_invoker = true);"_s
                : QCoreApplication::translate("RlsLinter", "-- PostgreSQL %1 has no security_invoker (it came in 15): let a role that is subject to the policies own "
                            "the view, or upgrade.")
                      .arg(m_catalog.serverVersionNum / 10000);
            add(ownerBypasses ? LintSeverity::Error : LintSeverity::Warning, u"view_not_security_invoker"_s, view.ref, {}, message, fix);
        }
    }

    void lintServer()
    {
        for (const KnownCve &cve : rlsCvesAffecting(m_catalog.serverVersionNum)) {
            const QString major = QString::number(m_catalog.serverVersionNum / 10000);
            QString message = QCoreApplication::translate("RlsLinter", "PostgreSQL %1 is affected by %2: %3").arg(m_catalog.serverVersion.section(u' ', 0, 0), cve.id, cve.summary);
            QString fix;
            if (cve.fixedIn.isEmpty()) {
                message += u' ' + QCoreApplication::translate("RlsLinter", "This major version gets no fix.");
                fix = QCoreApplication::translate("RlsLinter", "-- Upgrade to a supported major version of PostgreSQL (pg_upgrade or dump and restore).");
            } else {
                message += u' ' + QCoreApplication::translate("RlsLinter", "Fixed in %1.").arg(cve.fixedIn);
                fix = QCoreApplication::translate("RlsLinter", "-- Install PostgreSQL %1 or a later %2.x minor release and restart the server (no dump and restore needed).")
                          .arg(cve.fixedIn, major);
            }
            add(m_usesRls ? LintSeverity::Error : LintSeverity::Info, u"server_cve"_s, {}, {}, message, fix);
        }
    }

    const RlsCatalog &m_catalog;
    const SqlQuoter &m_quote;
    QList<RlsLint> m_lints;
    bool m_usesRls = false;
};

} // namespace

QList<RlsLint> lintRls(const RlsCatalog &catalog, const SqlQuoter &quoter)
{
    return Linter(catalog, quoter).run();
}

QJsonObject lintToJson(const RlsLint &lint)
{
    return QJsonObject{{"severity"_L1, lintSeverityName(lint.severity)},
                       {"code"_L1, lint.code},
                       {"table"_L1, lint.table.isValid() ? QJsonValue(lint.table.displayName()) : QJsonValue(QJsonValue::Null)},
                       {"policy"_L1, textOrNull(lint.policy)},
                       {"message"_L1, lint.message},
                       {"fix"_L1, lint.fix}};
}

} // namespace pgv
