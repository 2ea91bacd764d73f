// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topologyassembler.h"

namespace pgv {

/// Adds to \a snapshot (assembled from \a input) the problems a person must know of: nodes down or refusing,
/// no primary or more than one, foreign system identifiers, standbys on another timeline, not streaming or paused,
/// inactive slots, failing archiving. \a previous, the snapshot before, tells whether a full server was the primary.
void findTopologyProblems(const TopologyInput &input, const TopologySnapshot *previous, TopologySnapshot *snapshot);

} // namespace pgv
