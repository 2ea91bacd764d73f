// SPDX-License-Identifier: GPL-3.0-or-later
#include "textplanparser.h"
#include "nodetypes.h"
#include "textlines.h"
#include "textproperties.h"
#include "textstatistics.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QCborMap>
#include <QCborValue>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// An entry of the indentation stack: a node (by the column of its name) or a subplan header ("InitPlan 1").
struct StackEntry
{
    int column = 0;
    int node = -1; ///< the node, or for a header the node it belongs to
    bool header = false;
    QString relationship, name;
};

/// Lines indented under a property without a value ("Planning:", "JIT:") or under "Worker N:".
struct Group
{
    int column = 0;
    int node = -1; ///< -1: the plan
    QString key;
    bool worker = false;
    QJsonObject content;
};

class TextPlanReader
{
public:
    explicit TextPlanReader(PlanParseError *error) : m_error(error) { m_plan.format = PlanFormat::Text; }

    std::optional<Plan> read(const QList<LogicalLine> &lines)
    {
        // Room for every node at once: growing a list of large nodes step by step holds two copies at each step.
        const auto nodeCount = std::count_if(lines.cbegin(), lines.cend(), [](const LogicalLine &line) { return line.isNode; });
        m_plan.nodes.reserve(nodeCount);
        m_properties.reserve(nodeCount);
        m_ranges.reserve(nodeCount);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (!readLine(lines.at(i), i == 0))
                return std::nullopt;
        }
        closeGroups(-1);
        popStack(-1);
        // A plan whose first node has no times but a later one has (the first never ran): the never-executed
        // nodes get zero times after all, as EXPLAIN (FORMAT JSON) gives them.
        if (m_anyTimes && !m_times) {
            for (PlanNode &node : m_plan.nodes) {
                const auto [from, to] = m_ranges.at(node.id);
                QJsonObject properties = QCborValue::fromCbor(m_store.mid(from, to - from)).toMap().toJsonObject();
                if (addZeroTimes(&properties))
                    storeNode(node.id, std::move(properties));
            }
        }
        m_store.squeeze();
        for (PlanNode &node : m_plan.nodes) {
            const auto [begin, end] = m_ranges.at(node.id);
            node.setCborSource(m_store, begin, end);
        }
        m_plan.finish();
        return std::move(m_plan);
    }

private:
    bool failAt(const LogicalLine &line, qsizetype offset, const QString &message)
    {
        m_error->message = message;
        std::tie(m_error->line, m_error->column) = line.position(offset);
        return false;
    }

    bool readLine(const LogicalLine &line, bool first)
    {
        const QStringView text = line.text;
        const int indent = line.indent;
        const QStringView trimmed = text.trimmed();
        if (first || trimmed.startsWith(u"->"))
            return readNode(line, indent);
        if (startsWithNodeName(trimmed) && statisticsStart(trimmed) >= 0) {
            return failAt(line, indent,
                          QCoreApplication::translate("Plan", "a second plan starts here, or this node is not indented below the node it belongs to"));
        }
        if (isSubplanHeader(trimmed)) {
            closeGroups(-1);
            popStack(indent);
            if (m_stack.isEmpty())
                return failAt(line, indent, QCoreApplication::translate("Plan", "this subplan is not indented below any node"));
            const StackEntry &top = m_stack.last();
            const bool subPlan = trimmed.startsWith(u"SubPlan");
            m_stack.append({indent, top.node, true, subPlan ? u"SubPlan"_s : u"InitPlan"_s, trimmed.toString()});
            return true;
        }
        closeGroups(indent);
        if (!m_groups.isEmpty()) {
            readProperty(trimmed, indent, &m_groups.last().content, m_groups.last().node);
            return true;
        }
        const qsizetype colon = trimmed.indexOf(u':');
        const QStringView key = colon > 0 ? trimmed.first(colon) : QStringView();
        if (isPlanSectionKey(key)) {
            readProperty(trimmed, indent, &m_plan.properties, -1);
            return true;
        }
        popStack(indent);
        if (m_stack.isEmpty()) {
            readProperty(trimmed, indent, &m_plan.properties, -1); // something PostgreSQL prints below the tree
            return true;
        }
        const int owner = m_stack.last().node;
        if (isWorkerLine(trimmed))
            return readWorker(line, trimmed, indent, owner);
        readProperty(trimmed, indent, &m_properties[owner], owner);
        return true;
    }

    bool readNode(const LogicalLine &line, int indent)
    {
        closeGroups(-1);
        const QString &text = line.text;
        qsizetype nameOffset = 0; // in text, past "->  "
        if (text.startsWith(u"->")) {
            nameOffset = 2;
            while (nameOffset < text.size() && text.at(nameOffset) == u' ')
                ++nameOffset;
        }
        const int nameColumn = indent + int(nameOffset);
        int parent = -1;
        QString relationship;
        QString subplanName;
        if (!m_plan.nodes.isEmpty()) {
            popStack(indent);
            if (m_stack.isEmpty())
                return failAt(line, indent, QCoreApplication::translate("Plan", "this node is not indented below any node above it"));
            const StackEntry &top = m_stack.last();
            parent = top.node;
            if (top.header) {
                relationship = top.relationship;
                subplanName = top.name;
            } else {
                relationship = childRelationship(m_nodeTypes[parent], m_plainChildren[parent]++);
            }
        }
        const int depth = parent < 0 ? 0 : m_depths[parent] + 1;
        if (depth > MaxPlanDepth)
            return failAt(line, indent, QCoreApplication::translate("Plan", "the plan is nested more than %1 levels deep").arg(MaxPlanDepth));

        PlanNode node;
        node.id = int(m_plan.nodes.size());
        node.parent = parent;
        node.sourceLine = line.position(indent).first;
        const QStringView body = QStringView(text).mid(nameOffset);
        const qsizetype statistics = statisticsStart(body);
        const QStringView header = (statistics < 0 ? body : body.first(statistics)).trimmed();
        if (header.isEmpty())
            return failAt(line, nameColumn, QCoreApplication::translate("Plan", "a node without a name"));
        QJsonObject properties;
        readTextNodeHeader(header, &properties);
        if (statistics >= 0 && !readStatistics(line, nameColumn, body, statistics, &properties))
            return false;
        // EXPLAIN gives every node the same statistics: one without them is a plan cut off or garbled.
        const bool costs = properties.contains("Plan Rows"_L1);
        const bool actuals = properties.contains("Actual Loops"_L1);
        const bool neverExecuted = properties.value("Actual Loops"_L1).toDouble(-1) == 0;
        const bool times = properties.contains("Actual Total Time"_L1);
        m_anyTimes = m_anyTimes || times;
        if (m_plan.nodes.isEmpty()) {
            m_costs = costs;
            m_actuals = actuals;
            m_times = times;
        } else if ((m_costs && !costs) || (m_actuals && !actuals) || (m_times && !times && !neverExecuted)) {
            return failAt(line, nameColumn + int(header.size()),
                          QCoreApplication::translate("Plan", "this node lacks the statistics the plan's first node has; is the plan cut off?"));
        }
        if (parent >= 0) {
            properties.insert("Parent Relationship"_L1, relationship);
            if (!subplanName.isEmpty())
                properties.insert("Subplan Name"_L1, subplanName);
        }
        m_stack.append({nameColumn, node.id, false, {}, {}});
        m_depths.append(depth);
        m_plainChildren.append(0);
        m_nodeTypes.append(properties.value("Node Type"_L1).toString());
        m_properties.append(std::move(properties));
        m_ranges.append({0, 0});
        m_plan.nodes.append(std::move(node));
        return true;
    }

    /// "(cost=…) (actual …)" or "(never executed)" from \a from to the end of \a body.
    bool readStatistics(const LogicalLine &line, int base, QStringView body, qsizetype from, QJsonObject *properties)
    {
        for (qsizetype i = from; i < body.size();) {
            if (body.at(i).isSpace()) {
                ++i;
                continue;
            }
            if (body.at(i) != u'(')
                return failAt(line, base + i, QCoreApplication::translate("Plan", "unexpected text after the node's statistics"));
            const qsizetype close = body.indexOf(u')', i);
            if (close < 0)
                return failAt(line, base + i, QCoreApplication::translate("Plan", "the node's statistics have no closing parenthesis"));
            qsizetype start = i + 1;
            while (start < close && body.at(start) == u' ')
                ++start;
            const QStringView inner = body.sliced(start, close - start);
            qsizetype errorAt = 0;
            bool ok = true;
            if (inner.trimmed() == u"never executed") {
                properties->insert("Actual Rows"_L1, 0.0);
                properties->insert("Actual Loops"_L1, 0.0);
            } else if (inner.startsWith(u"cost")) {
                ok = readCostStatistics(inner, properties, &errorAt);
            } else if (inner.startsWith(u"actual")) {
                ok = readActualStatistics(inner, properties, &errorAt);
            } else {
                return failAt(line, base + i, QCoreApplication::translate("Plan", "unknown statistics (expected cost=…, actual … or never executed)"));
            }
            if (!ok)
                return failAt(line, base + start + errorAt, QCoreApplication::translate("Plan", "cannot read the node's statistics here"));
            i = close + 1;
        }
        return true;
    }

    bool readWorker(const LogicalLine &line, QStringView trimmed, int indent, int owner)
    {
        const qsizetype colon = trimmed.indexOf(u':');
        Group group{indent, owner, {}, true, {}};
        group.content.insert("Worker Number"_L1, trimmed.sliced(7, colon - 7).trimmed().toInt());
        const QStringView value = trimmed.mid(colon + 1).trimmed();
        if (value.startsWith(u"actual")) {
            qsizetype errorAt = 0;
            if (!readActualStatistics(value, &group.content, &errorAt))
                return failAt(line, indent + (value.data() - trimmed.data()) + errorAt, QCoreApplication::translate("Plan", "cannot read the worker's statistics here"));
        } else if (const qsizetype inner = value.indexOf(u':'); inner > 0) {
            readTextProperty(value.first(inner), value.mid(inner + 1), &group.content);
        }
        m_groups.append(group);
        return true;
    }

    void readProperty(QStringView trimmed, int indent, QJsonObject *target, int node)
    {
        if (isTargetTableLine(trimmed)) {
            QJsonArray tables = target->value("Target Tables"_L1).toArray();
            tables.append(readTargetTable(trimmed));
            target->insert("Target Tables"_L1, tables);
            return;
        }
        const qsizetype colon = trimmed.indexOf(u':');
        if (colon <= 0)
            return;
        const QStringView key = trimmed.first(colon);
        const QStringView value = trimmed.mid(colon + 1).trimmed();
        if (key.startsWith(u"Trigger ")) {
            QJsonArray triggers = m_plan.properties.value("Triggers"_L1).toArray();
            triggers.append(readTriggerLine(key, value));
            m_plan.properties.insert("Triggers"_L1, triggers);
        } else if (key == u"Time" && node < 0 && m_groups.isEmpty()) {
            // psql's \timing line, not part of the plan
        } else if (value.isEmpty()) {
            m_groups.append({indent, node, key.toString(), false, {}});
        } else {
            if (node >= 0 && m_groups.isEmpty() && (key == u"Group Key" || key == u"Hash Key" || key == u"Sort Key")
                && m_nodeTypes[node] == u"Aggregate")
                m_keyLines[node].append({key.toString(), value.toString()}); // grouping sets, maybe
            readTextProperty(key, value, target);
        }
    }

    /// Leaves the nodes and subplan headers that a line at \a column is not indented under (all for -1). A node
    /// that leaves the stack has all its lines read: it is finished there, so that only the nodes on the stack hold
    /// their properties as objects, not every node of a large plan.
    void popStack(int column)
    {
        while (!m_stack.isEmpty() && (column < 0 || m_stack.last().column >= column)) {
            const StackEntry entry = m_stack.takeLast();
            if (!entry.header)
                finishNode(entry.node);
        }
    }

    /// EXPLAIN (FORMAT JSON) gives never-executed nodes zero times; "(never executed)" means the same.
    static bool addZeroTimes(QJsonObject *properties)
    {
        if (properties->value("Actual Loops"_L1).toDouble(-1) != 0 || properties->contains("Actual Total Time"_L1))
            return false;
        properties->insert("Actual Startup Time"_L1, 0.0);
        properties->insert("Actual Total Time"_L1, 0.0);
        return true;
    }

    /// Grouping sets, zero times, the normalized fields, and the properties as CBOR in one buffer shared
    /// by all nodes (as nodes of a JSON plan keep their place in the input): a QJsonObject per node would cost
    /// several times the text it came from.
    void finishNode(int id)
    {
        QJsonObject properties = std::exchange(m_properties[id], QJsonObject());
        if (const auto keys = m_keyLines.constFind(id); keys != m_keyLines.cend()) {
            if (const QJsonArray sets = readGroupingSets(keys.value()); !sets.isEmpty()) {
                for (const char *key : {"Group Key", "Hash Key", "Sort Key"})
                    properties.remove(QLatin1StringView(key));
                properties.insert("Grouping Sets"_L1, sets);
            }
            m_keyLines.erase(keys);
        }
        if (m_times)
            addZeroTimes(&properties);
        storeNode(id, std::move(properties));
    }

    /// The node's normalized fields from \a properties, and \a properties appended to the store (a later call for the
    /// same node supersedes the earlier range).
    void storeNode(int id, QJsonObject properties)
    {
        const qsizetype begin = m_store.size();
        m_store += QCborValue::fromJsonValue(properties).toCbor();
        m_ranges[id] = {begin, m_store.size()};
        PlanNode &node = m_plan.nodes[id];
        node.setProperties(std::move(properties));
        node.normalize();
        node.setProperties({});
    }

    /// Ends the groups that a line at \a column is not indented under (all of them for -1).
    void closeGroups(int column)
    {
        while (!m_groups.isEmpty() && (column < 0 || m_groups.last().column >= column)) {
            Group group = m_groups.takeLast();
            QJsonObject *target = !m_groups.isEmpty() ? &m_groups.last().content
                : group.node >= 0                    ? &m_properties[group.node]
                                                     : &m_plan.properties;
            if (!group.worker) {
                target->insert(group.key, group.content);
                continue;
            }
            // One worker may have several lines ("Worker 0:  actual…", "Worker 0:  Sort Method…"): merge them.
            QJsonArray workers = target->value("Workers"_L1).toArray();
            const int number = group.content.value("Worker Number"_L1).toInt();
            qsizetype index = 0;
            while (index < workers.size() && workers.at(index).toObject().value("Worker Number"_L1).toInt() != number)
                ++index;
            QJsonObject worker = index < workers.size() ? workers.at(index).toObject() : QJsonObject();
            for (auto it = group.content.constBegin(); it != group.content.constEnd(); ++it)
                worker.insert(it.key(), it.value());
            if (index < workers.size())
                workers.replace(index, worker);
            else
                workers.append(worker);
            target->insert("Workers"_L1, workers);
        }
    }

    PlanParseError *m_error;
    Plan m_plan;
    QList<StackEntry> m_stack;
    QList<Group> m_groups;
    QList<int> m_depths;
    QList<int> m_plainChildren;
    QList<QJsonObject> m_properties; ///< of each node while it is read (empty once finished)
    QStringList m_nodeTypes;
    QByteArray m_store;                               ///< every finished node's properties, as CBOR
    QList<std::pair<qsizetype, qsizetype>> m_ranges; ///< of each node in m_store
    QHash<int, QList<std::pair<QString, QString>>> m_keyLines;
    bool m_costs = false;   ///< the root has "(cost=…)", so every node must
    bool m_actuals = false; ///< the root has "(actual …)" or "(never executed)", so every node must
    bool m_times = false;   ///< the root has "actual time=", so every node that ran must
    bool m_anyTimes = false; ///< some node has "actual time="
};

} // namespace

qsizetype findTextPlanStart(const QList<PlanLine> &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (looksLikeNodeLine(lines.at(i).text))
            return i;
    }
    return -1;
}

std::optional<Plan> parseTextPlan(QList<PlanLine> lines, PlanParseError *error)
{
    const qsizetype start = findTextPlanStart(lines);
    if (start < 0) {
        const auto firstText = std::find_if(lines.cbegin(), lines.cend(), [](const PlanLine &line) { return !line.isBlank(); });
        error->message = firstText == lines.cend()
            ? QCoreApplication::translate("Plan", "the input is empty")
            : QCoreApplication::translate("Plan", "no plan found: expected EXPLAIN output, such as a line \"Seq Scan on t  (cost=0.00..1.01 rows=1 width=4)\" "
                         "or a JSON document");
        error->line = firstText == lines.cend() ? 0 : firstText->line;
        error->column = firstText == lines.cend() ? 0 : 1;
        return std::nullopt;
    }
    QList<LogicalLine> logical = assembleLogicalLines(lines, start);
    lines = {};
    TextPlanReader reader(error);
    return reader.read(logical);
}

} // namespace pgv
