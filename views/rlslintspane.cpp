// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlslintspane.h"

#include "rlsmodels.h"
#include "sqlhighlighter.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace pgv {

RlsLintsPane::RlsLintsPane(QWidget *parent)
    : QWidget(parent)
{
    m_view = new QTableView;
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_explanation = new QLabel;
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_fix = new QPlainTextEdit;
    m_fix->setObjectName(u"lintFix"_s);
    m_fix->setReadOnly(true);
    QFont font(u"monospace"_s);
    font.setStyleHint(QFont::Monospace);
    m_fix->setFont(font);
    new SqlHighlighter(m_fix->document());
    m_copy = new QPushButton(tr("&Copy fix"));
    m_copy->setObjectName(u"copyFix"_s);
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(currentFix()); });

    auto *detail = new QWidget;
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_explanation);
    auto *fixRow = new QHBoxLayout;
    auto *fixLabel = new QLabel(tr("Suggested fix (review it; it runs nothing by itself):"));
    fixLabel->setWordWrap(true);
    fixRow->addWidget(fixLabel, 1);
    fixRow->addWidget(m_copy);
    detailLayout->addLayout(fixRow);
    detailLayout->addWidget(m_fix, 1);
    auto *splitter = new QSplitter(Qt::Vertical); // the findings above what the chosen one means: fits a narrow tab
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void RlsLintsPane::setModel(RlsLintModel *model)
{
    m_model = model;
    m_view->setModel(model);
    m_view->setColumnWidth(RlsLintModel::SeverityColumn, 80);
    m_view->setColumnWidth(RlsLintModel::CodeColumn, 190);
    m_view->setColumnWidth(RlsLintModel::TableColumn, 140);
    m_view->setColumnWidth(RlsLintModel::PolicyColumn, 120);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RlsLintsPane::showCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
        showCurrent();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const RlsLint &lint = m_model->lints().at(index.row());
        if (lint.table.isValid())
            Q_EMIT tableActivated(lint.table);
    });
}

QString RlsLintsPane::currentFix() const
{
    return m_fix->toPlainText();
}

void RlsLintsPane::showCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model || !current.isValid()) {
        m_explanation->setText(m_model && m_model->rowCount() == 0 ? tr("No finding: the policies avoid every known pitfall.") : QString());
        m_fix->clear();
        m_copy->setEnabled(false);
        return;
    }
    const RlsLint &lint = m_model->lints().at(current.row());
    const QString colour = lintSeverityColor(lint.severity).name();
    m_explanation->setText(u"<b style=\"color:%1\">%2</b> <code>%3</code><br>%4"_s.arg(
        colour, current.siblingAtColumn(RlsLintModel::SeverityColumn).data().toString().toHtmlEscaped(), lint.code.toHtmlEscaped(),
        lint.message.toHtmlEscaped()));
    m_fix->setPlainText(lint.fix);
    m_copy->setEnabled(!lint.fix.isEmpty());
}

} // namespace pgv
