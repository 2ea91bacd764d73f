// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionwizard.h"
#include "lab/lab.h"
#include "sessions/sessionsignal.h"

#include <QObject>

class QAction;
class QMenu;
#include <QSet>

#include <memory>
#include <optional>

namespace pgv {

class ActionRunDialog;
class BackgroundJob;
class BackgroundWork;
class ClusterSession;
class LagRecorder;
struct Profile;
struct TopologyNode;

/// Starts actions on the open cluster through their wizard, and marks them on the lag chart. Knows which driver
/// applies: a lab's own driver for labs; other clusters get a reason why no action is available.
class ActionLauncher : public QObject
{
    Q_OBJECT
public:
    ActionLauncher(ClusterSession *session, LagRecorder *recorder, QWidget *window);

    /// Whether actions can run on the open cluster; otherwise \a why says what stands in the way.
    bool available(QString *why = nullptr) const;
    /// Opens the action's wizard once the lab is read (off the GUI thread).
    void launch(ActionKind kind, const QString &node = {});
    /// Adds what can be done to \a node of the open cluster (switch over to it, rejoin it…) to its context menu.
    void addNodeActions(QMenu *menu, const QString &node);
    /// Checks the actions' audit log on a worker and says in a message box whether it is intact.
    void verifyAuditLog();
    /// The menu entries: switchover, failover, rejoin, recover (enabled while available()), and the audit check.
    QList<QAction *> actionEntries() const { return {m_switchoverAction, m_failoverAction, m_rejoinAction, m_recoverAction}; }
    QAction *recoverAction() const { return m_recoverAction; }
    QAction *failoverAction() const { return m_failoverAction; }
    QAction *verifyAuditAction() const { return m_verifyAuditAction; }
    /// Enables the entries, with the reason as their tooltip when they are not: call when the cluster changes.
    void updateAvailability();

    /// Opens the run dialog of a node operation ("pause-replay", "restart"… of LabNodeOperation; for Patroni clusters
    /// only "restart", which Patroni does) once the lab is read off the GUI thread.
    void runNodeOperation(const QString &operation, const QString &node);
    /// Opens the run dialog that cancels the queries of, or terminates, the sessions \a selection names on
    /// \a node. Any cluster: it needs no driver, only a profile that is not read-only.
    void runSessionSignal(pgv::SessionSignal::Kind kind, const QString &node, const pgv::SessionSelection &selection);
    /// Opens the run dialog of \a action on \a node of the cluster \a profile describes (the policy's: read-only
    /// refuses), for actions a page builds itself (a subscription's enable, disable, refresh).
    void runAction(std::shared_ptr<pgv::Action> action, const QString &node, const pgv::Profile &profile);

Q_SIGNALS:
    void actionFinished();
    /// A node operation's dialog is about to open (for tests, which drive it).
    void nodeOperationOpened(pgv::ActionRunDialog *dialog);
    /// A cancel or terminate dialog is about to open (for tests, which drive it).
    void sessionSignalOpened(pgv::ActionRunDialog *dialog);
    /// A dialog of runAction() is about to open (for tests, which drive it).
    void actionOpened(pgv::ActionRunDialog *dialog);

private:
    void addNodeOperations(QMenu *menu, const TopologyNode &target);
    /// The run dialog of \a action on \a node, marked on the lag chart as it starts and ends; not yet open.
    ActionRunDialog *makeRunDialog(std::shared_ptr<Action> action, const QString &node, const Profile &profile);
    void openWizard(ActionKind kind, const QString &node, const Profile &profile, const std::optional<Lab> &lab, const QSet<QString> &fenced);

    ClusterSession *m_session;
    LagRecorder *m_recorder;
    QWidget *m_window;
    BackgroundWork *m_openWork;
    BackgroundJob *m_auditJob;
    QAction *m_switchoverAction;
    QAction *m_failoverAction;
    QAction *m_rejoinAction;
    QAction *m_recoverAction;
    QAction *m_verifyAuditAction;
};

} // namespace pgv
