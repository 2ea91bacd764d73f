// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl rls show|lint|test [--profile|--lab|--node …] [--db NAME] [--json] …: the row-level security of one
/// database on the cluster's primary.
int runRls(const QStringList &arguments);

} // namespace pgv::cli
