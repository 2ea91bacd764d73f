// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace pgv {

enum class PolicyCommand { All, Select, Insert, Update, Delete };

/// "ALL", "SELECT"…: the keyword CREATE POLICY takes and pg_policies shows.
QString policyCommandKeyword(PolicyCommand command);
std::optional<PolicyCommand> policyCommandFromKeyword(QStringView keyword);

/// A table (or partitioned table) by name, the way policies and DDL address it.
struct RlsTableRef
{
    QString schema;
    QString name;

    /// schema.name as a person reads it (not quoted: for display and matching, never for SQL).
    QString displayName() const { return schema + u'.' + name; }
    bool isValid() const { return !name.isEmpty(); }
    friend bool operator==(const RlsTableRef &, const RlsTableRef &) = default;
};

struct RlsColumn
{
    int number = 0; // attnum
    QString name;
    QString type;   // format_type(): ready to be written after ::
    bool notNull = false;
    bool hasDefault = false;
};

struct RlsTable
{
    quint32 oid = 0;
    RlsTableRef ref;
    bool partitioned = false;
    bool isPartition = false;
    bool rlsEnabled = false;
    bool rlsForced = false;
    QString owner;
    double estimatedRows = -1; // reltuples; -1 when never analysed
    QList<RlsColumn> columns;

    const RlsColumn *column(int number) const;
    const RlsColumn *column(QStringView name) const;
};

struct RlsPolicy
{
    quint32 oid = 0;
    RlsTableRef table;
    QString name;
    PolicyCommand command = PolicyCommand::All;
    bool permissive = true;
    QStringList roles; // empty: PUBLIC
    QString usingExpression; // as the server prints it (pg_get_expr); empty when absent
    QString checkExpression;
    QString usingTree; // pg_node_tree text, for analysis
    QString checkTree;

    bool appliesToPublic() const { return roles.isEmpty(); }
    bool coversCommand(PolicyCommand command) const;
};

struct RlsRole
{
    QString name;
    bool superuser = false;
    bool bypassRls = false;
    bool canLogin = false;

    bool bypassesRls() const { return superuser || bypassRls; }
};

/// A function a policy expression calls (directly, through an operator, or through a type's I/O for a cast).
struct RlsFunction
{
    quint32 oid = 0;
    QString schema;
    QString name;
    QString arguments; // identity arguments, as pg_get_function_identity_arguments prints them
    bool leakproof = false;
    QChar volatility; // i, s or v
    bool securityDefiner = false;

    QString signature() const { return schema + u'.' + name + u'(' + arguments + u')'; }
};

struct RlsOperator
{
    quint32 oid = 0;
    QString name;
    QString leftType;
    QString rightType;
    quint32 function = 0;
};

struct RlsType
{
    quint32 oid = 0;
    QString name;
    quint32 input = 0;
    quint32 output = 0;
};

struct RlsView
{
    RlsTableRef ref;
    QString owner;
    bool securityInvoker = false;
    bool securityBarrier = false;
    QList<RlsTableRef> tables; // the RLS tables it reads directly
};

struct RlsIndex
{
    RlsTableRef table;
    QString name;
    QList<int> columns; // attnums; 0 for an expression
    bool valid = true;
    bool partial = false;
    QString definition;
};

/// Everything row-level security depends on in one database, read in one round trip (resources/sql/rls_catalog.sql).
struct RlsCatalog
{
    QString database;
    QString currentUser;
    bool currentUserIsSuperuser = false;
    int serverVersionNum = 0; // 150018 for 15.18
    QString serverVersion;
    QList<RlsTable> tables;
    QList<RlsPolicy> policies;
    QList<RlsRole> roles;
    QList<RlsFunction> functions;
    QList<RlsOperator> operators;
    QList<RlsType> types;
    QList<RlsView> views;
    QList<RlsIndex> indexes;

    const RlsTable *table(const RlsTableRef &ref) const;
    /// "name" or "schema.name"; a bare name matches in any schema when only one schema has it.
    const RlsTable *findTable(const QString &text) const;
    QList<RlsPolicy> policiesOf(const RlsTableRef &ref) const;
    const RlsRole *role(QStringView name) const;
    const RlsFunction *function(quint32 oid) const;
    const RlsOperator *op(quint32 oid) const;
    const RlsType *type(quint32 oid) const;
    QList<RlsIndex> indexesOf(const RlsTableRef &ref) const;
};

/// Reads the document rls_catalog.sql returns. False (with \a error) when it is not that document.
bool parseRlsCatalog(const QByteArray &json, RlsCatalog *catalog, QString *error);

/// The catalogue as `pgversectl rls show --json` prints it (a contract: keys are only ever added).
QJsonObject rlsCatalogToJson(const RlsCatalog &catalog, const RlsTableRef &only = {});

} // namespace pgv

Q_DECLARE_METATYPE(pgv::RlsCatalog)
