// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionlauncher.h"

#include "actions/labfailover.h"
#include "actions/labnodeoperation.h"
#include "actions/patronimaintenance.h"
#include "actionrundialog.h"
#include "actions/labrecover.h"
#include "actions/patronirecover.h"
#include "actions/labrejoin.h"
#include "actions/labswitchover.h"
#include "actions/patroniaction.h"
#include "actions/auditlog.h"
#include "core/backgroundjob.h"
#include "core/backgroundwork.h"
#include "lag/lagrecorder.h"
#include "monitor/clustersession.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pgv {

ActionLauncher::ActionLauncher(ClusterSession *session, LagRecorder *recorder, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_recorder(recorder)
    , m_window(window)
    , m_openWork(new BackgroundWork(this))
    , m_auditJob(new BackgroundJob(this))
    , m_switchoverAction(new QAction(tr("S&witchover…"), this))
    , m_failoverAction(new QAction(tr("&Failover…"), this))
    , m_rejoinAction(new QAction(tr("Re&join a node…"), this))
    , m_recoverAction(new QAction(tr("Re&cover after an interrupted action…"), this))
    , m_verifyAuditAction(new QAction(tr("&Verify the audit log"), this))
{
    m_switchoverAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_W);
    m_recoverAction->setStatusTip(tr("Bring the cluster back to one primary with every other node following it"));
    m_verifyAuditAction->setStatusTip(tr("Check that no entry of the actions' audit log was edited, inserted or removed"));
    connect(m_switchoverAction, &QAction::triggered, this, [this] { launch(ActionKind::Switchover); });
    connect(m_failoverAction, &QAction::triggered, this, [this] { launch(ActionKind::Failover); });
    connect(m_rejoinAction, &QAction::triggered, this, [this] { launch(ActionKind::Rejoin); });
    connect(m_recoverAction, &QAction::triggered, this, [this] { launch(ActionKind::Recover); });
    connect(m_verifyAuditAction, &QAction::triggered, this, &ActionLauncher::verifyAuditLog);
    connect(m_session, &ClusterSession::contextChanged, this, &ActionLauncher::updateAvailability);
    updateAvailability();
}

void ActionLauncher::updateAvailability()
{
    QString why;
    const bool ok = available(&why);
    for (QAction *action : actionEntries()) {
        action->setEnabled(ok);
        action->setToolTip(why);
    }
}

void ActionLauncher::addNodeActions(QMenu *menu, const QString &node)
{
    const TopologyNode *target = m_session->snapshot().node(node);
    if (!available() || !target || target->external)
        return;
    // Only what fits the node as it is now: a switchover needs a running primary, a failover its absence; a
    // standby that streams needs no rejoin.
    const TopologySnapshot &snapshot = m_session->snapshot();
    const bool primaryRuns = std::any_of(snapshot.nodes.cbegin(), snapshot.nodes.cend(),
                                         [](const TopologyNode &n) { return !n.external && n.role == NodeRole::Primary; });
    if (target->role == NodeRole::Standby && primaryRuns)
        menu->addAction(tr("Switch over to %1…").arg(node), this, [this, node] { launch(ActionKind::Switchover, node); });
    if (target->role == NodeRole::Standby && !primaryRuns)
        menu->addAction(tr("Fail over to %1…").arg(node), this, [this, node] { launch(ActionKind::Failover, node); });
    if (primaryRuns && (target->role == NodeRole::Down || (target->role == NodeRole::Standby && target->state != u"streaming")))
        menu->addAction(tr("Rejoin %1 as a standby…").arg(node), this, [this, node] { launch(ActionKind::Rejoin, node); });
    if (!menu->actions().isEmpty())
        menu->addSeparator();
    addNodeOperations(menu, *target);
}

void ActionLauncher::addNodeOperations(QMenu *menu, const TopologyNode &target)
{
    const QString node = target.name;
    const int before = int(menu->actions().size());
    if (!m_session->profile().patroniUrl.isEmpty()) {
        // Patroni runs the servers: it restarts them itself (and would restart a server we stopped).
        if (target.isUp())
            menu->addAction(tr("Restart %1 through Patroni…").arg(node), this, [this, node] { runNodeOperation(u"restart"_s, node); });
    } else {
        using Kind = LabNodeOperation::Kind;
        auto add = [this, menu, node](const QString &text, Kind kind) {
            menu->addAction(text, this, [this, node, kind] { runNodeOperation(LabNodeOperation::kindName(kind), node); });
        };
        if (target.role == NodeRole::Standby)
            add(target.replayPaused ? tr("Resume replay on %1…").arg(node) : tr("Pause replay on %1…").arg(node),
                target.replayPaused ? Kind::ResumeReplay : Kind::PauseReplay);
        if (target.isUp()) {
            add(tr("Reload the configuration of %1…").arg(node), Kind::Reload);
            add(tr("Restart %1…").arg(node), Kind::Restart);
            add(tr("Stop %1…").arg(node), Kind::Stop);
        } else if (target.role == NodeRole::Down && target.state != u"fenced") {
            add(tr("Start %1…").arg(node), Kind::Start); // a fenced node is rejoined, never just started
        }
    }
    if (menu->actions().size() > before)
        menu->addSeparator();
}

void ActionLauncher::runNodeOperation(const QString &operation, const QString &node)
{
    if (!available())
        return;
    const Profile profile = m_session->profile();
    // The lab's manifest is a file: read on a worker; the dialog opens when it is.
    m_openWork->run(
        [profile] {
            QString error;
            return profile.patroniUrl.isEmpty() ? Lab::open(profile.labDir, &error) : std::optional<Lab>();
        },
        [this, operation, node, profile](const std::optional<Lab> &lab) {
            if (m_session->profile().name != profile.name)
                return; // another cluster was opened meanwhile
            std::shared_ptr<Action> action;
            if (!profile.patroniUrl.isEmpty())
                action = std::make_shared<PatroniMaintenance>(PatroniMaintenance::Kind::Restart, profile, profile.patroniEndpoint(), node);
            else if (const auto kind = LabNodeOperation::kindFromName(operation); lab && kind)
                action = std::make_shared<LabNodeOperation>(*lab, *kind, node);
            if (!action)
                return;
            ActionRunDialog *dialog = makeRunDialog(std::move(action), node, profile);
            Q_EMIT nodeOperationOpened(dialog);
            dialog->open();
        });
}

void ActionLauncher::runSessionSignal(SessionSignal::Kind kind, const QString &node, const SessionSelection &selection)
{
    const Profile profile = m_session->profile();
    const std::optional<NodeEndpoint> endpoint = m_session->endpoint(node);
    if (!endpoint)
        return;
    // A read-only profile is refused by the runner too, with the reason in the dialog; nothing runs either way.
    auto action = std::make_shared<SessionSignal>(kind, *endpoint, selection);
    ActionRunDialog *dialog = makeRunDialog(std::move(action), node, profile);
    Q_EMIT sessionSignalOpened(dialog);
    dialog->open();
}

void ActionLauncher::runAction(std::shared_ptr<Action> action, const QString &node, const Profile &profile)
{
    ActionRunDialog *dialog = makeRunDialog(std::move(action), node, profile);
    Q_EMIT actionOpened(dialog);
    dialog->open();
}

ActionRunDialog *ActionLauncher::makeRunDialog(std::shared_ptr<Action> action, const QString &node, const Profile &profile)
{
    const QString title = action->title();
    auto *dialog = new ActionRunDialog(std::make_unique<ActionRunner>(std::move(action), ActionPolicy{profile.name, profile.readOnly}), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    connect(dialog->runner(), &ActionRunner::stepStarted, this, [this, node, title] { m_recorder->recordAction(node, title); },
            Qt::SingleShotConnection);
    connect(dialog, &ActionRunDialog::finishedRun, this, [this, node](const ActionOutcome &outcome) {
        m_recorder->recordAction(node, tr("%1: %2").arg(resultName(outcome.result), outcome.message.left(60)));
        m_session->pollNow();
        Q_EMIT actionFinished();
    });
    return dialog;
}

void ActionLauncher::verifyAuditLog()
{
    // Reading and hashing the whole log is file work: off the GUI thread, the answer in a message box.
    auto result = std::make_shared<AuditLog::Verification>();
    auto path = std::make_shared<QString>();
    const bool started = m_auditJob->start(tr("Verifying the audit log"), [result, path](const auto &, const auto *, QString *) {
        const AuditLog log;
        *path = log.filePath();
        *result = log.verify();
        return true;
    });
    if (!started)
        return;
    m_verifyAuditAction->setEnabled(false);
    connect(m_auditJob, &BackgroundJob::finished, this, [this, result, path] {
        m_verifyAuditAction->setEnabled(true);
        if (result->intact)
            QMessageBox::information(m_window, tr("Audit log"), tr("The audit log %1 is intact: %n entries, chained and anchored.", nullptr, result->entries)
                                                                    .arg(QDir::toNativeSeparators(*path)));
        else
            QMessageBox::warning(m_window, tr("Audit log"), tr("The audit log %1 has been tampered with or damaged: %2.")
                                                                .arg(QDir::toNativeSeparators(*path), result->problem));
    }, Qt::SingleShotConnection);
}

bool ActionLauncher::available(QString *why) const
{
    const Profile &profile = m_session->profile();
    QString reason;
    if (!m_session->isOpen())
        reason = tr("Open a cluster first.");
    else if (profile.readOnly)
        reason = tr("Profile %1 is read-only: it never runs actions.").arg(profile.name);
    else if (profile.labDir.isEmpty() && profile.patroniUrl.isEmpty())
        reason = tr("PostgresVerse acts on clusters it runs itself (labs) or that Patroni manages; %1 is neither.").arg(profile.name);
    else if (!profile.patroniUrl.isEmpty())
        reason = QString(); // Patroni does the work; rejoining is Patroni's business, switchover and failover are ours
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void ActionLauncher::launch(ActionKind kind, const QString &node)
{
    if (!available())
        return;
    const Profile profile = m_session->profile();
    if (!profile.patroniUrl.isEmpty() && kind == ActionKind::Rejoin)
        return; // Patroni rejoins former leaders by itself
    struct Opened
    {
        std::optional<Lab> lab;
        QSet<QString> fenced;
    };
    // Opening the lab reads its manifest and looks its owner up (getpwnam): files, on a worker, not on the GUI thread.
    m_openWork->run(
        [profile, nodes = m_session->nodeNames()] {
            Opened opened;
            if (profile.patroniUrl.isEmpty()) {
                QString error;
                opened.lab = Lab::open(profile.labDir, &error);
                for (const QString &name : nodes) {
                    if (opened.lab && opened.lab->isFenced(name))
                        opened.fenced.insert(name);
                }
            }
            return opened;
        },
        [this, kind, node, profile](const Opened &opened) {
            if (profile.patroniUrl.isEmpty() && !opened.lab)
                return;
            if (m_session->profile().name != profile.name)
                return; // another cluster was opened meanwhile
            openWizard(kind, node, profile, opened.lab, opened.fenced);
        });
}

void ActionLauncher::openWizard(ActionKind kind, const QString &node, const Profile &profile, const std::optional<Lab> &lab,
                                const QSet<QString> &fenced)
{
    const TopologySnapshot &snapshot = m_session->snapshot();
    QStringList targets;
    for (const TopologyNode &candidate : snapshot.nodes) {
        if (candidate.external)
            continue;
        const bool fits = kind == ActionKind::Rejoin ? candidate.role != NodeRole::Primary || fenced.contains(candidate.name)
                                                     : candidate.role == NodeRole::Standby;
        if (fits)
            targets << candidate.name;
    }
    if (!node.isEmpty() && !targets.contains(node))
        targets.prepend(node);
    const ActionPolicy policy{profile.name, profile.readOnly};
    const PatroniEndpoint endpoint = profile.patroniEndpoint();
    auto factory = [kind, labCopy = lab, policy, profile, endpoint, password = m_session->password()](const ActionChoice &choice) -> std::unique_ptr<ActionRunner> {
        std::shared_ptr<Action> action;
        if (!labCopy && kind == ActionKind::Recover) {
            // Patroni keeps one leader itself: what is left after an interrupted action is its journal and the poolers.
            auto recover = std::make_shared<PatroniRecover>(profile, endpoint);
            recover->setNodePassword(password);
            action = std::move(recover);
            return std::make_unique<ActionRunner>(action, policy);
        }
        if (!labCopy) {
            auto roleChange = std::make_shared<PatroniRoleChange>(kind == ActionKind::Switchover ? PatroniRoleChange::Kind::Switchover
                                                                                                 : PatroniRoleChange::Kind::Failover,
                                                                  profile, endpoint, choice.target);
            roleChange->setNodePassword(password); // to read the members' logical slots
            action = std::move(roleChange);
            return std::make_unique<ActionRunner>(action, policy);
        }
        switch (kind) {
        case ActionKind::Switchover:
            action = std::make_shared<LabSwitchover>(*labCopy, choice.target, LabActionSettings{choice.maxLagBytes, 60000});
            break;
        case ActionKind::Failover:
            action = std::make_shared<LabFailover>(*labCopy, choice.target, choice.rejoin);
            break;
        case ActionKind::Rejoin:
            action = std::make_shared<LabRejoin>(*labCopy, choice.target);
            break;
        case ActionKind::Recover:
            action = std::make_shared<LabRecover>(*labCopy);
            break;
        }
        return std::make_unique<ActionRunner>(action, policy);
    };
    auto *wizard = new ActionWizard(kind, policy.cluster, targets, node, factory, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ActionWizard::started, this, [this, node](const QString &title) { m_recorder->recordAction(node, title); });
    connect(wizard, &ActionWizard::finishedRun, this, [this, node](const ActionOutcome &outcome) {
        m_recorder->recordAction(node, tr("%1: %2").arg(resultName(outcome.result), outcome.message.left(60)));
        m_session->pollNow();
        Q_EMIT actionFinished();
    });
    wizard->open();
}

} // namespace pgv
