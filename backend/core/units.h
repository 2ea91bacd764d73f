// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgv {

/// "0 B", "812 B", "48.0 MiB": binary units, as PostgreSQL's pg_size_pretty uses them.
QString formatBytes(qint64 bytes);
/// "0.000 s", "12.5 s", "3 min 12 s".
QString formatSeconds(double seconds);

} // namespace pgv
