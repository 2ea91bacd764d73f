// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace pgv {

/// One line of pasted plan output with its table frame removed, and where it came from.
struct PlanLine
{
    QString text;   ///< without its indentation
    int line = 0;   ///< 1-based line in the input
    int column = 0; ///< 0-based column in the input where `text` starts, tabs counted as up to 8 columns
    /// Columns of indentation before `text`. Kept as a count: as spaces, a plan indented with tabs would be held
    /// at up to sixteen times its size.
    int indent = 0;
    bool continuesPrevious = false; ///< the previous line ended with psql's newline marker ("+" or "↵")

    bool isBlank() const { return text.trimmed().isEmpty(); }
};

/// Splits pasted output into lines without what psql, pgAdmin or DBeaver put around a plan: borders
/// ("|", "│", "║"), separator lines ("-----", "═══", "+---+"), newline markers ("+", "↵"), tabs (expanded to
/// 8 columns), the "(N rows)" footer and everything after it, and each line's indentation (kept as a width).
/// Text before the plan is kept (callers skip it).
QList<PlanLine> unframePlanText(QStringView text);

} // namespace pgv
