// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planalysis.h"

namespace pgv {

/// Fills what can be told about one node on its own — row estimate, spills to disk — and appends its warnings
/// (misestimates over 10×, disk sorts, hash spills, lossy bitmaps, filters discarding most rows, nested loops
/// running their inner side many times, parallel workers not launched).
void diagnoseNode(const PlanNode &node, const QList<PlanNode> &nodes, NodeAnalysis *analysis, QList<PlanWarning> *warnings);

} // namespace pgv
