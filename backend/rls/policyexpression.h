// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace pgv {

/// One call a policy expression makes, found in its stored expression tree.
struct ExpressionCall
{
    enum class Kind { Function, Operator, IoCast };
    Kind kind = Kind::Function;
    quint32 function = 0; // pg_proc oid (the operator's function for operators); 0 for casts
    quint32 op = 0;       // pg_operator oid for operators
    quint32 sourceType = 0; // casts: the type converted from, when the tree says (a column's type)
    quint32 targetType = 0; // casts: the type converted to
    /// Some argument carries a table column's value: the call sees every row before the policy has filtered it.
    bool receivesColumns = false;
    int argumentCount = 0;
    /// The second argument is the constant true (current_setting's missing_ok).
    bool secondArgumentTrue = false;
    /// The call's result is converted through text I/O to this type without NULLIF first: '' fails for most types.
    quint32 castTo = 0;
};

/// What the linter needs to know about a policy's USING or WITH CHECK expression.
struct ExpressionFacts
{
    bool valid = false;
    QString error;
    QList<ExpressionCall> calls;
    /// Columns (attnums) of the policy's table compared with something that does not depend on the row, e.g.
    /// tenant_id = current_setting(…): an index on them lets the policy use an index scan.
    QSet<int> filteredColumns;
};

/// Reads a pg_node_tree as the server prints it (pg_policy.polqual::text) and collects the facts above.
/// Trees nested deeper than 1,000 levels are rejected.
ExpressionFacts analyzePolicyExpression(const QString &nodeTree);

} // namespace pgv
