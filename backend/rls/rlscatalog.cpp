// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlscatalog.h"

#include "core/jsonarrays.h"
#include "core/jsonnulls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pgv {

QString policyCommandKeyword(PolicyCommand command)
{
    switch (command) {
    case PolicyCommand::All:
        return u"ALL"_s;
    case PolicyCommand::Select:
        return u"SELECT"_s;
    case PolicyCommand::Insert:
        return u"INSERT"_s;
    case PolicyCommand::Update:
        return u"UPDATE"_s;
    case PolicyCommand::Delete:
        return u"DELETE"_s;
    }
    return {};
}

std::optional<PolicyCommand> policyCommandFromKeyword(QStringView keyword)
{
    for (PolicyCommand command : {PolicyCommand::All, PolicyCommand::Select, PolicyCommand::Insert, PolicyCommand::Update, PolicyCommand::Delete}) {
        if (keyword.compare(policyCommandKeyword(command), Qt::CaseInsensitive) == 0)
            return command;
    }
    return std::nullopt;
}

const RlsColumn *RlsTable::column(int number) const
{
    for (const RlsColumn &candidate : columns) {
        if (candidate.number == number)
            return &candidate;
    }
    return nullptr;
}

const RlsColumn *RlsTable::column(QStringView name) const
{
    for (const RlsColumn &candidate : columns) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

bool RlsPolicy::coversCommand(PolicyCommand other) const
{
    return command == PolicyCommand::All || command == other;
}

const RlsTable *RlsCatalog::table(const RlsTableRef &ref) const
{
    for (const RlsTable &candidate : tables) {
        if (candidate.ref == ref)
            return &candidate;
    }
    return nullptr;
}

const RlsTable *RlsCatalog::findTable(const QString &text) const
{
    // An exact schema.name wins; names may themselves hold dots, so try every split and then the bare name.
    for (const RlsTable &candidate : tables) {
        if (candidate.ref.displayName() == text)
            return &candidate;
    }
    const RlsTable *found = nullptr;
    for (const RlsTable &candidate : tables) {
        if (candidate.ref.name == text) {
            if (found)
                return nullptr; // ambiguous: the caller asks for schema.name
            found = &candidate;
        }
    }
    return found;
}

QList<RlsPolicy> RlsCatalog::policiesOf(const RlsTableRef &ref) const
{
    QList<RlsPolicy> result;
    for (const RlsPolicy &policy : policies) {
        if (policy.table == ref)
            result << policy;
    }
    return result;
}

const RlsRole *RlsCatalog::role(QStringView name) const
{
    for (const RlsRole &candidate : roles) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

const RlsFunction *RlsCatalog::function(quint32 oid) const
{
    for (const RlsFunction &candidate : functions) {
        if (candidate.oid == oid)
            return &candidate;
    }
    return nullptr;
}

const RlsOperator *RlsCatalog::op(quint32 oid) const
{
    for (const RlsOperator &candidate : operators) {
        if (candidate.oid == oid)
            return &candidate;
    }
    return nullptr;
}

const RlsType *RlsCatalog::type(quint32 oid) const
{
    for (const RlsType &candidate : types) {
        if (candidate.oid == oid)
            return &candidate;
    }
    return nullptr;
}

QList<RlsIndex> RlsCatalog::indexesOf(const RlsTableRef &ref) const
{
    QList<RlsIndex> result;
    for (const RlsIndex &index : indexes) {
        if (index.table == ref)
            result << index;
    }
    return result;
}

namespace {

// json_build_object prints oid columns as strings and numbers as numbers; accept both.
quint32 oidOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toUInt() : quint32(value.toDouble());
}

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

bool flag(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toBool();
}

/// Reloption values are stored as written: security_invoker, security_invoker=on, =true, =1, =yes all mean true.
bool reloptionTrue(const QJsonValue &value)
{
    const QString option = value.toString().toLower();
    return option == u"true" || option == u"on" || option == u"yes" || option == u"1";
}

PolicyCommand commandFromCode(const QString &code)
{
    if (code == u"r")
        return PolicyCommand::Select;
    if (code == u"a")
        return PolicyCommand::Insert;
    if (code == u"w")
        return PolicyCommand::Update;
    if (code == u"d")
        return PolicyCommand::Delete;
    return PolicyCommand::All;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : constArray(value))
        result << item.toString();
    return result;
}

} // namespace

bool parseRlsCatalog(const QByteArray &json, RlsCatalog *catalog, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !document.object().contains("tables"_L1)) {
        if (error)
            *error = QCoreApplication::translate("RlsCatalog", "the server's answer is not an RLS catalogue: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    RlsCatalog result;
    result.database = text(root, "database"_L1);
    result.currentUser = text(root, "current_user"_L1);
    result.currentUserIsSuperuser = flag(root, "current_user_superuser"_L1);
    result.serverVersionNum = root.value("server_version_num"_L1).toInt();
    result.serverVersion = text(root, "server_version"_L1);

    for (const QJsonValue &value : constArray(root.value("tables"_L1))) {
        const QJsonObject object = value.toObject();
        RlsTable table;
        table.oid = oidOf(object.value("oid"_L1));
        table.ref = {text(object, "schema"_L1), text(object, "name"_L1)};
        table.partitioned = flag(object, "partitioned"_L1);
        table.isPartition = flag(object, "is_partition"_L1);
        table.rlsEnabled = flag(object, "rls_enabled"_L1);
        table.rlsForced = flag(object, "rls_forced"_L1);
        table.owner = text(object, "owner"_L1);
        table.estimatedRows = object.value("estimated_rows"_L1).toDouble(-1);
        for (const QJsonValue &columnValue : constArray(object.value("columns"_L1))) {
            const QJsonObject column = columnValue.toObject();
            table.columns << RlsColumn{column.value("number"_L1).toInt(), text(column, "name"_L1), text(column, "type"_L1),
                                       flag(column, "not_null"_L1), flag(column, "has_default"_L1)};
        }
        result.tables << table;
    }
    for (const QJsonValue &value : constArray(root.value("policies"_L1))) {
        const QJsonObject object = value.toObject();
        RlsPolicy policy;
        policy.oid = oidOf(object.value("oid"_L1));
        policy.table = {text(object, "schema"_L1), text(object, "table"_L1)};
        policy.name = text(object, "name"_L1);
        policy.command = commandFromCode(text(object, "command"_L1));
        policy.permissive = flag(object, "permissive"_L1);
        policy.roles = strings(object.value("roles"_L1));
        policy.usingExpression = text(object, "using"_L1);
        policy.checkExpression = text(object, "check"_L1);
        policy.usingTree = text(object, "using_tree"_L1);
        policy.checkTree = text(object, "check_tree"_L1);
        result.policies << policy;
    }
    for (const QJsonValue &value : constArray(root.value("roles"_L1))) {
        const QJsonObject object = value.toObject();
        result.roles << RlsRole{text(object, "name"_L1), flag(object, "superuser"_L1), flag(object, "bypass_rls"_L1),
                                flag(object, "can_login"_L1)};
    }
    for (const QJsonValue &value : constArray(root.value("functions"_L1))) {
        const QJsonObject object = value.toObject();
        RlsFunction function;
        function.oid = oidOf(object.value("oid"_L1));
        function.schema = text(object, "schema"_L1);
        function.name = text(object, "name"_L1);
        function.arguments = text(object, "arguments"_L1);
        function.leakproof = flag(object, "leakproof"_L1);
        function.volatility = text(object, "volatility"_L1).isEmpty() ? QChar() : text(object, "volatility"_L1).front();
        function.securityDefiner = flag(object, "security_definer"_L1);
        result.functions << function;
    }
    for (const QJsonValue &value : constArray(root.value("operators"_L1))) {
        const QJsonObject object = value.toObject();
        result.operators << RlsOperator{oidOf(object.value("oid"_L1)), text(object, "name"_L1), text(object, "left_type"_L1),
                                        text(object, "right_type"_L1), oidOf(object.value("function"_L1))};
    }
    for (const QJsonValue &value : constArray(root.value("types"_L1))) {
        const QJsonObject object = value.toObject();
        result.types << RlsType{oidOf(object.value("oid"_L1)), text(object, "name"_L1), oidOf(object.value("input"_L1)),
                                oidOf(object.value("output"_L1))};
    }
    for (const QJsonValue &value : constArray(root.value("views"_L1))) {
        const QJsonObject object = value.toObject();
        RlsView view;
        view.ref = {text(object, "schema"_L1), text(object, "name"_L1)};
        view.owner = text(object, "owner"_L1);
        view.securityInvoker = reloptionTrue(object.value("security_invoker"_L1));
        view.securityBarrier = reloptionTrue(object.value("security_barrier"_L1));
        for (const QJsonValue &tableValue : constArray(object.value("tables"_L1)))
            view.tables << RlsTableRef{text(tableValue.toObject(), "schema"_L1), text(tableValue.toObject(), "name"_L1)};
        result.views << view;
    }
    for (const QJsonValue &value : constArray(root.value("indexes"_L1))) {
        const QJsonObject object = value.toObject();
        RlsIndex index;
        index.table = {text(object, "schema"_L1), text(object, "table"_L1)};
        index.name = text(object, "name"_L1);
        for (const QJsonValue &column : constArray(object.value("columns"_L1)))
            index.columns << column.toInt();
        index.valid = flag(object, "valid"_L1);
        index.partial = flag(object, "partial"_L1);
        index.definition = text(object, "definition"_L1);
        result.indexes << index;
    }
    *catalog = std::move(result);
    return true;
}

QJsonObject rlsCatalogToJson(const RlsCatalog &catalog, const RlsTableRef &only)
{
    auto wanted = [&only](const RlsTableRef &ref) { return !only.isValid() || ref == only; };
    QJsonArray tables;
    for (const RlsTable &table : catalog.tables) {
        if (!wanted(table.ref))
            continue;
        QJsonArray columns;
        for (const RlsColumn &column : table.columns)
            columns.append(QJsonObject{{"name"_L1, column.name}, {"type"_L1, column.type}});
        tables.append(QJsonObject{{"schema"_L1, table.ref.schema}, {"name"_L1, table.ref.name}, {"partitioned"_L1, table.partitioned},
                                  {"rls_enabled"_L1, table.rlsEnabled}, {"rls_forced"_L1, table.rlsForced}, {"owner"_L1, table.owner},
                                  {"policies"_L1, int(catalog.policiesOf(table.ref).size())}, {"columns"_L1, columns}});
    }
    QJsonArray policies;
    for (const RlsPolicy &policy : catalog.policies) {
        if (!wanted(policy.table))
            continue;
        policies.append(QJsonObject{{"schema"_L1, policy.table.schema},
                                    {"table"_L1, policy.table.name},
                                    {"name"_L1, policy.name},
                                    {"permissive"_L1, policy.permissive},
                                    {"command"_L1, policyCommandKeyword(policy.command)},
                                    {"roles"_L1, policy.roles.isEmpty() ? QJsonArray{u"PUBLIC"_s} : QJsonArray::fromStringList(policy.roles)},
                                    {"using"_L1, textOrNull(policy.usingExpression)},
                                    {"with_check"_L1, textOrNull(policy.checkExpression)}});
    }
    QJsonArray roles;
    for (const RlsRole &role : catalog.roles) {
        roles.append(QJsonObject{{"name"_L1, role.name}, {"superuser"_L1, role.superuser}, {"bypass_rls"_L1, role.bypassRls},
                                 {"can_login"_L1, role.canLogin}});
    }
    QJsonArray functions;
    for (const RlsFunction &function : catalog.functions) {
        functions.append(QJsonObject{{"schema"_L1, function.schema}, {"name"_L1, function.name}, {"arguments"_L1, function.arguments},
                                     {"leakproof"_L1, function.leakproof}, {"volatility"_L1, QString(function.volatility)},
                                     {"security_definer"_L1, function.securityDefiner}});
    }
    QJsonArray views;
    for (const RlsView &view : catalog.views) {
        QJsonArray over;
        bool relevant = !only.isValid();
        for (const RlsTableRef &table : view.tables) {
            over.append(table.displayName());
            relevant = relevant || table == only;
        }
        if (relevant) {
            views.append(QJsonObject{{"schema"_L1, view.ref.schema}, {"name"_L1, view.ref.name}, {"owner"_L1, view.owner},
                                     {"security_invoker"_L1, view.securityInvoker}, {"tables"_L1, over}});
        }
    }
    QJsonArray indexes;
    for (const RlsIndex &index : catalog.indexes) {
        if (wanted(index.table)) {
            indexes.append(QJsonObject{{"schema"_L1, index.table.schema}, {"table"_L1, index.table.name}, {"name"_L1, index.name},
                                       {"definition"_L1, index.definition}, {"valid"_L1, index.valid}});
        }
    }
    return QJsonObject{{"database"_L1, catalog.database}, {"server_version"_L1, catalog.serverVersion}, {"tables"_L1, tables},
                       {"policies"_L1, policies},         {"roles"_L1, roles},                       {"functions"_L1, functions},
                       {"views"_L1, views},               {"indexes"_L1, indexes}};
}

} // namespace pgv
