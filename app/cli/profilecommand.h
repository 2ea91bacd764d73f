// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl profile list|show|add|remove|set-password …
int runProfile(const QStringList &arguments);

} // namespace pgv::cli
