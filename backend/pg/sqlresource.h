// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgv {

/// The text of resources/sql/<name>.sql, compiled into the backend: statements longer than a line or two live there,
/// where they read (and diff) as SQL. Read once per name and kept; a name the build lacks is a packaging error and
/// stops the process with a message that says which file is missing.
const QString &sqlResource(const char *name);

} // namespace pgv
