// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantextwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Properties the header line already shows, or that are written as one "Buffers:" / "I/O Timings:" line.
const QSet<QString> &headerKeys()
{
    static const QSet<QString> keys{
        u"Node Type"_s, u"Strategy"_s, u"Partial Mode"_s, u"Operation"_s, u"Parent Relationship"_s, u"Subplan Name"_s,
        u"Custom Plan Provider"_s, u"Parallel Aware"_s, u"Async Capable"_s, u"Join Type"_s, u"Scan Direction"_s,
        u"Index Name"_s, u"Relation Name"_s, u"Function Name"_s, u"CTE Name"_s, u"Schema"_s, u"Alias"_s,
        u"Startup Cost"_s, u"Total Cost"_s, u"Plan Rows"_s, u"Plan Width"_s, u"Actual Startup Time"_s,
        u"Actual Total Time"_s, u"Actual Rows"_s, u"Actual Loops"_s, u"Command"_s,
    };
    return keys;
}

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        // The range test comes first: converting a double beyond qint64 is undefined.
        return std::abs(number) < 1e15 && number == std::floor(number) ? QString::number(qint64(number)) : QString::number(number, 'f', 3);
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QStringList parts;
        bool scalars = true;
        for (const QJsonValue &item : array) {
            scalars = scalars && !item.isObject() && !item.isArray();
            parts.append(valueText(item));
        }
        if (scalars)
            return parts.join(u", "_s);
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    }
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString countersLine(const PlanCounters &counters)
{
    QStringList scopes;
    const auto scope = [&](const QString &name, std::initializer_list<std::pair<const char *, PlanCounters::Index>> parts) {
        QStringList items;
        for (const auto &[label, index] : parts) {
            if (counters[index] > 0)
                items.append(QString::fromLatin1(label) + u'=' + QString::number(qint64(counters[index])));
        }
        if (!items.isEmpty())
            scopes.append(name + u' ' + items.join(u' '));
    };
    scope(u"shared"_s, {{"hit", PlanCounters::SharedHit}, {"read", PlanCounters::SharedRead},
                        {"dirtied", PlanCounters::SharedDirtied}, {"written", PlanCounters::SharedWritten}});
    scope(u"local"_s, {{"hit", PlanCounters::LocalHit}, {"read", PlanCounters::LocalRead},
                       {"dirtied", PlanCounters::LocalDirtied}, {"written", PlanCounters::LocalWritten}});
    scope(u"temp"_s, {{"read", PlanCounters::TempRead}, {"written", PlanCounters::TempWritten}});
    return scopes.join(u", "_s);
}

bool isCounterKey(const QString &key)
{
    return key.endsWith(u" Blocks"_s) && !key.endsWith(u"Heap Blocks"_s);
}

class Writer
{
public:
    Writer(const Plan &plan, QList<PlanSourceSpan> *spans) : m_plan(plan), m_spans(spans)
    {
        if (m_spans)
            *m_spans = QList<PlanSourceSpan>(plan.nodes.size());
    }

    void write(int id, int indent, bool arrow, bool subtree)
    {
        const PlanNode &node = m_plan.nodes.at(id);
        QString header = node.label();
        if (node.startupCost && node.totalCost) {
            header += u"  (cost=%1..%2 rows=%3 width=%4)"_s.arg(number(*node.startupCost, 2), number(*node.totalCost, 2),
                                                                  number(node.planRows.value_or(0), 0),
                                                                  number(node.planWidth.value_or(0), 0));
        }
        if (node.actualLoops && *node.actualLoops == 0) {
            header += u" (never executed)"_s;
        } else if (node.actualRows && node.actualLoops) {
            const QString time = node.actualTotalTime ? u"time=%1..%2 "_s.arg(number(node.actualStartupTime.value_or(0), 3),
                                                                             number(*node.actualTotalTime, 3))
                                                      : QString();
            header += u" (actual %1rows=%2 loops=%3)"_s.arg(time, number(*node.actualRows, 0), number(*node.actualLoops, 0));
        }
        const QString pad(indent, u' ');
        const qsizetype begin = m_out.size();
        m_out += pad + (arrow ? u"->  "_s : QString()) + header + u'\n';
        const QString propertyPad(indent + (arrow ? 6 : 2), u' ');
        bool countersWritten = false;
        for (const auto &[key, value] : node.orderedProperties()) {
            if (headerKeys().contains(key))
                continue;
            if (isCounterKey(key)) {
                if (!countersWritten && !node.counters.isZero()) {
                    const QString counters = countersLine(node.counters);
                    if (!counters.isEmpty())
                        m_out += propertyPad + u"Buffers: "_s + counters + u'\n';
                }
                countersWritten = true;
                continue;
            }
            m_out += propertyPad + key + u": "_s + valueText(value) + u'\n';
        }
        if (m_spans)
            (*m_spans)[id] = {begin, m_out.size() - 1}; // up to the last property line's newline
        if (!subtree)
            return;
        const int childIndent = indent + (arrow ? 6 : 2);
        for (int child : node.children) {
            const PlanNode &childNode = m_plan.nodes.at(child);
            if (!childNode.subplanName.isEmpty()) {
                m_out += QString(childIndent, u' ') + childNode.subplanName + u'\n';
                write(child, childIndent + 2, true, true);
            } else {
                write(child, childIndent, true, true);
            }
        }
    }

    QString result() const { return m_out; }

private:
    const Plan &m_plan;
    QList<PlanSourceSpan> *m_spans;
    QString m_out;
};

} // namespace

QString writePlanText(const Plan &plan, int node, PlanTextScope scope, QList<PlanSourceSpan> *spans)
{
    if (node < 0 || node >= plan.nodes.size())
        return {};
    Writer writer(plan, spans);
    writer.write(node, 0, false, scope == PlanTextScope::Subtree);
    return writer.result();
}

} // namespace pgv
