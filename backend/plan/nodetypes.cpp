// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodetypes.h"
#include "plan.h"

#include <QHash>
#include <QList>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// What the words after a node's name say, per node type.
enum class Target { None, Relation, IndexScan, IndexName, Function, TableFunction, Cte, Tuplestore, Alias, Custom, SetOpCommand };

struct TypeEntry
{
    QString text; ///< as printed in a text plan
    QString type; ///< "Node Type" in JSON
    Target target = Target::None;
    QString key, value; ///< one attribute the text name implies (strategy, join type, operation)
};

QList<TypeEntry> buildTypeTable()
{
    QList<TypeEntry> table = {
        {u"Seq Scan"_s, u"Seq Scan"_s, Target::Relation, {}, {}},
        {u"Sample Scan"_s, u"Sample Scan"_s, Target::Relation, {}, {}},
        {u"Index Scan"_s, u"Index Scan"_s, Target::IndexScan, {}, {}},
        {u"Index Only Scan"_s, u"Index Only Scan"_s, Target::IndexScan, {}, {}},
        {u"Bitmap Index Scan"_s, u"Bitmap Index Scan"_s, Target::IndexName, {}, {}},
        {u"Bitmap Heap Scan"_s, u"Bitmap Heap Scan"_s, Target::Relation, {}, {}},
        {u"Tid Scan"_s, u"Tid Scan"_s, Target::Relation, {}, {}},
        {u"Tid Range Scan"_s, u"Tid Range Scan"_s, Target::Relation, {}, {}},
        {u"Subquery Scan"_s, u"Subquery Scan"_s, Target::Alias, {}, {}},
        {u"Function Scan"_s, u"Function Scan"_s, Target::Function, {}, {}},
        {u"Table Function Scan"_s, u"Table Function Scan"_s, Target::TableFunction, {}, {}},
        {u"Values Scan"_s, u"Values Scan"_s, Target::Alias, {}, {}},
        {u"CTE Scan"_s, u"CTE Scan"_s, Target::Cte, {}, {}},
        {u"Named Tuplestore Scan"_s, u"Named Tuplestore Scan"_s, Target::Tuplestore, {}, {}},
        {u"WorkTable Scan"_s, u"WorkTable Scan"_s, Target::Cte, {}, {}},
        {u"Foreign Scan"_s, u"Foreign Scan"_s, Target::Relation, u"Operation"_s, u"Select"_s},
        {u"Foreign Insert"_s, u"Foreign Scan"_s, Target::Relation, u"Operation"_s, u"Insert"_s},
        {u"Foreign Update"_s, u"Foreign Scan"_s, Target::Relation, u"Operation"_s, u"Update"_s},
        {u"Foreign Delete"_s, u"Foreign Scan"_s, Target::Relation, u"Operation"_s, u"Delete"_s},
        {u"Custom Scan"_s, u"Custom Scan"_s, Target::Custom, {}, {}},
        {u"Insert"_s, u"ModifyTable"_s, Target::Relation, u"Operation"_s, u"Insert"_s},
        {u"Update"_s, u"ModifyTable"_s, Target::Relation, u"Operation"_s, u"Update"_s},
        {u"Delete"_s, u"ModifyTable"_s, Target::Relation, u"Operation"_s, u"Delete"_s},
        {u"Merge"_s, u"ModifyTable"_s, Target::Relation, u"Operation"_s, u"Merge"_s},
        {u"Aggregate"_s, u"Aggregate"_s, Target::None, u"Strategy"_s, u"Plain"_s},
        {u"GroupAggregate"_s, u"Aggregate"_s, Target::None, u"Strategy"_s, u"Sorted"_s},
        {u"HashAggregate"_s, u"Aggregate"_s, Target::None, u"Strategy"_s, u"Hashed"_s},
        {u"MixedAggregate"_s, u"Aggregate"_s, Target::None, u"Strategy"_s, u"Mixed"_s},
        {u"SetOp"_s, u"SetOp"_s, Target::SetOpCommand, u"Strategy"_s, u"Sorted"_s},
        {u"HashSetOp"_s, u"SetOp"_s, Target::SetOpCommand, u"Strategy"_s, u"Hashed"_s},
        {u"Result Cache"_s, u"Memoize"_s, Target::None, {}, {}}, // the name of Memoize in PostgreSQL 14 betas
    };
    for (const char *name : {"Hash", "Sort", "Incremental Sort", "Materialize", "Memoize", "Limit", "Unique", "Gather",
                             "Gather Merge", "Append", "Merge Append", "Recursive Union", "BitmapAnd", "BitmapOr", "Result",
                             "ProjectSet", "LockRows", "WindowAgg", "Group"})
        table.append({QString::fromLatin1(name), QString::fromLatin1(name), Target::None, {}, {}});
    // Joins: "Nested Loop", "Hash Join", "Merge Join" for inner joins, "Hash Right Anti Join" and so on otherwise.
    const QList<std::pair<QString, QString>> joins = {{u"Nested Loop"_s, u"Nested Loop"_s}, {u"Hash"_s, u"Hash Join"_s},
                                                      {u"Merge"_s, u"Merge Join"_s}};
    for (const auto &[prefix, type] : joins) {
        table.append({prefix == u"Nested Loop" ? prefix : type, type, Target::None, u"Join Type"_s, u"Inner"_s});
        for (const char *joinType : {"Left", "Right", "Full", "Semi", "Anti", "Right Anti", "Right Semi"}) {
            const QString name = QString::fromLatin1(joinType);
            table.append({prefix + u' ' + name + u" Join"_s, type, Target::None, u"Join Type"_s, name});
        }
    }
    return table;
}

const QList<TypeEntry> &typeTable()
{
    static const QList<TypeEntry> table = buildTypeTable();
    return table;
}

bool startsWithWord(QStringView text, QStringView word)
{
    return text.startsWith(word) && (text.size() == word.size() || text.at(word.size()) == u' ');
}

/// The entries by their first word: every line of a text plan is matched, so only a few are compared.
const QHash<QStringView, QList<const TypeEntry *>> &typesByFirstWord()
{
    // Keys view the names of the static table, which outlives the index.
    static const QHash<QStringView, QList<const TypeEntry *>> index = [] {
        QHash<QStringView, QList<const TypeEntry *>> map;
        for (const TypeEntry &entry : typeTable()) {
            const qsizetype space = entry.text.indexOf(u' ');
            map[space < 0 ? QStringView(entry.text) : QStringView(entry.text).first(space)].append(&entry);
        }
        return map;
    }();
    return index;
}

/// The longest entry whose name starts \a text at a word boundary.
const TypeEntry *matchType(QStringView text)
{
    const qsizetype space = text.indexOf(u' ');
    const auto candidates = typesByFirstWord().constFind(space < 0 ? text : text.first(space));
    if (candidates == typesByFirstWord().cend())
        return nullptr;
    const TypeEntry *best = nullptr;
    for (const TypeEntry *entry : *candidates) {
        if ((!best || entry->text.size() > best->text.size()) && startsWithWord(text, entry->text))
            best = entry;
    }
    return best;
}

struct Prefixes
{
    bool parallel = false;
    bool async = false;
    QString partialMode;
    QStringView rest;
};

Prefixes stripPrefixes(QStringView text)
{
    Prefixes prefixes;
    for (bool again = true; again;) {
        again = false;
        if (startsWithWord(text, u"Parallel")) {
            prefixes.parallel = true;
            text = text.mid(9).trimmed();
            again = true;
        } else if (startsWithWord(text, u"Async")) {
            prefixes.async = true;
            text = text.mid(6).trimmed();
            again = true;
        }
    }
    for (const QString &mode : {u"Partial"_s, u"Finalize"_s}) {
        if (startsWithWord(text, mode)) {
            const QStringView after = text.mid(mode.size()).trimmed();
            if (const TypeEntry *entry = matchType(after); entry && entry->type == u"Aggregate") {
                prefixes.partialMode = mode;
                text = after;
            }
        }
    }
    prefixes.rest = text;
    return prefixes;
}

/// Reads one possibly schema-qualified, possibly double-quoted name ("public"."my table" → {public, my table}).
QStringList readQualifiedName(QStringView *text)
{
    QStringList parts;
    QStringView rest = text->trimmed();
    while (!rest.isEmpty()) {
        QString part;
        qsizetype i = 0;
        if (rest.at(0) == u'"') {
            for (i = 1; i < rest.size(); ++i) {
                if (rest.at(i) == u'"') {
                    if (i + 1 < rest.size() && rest.at(i + 1) == u'"') {
                        part += u'"';
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                part += rest.at(i);
            }
        } else {
            while (i < rest.size() && rest.at(i) != u' ' && rest.at(i) != u'.')
                ++i;
            part = rest.first(i).toString();
        }
        parts.append(part);
        rest = rest.mid(i);
        if (rest.startsWith(u'.') && rest.size() > 1 && rest.at(1) != u' ')
            rest = rest.mid(1);
        else
            break;
    }
    *text = rest.trimmed();
    return parts;
}

void readTarget(Target target, QStringView rest, QJsonObject *properties)
{
    if (target == Target::IndexScan) {
        properties->insert("Scan Direction"_L1, startsWithWord(rest, u"Backward") ? u"Backward"_s : u"Forward"_s);
        if (startsWithWord(rest, u"Backward"))
            rest = rest.mid(8).trimmed();
        if (startsWithWord(rest, u"using")) {
            rest = rest.mid(5);
            const QStringList index = readQualifiedName(&rest);
            if (!index.isEmpty())
                properties->insert("Index Name"_L1, index.last());
        }
        target = Target::Relation;
    }
    if (target == Target::Custom && rest.startsWith(u'(')) {
        const qsizetype close = rest.lastIndexOf(u')');
        if (close > 0) {
            properties->insert("Custom Plan Provider"_L1, rest.sliced(1, close - 1).toString());
            rest = rest.mid(close + 1).trimmed();
        }
        target = Target::Relation;
    }
    if (target == Target::SetOpCommand) {
        if (!rest.isEmpty())
            properties->insert("Command"_L1, rest.toString());
        return;
    }
    if (startsWithWord(rest, u"on"))
        rest = rest.mid(2);
    else if (target != Target::Alias)
        return; // "Foreign Scan" of a join, "Custom Scan (x)" without a relation: nothing more to read
    const QStringList name = readQualifiedName(&rest);
    if (name.isEmpty() || name.last().isEmpty())
        return;
    const QStringList aliasName = readQualifiedName(&rest);
    const QString alias = aliasName.isEmpty() ? name.last() : aliasName.last();
    const QString schema = name.size() > 1 ? name.at(name.size() - 2) : QString();
    switch (target) {
    case Target::Relation:
        properties->insert("Relation Name"_L1, name.last());
        break;
    case Target::IndexName:
        properties->insert("Index Name"_L1, name.last());
        return;
    case Target::Function:
        properties->insert("Function Name"_L1, name.last());
        break;
    case Target::TableFunction:
        properties->insert("Table Function Name"_L1, name.last());
        break;
    case Target::Cte:
        properties->insert("CTE Name"_L1, name.last());
        break;
    case Target::Tuplestore:
        properties->insert("Tuplestore Name"_L1, name.last());
        break;
    case Target::Alias:
        properties->insert("Alias"_L1, name.last());
        return;
    default:
        return;
    }
    if (!schema.isEmpty())
        properties->insert("Schema"_L1, schema);
    properties->insert("Alias"_L1, alias);
}

QString qualified(const PlanNode &node, const QString &name)
{
    QString text = node.schema.isEmpty() ? name : node.schema + u'.' + name;
    if (!node.alias.isEmpty() && node.alias != name)
        text += u' ' + node.alias;
    return text;
}

/// Whether what follows a known node name is what PostgreSQL prints after it; "Gather Motion 3:1" is not a Gather.
bool fitsType(const TypeEntry &entry, QStringView rest)
{
    if (rest.isEmpty())
        return true;
    switch (entry.target) {
    case Target::None:
        return false;
    case Target::Alias:
    case Target::SetOpCommand:
        return true;
    case Target::Custom:
        return rest.startsWith(u'(') || startsWithWord(rest, u"on");
    default:
        return startsWithWord(rest, u"on") || startsWithWord(rest, u"using") || startsWithWord(rest, u"Backward");
    }
}

} // namespace

void readTextNodeHeader(QStringView header, QJsonObject *properties)
{
    const Prefixes prefixes = stripPrefixes(header.trimmed());
    const TypeEntry *entry = matchType(prefixes.rest);
    if (entry && !fitsType(*entry, prefixes.rest.mid(entry->text.size()).trimmed()))
        entry = nullptr;
    if (!entry) {
        // Not a node PostgreSQL prints: keep its name (up to its target) as the type.
        QStringView name = prefixes.rest;
        for (QStringView separator : {u" on ", u" using "}) {
            if (const qsizetype at = name.indexOf(separator); at > 0)
                name = name.first(at);
        }
        properties->insert("Node Type"_L1, name.trimmed().toString());
        properties->insert("Parallel Aware"_L1, prefixes.parallel);
        readTarget(Target::Relation, prefixes.rest.mid(name.size()).trimmed(), properties);
        return;
    }
    properties->insert("Node Type"_L1, entry->type);
    if (!entry->key.isEmpty())
        properties->insert(entry->key, entry->value);
    if (entry->type == u"Aggregate")
        properties->insert("Partial Mode"_L1, prefixes.partialMode.isEmpty() ? u"Simple"_s : prefixes.partialMode);
    properties->insert("Parallel Aware"_L1, prefixes.parallel);
    if (prefixes.async)
        properties->insert("Async Capable"_L1, true);
    readTarget(entry->target, prefixes.rest.mid(entry->text.size()).trimmed(), properties);
}

bool startsWithNodeName(QStringView text)
{
    text = text.trimmed();
    if (text.startsWith(u"->"))
        text = text.mid(2).trimmed();
    const Prefixes prefixes = stripPrefixes(text);
    const TypeEntry *entry = matchType(prefixes.rest);
    if (!entry)
        return false;
    const QStringView rest = prefixes.rest.mid(entry->text.size());
    if (rest.trimmed().isEmpty() || rest.trimmed().startsWith(u'('))
        return true;
    for (QStringView follower : {u" on ", u" using ", u" Backward"}) {
        if (rest.startsWith(follower))
            return true;
    }
    return entry->target == Target::SetOpCommand && (rest.startsWith(u" Intersect") || rest.startsWith(u" Except"));
}

bool isTargetTableLine(QStringView text)
{
    text = text.trimmed();
    for (QStringView operation : {u"Insert on ", u"Update on ", u"Delete on ", u"Merge on ", u"Foreign Insert on ",
                                  u"Foreign Update on ", u"Foreign Delete on "}) {
        if (text.startsWith(operation))
            return true;
    }
    return false;
}

QJsonObject readTargetTable(QStringView text)
{
    QJsonObject table;
    text = text.trimmed();
    const qsizetype on = text.indexOf(u" on ");
    table.insert("Operation"_L1, text.first(on).toString());
    QStringView rest = text.mid(on + 4);
    const QStringList name = readQualifiedName(&rest);
    if (!name.isEmpty()) {
        table.insert("Relation Name"_L1, name.last());
        if (name.size() > 1)
            table.insert("Schema"_L1, name.at(name.size() - 2));
        const QStringList alias = readQualifiedName(&rest);
        table.insert("Alias"_L1, alias.isEmpty() ? name.last() : alias.last());
    }
    return table;
}

QString childRelationship(const QString &parentType, int index)
{
    if (parentType == u"Append" || parentType == u"Merge Append" || parentType == u"BitmapAnd" || parentType == u"BitmapOr"
        || parentType == u"Custom Scan")
        return u"Member"_s;
    if (parentType == u"Subquery Scan")
        return u"Subquery"_s;
    return index == 0 ? u"Outer"_s : u"Inner"_s;
}

QString nodeLabel(const PlanNode &node)
{
    QString name = node.type;
    const QString &type = node.type;
    if (type == u"Aggregate") {
        if (node.strategy == u"Sorted")
            name = u"GroupAggregate"_s;
        else if (node.strategy == u"Hashed")
            name = u"HashAggregate"_s;
        else if (node.strategy == u"Mixed")
            name = u"MixedAggregate"_s;
        if (node.partialMode == u"Partial" || node.partialMode == u"Finalize")
            name = node.partialMode + u' ' + name;
    } else if (type == u"SetOp") {
        name = (node.strategy == u"Hashed" ? u"HashSetOp"_s : u"SetOp"_s) + (node.command.isEmpty() ? QString() : u' ' + node.command);
    } else if (type == u"Nested Loop" || type == u"Hash Join" || type == u"Merge Join") {
        if (!node.joinType.isEmpty() && node.joinType != u"Inner") {
            const QString prefix = type == u"Nested Loop" ? type : type.first(type.size() - 5);
            name = prefix + u' ' + node.joinType + u" Join"_s;
        }
    } else if (type == u"ModifyTable" && !node.operation.isEmpty()) {
        name = node.operation;
    } else if (type == u"Foreign Scan" && !node.operation.isEmpty() && node.operation != u"Select") {
        name = u"Foreign "_s + node.operation;
    } else if (type == u"Custom Scan" && !node.customProvider.isEmpty()) {
        name = type + u" ("_s + node.customProvider + u')';
    }
    if (node.asyncCapable)
        name = u"Async "_s + name;
    if (node.parallelAware)
        name = u"Parallel "_s + name;
    if ((type == u"Index Scan" || type == u"Index Only Scan") && node.scanDirection == u"Backward")
        name += u" Backward"_s;
    if (!node.indexName.isEmpty())
        name += (type == u"Bitmap Index Scan" ? u" on "_s : u" using "_s) + node.indexName;
    if (!node.relationName.isEmpty())
        name += u" on "_s + qualified(node, node.relationName);
    else if (!node.cteName.isEmpty())
        name += u" on "_s + qualified(node, node.cteName);
    else if (!node.functionName.isEmpty())
        name += u" on "_s + qualified(node, node.functionName);
    else if ((type == u"Subquery Scan" || type == u"Values Scan") && !node.alias.isEmpty())
        name += u" on "_s + node.alias;
    return name;
}

} // namespace pgv
