// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology.h"

#include <QJsonObject>

namespace pgv {

/// The documented `pgversectl status --json` shape:
/// {"nodes":[{"name","host","port","role","timeline","upstream","state","sync_state","replay_lag_bytes","lsn",…}],
///  "problems":[{"kind","node","message",…}], …}. Scripts rely on it: add keys, never rename or remove them.
QJsonObject topologyToJson(const TopologySnapshot &snapshot);
/// {"name","node","type","active","temporary","retained_bytes","logical_lag_bytes","wal_status"}
QJsonObject slotToJson(const SlotStatus &slot);

} // namespace pgv
