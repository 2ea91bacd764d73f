// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labmanifest.h"

#include <functional>

namespace pqxx {
class nontransaction;
}

namespace pgv {

/// Runs \a statements as the lab's superuser on \a node (a node or the subscriber) in \a database, through libpqxx,
/// which quotes every value and name handed to it. Blocks: lab creation and pgversectl only.
bool runLabSql(const LabManifest &lab, const LabNode &node, const QString &database,
               const std::function<void(pqxx::nontransaction &)> &statements, QString *error);

} // namespace pgv
