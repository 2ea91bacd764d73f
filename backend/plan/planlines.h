// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace pgv {

/// One line of pasted plan output with its table frame removed, and where it came from.
struct PlanLine
{
    QString text;
    int line = 0;   ///< 1-based line in the input
    int column = 0; ///< 0-based column in the input where `text` starts
    bool continuesPrevious = false; ///< the previous line ended with psql's newline marker ("+" or "↵")

    bool isBlank() const { return text.trimmed().isEmpty(); }
};

/// Splits pasted output into lines without what psql, pgAdmin or DBeaver put around a plan: borders
/// ("|", "│", "║"), separator lines ("-----", "═══", "+---+"), newline markers ("+", "↵"), tabs (expanded to
/// 8 columns), the "(N rows)" footer and everything after it. Text before the plan is kept (callers skip it).
QList<PlanLine> unframePlanText(QStringView text);

} // namespace pgv
