// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace pgv {

struct PlanNode;

/// Reads the header of a node line of a text plan — the part before its statistics, such as
/// "Parallel Index Scan Backward using orders_pkey on public.orders o" — into the properties PostgreSQL's JSON
/// format gives the same node: "Node Type" (normalized: "HashAggregate" becomes "Aggregate" with "Strategy"
/// "Hashed"), "Parallel Aware", "Join Type", "Operation", "Scan Direction", "Relation Name", "Index Name",
/// "Alias"… Names PostgreSQL never prints (forks, extensions) are kept as the node type, never rejected.
void readTextNodeHeader(QStringView header, QJsonObject *properties);

/// True when \a text (left-trimmed) starts with a node name PostgreSQL prints, followed by what may follow one.
bool startsWithNodeName(QStringView text);

/// True for the lines under a ModifyTable that name each target table ("Update on t_p1 t_1").
bool isTargetTableLine(QStringView text);
/// {"Operation", "Relation Name", "Schema", "Alias"} of a target table line.
QJsonObject readTargetTable(QStringView text);

/// "Parent Relationship" of the \a index-th child (not counting subplans) of a node of type \a parentType.
QString childRelationship(const QString &parentType, int index);

/// The node's name as PostgreSQL prints it in a text plan, with its target: "Hash Left Join",
/// "Parallel Seq Scan on orders o", "Finalize HashAggregate".
QString nodeLabel(const PlanNode &node);

} // namespace pgv
