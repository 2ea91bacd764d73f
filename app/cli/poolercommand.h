// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace pgv::cli {

/// pgversectl pooler [--profile NAME | --lab DIR] [--json] [--watch]: the cluster's PgBouncers, their pools and
/// problems; pgversectl pooler pause|resume|reconnect|reload|kill [NAME] [--database DB]: audited admin commands.
int runPooler(const QStringList &arguments);

} // namespace pgv::cli
