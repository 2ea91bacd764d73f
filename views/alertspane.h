// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/alertrule.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace pgv {

class AlertListModel;

/// The alert list with Acknowledge, Silence and Rules buttons.
class AlertsPane : public QWidget
{
    Q_OBJECT
public:
    explicit AlertsPane(QWidget *parent = nullptr);

    void setModel(AlertListModel *model);
    QTableView *view() const { return m_view; }
    QSize sizeHint() const override { return {800, 150}; }

Q_SIGNALS:
    void acknowledgeRequested(const QString &subject, pgv::AlertRuleKind rule);
    void editRulesRequested();
    /// Silence the selected alert's rule, node or cluster (the controller asks for how long and why).
    void silenceRequested(const QString &cluster, const QString &subject, pgv::AlertRuleKind rule);
    void endSilenceRequested(const QString &silenceId);

private:
    void updateButtons();

    QTableView *m_view = nullptr;
    QPushButton *m_acknowledge = nullptr;
    QPushButton *m_silence = nullptr;
    QPushButton *m_endSilence = nullptr;
    AlertListModel *m_model = nullptr;
};

/// Edits the alert rules of one cluster: enabled, threshold and hold time of each.
class AlertRulesDialog : public QWidget
{
    Q_OBJECT
public:
    /// Shows a modal dialog; returns the edited rules, or nothing when cancelled.
    static std::optional<QList<AlertRule>> edit(QWidget *parent, const QString &cluster, const QList<AlertRule> &rules);
};

} // namespace pgv
