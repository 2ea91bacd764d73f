// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrundialog.h"

#include "actionmodels.h"
#include "resulttable.h"

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
    connect(m_runner.get(), &ActionRunner::stepStarted, this, [this](int index) { m_steps->setStepStatus(index, StepStatus::Running); });
    connect(m_runner.get(), &ActionRunner::stepFinished, this, [this](int index, StepStatus status, qint64 ms, const QString &note) {
        m_steps->setStepStatus(index, status, ms, note);
        m_progress->setRange(0, 100);
        m_progress->setValue(m_steps->rowCount() > 0 ? 100 * m_steps->finishedSteps() / m_steps->rowCount() : 0);
        m_progressText->setText(tr("Step %1 of %2").arg(m_steps->finishedSteps()).arg(m_steps->rowCount()));
    });
    connect(m_runner.get(), &ActionRunner::progressed, this, &ActionRunDialog::showProgress);
    connect(m_runner.get(), &ActionRunner::logLine, this, [this](const QString &line) { m_log->appendPlainText(line); });
    connect(m_runner.get(), &ActionRunner::cancellableChanged, this, [this](bool cancellable) { m_cancelButton->setEnabled(cancellable && m_running); });
    connect(m_runner.get(), &ActionRunner::finished, this, &ActionRunDialog::showResult);
}

ActionRunDialog::~ActionRunDialog() = default;

QWidget *ActionRunDialog::createReviewPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("<b>Checks</b>")));
    layout->addWidget(createResultTable(m_checks), 2);
    layout->addWidget(new QLabel(tr("<b>What will happen</b>")));
    layout->addWidget(createResultTable(m_steps), 3);
    m_verdict = new QLabel(tr("Checking…"));
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    auto *buttons = new QHBoxLayout;
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
    layout->addLayout(buttons);
    connect(recheck, &QPushButton::clicked, this, &ActionRunDialog::check);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_runButton, &QPushButton::clicked, this, &ActionRunDialog::execute);
    return page;
}

QWidget *ActionRunDialog::createProgressPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(createResultTable(m_steps), 3);
    m_progress = new QProgressBar;
    m_progress->setTextVisible(true);
    m_progressText = new QLabel;
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    layout->addWidget(m_log, 1);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addWidget(createResultTable(m_verification), 2);
    auto *buttons = new QHBoxLayout;
    m_cancelButton = new QPushButton(tr("&Cancel"));
    m_closeButton = new QPushButton(tr("C&lose"));
    m_closeButton->setEnabled(false);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_runner->cancel();
        m_cancelButton->setEnabled(false);
        m_log->appendPlainText(tr("Cancelling…"));
    });
    return page;
}

int ActionRunDialog::currentPage() const
{
    return m_pages->currentIndex();
}

QString ActionRunDialog::resultText() const
{
    return m_result->text();
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
    m_verdict->setText(tr("Checking…"));
    m_runButton->setEnabled(false);
    m_runner->preflight();
}

void ActionRunDialog::showChecks(const QList<ActionCheck> &checks, const QList<ActionStep> &plan)
{
    m_checks->setChecks(checks);
    m_steps->setPlan(plan);
    m_checksFailed = anyFailed(checks);
    m_verdict->setText(m_checksFailed ? tr("<span style='color:#c62828'><b>Refused:</b> a check failed. Fix its cause and check again.</span>")
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
    m_progress->setRange(0, 0);
    m_cancelButton->setEnabled(true);
    m_runner->execute();
}

void ActionRunDialog::showProgress(const ActionProgress &progress)
{
    if (progress.total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(1000.0 * std::min(progress.done, progress.total) / progress.total));
    const QLocale locale;
    QStringList parts{progress.phase};
    if (progress.inBytes)
        parts << tr("%1 of %2").arg(locale.formattedDataSize(progress.done), locale.formattedDataSize(progress.total));
    if (progress.bytesPerSecond > 0)
        parts << tr("%1/s").arg(locale.formattedDataSize(qint64(progress.bytesPerSecond)));
    if (progress.secondsLeft >= 0)
        parts << tr("about %1 s left").arg(progress.secondsLeft);
    m_progressText->setText(parts.join(u" · "_s));
}

void ActionRunDialog::showResult(const ActionOutcome &outcome, const QList<ActionCheck> &verification)
{
    m_running = false;
    m_verification->setChecks(verification);
    m_progress->setRange(0, 100);
    const bool ok = outcome.result == ActionOutcome::Result::Succeeded;
    if (ok)
        m_progress->setValue(100);
    if (outcome.result == ActionOutcome::Result::Refused) {
        m_pages->setCurrentIndex(0); // things changed since the checks: show them again
        check();
    }
    QString text = u"<b>%1</b> %2"_s.arg(ok ? tr("Done.") : tr("Not completed (%1).").arg(resultName(outcome.result)), outcome.message.toHtmlEscaped());
    if (!outcome.clusterState.isEmpty())
        text += u"<br>"_s + outcome.clusterState.toHtmlEscaped();
    m_result->setText(text);
    m_result->setStyleSheet(ok ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    Q_EMIT finishedRun(outcome);
}

void ActionRunDialog::reject()
{
    if (m_running) {
        m_log->appendPlainText(tr("The action is running: wait for it to finish, or press Cancel while that is still safe."));
        return;
    }
    QDialog::reject();
}

} // namespace pgv
