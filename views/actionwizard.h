// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/actionkind.h"
#include "actions/actionrunner.h"

#include <QDialog>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace pgv {

class ActionChecksModel;
class ActionProgressPanel;
class ActionReviewPanel;
class ActionStepsModel;

/// Guides an action: choose, read the checks and the plan, type the cluster's name to confirm, watch each step run
/// (with Cancel while that is safe), read the result and its verification. The action itself comes from the
/// factory the caller provides; the wizard only talks to the runner's signals.
class ActionWizard : public QDialog
{
    Q_OBJECT
public:
    using RunnerFactory = std::function<std::unique_ptr<ActionRunner>(const ActionChoice &)>;

    ActionWizard(ActionKind kind, QString cluster, const QStringList &targets, const QString &preselected, RunnerFactory factory,
                 QWidget *parent = nullptr);
    ~ActionWizard() override;

    /// Pages, for tests: 0 choose, 1 review, 2 progress.
    int currentPage() const;
    void setConfirmationText(const QString &text);

public Q_SLOTS:
    void check();
    void execute();

Q_SIGNALS:
    void started(const QString &title);
    void finishedRun(const pgv::ActionOutcome &outcome);

protected:
    void reject() override;

private:
    QWidget *createChoosePage(const QStringList &targets, const QString &preselected);
    QWidget *createReviewPage();
    QWidget *createProgressPage();
    void showChecks(const QList<ActionCheck> &checks, const QList<ActionStep> &plan);
    void showResult(const ActionOutcome &outcome, const QList<ActionCheck> &verification);
    void updateExecuteButton();

    ActionKind m_kind;
    QString m_cluster;
    RunnerFactory m_factory;
    std::unique_ptr<ActionRunner> m_runner;
    bool m_checksFailed = false;
    bool m_running = false;

    QStackedWidget *m_pages = nullptr;
    QComboBox *m_target = nullptr;
    QSpinBox *m_maxLag = nullptr;
    QCheckBox *m_rejoin = nullptr;
    QPushButton *m_checkButton = nullptr;
    ActionChecksModel *m_checks = nullptr;
    ActionStepsModel *m_steps = nullptr;
    ActionChecksModel *m_verification = nullptr;
    ActionReviewPanel *m_review = nullptr;
    ActionProgressPanel *m_run = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_executeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_againButton = nullptr;
};

} // namespace pgv
