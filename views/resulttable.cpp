// SPDX-License-Identifier: GPL-3.0-or-later
#include "resulttable.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

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

QTableView *createListTable(QAbstractItemModel *model, int sortRole, const QString &name)
{
    auto *table = new QTableView;
    table->setObjectName(name);
    if (sortRole >= 0) {
        auto *proxy = new QSortFilterProxyModel(model);
        proxy->setSourceModel(model);
        proxy->setSortRole(sortRole);
        table->setModel(proxy);
        table->setSortingEnabled(true);
    } else {
        table->setModel(model);
    }
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    return table;
}

QLabel *createCaption(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QWidget *createCaptionedPane(const QString &caption, QWidget *pane)
{
    auto *widget = new QWidget;
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createCaption(caption));
    layout->addWidget(pane, 1);
    return widget;
}

} // namespace pgv
