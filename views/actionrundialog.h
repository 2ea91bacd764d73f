// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/actionrunner.h"

#include <QDialog>

#include <memory>

class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace pgv {

class ActionChecksModel;
class ActionProgressPanel;
class ActionReviewPanel;
class ActionStepsModel;

/// Runs one prepared action: its checks and plan first, then (confirmed by typing the cluster's name when the
/// action is destructive) its steps with a progress bar showing rate and time left, Cancel while it is safe,
/// the log, the result and its verification. For backups, restores and expiry.
class ActionRunDialog final : public QDialog
{
    Q_OBJECT
public:
    ActionRunDialog(std::unique_ptr<ActionRunner> runner, QWidget *parent = nullptr);
    ~ActionRunDialog() override;

    /// Pages, for tests: 0 review, 1 progress.
    int currentPage() const;
    ActionRunner *runner() const { return m_runner.get(); }
    QPushButton *runButton() const { return m_runButton; }
    QProgressBar *progressBar() const;
    QString resultText() const;

public Q_SLOTS:
    /// Starts the checks (the dialog does on show).
    void check();
    void execute();

Q_SIGNALS:
    void checked(bool passed);
    void finishedRun(const pgv::ActionOutcome &outcome);

protected:
    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    QWidget *createReviewPage();
    QWidget *createProgressPage();
    void showChecks(const QList<ActionCheck> &checks, const QList<ActionStep> &plan);
    void showResult(const ActionOutcome &outcome, const QList<ActionCheck> &verification);
    void updateRunButton();

    std::unique_ptr<ActionRunner> m_runner;
    ActionChecksModel *m_checks;
    ActionStepsModel *m_steps;
    ActionChecksModel *m_verification;
    QStackedWidget *m_pages;
    ActionReviewPanel *m_review = nullptr;
    ActionProgressPanel *m_run = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_checkedOnce = false;
    bool m_checksFailed = true;
    bool m_running = false;
};

} // namespace pgv
