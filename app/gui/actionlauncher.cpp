// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionlauncher.h"

#include "actions/labfailover.h"
#include "actions/labrecover.h"
#include "actions/labrejoin.h"
#include "actions/labswitchover.h"
#include "actions/patroniaction.h"
#include "core/backgroundwork.h"
#include "lag/lagrecorder.h"
#include "monitor/clustersession.h"

#include <QWidget>

namespace pgv {

ActionLauncher::ActionLauncher(ClusterSession *session, LagRecorder *recorder, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_recorder(recorder)
    , m_window(window)
    , m_openWork(new BackgroundWork(this))
{
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
    if (!profile.patroniUrl.isEmpty() && (kind == ActionKind::Rejoin || kind == ActionKind::Recover))
        return; // Patroni rejoins former leaders and keeps one leader by itself
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
    const std::optional<Lab> labCopy = lab;
    const PatroniEndpoint endpoint = profile.patroniEndpoint();
    auto factory = [kind, labCopy, policy, profile, endpoint](const ActionChoice &choice) -> std::unique_ptr<ActionRunner> {
        std::shared_ptr<Action> action;
        if (!labCopy) {
            action = std::make_shared<PatroniRoleChange>(kind == ActionKind::Switchover ? PatroniRoleChange::Kind::Switchover
                                                                                        : PatroniRoleChange::Kind::Failover,
                                                         profile, endpoint, choice.target);
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
