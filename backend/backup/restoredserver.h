// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

namespace pgv {

class Lab;

/// Where a restore goes unless told otherwise: beside the lab's folder ("lab-restore-20261203-174800"), not in
/// it, so that destroying the lab cannot delete a restored server that still runs.
QString defaultRestoreFolder(const Lab &lab);

/// The profile of a server restored from \a lab's backups on \a port: "<lab>-restored-<port>", reached with the
/// lab's superuser and its passfile (the restored server has the lab's passwords).
Profile restoredServerProfile(const Lab &lab, int port);

/// Saves restoredServerProfile() in the profile store, so the restored server opens like any cluster. Blocking
/// (a file): call it off the GUI thread.
bool registerRestoredServer(const Lab &lab, int port, QString *error);

/// The saved profiles of servers restored from \a lab (they use its passfile): `lab destroy` removes them with it.
QStringList restoredServerProfiles(const Lab &lab);

} // namespace pgv
