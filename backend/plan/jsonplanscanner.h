// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QByteArray>

#include <optional>

namespace pgv {

/// Reads a well-formed EXPLAIN (FORMAT JSON) document in a single pass over its bytes, without building a JSON
/// document: a plan of thousands of nodes costs little more than QJsonDocument::fromJson alone, where reading
/// fields out of a QJsonObject per node would cost twice as much again. Nodes remember where they are in \a json
/// and build their properties on request. Returns nothing for anything unusual (invalid JSON, another shape,
/// escaped keys it cannot match); the caller then reads the input with QJsonDocument, which also words errors.
std::optional<Plan> scanJsonPlan(const QByteArray &json);

} // namespace pgv
