// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QByteArray>

#include <optional>

namespace pgv {

/// Reads an EXPLAIN plan in PostgreSQL's JSON format (EXPLAIN (FORMAT JSON), with any options, bare or inside a
/// psql frame) or in its text format as psql, pgAdmin or DBeaver print it (frames, "+" continuations, lines a
/// terminal wrapped, quoted lines, a "QUERY PLAN" header, an "(N rows)" footer, text before the plan). The
/// format is detected. Returns nothing when the input holds no readable plan, with what and where in \a error.
/// A pure function: safe to call from any thread, never hangs, never recurses.
std::optional<Plan> parsePlan(const QByteArray &input, PlanParseError *error = nullptr);

} // namespace pgv
