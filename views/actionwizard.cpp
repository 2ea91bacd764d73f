// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionwizard.h"

#include "actionmodels.h"
#include "resulttable.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
QString kindTitle(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Switchover:
        return ActionWizard::tr("Switchover");
    case ActionKind::Failover:
        return ActionWizard::tr("Failover");
    case ActionKind::Rejoin:
        return ActionWizard::tr("Rejoin");
    case ActionKind::Recover:
        return ActionWizard::tr("Recovery");
    }
    return {};
}

} // namespace

ActionWizard::ActionWizard(ActionKind kind, QString cluster, const QStringList &targets, const QString &preselected, RunnerFactory factory,
                           QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_cluster(std::move(cluster))
    , m_factory(std::move(factory))
    , m_checks(new ActionChecksModel(this))
    , m_steps(new ActionStepsModel(this))
    , m_verification(new ActionChecksModel(this))
{
    setWindowTitle(tr("%1 of %2").arg(kindTitle(kind), m_cluster));
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget;
    m_pages->addWidget(createChoosePage(targets, preselected));
    m_pages->addWidget(createReviewPage());
    m_pages->addWidget(createProgressPage());
    layout->addWidget(m_pages);
    resize(860, 600);
}

ActionWizard::~ActionWizard() = default;

QWidget *ActionWizard::createChoosePage(const QStringList &targets, const QString &preselected)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    switch (m_kind) {
    case ActionKind::Switchover:
        intro->setText(tr("A planned switchover moves the primary role to a standby. Writes stop for about a second; no committed "
                          "transaction is lost, and the old primary comes back as a standby."));
        break;
    case ActionKind::Failover:
        intro->setText(tr("A failover promotes a standby after the primary has failed. The old primary is fenced so that it cannot "
                          "come back as a second primary. Transactions it committed but had not sent are lost."));
        break;
    case ActionKind::Rejoin:
        intro->setText(tr("Rejoining brings a former primary back as a standby of the current primary, rewinding it with pg_rewind."));
        break;
    case ActionKind::Recover:
        intro->setText(tr("Recovery brings the cluster back to one primary with every other node following it, after an action was "
                          "interrupted or failed half-way. It finishes or undoes what the action's journal says it was doing: the "
                          "running primary stays; else the candidate of a switchover or failover that had fenced the old primary is "
                          "promoted; else the stopped old primary is started again. A node is rewound only when it cannot follow "
                          "as it is. The checks show which way it goes before anything changes."));
        break;
    }
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_target = new QComboBox(page);
    if (m_kind == ActionKind::Failover)
        m_target->addItem(tr("the standby that received the most WAL"), QString());
    for (const QString &target : targets)
        m_target->addItem(target, target);
    m_target->setCurrentIndex(std::max(0, m_target->findData(preselected)));
    if (m_kind == ActionKind::Recover) // the cluster and its journal decide
        m_target->hide();
    else
        form->addRow(m_kind == ActionKind::Rejoin ? tr("&Node:") : tr("&Promote:"), m_target);
    if (m_kind == ActionKind::Switchover) {
        m_maxLag = new QSpinBox;
        m_maxLag->setRange(0, 1024 * 1024);
        m_maxLag->setSuffix(tr(" KiB"));
        m_maxLag->setValue(16 * 1024);
        m_maxLag->setToolTip(tr("The candidate may be at most this far behind; more would keep writes stopped while it catches up."));
        form->addRow(tr("Largest replay &lag:"), m_maxLag);
    }
    if (m_kind == ActionKind::Failover) {
        m_rejoin = new QCheckBox(tr("Also rewind the old primary and bring it back as a standby"));
        form->addRow(QString(), m_rejoin);
    }
    layout->addLayout(form);
    layout->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *cancel = new QPushButton(tr("Cancel"));
    m_checkButton = new QPushButton(tr("&Check"));
    m_checkButton->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(m_checkButton);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, &ActionWizard::check);
    return page;
}

QWidget *ActionWizard::createReviewPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("<b>Checks</b>")));
    layout->addWidget(createResultTable(m_checks), 2);
    layout->addWidget(new QLabel(tr("<b>What will happen</b> (steps in italics cannot be undone once started)")));
    layout->addWidget(createResultTable(m_steps), 3);
    m_verdict = new QLabel;
    m_verdict->setWordWrap(true);
    layout->addWidget(m_verdict);
    auto *confirm = new QHBoxLayout;
    auto *label = new QLabel(tr("Type the cluster's name, <b>%1</b>, to confirm:").arg(m_cluster.toHtmlEscaped()));
    m_confirmation = new QLineEdit;
    label->setBuddy(m_confirmation);
    confirm->addWidget(label);
    confirm->addWidget(m_confirmation);
    layout->addLayout(confirm);
    auto *buttons = new QHBoxLayout;
    auto *back = new QPushButton(tr("&Back"));
    m_executeButton = new QPushButton(tr("&Run %1").arg(kindTitle(m_kind).toLower()));
    buttons->addWidget(back);
    buttons->addStretch();
    buttons->addWidget(m_executeButton);
    layout->addLayout(buttons);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_confirmation, &QLineEdit::textChanged, this, &ActionWizard::updateExecuteButton);
    connect(m_executeButton, &QPushButton::clicked, this, &ActionWizard::execute);
    return page;
}

QWidget *ActionWizard::createProgressPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(createResultTable(m_steps), 3);
    m_progress = new QProgressBar;
    layout->addWidget(m_progress);
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
    // After a run that did not complete (refused because the cluster changed, cancelled, failed): look again.
    m_againButton = new QPushButton(tr("Check &again"));
    m_againButton->hide();
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    buttons->addWidget(m_againButton);
    buttons->addWidget(m_closeButton);
    connect(m_againButton, &QPushButton::clicked, this, [this] {
        m_againButton->hide();
        m_cancelButton->setEnabled(true);
        m_closeButton->setEnabled(false);
        m_pages->setCurrentIndex(0);
    });
    layout->addLayout(buttons);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        m_cancelButton->setEnabled(false);
        m_log->appendPlainText(tr("Cancelling at the next safe point…"));
    });
    return page;
}

int ActionWizard::currentPage() const
{
    return m_pages->currentIndex();
}

void ActionWizard::setConfirmationText(const QString &text)
{
    m_confirmation->setText(text);
}

void ActionWizard::check()
{
    ActionChoice choice;
    choice.target = m_target->currentData().toString();
    if (m_maxLag)
        choice.maxLagBytes = qint64(m_maxLag->value()) * 1024;
    if (m_rejoin)
        choice.rejoin = m_rejoin->isChecked();
    m_runner = m_factory(choice);
    connect(m_runner.get(), &ActionRunner::preflightFinished, this, &ActionWizard::showChecks);
    connect(m_runner.get(), &ActionRunner::stepStarted, this, [this](int index) { m_steps->setStepStatus(index, StepStatus::Running); });
    connect(m_runner.get(), &ActionRunner::stepFinished, this, [this](int index, StepStatus status, qint64 ms, const QString &note) {
        m_steps->setStepStatus(index, status, ms, note);
        m_progress->setValue(m_steps->finishedSteps());
    });
    connect(m_runner.get(), &ActionRunner::logLine, m_log, &QPlainTextEdit::appendPlainText);
    connect(m_runner.get(), &ActionRunner::cancellableChanged, this, [this](bool cancellable) {
        m_cancelButton->setEnabled(cancellable);
        m_cancelButton->setToolTip(cancellable ? QString() : tr("Past the point of no return: finishing is safer than stopping now."));
    });
    connect(m_runner.get(), &ActionRunner::finished, this, &ActionWizard::showResult);
    m_checkButton->setEnabled(false);
    m_checkButton->setText(tr("Checking…"));
    m_runner->preflight();
}

void ActionWizard::showChecks(const QList<ActionCheck> &checks, const QList<ActionStep> &plan)
{
    m_checkButton->setEnabled(true);
    m_checkButton->setText(tr("&Check"));
    m_checks->setChecks(checks);
    m_steps->setPlan(plan);
    m_checksFailed = anyFailed(checks);
    QString verdict = m_checksFailed ? tr("<span style='color:#c62828'><b>Refused:</b> a check failed. Fix its cause and check again.</span>")
                                     : tr("All checks passed. Read the plan, then type the cluster's name to go ahead.");
    if (m_kind == ActionKind::Failover) {
        // What a failover may lose is the one thing to read before confirming: in red, above the confirmation.
        for (const ActionCheck &check : checks) {
            if (check.name == tr("Data loss") || check.name == QCoreApplication::translate("pgv::LabFailover", "Data loss"))
                verdict = u"<span style='color:#c62828'><b>%1:</b> %2</span><br>"_s.arg(check.name.toHtmlEscaped(), check.reason.toHtmlEscaped()) + verdict;
        }
    }
    m_verdict->setText(verdict);
    m_confirmation->clear();
    updateExecuteButton();
    m_pages->setCurrentIndex(1);
    m_confirmation->setFocus();
}

void ActionWizard::updateExecuteButton()
{
    m_executeButton->setEnabled(!m_checksFailed && m_confirmation->text() == m_cluster && m_runner && !m_running);
}

void ActionWizard::execute()
{
    if (!m_runner || m_checksFailed || m_confirmation->text() != m_cluster)
        return;
    m_running = true;
    m_progress->setRange(0, m_steps->rowCount());
    m_progress->setValue(0);
    m_log->clear();
    m_result->clear();
    m_pages->setCurrentIndex(2);
    Q_EMIT started(m_runner->action().title());
    m_runner->execute();
}

void ActionWizard::showResult(const ActionOutcome &outcome, const QList<ActionCheck> &verification)
{
    m_running = false;
    m_verification->setChecks(verification);
    const bool ok = outcome.result == ActionOutcome::Result::Succeeded;
    QString text = u"<b>%1</b> %2"_s.arg(ok ? tr("Done.") : tr("Not completed (%1).").arg(resultName(outcome.result)), outcome.message.toHtmlEscaped());
    if (!outcome.clusterState.isEmpty())
        text += u"<br>"_s + tr("State of the cluster: %1").arg(outcome.clusterState.toHtmlEscaped());
    m_result->setText(text);
    m_result->setStyleSheet(ok ? u"color: #2e7d32;"_s : u"color: #c62828;"_s);
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    m_againButton->setVisible(!ok);
    Q_EMIT finishedRun(outcome);
}

void ActionWizard::reject()
{
    if (m_running) {
        m_log->appendPlainText(tr("The action is running: wait for it to finish, or press Cancel while that is still safe."));
        return;
    }
    QDialog::reject();
}

} // namespace pgv
