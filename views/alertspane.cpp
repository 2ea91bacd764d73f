// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertspane.h"

#include "alertlistmodel.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

AlertsPane::AlertsPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView;
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view);
    auto *buttons = new QHBoxLayout;
    m_acknowledge = new QPushButton(tr("&Acknowledge"));
    m_acknowledge->setToolTip(tr("Mark the selected alert as seen: it stays listed while it fires, without the alarm colour."));
    m_silence = new QPushButton(tr("&Silence…"));
    m_silence->setToolTip(tr("Stop sending the selected alert (or its node's, or its cluster's) anywhere for a while, with a reason: "
                             "during maintenance, or while someone works on it. It stays listed, marked silenced."));
    m_endSilence = new QPushButton(tr("&End silence"));
    m_endSilence->setToolTip(tr("End the silence that covers the selected alert now: it is sent again if it still fires."));
    auto *rules = new QPushButton(tr("Alert &rules…"));
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_silence);
    buttons->addWidget(m_endSilence);
    buttons->addWidget(rules);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT acknowledgeRequested(current.data(AlertListModel::SubjectRole).toString(),
                                        AlertRuleKind(current.data(AlertListModel::RuleKindRole).toInt()));
    });
    connect(m_silence, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT silenceRequested(current.data(AlertListModel::ClusterRole).toString(), current.data(AlertListModel::SubjectRole).toString(),
                                    AlertRuleKind(current.data(AlertListModel::RuleKindRole).toInt()));
    });
    connect(m_endSilence, &QPushButton::clicked, this, [this] {
        const QString id = m_view->currentIndex().data(AlertListModel::SilenceIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT endSilenceRequested(id);
    });
    connect(rules, &QPushButton::clicked, this, &AlertsPane::editRulesRequested);
    updateButtons();
}

void AlertsPane::setModel(AlertListModel *model)
{
    m_model = model;
    m_view->setModel(model);
    for (int column : {AlertListModel::TimeColumn, AlertListModel::ClusterColumn, AlertListModel::SubjectColumn,
                       AlertListModel::RuleColumn, AlertListModel::StateColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlertsPane::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &AlertsPane::updateButtons);
    connect(model, &QAbstractItemModel::dataChanged, this, &AlertsPane::updateButtons);
}

void AlertsPane::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool firing = current.isValid() && current.data(AlertListModel::FiringRole).toBool();
    const bool silenced = !current.data(AlertListModel::SilenceIdRole).toString().isEmpty();
    m_acknowledge->setEnabled(firing && !current.data(AlertListModel::AcknowledgedRole).toBool());
    m_silence->setEnabled(firing && !silenced);
    m_endSilence->setEnabled(firing && silenced);
}

std::optional<QList<AlertRule>> AlertRulesDialog::edit(QWidget *parent, const QString &cluster, const QList<AlertRule> &rules)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(tr("Alert rules for %1").arg(cluster));
    auto *grid = new QGridLayout(&dialog);
    grid->addWidget(new QLabel(tr("<b>Rule</b>")), 0, 0);
    grid->addWidget(new QLabel(tr("<b>Threshold</b>")), 0, 1);
    grid->addWidget(new QLabel(tr("<b>Holds for</b>")), 0, 2);
    struct Row
    {
        QCheckBox *enabled;
        QDoubleSpinBox *threshold;
        QSpinBox *hold;
    };
    QList<Row> rows;
    for (int i = 0; i < rules.size(); ++i) {
        const AlertRule &rule = rules[i];
        auto *enabled = new QCheckBox(ruleTitle(rule.kind));
        enabled->setToolTip(tr("Severity: %1").arg(severityName(ruleSeverity(rule.kind))));
        enabled->setChecked(rule.enabled);
        auto *threshold = new QDoubleSpinBox;
        threshold->setEnabled(rule.hasThreshold());
        const bool bytes = rule.thresholdIsBytes();
        threshold->setRange(0, bytes ? 1024.0 * 1024 : 86400);
        threshold->setDecimals(1);
        threshold->setSuffix(bytes ? tr(" MiB") : tr(" s"));
        threshold->setValue(bytes ? rule.threshold / (1024.0 * 1024.0) : rule.threshold);
        auto *hold = new QSpinBox;
        hold->setRange(0, 86400);
        hold->setSuffix(tr(" s"));
        hold->setValue(rule.holdSeconds);
        grid->addWidget(enabled, i + 1, 0);
        grid->addWidget(threshold, i + 1, 1);
        grid->addWidget(hold, i + 1, 2);
        rows << Row{enabled, threshold, hold};
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // The rows hold pointers to the dialog's own spin boxes, which live exactly as long as this connection.
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, &dialog, [rows] {
        const QList<AlertRule> defaults = defaultAlertRules();
        for (int i = 0; i < rows.size() && i < defaults.size(); ++i) {
            const bool bytes = defaults[i].thresholdIsBytes();
            rows[i].enabled->setChecked(defaults[i].enabled);
            rows[i].threshold->setValue(bytes ? defaults[i].threshold / (1024.0 * 1024.0) : defaults[i].threshold);
            rows[i].hold->setValue(defaults[i].holdSeconds);
        }
    });
    grid->addWidget(buttons, int(rules.size()) + 1, 0, 1, 3);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QList<AlertRule> edited = rules;
    for (int i = 0; i < edited.size(); ++i) {
        const bool bytes = edited[i].thresholdIsBytes();
        edited[i].enabled = rows[i].enabled->isChecked();
        edited[i].threshold = bytes ? rows[i].threshold->value() * 1024.0 * 1024.0 : rows[i].threshold->value();
        edited[i].holdSeconds = rows[i].hold->value();
    }
    return edited;
}

} // namespace pgv
