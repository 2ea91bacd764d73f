// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttable.h"

#include <QHeaderView>
#include <QTableView>

namespace pgv {

QTableView *createResultTable(QAbstractItemModel *model)
{
    auto *view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->setAlternatingRowColors(true);
    for (int column = 0; column + 1 < model->columnCount(); ++column)
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeRowsToContents);
    return view;
}

} // namespace pgv
