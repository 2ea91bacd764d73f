// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrundialog.h"

#include "actionmodels.h"
#include "actionpanels.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

ActionRunDialog::ActionRunDialog(std::unique_ptr<ActionRunner> runner, QWidget *parent)
    : QDialog(parent)
    , m_runner(std::move(runner))
    , m_checks(new ActionChecksModel(this))
    , m_steps(new ActionStepsModel(this))
    , m_verification(new ActionChecksModel(this))
    , m_pages(new QStackedWidget)
{
    setWindowTitle(m_runner->action().title());
    m_pages->addWidget(createReviewPage());
    m_pages->addWidget(createProgressPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(860, 600);

    connect(m_runner.get(), &ActionRunner::preflightFinished, this, &ActionRunDialog::showChecks);
    m_run->follow(m_runner.get());
    connect(m_runner.get(), &ActionRunner::cancellableChanged, this, [this](bool cancellable) { m_cancelButton->setEnabled(cancellable && m_running); });
    connect(m_runner.get(), &ActionRunner::finished, this, &ActionRunDialog::showResult);
}

ActionRunDialog::~ActionRunDialog() = default;

QWidget *ActionRunDialog::createReviewPage()
{
    m_review = new ActionReviewPanel(m_checks, m_steps, tr("<b>What will happen</b>"));
    m_review->setVerdict(tr("Checking…"));
    QHBoxLayout *buttons = m_review->buttonRow();
    if (m_runner->action().isDestructive()) {
        auto *label = new QLabel(tr("Type the cluster's name, <b>%1</b>, to confirm:").arg(m_runner->policy().cluster.toHtmlEscaped()));
        m_confirmation = new QLineEdit;
        label->setBuddy(m_confirmation);
        buttons->addWidget(label);
        buttons->addWidget(m_confirmation);
        connect(m_confirmation, &QLineEdit::textChanged, this, &ActionRunDialog::updateRunButton);
    }
    auto *recheck = new QPushButton(tr("Check &again"));
    auto *close = new QPushButton(tr("C&lose"));
    m_runButton = new QPushButton(tr("&Run"));
    m_runButton->setEnabled(false);
    m_runButton->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(recheck);
    buttons->addWidget(close);
    buttons->addWidget(m_runButton);
    connect(recheck, &QPushButton::clicked, this, &ActionRunDialog::check);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &ActionRunDialog::execute);
    return m_review;
}

QWidget *ActionRunDialog::createProgressPage()
{
    m_run = new ActionProgressPanel(m_steps, m_verification);
    QHBoxLayout *buttons = m_run->buttonRow();
    m_cancelButton = new QPushButton(tr("&Cancel"));
    m_closeButton = new QPushButton(tr("C&lose"));
    m_closeButton->setEnabled(false);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(m_closeButton);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancelButton->setEnabled(false);
        m_run->appendLog(tr("Cancelling…"));
    });
    return m_run;
}

QProgressBar *ActionRunDialog::progressBar() const
{
    return m_run->progressBar();
}

int ActionRunDialog::currentPage() const
{
    return m_pages->currentIndex();
}

QString ActionRunDialog::resultText() const
{
    return m_run->resultText();
}

void ActionRunDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_checkedOnce) {
        m_checkedOnce = true;
        check();
    }
}

void ActionRunDialog::check()
{
    if (m_running || m_runner->isBusy())
        return;
    m_review->setVerdict(tr("Checking…"));
    m_runButton->setEnabled(false);
    m_runner->preflight();
}

void ActionRunDialog::showChecks(const QList<ActionCheck> &checks, const QList<ActionStep> &plan)
{
    m_checks->setChecks(checks);
    m_steps->setPlan(plan);
    m_checksFailed = anyFailed(checks);
    m_review->setVerdict(m_checksFailed ? refusedVerdict()
                         : m_confirmation ? tr("All checks passed. Read the plan, then type the cluster's name to go ahead.")
                                          : tr("All checks passed. Read the plan, then run it."));
    updateRunButton();
    Q_EMIT checked(!m_checksFailed);
}

void ActionRunDialog::updateRunButton()
{
    const bool confirmed = !m_confirmation || m_confirmation->text() == m_runner->policy().cluster;
    m_runButton->setEnabled(!m_checksFailed && confirmed && !m_running && !m_runner->isBusy());
}

void ActionRunDialog::execute()
{
    if (m_checksFailed || m_running)
        return;
    m_running = true;
    m_pages->setCurrentIndex(1);
    m_run->start();
    m_cancelButton->setEnabled(true);
    m_runner->execute();
}

void ActionRunDialog::showResult(const ActionOutcome &outcome, const QList<ActionCheck> &verification)
{
    m_running = false;
    m_verification->setChecks(verification);
    if (outcome.result == ActionOutcome::Result::Refused) {
        m_pages->setCurrentIndex(0); // things changed since the checks: show them again
        check();
    }
    m_run->showResult(outcome);
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    Q_EMIT finishedRun(outcome);
}

void ActionRunDialog::reject()
{
    if (m_running) {
        m_run->appendLog(tr("The action is running: wait for it to finish, or press Cancel while that is still safe."));
        return;
    }
    QDialog::reject();
}

} // namespace pgv
