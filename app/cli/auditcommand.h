// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl audit verify [--json]: exit 0 when the audit log's chain and anchor hold, 1 when they do not.
int runAudit(const QStringList &arguments);

} // namespace pgv::cli
