// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rlscatalog.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <functional>
#include <optional>

namespace pgv {

class PgSession;

/// How identifiers and literals are quoted in generated SQL. With a connection, libpq does it (PQescapeIdentifier,
/// PQescapeLiteral); standard() gives the same text for UTF-8 with standard_conforming_strings, for previews and
/// lint fixes built before any connection exists.
struct SqlQuoter
{
    std::function<QString(const QString &)> identifier;
    std::function<QString(const QString &)> literal;

    static SqlQuoter standard();
    /// Quotes through \a session's connection; the session must outlive the quoter.
    static SqlQuoter forSession(const PgSession &session);
    QString table(const RlsTableRef &ref) const { return identifier(ref.schema) + u'.' + identifier(ref.name); }
};

/// A policy as the editor sees it: everything CREATE POLICY takes.
struct PolicyDefinition
{
    RlsTableRef table;
    QString name;
    PolicyCommand command = PolicyCommand::All;
    bool permissive = true;
    QStringList roles; // empty: PUBLIC
    QString usingExpression; // SQL as typed; empty: none
    QString checkExpression;

    static PolicyDefinition fromPolicy(const RlsPolicy &policy);
    friend bool operator==(const PolicyDefinition &, const PolicyDefinition &) = default;
};

enum class ExpressionPart { None, Using, Check };

/// One statement of generated DDL, knowing where the user's expressions sit in it so that a server error
/// position can be shown in the expression the user typed.
struct DdlStatement
{
    struct Span
    {
        ExpressionPart part = ExpressionPart::None;
        qsizetype start = 0; // QString index in sql
        qsizetype length = 0;
    };
    QString sql;
    QList<Span> spans;
    /// The quoted table the expressions are about. PostgreSQL reports no error position for the expressions of
    /// CREATE/ALTER POLICY, so a failed one is parsed again in a query over this table to find where it fails.
    QString table;
};

enum class RowSecurityChange { Enable, Disable, Force, NoForce };

/// A change the editor can validate or apply, kept as data so the DDL is generated with the quoting of the
/// connection that runs it.
struct RlsChange
{
    enum class Kind { CreatePolicies, AlterPolicy, RenamePolicy, DropPolicy, SetRowSecurity };
    Kind kind = Kind::CreatePolicies;
    RlsTableRef table;
    QList<PolicyDefinition> policies; // CreatePolicies: the new policies; AlterPolicy: the new definition
    PolicyDefinition original;        // AlterPolicy, RenamePolicy, DropPolicy
    QString newName;                  // RenamePolicy
    RowSecurityChange rowSecurity = RowSecurityChange::Enable;
    /// CreatePolicies on a table whose row-level security is off: also ENABLE it, in the same transaction, so the new
    /// policies take effect at once (without it they are stored and ignored).
    bool alsoEnableRowSecurity = false;

    /// "Create policy p on public.t", for the audit log and window titles.
    QString title() const;
};

/// What is wrong with \a definition before any SQL is generated (empty when nothing is): names, expressions that
/// could end the statement, clauses the command does not take.
QStringList definitionProblems(const PolicyDefinition &definition);

/// Generates the statements for \a change, or nothing with the reason in \a error.
std::optional<QList<DdlStatement>> buildDdl(const RlsChange &change, const SqlQuoter &quoter, QString *error);
/// The statements as one script, each ending with ';'.
QString ddlScript(const QList<DdlStatement> &statements);

DdlStatement createPolicyStatement(const PolicyDefinition &definition, const SqlQuoter &quoter);
DdlStatement dropPolicyStatement(const RlsTableRef &table, const QString &name, const SqlQuoter &quoter);
DdlStatement renamePolicyStatement(const RlsTableRef &table, const QString &name, const QString &newName, const SqlQuoter &quoter);
/// ALTER POLICY … with only the parts given (roles when \a roles is set, expressions when not empty).
DdlStatement alterPolicyStatement(const RlsTableRef &table, const QString &name, const std::optional<QStringList> &roles,
                                  const QString &usingExpression, const QString &checkExpression, const SqlQuoter &quoter);
DdlStatement rowSecurityStatement(const RlsTableRef &table, RowSecurityChange change, const SqlQuoter &quoter);

/// Byte length limit of a PostgreSQL name (NAMEDATALEN - 1); longer names would be truncated silently.
constexpr int kMaxIdentifierBytes = 63;

enum class PolicyTemplate { TenantIsolation, OwnerOnly, ReadAllWriteOwn };

struct TemplateParameters
{
    RlsTableRef table;
    QString column;          // tenant_id, owner…
    QString columnType;      // format_type() of the column: the type the setting is cast to
    QString setting = QStringLiteral("app.tenant_id");
    QStringList roles;
};

/// The policies a template stands for: tenant isolation by a session setting (one ALL policy), owner-only rows
/// (one ALL policy), read-all/write-own (a SELECT policy for everyone plus an ALL policy for the owner's rows).
QList<PolicyDefinition> policiesFromTemplate(PolicyTemplate kind, const TemplateParameters &parameters, const SqlQuoter &quoter);
/// The tenant-isolation condition: column = NULLIF(current_setting('setting', true), '')::type.
QString tenantCondition(const QString &column, const QString &columnType, const QString &setting, const SqlQuoter &quoter);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::RlsChange)
