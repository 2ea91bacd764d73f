// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planlines.h"

#include <utility>

namespace pgv {

/// One line of a text plan as PostgreSQL printed it, put back together from the pieces a terminal, a mail
/// client or psql's newline markers split it into; each piece remembers where it came from for error messages.
struct LogicalLine
{
    struct Piece
    {
        qsizetype offset; ///< where the piece starts in `text`
        int line;
        int column; ///< 0-based column of the piece in the input
    };
    QString text;   ///< without the first piece's indentation
    int indent = 0; ///< columns of indentation before `text`
    QList<Piece> pieces;
    bool isNode = false;

    void append(const QString &more, int line, int column);
    /// 1-based line and column in the input of the character at \a column of the line (indentation included).
    std::pair<int, int> position(qsizetype column) const;
};

/// Joins the lines of a text plan starting at its root node (\a start) into logical lines. Lines that cannot
/// start a plan line (a node, a subplan, a "Key: value" property…) continue the previous one; unquotes lines that
/// pgAdmin wrapped in quotes; stops at text after a blank line that cannot belong to the plan.
QList<LogicalLine> assembleLogicalLines(const QList<PlanLine> &lines, qsizetype start);

/// True for a line that can be a plan's first node: a node name PostgreSQL prints, or any name with statistics.
bool looksLikeNodeLine(QStringView text);
/// Offset of a node's statistics ("(cost=", "(actual", "(never executed)") in \a text, or -1.
qsizetype statisticsStart(QStringView text);
/// "InitPlan 1 (returns $0)", "SubPlan 2", "CTE name", and the bare "InitPlan"/"SubPlan" of old versions.
bool isSubplanHeader(QStringView trimmed);
/// "Worker 0:  actual time=…".
bool isWorkerLine(QStringView trimmed);

} // namespace pgv
