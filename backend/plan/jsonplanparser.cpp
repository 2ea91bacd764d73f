// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonplanparser.h"
#include "jsonplanscanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <vector>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Turns a byte offset into the JSON text into a line and column of the input.
void locate(const QByteArray &json, qsizetype offset, const QList<PlanLine> *origin, PlanParseError *error)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArrayView before(json.constData(), offset);
    const qsizetype line = before.count('\n');
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    if (origin && line < origin->size()) {
        error->line = origin->at(line).line;
        error->column = origin->at(line).column + column;
    } else {
        error->line = int(line) + 1;
        error->column = column;
        error->offset = offset;
    }
}

/// "Plan → Plans[1] → Plans[0]": where a node sits, for errors about its content.
QString nodePath(const std::vector<int> &parents, const std::vector<int> &childIndex, int node)
{
    QStringList parts;
    for (int id = node; id > 0; id = parents[id])
        parts.prepend(u"Plans[%1]"_s.arg(childIndex[id]));
    parts.prepend(u"Plan"_s);
    return parts.join(u" → "_s);
}

bool fail(PlanParseError *error, const QString &message)
{
    error->message = message;
    return false;
}

/// The object holding "Plan" (and "Planning Time", "Execution Time"…): EXPLAIN prints an array of one.
bool findTop(const QJsonDocument &document, QJsonObject *top, QJsonObject *planObject, PlanParseError *error)
{
    if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            if (value.toObject().value("Plan"_L1).isObject()) {
                *top = value.toObject();
                break;
            }
        }
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        if (object.value("Plan"_L1).isObject())
            *top = object;
        else if (object.contains("Node Type"_L1))
            *planObject = object; // a bare plan node, as some tools copy it
    }
    if (top->contains("Plan"_L1)) {
        *planObject = top->value("Plan"_L1).toObject();
        top->remove("Plan"_L1);
    }
    if (planObject->isEmpty()) {
        return fail(error, QCoreApplication::translate("Plan", "the JSON document holds no plan: expected [{\"Plan\": {\"Node Type\": …}}] "
                                                               "as EXPLAIN (FORMAT JSON) prints it"));
    }
    return true;
}

} // namespace

std::optional<Plan> parseJsonPlan(const QByteArray &json, PlanParseError *error, const QList<PlanLine> *origin)
{
    if (std::optional<Plan> plan = scanJsonPlan(json))
        return plan;
    return parseJsonPlanWithDocument(json, error, origin);
}

std::optional<Plan> parseJsonPlanWithDocument(const QByteArray &json, PlanParseError *error, const QList<PlanLine> *origin)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::GarbageAtEnd) {
        // Text after the document ("Time: 3 ms", a second statement): the plan is what comes first.
        document = QJsonDocument::fromJson(json.left(parseError.offset), &parseError);
    }
    if (parseError.error != QJsonParseError::NoError) {
        error->message = parseError.error == QJsonParseError::DeepNesting
            ? QCoreApplication::translate("Plan", "the JSON document is nested too deeply to be a plan that can be shown")
            : QCoreApplication::translate("Plan", "invalid JSON: %1").arg(parseError.errorString());
        locate(json, parseError.offset, origin, error);
        return std::nullopt;
    }

    QJsonObject top;
    QJsonObject planObject;
    if (!findTop(document, &top, &planObject, error))
        return std::nullopt;

    Plan plan;
    plan.format = PlanFormat::Json;
    plan.properties = top;
    struct Pending
    {
        QJsonObject object;
        int parent;
        int childIndex;
    };
    // First the tree's shape, in pre-order (children pushed in reverse so the first child is taken next), without
    // recursion; then the nodes, in a list sized once.
    std::vector<Pending> stack{{planObject, -1, 0}};
    std::vector<Pending> order;
    std::vector<int> parents;
    std::vector<int> childIndex;
    std::vector<int> depths;
    while (!stack.empty()) {
        Pending pending = std::move(stack.back());
        stack.pop_back();
        const int id = int(order.size());
        const int depth = pending.parent < 0 ? 0 : depths[pending.parent] + 1;
        parents.push_back(pending.parent);
        childIndex.push_back(pending.childIndex);
        depths.push_back(depth);
        if (depth > MaxPlanDepth) {
            fail(error, QCoreApplication::translate("Plan", "the plan is nested more than %1 levels deep").arg(MaxPlanDepth));
            return std::nullopt;
        }
        if (!pending.object.value("Node Type"_L1).isString()) {
            fail(error, QCoreApplication::translate("Plan", "the node at %1 has no \"Node Type\"").arg(nodePath(parents, childIndex, id)));
            return std::nullopt;
        }
        const QJsonValue children = pending.object.value("Plans"_L1);
        if (!children.isUndefined()) {
            if (!children.isArray()) {
                fail(error, QCoreApplication::translate("Plan", "\"Plans\" of the node at %1 is not an array").arg(nodePath(parents, childIndex, id)));
                return std::nullopt;
            }
            const QJsonArray array = children.toArray();
            for (qsizetype i = array.size() - 1; i >= 0; --i) {
                const QJsonValue child = array.at(i);
                if (!child.isObject()) {
                    fail(error, QCoreApplication::translate("Plan", "entry %1 of \"Plans\" of the node at %2 is not an object")
                                    .arg(i)
                                    .arg(nodePath(parents, childIndex, id)));
                    return std::nullopt;
                }
                stack.push_back({child.toObject(), id, int(i)});
            }
        }
        order.push_back(std::move(pending));
    }
    plan.nodes.reserve(qsizetype(order.size()));
    for (Pending &pending : order) {
        PlanNode &node = plan.nodes.emplace_back();
        node.id = int(plan.nodes.size() - 1);
        node.parent = pending.parent;
        pending.object.remove("Plans"_L1); // the children are nodes of their own
        node.setProperties(std::move(pending.object));
        node.normalize();
    }
    plan.finish();
    return plan;
}

} // namespace pgv
