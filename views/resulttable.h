// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;

namespace pgv {

/// A read-only table for checks, plan steps and results: rows as wide as their text wraps, the last column
/// stretched, the others sized to their contents.
QTableView *createResultTable(QAbstractItemModel *model);

} // namespace pgv
