// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessions/sessionsignal.h"

#include <QStringList>

namespace pgv::cli {

/// pgversectl sessions cancel|terminate PID… --node NAME [--dry-run] [--yes] [--json], or terminate --root-blocker,
/// or a group (--state, --user, --database, --application, --min-age S): an audited action with the exit codes of
/// the others (0 done, 1 refused, 2 usage or not confirmed, 3 failed).
int runSessionSignal(SessionSignal::Kind kind, const QStringList &arguments);

} // namespace pgv::cli
