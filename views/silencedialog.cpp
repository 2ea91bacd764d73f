// SPDX-License-Identifier: GPL-3.0-or-later
#include "silencedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
enum Scope { ThisAlert, ThisNode, WholeCluster };
constexpr int kMinutes = 60;
constexpr int kHours = 3600;
} // namespace

SilenceDialog::SilenceDialog(const QString &cluster, const QString &subject, AlertRuleKind rule, QWidget *parent)
    : QDialog(parent)
    , m_cluster(cluster)
    , m_node(subject.contains(u'@') ? subject.section(u'@', 1) : subject)
    , m_rule(rule)
    , m_scope(new QComboBox)
    , m_duration(new QSpinBox)
    , m_unit(new QComboBox)
    , m_reason(new QLineEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Silence alerts on %1").arg(cluster));
    const QString ruleText = ruleTitle(rule);
    m_scope->addItem(m_node.isEmpty() ? tr("%1 on %2").arg(ruleText, cluster) : tr("%1 on %2").arg(ruleText, m_node), ThisAlert);
    if (!m_node.isEmpty())
        m_scope->addItem(tr("Every alert about %1").arg(m_node), ThisNode);
    m_scope->addItem(tr("Every alert of the cluster %1").arg(cluster), WholeCluster);
    m_duration->setRange(1, 999);
    m_duration->setValue(1);
    m_unit->addItem(tr("minutes"), kMinutes);
    m_unit->addItem(tr("hours"), kHours);
    m_unit->setCurrentIndex(1);
    auto *duration = new QHBoxLayout;
    duration->addWidget(m_duration);
    duration->addWidget(m_unit);
    duration->addStretch();
    m_reason->setPlaceholderText(tr("Why: maintenance, kernel upgrade, someone is on it…"));
    auto *form = new QFormLayout(this);
    auto *explanation = new QLabel(tr("Silenced alerts still fire and stay listed, marked silenced; they are not sent to any route or "
                                      "notification until the silence ends. pgversectl and every other window see the same silences."));
    explanation->setWordWrap(true);
    form->addRow(explanation);
    form->addRow(tr("&Silence:"), m_scope);
    form->addRow(tr("&For:"), duration);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &SilenceDialog::updateOk);
    updateOk();
}

void SilenceDialog::updateOk()
{
    // A silence without a reason is a mystery at 3 a.m.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_reason->text().trimmed().isEmpty());
}

Silence SilenceDialog::silence() const
{
    Silence silence;
    silence.cluster = m_cluster;
    const int scope = m_scope->currentData().toInt();
    if (scope == ThisAlert)
        silence.rules = QStringList{ruleName(m_rule)};
    if (scope != WholeCluster)
        silence.node = m_node;
    silence.from = QDateTime::currentDateTimeUtc();
    silence.until = silence.from.addSecs(qint64(m_duration->value()) * m_unit->currentData().toInt());
    silence.reason = m_reason->text().trimmed();
    return silence;
}

} // namespace pgv
