// SPDX-License-Identifier: GPL-3.0-or-later
#include "nodedetailspane.h"

#include "nodedetailsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace pgv {

NodeDetailsPane::NodeDetailsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(tr("Select a node to see its details."));
    m_title->setWordWrap(true);
    m_title->setMargin(4);
    layout->addWidget(m_title);
    m_view = new QTreeView;
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy all details"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &NodeDetailsPane::copyToClipboard);
    m_view->addAction(copy);
    layout->addWidget(m_view);
}

void NodeDetailsPane::setModel(NodeDetailsModel *model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->expandToDepth(0);
        m_title->setText(m_model->nodeName().isEmpty() ? tr("Select a node to see its details.")
                                                       : tr("<b>%1</b>").arg(m_model->nodeName().toHtmlEscaped()));
    });
}

QSize NodeDetailsPane::sizeHint() const
{
    // Wide enough for "Current WAL position" and a full LSN or version string side by side.
    return {440, 480};
}

void NodeDetailsPane::copyToClipboard() const
{
    if (m_model)
        QApplication::clipboard()->setText(m_model->toText());
}

} // namespace pgv
