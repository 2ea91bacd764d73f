// SPDX-License-Identifier: GPL-3.0-or-later
#include "policyexpression.h"

#include <QCoreApplication>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int kMaxDepth = 1000;

// Types whose input function accepts '' (so casting an empty setting to them cannot fail).
bool acceptsEmptyText(quint32 type)
{
    return type == 25 /* text */ || type == 1043 /* varchar */ || type == 1042 /* bpchar */ || type == 19 /* name */;
}

/// One element of a printed node tree: a bare token, a {NODE :field value …} or a (list …).
struct Item
{
    enum class Kind { Atom, Node, List };
    Kind kind = Kind::Atom;
    QString text; // the token, or the node's tag
    std::vector<std::pair<QString, std::vector<Item>>> fields;
    std::vector<Item> items;

    const std::vector<Item> *field(QStringView name) const
    {
        for (const auto &[key, value] : fields) {
            if (key == name)
                return &value;
        }
        return nullptr;
    }
    QString atom(QStringView name) const
    {
        const std::vector<Item> *value = field(name);
        return value && !value->empty() && value->front().kind == Kind::Atom ? value->front().text : QString();
    }
    const Item *node(QStringView name) const
    {
        const std::vector<Item> *value = field(name);
        return value && !value->empty() && value->front().kind == Kind::Node ? &value->front() : nullptr;
    }
    /// The nodes of a list-valued field such as :args.
    std::vector<const Item *> listNodes(QStringView name) const
    {
        std::vector<const Item *> result;
        const std::vector<Item> *value = field(name);
        if (value && !value->empty() && value->front().kind == Kind::List) {
            for (const Item &element : value->front().items) {
                if (element.kind == Kind::Node)
                    result.push_back(&element);
            }
        }
        return result;
    }
};

/// The server's own tokenizer rules (pg_strtok): whitespace separates, ( ) { } stand alone, a backslash escapes.
class Tokenizer
{
public:
    explicit Tokenizer(const QString &text) : m_text(text) {}

    bool atEnd()
    {
        skipSpace();
        return m_pos >= m_text.size();
    }
    QString peek()
    {
        const qsizetype saved = m_pos;
        QString token = next();
        m_pos = saved;
        return token;
    }
    QString next()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return {};
        const QChar first = m_text[m_pos];
        if (first == u'(' || first == u')' || first == u'{' || first == u'}') {
            ++m_pos;
            return QString(first);
        }
        QString token;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'(' || c == u')' || c == u'{' || c == u'}')
                break;
            if (c == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            token += m_text[m_pos++];
        }
        return token;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == u' ' || m_text[m_pos] == u'\n' || m_text[m_pos] == u'\t'))
            ++m_pos;
    }
    const QString &m_text;
    qsizetype m_pos = 0;
};

class TreeReader
{
public:
    explicit TreeReader(const QString &text) : m_tokens(text) {}

    bool read(Item *root)
    {
        if (!readItem(root, 0))
            return false;
        if (!m_tokens.atEnd())
            return fail(QCoreApplication::translate("PolicyExpression", "unexpected text after the expression tree"));
        return true;
    }
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    bool readItem(Item *item, int depth)
    {
        if (depth > kMaxDepth)
            return fail(QCoreApplication::translate("PolicyExpression", "the expression tree is nested too deeply"));
        const QString token = m_tokens.next();
        if (token == u"{")
            return readNode(item, depth);
        if (token == u"(")
            return readList(item, depth);
        if (token.isEmpty() || token == u"}" || token == u")")
            return fail(QCoreApplication::translate("PolicyExpression", "the expression tree ends unexpectedly"));
        item->kind = Item::Kind::Atom;
        item->text = token;
        return true;
    }

    bool readNode(Item *item, int depth)
    {
        item->kind = Item::Kind::Node;
        item->text = m_tokens.next();
        for (;;) {
            const QString token = m_tokens.next();
            if (token == u"}")
                return true;
            if (!token.startsWith(u':'))
                return fail(QCoreApplication::translate("PolicyExpression", "expected a field name in node %1").arg(item->text));
            std::vector<Item> value;
            // A field's value runs to the next field name or the end of the node ("17 [ 68 0 … ]" is one value).
            for (;;) {
                const QString following = m_tokens.peek();
                if (following.isEmpty())
                    return fail(QCoreApplication::translate("PolicyExpression", "the expression tree ends unexpectedly"));
                if (following == u"}" || (following.startsWith(u':') && following.size() > 1))
                    break;
                Item element;
                if (!readItem(&element, depth + 1))
                    return false;
                value.push_back(std::move(element));
            }
            item->fields.emplace_back(token.mid(1), std::move(value));
        }
    }

    bool readList(Item *item, int depth)
    {
        item->kind = Item::Kind::List;
        for (;;) {
            const QString following = m_tokens.peek();
            if (following.isEmpty())
                return fail(QCoreApplication::translate("PolicyExpression", "the expression tree ends unexpectedly"));
            if (following == u")") {
                m_tokens.next();
                return true;
            }
            Item element;
            if (!readItem(&element, depth + 1))
                return false;
            item->items.push_back(std::move(element));
        }
    }

    Tokenizer m_tokens;
    QString m_error;
};

bool isTopLevelColumn(const Item *item)
{
    // Binary-compatible casts (RelabelType) keep the column a column for index purposes.
    while (item && item->kind == Item::Kind::Node && item->text == u"RELABELTYPE")
        item = item->node(u"arg");
    return item && item->kind == Item::Kind::Node && item->text == u"VAR" && item->atom(u"varlevelsup") == u"0";
}

int columnNumber(const Item *item)
{
    while (item->text == u"RELABELTYPE")
        item = item->node(u"arg");
    return item->atom(u"varattno").toInt();
}

bool isPlainConstant(const Item *item)
{
    while (item && item->kind == Item::Kind::Node && item->text == u"RELABELTYPE")
        item = item->node(u"arg");
    return item && item->kind == Item::Kind::Node && item->text == u"CONST";
}

bool isConstantTrue(const Item *item)
{
    if (!item || item->text != u"CONST" || item->atom(u"consttype") != u"16" || item->atom(u"constisnull") != u"false")
        return false;
    const std::vector<Item> *value = item->field(u"constvalue");
    // ":constvalue 1 [ 1 0 0 0 0 0 0 0 ]": the length, then the datum's bytes.
    return value && value->size() > 2 && (*value)[1].text == u"[" && (*value)[2].text != u"0";
}

quint32 resultTypeOf(const Item *item)
{
    if (!item || item->kind != Item::Kind::Node)
        return 0;
    if (item->text == u"VAR")
        return item->atom(u"vartype").toUInt();
    if (item->text == u"CONST")
        return item->atom(u"consttype").toUInt();
    if (item->text == u"FUNCEXPR")
        return item->atom(u"funcresulttype").toUInt();
    if (item->text == u"OPEXPR" || item->text == u"NULLIFEXPR")
        return item->atom(u"opresulttype").toUInt();
    if (item->text == u"RELABELTYPE" || item->text == u"COERCEVIAIO")
        return item->atom(u"resulttype").toUInt();
    return 0;
}

class Analyzer
{
public:
    explicit Analyzer(ExpressionFacts *facts) : m_facts(facts) {}

    /// Walks \a item and returns whether it contains a column reference. \a queryDepth counts subqueries entered;
    /// \a castTo is the type a text I/O cast directly above converts to (0 when none).
    bool walk(const Item &item, int queryDepth, quint32 castTo)
    {
        switch (item.kind) {
        case Item::Kind::Atom:
            return false;
        case Item::Kind::List: {
            bool hasColumn = false;
            for (const Item &element : item.items)
                hasColumn = walk(element, queryDepth, castTo) || hasColumn;
            return hasColumn;
        }
        case Item::Kind::Node:
            break;
        }
        const QString &tag = item.text;
        if (tag == u"VAR")
            return true;
        if (tag == u"QUERY")
            return walkFields(item, queryDepth + 1, 0);
        if (tag == u"FUNCEXPR")
            return walkCall(item, ExpressionCall::Kind::Function, queryDepth, castTo);
        if (tag == u"OPEXPR" || tag == u"DISTINCTEXPR" || tag == u"NULLIFEXPR" || tag == u"SCALARARRAYOPEXPR")
            return walkCall(item, ExpressionCall::Kind::Operator, queryDepth, 0);
        if (tag == u"COERCEVIAIO") {
            const quint32 target = item.atom(u"resulttype").toUInt();
            const Item *argument = item.node(u"arg");
            const bool hasColumn = argument && walk(*argument, queryDepth, acceptsEmptyText(target) ? 0 : target);
            ExpressionCall call;
            call.kind = ExpressionCall::Kind::IoCast;
            call.targetType = target;
            call.sourceType = resultTypeOf(argument);
            call.receivesColumns = hasColumn;
            call.argumentCount = 1;
            m_facts->calls << call;
            return hasColumn;
        }
        if (tag == u"RELABELTYPE" || tag == u"COALESCEEXPR")
            return walkFields(item, queryDepth, castTo); // the cast above applies to what they pass through
        return walkFields(item, queryDepth, 0);
    }

private:
    bool walkFields(const Item &item, int queryDepth, quint32 castTo)
    {
        bool hasColumn = false;
        for (const auto &[key, value] : item.fields) {
            for (const Item &element : value)
                hasColumn = walk(element, queryDepth, castTo) || hasColumn;
        }
        return hasColumn;
    }

    bool walkCall(const Item &item, ExpressionCall::Kind kind, int queryDepth, quint32 castTo)
    {
        const std::vector<const Item *> arguments = item.listNodes(u"args");
        std::vector<bool> argumentHasColumn;
        for (const Item *argument : arguments)
            argumentHasColumn.push_back(walk(*argument, queryDepth, 0));
        ExpressionCall call;
        call.kind = kind;
        if (kind == ExpressionCall::Kind::Function) {
            call.function = item.atom(u"funcid").toUInt();
        } else {
            call.op = item.atom(u"opno").toUInt();
            call.function = item.atom(u"opfuncid").toUInt();
        }
        call.argumentCount = int(arguments.size());
        call.secondArgumentTrue = arguments.size() > 1 && isConstantTrue(arguments[1]);
        call.castTo = castTo;
        call.receivesColumns = std::find(argumentHasColumn.begin(), argumentHasColumn.end(), true) != argumentHasColumn.end();
        m_facts->calls << call;

        // column <op> something-not-about-the-row, at the policy's own query level: what an index can serve. A plain
        // constant on the other side (amount >= 0, status <> 'archived') is a property of rows, not who sees them:
        // an index would rarely help, and calling it the tenant filter would be wrong.
        if (kind == ExpressionCall::Kind::Operator && queryDepth == 0 && arguments.size() == 2 && item.text != u"NULLIFEXPR") {
            for (int side = 0; side < 2; ++side) {
                if (isTopLevelColumn(arguments[side]) && !argumentHasColumn[1 - side] && !isPlainConstant(arguments[1 - side]))
                    m_facts->filteredColumns.insert(columnNumber(arguments[side]));
            }
        }
        return call.receivesColumns;
    }

    ExpressionFacts *m_facts;
};

} // namespace

ExpressionFacts analyzePolicyExpression(const QString &nodeTree)
{
    ExpressionFacts facts;
    if (nodeTree.trimmed().isEmpty()) {
        facts.valid = true;
        return facts;
    }
    Item root;
    TreeReader reader(nodeTree);
    if (!reader.read(&root)) {
        facts.error = reader.error();
        return facts;
    }
    Analyzer analyzer(&facts);
    analyzer.walk(root, 0, 0);
    facts.valid = true;
    return facts;
}

} // namespace pgv
