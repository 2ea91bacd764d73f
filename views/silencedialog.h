// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"
#include "alerts/silence.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace pgv {

/// Asks what to silence (this alert, every alert of its node, the whole cluster), for how long and why.
class SilenceDialog : public QDialog
{
    Q_OBJECT
public:
    SilenceDialog(const QString &cluster, const QString &subject, AlertRuleKind rule, QWidget *parent = nullptr);

    /// The silence to store (no id yet), from now.
    Silence silence() const;

private:
    void updateOk();

    QString m_cluster;
    QString m_node;
    AlertRuleKind m_rule;
    QComboBox *m_scope;
    QSpinBox *m_duration;
    QComboBox *m_unit;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace pgv
