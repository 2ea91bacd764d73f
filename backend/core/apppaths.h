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

/// Creates \a dir (and its parents) and makes it owner-only (0700): our files name clusters, hosts and users.
bool makePrivateDir(const QString &dir);
/// Creates the folder of a file we write (the audit log, the lag history…): owner-only when it is our own data or
/// config folder; a folder the caller chose elsewhere (a test's, one shared with a lab) keeps its mode.
bool makeFolderFor(const QString &file);
/// Makes \a file owner-only (0600), creating it empty when it does not exist yet, so that it is never readable by
/// others even for a moment after its first write.
bool makePrivateFile(const QString &file);

} // namespace pgv::AppPaths
