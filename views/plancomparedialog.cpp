// SPDX-License-Identifier: GPL-3.0-or-later
#include "plancomparedialog.h"

#include "plancomparisonmodel.h"
#include "plandocument.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

void appendRows(const QAbstractItemModel *model, const QModelIndex &parent, int depth, QString *out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QString text = model->index(row, column, parent).data().toString();
            cells.append(column == 0 ? QString(depth * 2, u' ') + text : text);
        }
        *out += cells.join(u'\t') + u'\n';
        appendRows(model, model->index(row, 0, parent), depth + 1, out);
    }
}

} // namespace

PlanCompareDialog::PlanCompareDialog(std::shared_ptr<const PlanDocument> left, std::shared_ptr<const PlanDocument> right, QWidget *parent)
    : QDialog(parent)
    , m_model(new PlanComparisonModel(this))
    , m_view(new QTreeView)
    , m_summary(new QLabel)
{
    setWindowTitle(tr("Compare plans: %1 ↔ %2").arg(left->title, right->title));
    m_model->setPlans(left->plan, left->analysis, right->plan, right->analysis);
    m_summary->setText(m_model->summary());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(PlanComparisonModel::LeftColumn, QHeaderView::Interactive);
    m_view->header()->resizeSection(PlanComparisonModel::LeftColumn, 320);
    m_view->header()->resizeSection(PlanComparisonModel::RightColumn, 320);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *copy = buttons->addButton(tr("&Copy as text"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(toText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(1200, 700);
}

QString PlanCompareDialog::toText() const
{
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers.append(m_model->headerData(column, Qt::Horizontal).toString());
    QString text = m_summary->text() + u'\n' + headers.join(u'\t') + u'\n';
    appendRows(m_model, {}, 0, &text);
    return text;
}

} // namespace pgv
