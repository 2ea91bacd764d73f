// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QLabel;
class QString;
class QTableView;
class QWidget;

namespace pgv {

/// A read-only table for checks, plan steps and results: rows as wide as their text wraps, the last column
/// stretched, the others sized to their contents.
QTableView *createResultTable(QAbstractItemModel *model);

/// A list of rows to pick from (sessions, subscriptions…), one line each, named \a name; sortable through a proxy
/// by \a sortRole unless it is -1 (the model's order is the one to keep).
QTableView *createListTable(QAbstractItemModel *model, int sortRole, const QString &name);

/// A bold caption above a pane.
QLabel *createCaption(const QString &text);

/// \a pane under a bold caption, in a widget of their own (for a splitter).
QWidget *createCaptionedPane(const QString &caption, QWidget *pane);

} // namespace pgv
