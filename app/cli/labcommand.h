// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl lab up|status|start|stop|destroy|env …
int runLab(const QStringList &arguments);

} // namespace pgv::cli
