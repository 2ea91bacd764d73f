// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pgv::AppPaths {

/// Folder for profiles.ini and other settings. PGVERSE_CONFIG_DIR overrides it (tests, portable setups).
QString configDir();
/// Folder for history, audit log and labs. PGVERSE_DATA_DIR overrides it.
QString dataDir();
/// Where `lab up` puts a lab when no --dir is given. Readable by the servers' OS user even when we run as root.
QString defaultLabDir();

} // namespace pgv::AppPaths
