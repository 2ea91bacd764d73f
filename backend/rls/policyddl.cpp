// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyddl.h"

#include "pg/pgsession.h"
#include "rlssqltext.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

SqlQuoter SqlQuoter::standard()
{
    SqlQuoter quoter;
    quoter.identifier = [](const QString &name) -> QString {
        QString quoted = name;
        quoted.replace(u'"', u"\"\""_s);
        return u'"' + quoted + u'"';
    };
    quoter.literal = [](const QString &text) -> QString {
        QString quoted = text;
        quoted.replace(u'\'', u"''"_s);
        // libpq writes E'…' with doubled backslashes when the text has any; both read back the same.
        if (quoted.contains(u'\\')) {
            quoted.replace(u'\\', u"\\\\"_s);
            return u" E'"_s + quoted + u'\'';
        }
        return u'\'' + quoted + u'\'';
    };
    return quoter;
}

SqlQuoter SqlQuoter::forSession(const PgSession &session)
{
    SqlQuoter quoter;
    quoter.identifier = [&session](const QString &name) { return session.quoteIdentifier(name); };
    quoter.literal = [&session](const QString &text) { return session.quoteLiteral(text); };
    return quoter;
}

PolicyDefinition PolicyDefinition::fromPolicy(const RlsPolicy &policy)
{
    return PolicyDefinition{policy.table, policy.name, policy.command, policy.permissive, policy.roles, policy.usingExpression,
                            policy.checkExpression};
}

QString RlsChange::title() const
{
    const QString on = table.displayName();
    switch (kind) {
    case Kind::CreatePolicies: {
        QStringList names;
        for (const PolicyDefinition &policy : policies)
            names << policy.name;
        return alsoEnableRowSecurity
                   ? QCoreApplication::translate("RlsChange", "Create policy %1 on %2 and enable row-level security").arg(names.join(u", "_s), on)
                   : QCoreApplication::translate("RlsChange", "Create policy %1 on %2").arg(names.join(u", "_s), on);
    }
    case Kind::AlterPolicy:
        return QCoreApplication::translate("RlsChange", "Change policy %1 on %2").arg(original.name, on);
    case Kind::RenamePolicy:
        return QCoreApplication::translate("RlsChange", "Rename policy %1 on %2 to %3").arg(original.name, on, newName);
    case Kind::DropPolicy:
        return QCoreApplication::translate("RlsChange", "Drop policy %1 on %2").arg(original.name, on);
    case Kind::SetRowSecurity:
        switch (rowSecurity) {
        case RowSecurityChange::Enable:
            return QCoreApplication::translate("RlsChange", "Enable row-level security on %1").arg(on);
        case RowSecurityChange::Disable:
            return QCoreApplication::translate("RlsChange", "Disable row-level security on %1").arg(on);
        case RowSecurityChange::Force:
            return QCoreApplication::translate("RlsChange", "Force row-level security on %1").arg(on);
        case RowSecurityChange::NoForce:
            return QCoreApplication::translate("RlsChange", "Stop forcing row-level security on %1").arg(on);
        }
    }
    return {};
}

namespace {

QString nameProblem(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return QCoreApplication::translate("PolicyDdl", "The %1 is empty.").arg(what);
    if (name.contains(QChar(0)))
        return QCoreApplication::translate("PolicyDdl", "The %1 contains a NUL character, which PostgreSQL names cannot hold.").arg(what);
    if (name.toUtf8().size() > kMaxIdentifierBytes)
        return QCoreApplication::translate("PolicyDdl", "The %1 is %2 bytes long; PostgreSQL keeps only the first %3 bytes of a name, "
                                                        "so it would not be the name you typed.")
            .arg(what)
            .arg(name.toUtf8().size())
            .arg(kMaxIdentifierBytes);
    return {};
}

QString rolesClause(const QStringList &roles, const SqlQuoter &quoter)
{
    if (roles.isEmpty())
        return u"PUBLIC"_s;
    QStringList quoted;
    for (const QString &role : roles)
        quoted << quoter.identifier(role);
    return quoted.join(u", "_s);
}

/// Appends "KEYWORD (expression)" to \a statement, recording where the expression sits.
void appendExpression(DdlStatement &statement, const QString &keyword, const QString &expression, ExpressionPart part)
{
    statement.sql += keyword + u" ("_s;
    statement.spans << DdlStatement::Span{part, statement.sql.size(), expression.size()};
    statement.sql += expression;
    // A trailing -- comment would swallow the closing parenthesis.
    statement.sql += endsInLineComment(expression) ? u"\n)"_s : u")"_s;
}

} // namespace

QStringList definitionProblems(const PolicyDefinition &definition)
{
    QStringList problems;
    if (const QString problem = nameProblem(definition.name, QCoreApplication::translate("PolicyDdl", "policy name")); !problem.isEmpty())
        problems << problem;
    if (!definition.table.isValid())
        problems << QCoreApplication::translate("PolicyDdl", "No table is chosen.");
    for (const QString &role : definition.roles) {
        if (const QString problem = nameProblem(role, QCoreApplication::translate("PolicyDdl", "role name")); !problem.isEmpty())
            problems << problem;
    }
    const bool hasUsing = !definition.usingExpression.trimmed().isEmpty();
    const bool hasCheck = !definition.checkExpression.trimmed().isEmpty();
    if (definition.command == PolicyCommand::Insert && hasUsing)
        problems << QCoreApplication::translate("PolicyDdl", "An INSERT policy takes only WITH CHECK: new rows have no existing row to test "
                                                             "with USING.");
    if ((definition.command == PolicyCommand::Select || definition.command == PolicyCommand::Delete) && hasCheck)
        problems << QCoreApplication::translate("PolicyDdl", "A %1 policy takes only USING: it writes no new rows to check.")
                        .arg(policyCommandKeyword(definition.command));
    if (!hasUsing && !hasCheck)
        problems << QCoreApplication::translate("PolicyDdl", "Give a USING or a WITH CHECK expression: a policy without either lets no "
                                                             "row through.");
    if (hasUsing) {
        if (const QString problem = checkPolicyExpression(definition.usingExpression); !problem.isEmpty())
            problems << u"USING: "_s + problem;
    }
    if (hasCheck) {
        if (const QString problem = checkPolicyExpression(definition.checkExpression); !problem.isEmpty())
            problems << u"WITH CHECK: "_s + problem;
    }
    return problems;
}

DdlStatement createPolicyStatement(const PolicyDefinition &definition, const SqlQuoter &quoter)
{
    DdlStatement statement;
    statement.table = quoter.table(definition.table);
    statement.sql = u"CREATE POLICY "_s + quoter.identifier(definition.name) + u" ON "_s + quoter.table(definition.table);
    statement.sql += definition.permissive ? u"\n    AS PERMISSIVE"_s : u"\n    AS RESTRICTIVE"_s;
    statement.sql += u"\n    FOR "_s + policyCommandKeyword(definition.command);
    statement.sql += u"\n    TO "_s + rolesClause(definition.roles, quoter);
    if (!definition.usingExpression.trimmed().isEmpty())
        appendExpression(statement, u"\n    USING"_s, definition.usingExpression, ExpressionPart::Using);
    if (!definition.checkExpression.trimmed().isEmpty())
        appendExpression(statement, u"\n    WITH CHECK"_s, definition.checkExpression, ExpressionPart::Check);
    return statement;
}

DdlStatement dropPolicyStatement(const RlsTableRef &table, const QString &name, const SqlQuoter &quoter)
{
    return DdlStatement{u"DROP POLICY "_s + quoter.identifier(name) + u" ON "_s + quoter.table(table), {}, {}};
}

DdlStatement renamePolicyStatement(const RlsTableRef &table, const QString &name, const QString &newName, const SqlQuoter &quoter)
{
    return DdlStatement{u"ALTER POLICY "_s + quoter.identifier(name) + u" ON "_s + quoter.table(table) + u" RENAME TO "_s
                            + quoter.identifier(newName),
                        {},
                        {}};
}

DdlStatement alterPolicyStatement(const RlsTableRef &table, const QString &name, const std::optional<QStringList> &roles,
                                  const QString &usingExpression, const QString &checkExpression, const SqlQuoter &quoter)
{
    DdlStatement statement;
    statement.table = quoter.table(table);
    statement.sql = u"ALTER POLICY "_s + quoter.identifier(name) + u" ON "_s + statement.table;
    if (roles)
        statement.sql += u"\n    TO "_s + rolesClause(*roles, quoter);
    if (!usingExpression.trimmed().isEmpty())
        appendExpression(statement, u"\n    USING"_s, usingExpression, ExpressionPart::Using);
    if (!checkExpression.trimmed().isEmpty())
        appendExpression(statement, u"\n    WITH CHECK"_s, checkExpression, ExpressionPart::Check);
    return statement;
}

DdlStatement rowSecurityStatement(const RlsTableRef &table, RowSecurityChange change, const SqlQuoter &quoter)
{
    QString action;
    switch (change) {
    case RowSecurityChange::Enable:
        action = u"ENABLE"_s;
        break;
    case RowSecurityChange::Disable:
        action = u"DISABLE"_s;
        break;
    case RowSecurityChange::Force:
        action = u"FORCE"_s;
        break;
    case RowSecurityChange::NoForce:
        action = u"NO FORCE"_s;
        break;
    }
    return DdlStatement{u"ALTER TABLE "_s + quoter.table(table) + u' ' + action + u" ROW LEVEL SECURITY"_s, {}, {}};
}

std::optional<QList<DdlStatement>> buildDdl(const RlsChange &change, const SqlQuoter &quoter, QString *error)
{
    auto refuse = [error](const QString &message) -> std::optional<QList<DdlStatement>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QList<DdlStatement> statements;
    switch (change.kind) {
    case RlsChange::Kind::CreatePolicies:
        if (change.policies.isEmpty())
            return refuse(QCoreApplication::translate("PolicyDdl", "No policy to create."));
        for (const PolicyDefinition &policy : change.policies) {
            if (const QStringList problems = definitionProblems(policy); !problems.isEmpty())
                return refuse(problems.join(u'\n'));
            statements << createPolicyStatement(policy, quoter);
        }
        if (change.alsoEnableRowSecurity)
            statements << rowSecurityStatement(change.policies.first().table, RowSecurityChange::Enable, quoter);
        break;
    case RlsChange::Kind::AlterPolicy: {
        if (change.policies.size() != 1)
            return refuse(QCoreApplication::translate("PolicyDdl", "A change needs exactly one new definition."));
        const PolicyDefinition &before = change.original;
        const PolicyDefinition &after = change.policies.first();
        if (const QStringList problems = definitionProblems(after); !problems.isEmpty())
            return refuse(problems.join(u'\n'));
        if (!(after.table == before.table))
            return refuse(QCoreApplication::translate("PolicyDdl", "A policy cannot move to another table."));
        // ALTER POLICY cannot change the command or the kind, nor remove an expression: those are a drop and a create
        // (in the same transaction, so nobody sees the table without the policy).
        const bool recreate = after.command != before.command || after.permissive != before.permissive
            || (after.usingExpression.trimmed().isEmpty() && !before.usingExpression.trimmed().isEmpty())
            || (after.checkExpression.trimmed().isEmpty() && !before.checkExpression.trimmed().isEmpty());
        if (recreate) {
            statements << dropPolicyStatement(before.table, before.name, quoter) << createPolicyStatement(after, quoter);
            break;
        }
        if (after.name != before.name)
            statements << renamePolicyStatement(before.table, before.name, after.name, quoter);
        const bool rolesChanged = after.roles != before.roles;
        const QString usingChange = after.usingExpression != before.usingExpression ? after.usingExpression : QString();
        const QString checkChange = after.checkExpression != before.checkExpression ? after.checkExpression : QString();
        if (rolesChanged || !usingChange.isEmpty() || !checkChange.isEmpty()) {
            statements << alterPolicyStatement(after.table, after.name, rolesChanged ? std::optional<QStringList>(after.roles) : std::nullopt,
                                               usingChange, checkChange, quoter);
        }
        if (statements.isEmpty())
            return refuse(QCoreApplication::translate("PolicyDdl", "Nothing changed."));
        break;
    }
    case RlsChange::Kind::RenamePolicy:
        if (const QString problem = nameProblem(change.newName, QCoreApplication::translate("PolicyDdl", "new policy name")); !problem.isEmpty())
            return refuse(problem);
        if (change.newName == change.original.name)
            return refuse(QCoreApplication::translate("PolicyDdl", "Nothing changed."));
        statements << renamePolicyStatement(change.original.table, change.original.name, change.newName, quoter);
        break;
    case RlsChange::Kind::DropPolicy:
        statements << dropPolicyStatement(change.original.table, change.original.name, quoter);
        break;
    case RlsChange::Kind::SetRowSecurity:
        if (!change.table.isValid())
            return refuse(QCoreApplication::translate("PolicyDdl", "No table is chosen."));
        statements << rowSecurityStatement(change.table, change.rowSecurity, quoter);
        break;
    }
    return statements;
}

QString ddlScript(const QList<DdlStatement> &statements)
{
    QString script;
    for (const DdlStatement &statement : statements)
        script += statement.sql + u";\n"_s;
    return script;
}

QString tenantCondition(const QString &column, const QString &columnType, const QString &setting, const SqlQuoter &quoter)
{
    // NULLIF: a setting once set and then reset reads as '' rather than NULL, and ''::uuid is an error.
    QString value = u"NULLIF(current_setting("_s + quoter.literal(setting).trimmed() + u", true), '')"_s;
    const QString type = columnType.trimmed();
    const bool textual = type.isEmpty() || type == u"text" || type.startsWith(u"character varying") || type == u"name";
    if (!textual)
        value = u'(' + value + u")::"_s + type;
    return quoter.identifier(column) + u" = "_s + value;
}

QList<PolicyDefinition> policiesFromTemplate(PolicyTemplate kind, const TemplateParameters &parameters, const SqlQuoter &quoter)
{
    const QString own = quoter.identifier(parameters.column) + u" = current_user"_s;
    switch (kind) {
    case PolicyTemplate::TenantIsolation: {
        const QString condition = tenantCondition(parameters.column, parameters.columnType, parameters.setting, quoter);
        return {PolicyDefinition{parameters.table, u"tenant_isolation"_s, PolicyCommand::All, true, parameters.roles, condition, condition}};
    }
    case PolicyTemplate::OwnerOnly:
        return {PolicyDefinition{parameters.table, u"owner_only"_s, PolicyCommand::All, true, parameters.roles, own, own}};
    case PolicyTemplate::ReadAllWriteOwn:
        // SELECT sees the OR of both policies (everything); INSERT, UPDATE and DELETE only meet write_own.
        return {PolicyDefinition{parameters.table, u"read_all"_s, PolicyCommand::Select, true, parameters.roles, u"true"_s, {}},
                PolicyDefinition{parameters.table, u"write_own"_s, PolicyCommand::All, true, parameters.roles, own, own}};
    }
    return {};
}

} // namespace pgv
