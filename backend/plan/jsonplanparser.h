// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "planlines.h"

#include <QByteArray>

#include <optional>

namespace pgv {

/// Reads EXPLAIN (FORMAT JSON) output: with scanJsonPlan() when it can, with QJsonDocument otherwise. When the
/// JSON was cut out of a psql frame, \a origin gives the input line each of its lines came from, so errors point
/// into the input.
std::optional<Plan> parseJsonPlan(const QByteArray &json, PlanParseError *error, const QList<PlanLine> *origin = nullptr);

/// The QJsonDocument reading alone: every input, precise errors, properties held by each node.
std::optional<Plan> parseJsonPlanWithDocument(const QByteArray &json, PlanParseError *error, const QList<PlanLine> *origin = nullptr);

} // namespace pgv
