// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemspane.h"

#include "problemlistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

ProblemsPane::ProblemsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView;
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy problems"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] {
        auto *model = qobject_cast<ProblemListModel *>(m_view->model());
        if (!model)
            return;
        QStringList lines;
        for (const Problem &problem : model->problems())
            lines << u"[%1] %2 %3: %4"_s.arg(severityName(problem.severity), problem.node, problemKindName(problem.kind), problem.message);
        QApplication::clipboard()->setText(lines.join(u'\n'));
    });
    m_view->addAction(copy);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ProblemListModel::KindRole).toString() == problemKindName(ProblemKind::ActionInterrupted))
            Q_EMIT recoverRequested();
        else if (index.data(ProblemListModel::KindRole).toString() == problemKindName(ProblemKind::NoPrimary))
            Q_EMIT failoverRequested();
        else
            Q_EMIT nodeActivated(index.data(ProblemListModel::NodeNameRole).toString());
    });
    layout->addWidget(m_view);
}

void ProblemsPane::setModel(ProblemListModel *model)
{
    m_view->setModel(model);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemListModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemListModel::NodeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemListModel::KindColumn, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, m_view, &QTableView::resizeRowsToContents);
}

} // namespace pgv
