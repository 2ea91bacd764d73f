// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv {

struct TopologySnapshot;

/// The window's status line for the open cluster: its name, nodes, health, when it was last polled, whether the
/// profile is read-only, and the clusters shown beside it.
QString workspaceStatusLine(const TopologySnapshot &snapshot, bool readOnly, const QStringList &beside);

} // namespace pgv
