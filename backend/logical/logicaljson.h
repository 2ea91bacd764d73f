// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logicalestate.h"

#include <QJsonObject>

namespace pgv {

/// `pgversectl logical --json`: publications, subscriptions, slots and problems (keys are only ever added).
QJsonObject logicalToJson(const LogicalEstate &estate);

} // namespace pgv
