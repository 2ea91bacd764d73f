// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poolerestate.h"

#include <QJsonObject>

namespace pgv {

/// `pgversectl pooler --json`: each pooler with its pools and stats, and the problems (keys are only ever added).
QJsonObject poolersToJson(const PoolerEstate &estate);

} // namespace pgv
