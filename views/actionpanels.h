// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace pgv {

class ActionChecksModel;
class ActionRunner;
class ActionStepsModel;

/// "Refused: a check failed…", in the colour of failure, for a review's verdict line.
QString refusedVerdict();
/// \a text (plain) in the colour of failure, bold \a heading first: for what must be read before confirming.
QString redLine(const QString &heading, const QString &text);

/// What an action will do, for the person about to confirm it: its checks, its plan and a verdict line. The
/// review page of both the action dialog and the action wizard; each adds its own confirmation and buttons.
class ActionReviewPanel : public QWidget
{
    Q_OBJECT
public:
    ActionReviewPanel(ActionChecksModel *checks, ActionStepsModel *steps, const QString &planHeading, QWidget *parent = nullptr);

    void setVerdict(const QString &html);
    QHBoxLayout *buttonRow() const { return m_buttons; }

private:
    QLabel *m_verdict;
    QHBoxLayout *m_buttons;
};

/// An action as it runs: each step's state, a progress bar (steps, or bytes with speed and time left when the step
/// reports them), the log, then the result and the checks that verified it. The progress page of both the action
/// dialog and the action wizard; it follows the runner's signals by itself.
class ActionProgressPanel : public QWidget
{
    Q_OBJECT
public:
    ActionProgressPanel(ActionStepsModel *steps, ActionChecksModel *verification, QWidget *parent = nullptr);

    /// Shows what \a runner reports from now on (steps, log, progress).
    void follow(ActionRunner *runner);
    /// Clears the last run's log and result; the bar runs busy until the first step ends.
    void start();
    void appendLog(const QString &line);
    /// The result line, green when it succeeded, red otherwise.
    void showResult(const ActionOutcome &outcome);
    QString resultText() const;
    QProgressBar *progressBar() const { return m_progress; }
    QHBoxLayout *buttonRow() const { return m_buttons; }

private:
    void showStepsDone();
    void showProgress(const ActionProgress &progress);

    ActionStepsModel *m_steps;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPlainTextEdit *m_log;
    QLabel *m_result;
    QHBoxLayout *m_buttons;
};

} // namespace pgv
