// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl silence add|list|end: silences shared with pgverse.
int runSilence(const QStringList &arguments);

} // namespace pgv::cli
