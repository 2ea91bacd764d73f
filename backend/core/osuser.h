// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgv {

/// The name of the operating-system user this process runs as (its uid when it has no name), for audit entries
/// and lock holders: who did it, whatever database role they used.
QString osUserName();

} // namespace pgv
