// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionwizard.h"

#include "actionmodels.h"
#include "actionpanels.h"

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
    m_review = new ActionReviewPanel(m_checks, m_steps, tr("<b>What will happen</b> (steps in italics cannot be undone once started)"));
    auto *label = new QLabel(tr("Type the cluster's name, <b>%1</b>, to confirm:").arg(m_cluster.toHtmlEscaped()));
    m_confirmation = new QLineEdit;
    label->setBuddy(m_confirmation);
    QHBoxLayout *buttons = m_review->buttonRow();
    buttons->addWidget(label);
    buttons->addWidget(m_confirmation);
    auto *back = new QPushButton(tr("&Back"));
    m_executeButton = new QPushButton(tr("&Run %1").arg(kindTitle(m_kind).toLower()));
    buttons->addWidget(back);
    buttons->addWidget(m_executeButton);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_confirmation, &QLineEdit::textChanged, this, &ActionWizard::updateExecuteButton);
    connect(m_executeButton, &QPushButton::clicked, this, &ActionWizard::execute);
    return m_review;
}

QWidget *ActionWizard::createProgressPage()
{
    m_run = new ActionProgressPanel(m_steps, m_verification);
    QHBoxLayout *buttons = m_run->buttonRow();
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
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        m_cancelButton->setEnabled(false);
        m_run->appendLog(tr("Cancelling at the next safe point…"));
    });
    return m_run;
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
    m_run->follow(m_runner.get());
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
    QString verdict = m_checksFailed ? refusedVerdict() : tr("All checks passed. Read the plan, then type the cluster's name to go ahead.");
    if (m_kind == ActionKind::Failover) {
        // What a failover may lose is the one thing to read before confirming: in red, above the confirmation.
        for (const ActionCheck &check : checks) {
            if (check.name == tr("Data loss") || check.name == QCoreApplication::translate("pgv::LabFailover", "Data loss"))
                verdict = redLine(check.name, check.reason) + u"<br>"_s + verdict;
        }
    }
    m_review->setVerdict(verdict);
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
    m_run->start();
    m_pages->setCurrentIndex(2);
    Q_EMIT started(m_runner->action().title());
    m_runner->execute();
}

void ActionWizard::showResult(const ActionOutcome &outcome, const QList<ActionCheck> &verification)
{
    m_running = false;
    m_verification->setChecks(verification);
    const bool ok = outcome.result == ActionOutcome::Result::Succeeded;
    m_run->showResult(outcome);
    m_cancelButton->setEnabled(false);
    m_closeButton->setEnabled(true);
    m_closeButton->setDefault(true);
    m_againButton->setVisible(!ok);
    Q_EMIT finishedRun(outcome);
}

void ActionWizard::reject()
{
    if (m_running) {
        m_run->appendLog(tr("The action is running: wait for it to finish, or press Cancel while that is still safe."));
        return;
    }
    QDialog::reject();
}

} // namespace pgv
