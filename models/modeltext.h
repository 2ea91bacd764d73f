// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QAbstractItemModel;

namespace pgv {

/// Every row of a table model as tab-separated text under a header line, as shown: what Copy puts on the clipboard,
/// ready to paste into a spreadsheet or a ticket.
QString modelAsTabSeparated(const QAbstractItemModel &model);

} // namespace pgv
