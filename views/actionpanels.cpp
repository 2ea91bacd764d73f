// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionpanels.h"

#include "actionmodels.h"
#include "actions/actionrunner.h"
#include "resulttable.h"
#include "statecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

QString refusedVerdict()
{
    return redLine(ActionReviewPanel::tr("Refused"), ActionReviewPanel::tr("a check failed. Fix its cause and check again."));
}

QString redLine(const QString &heading, const QString &text)
{
    return u"<span style='color:%1'><b>%2:</b> %3</span>"_s.arg(statecolors::bad().name(), heading.toHtmlEscaped(), text.toHtmlEscaped());
}

ActionReviewPanel::ActionReviewPanel(ActionChecksModel *checks, ActionStepsModel *steps, const QString &planHeading, QWidget *parent)
    : QWidget(parent)
    , m_verdict(new QLabel)
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Checks</b>")));
    layout->addWidget(createResultTable(checks), 2);
    layout->addWidget(new QLabel(planHeading));
    layout->addWidget(createResultTable(steps), 3);
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    layout->addLayout(m_buttons);
}

void ActionReviewPanel::setVerdict(const QString &html)
{
    m_verdict->setText(html);
}

ActionProgressPanel::ActionProgressPanel(ActionStepsModel *steps, ActionChecksModel *verification, QWidget *parent)
    : QWidget(parent)
    , m_steps(steps)
    , m_progress(new QProgressBar)
    , m_progressText(new QLabel)
    , m_log(new QPlainTextEdit)
    , m_result(new QLabel)
    , m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createResultTable(steps), 3);
    m_progress->setTextVisible(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    layout->addWidget(m_log, 1);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addWidget(createResultTable(verification), 2);
    layout->addLayout(m_buttons);
}

void ActionProgressPanel::follow(ActionRunner *runner)
{
    connect(runner, &ActionRunner::stepStarted, this, [this](int index) { m_steps->setStepStatus(index, StepStatus::Running); });
    connect(runner, &ActionRunner::stepFinished, this, [this](int index, StepStatus status, qint64 ms, const QString &note) {
        m_steps->setStepStatus(index, status, ms, note);
        showStepsDone();
    });
    connect(runner, &ActionRunner::progressed, this, &ActionProgressPanel::showProgress);
    connect(runner, &ActionRunner::logLine, this, &ActionProgressPanel::appendLog);
}

void ActionProgressPanel::start()
{
    m_log->clear();
    m_result->clear();
    m_progressText->clear();
    m_progress->setRange(0, 0);
}

void ActionProgressPanel::appendLog(const QString &line)
{
    m_log->appendPlainText(line);
}

void ActionProgressPanel::showStepsDone()
{
    m_progress->setRange(0, 100);
    m_progress->setValue(m_steps->rowCount() > 0 ? 100 * m_steps->finishedSteps() / m_steps->rowCount() : 0);
    m_progressText->setText(tr("Step %1 of %2").arg(m_steps->finishedSteps()).arg(m_steps->rowCount()));
}

void ActionProgressPanel::showProgress(const ActionProgress &progress)
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

void ActionProgressPanel::showResult(const ActionOutcome &outcome)
{
    const bool ok = outcome.result == ActionOutcome::Result::Succeeded;
    m_progress->setRange(0, 100);
    if (ok)
        m_progress->setValue(100);
    QString text = u"<b>%1</b> %2"_s.arg(ok ? tr("Done.") : tr("Not completed (%1).").arg(resultName(outcome.result)), outcome.message.toHtmlEscaped());
    if (!outcome.clusterState.isEmpty())
        text += u"<br>"_s + tr("State of the cluster: %1").arg(outcome.clusterState.toHtmlEscaped());
    m_result->setText(text);
    m_result->setStyleSheet(u"color: %1;"_s.arg((ok ? statecolors::good() : statecolors::bad()).name()));
}

QString ActionProgressPanel::resultText() const
{
    return m_result->text();
}

} // namespace pgv
