// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMenu;

namespace pgv {

class ActionLauncher;
class ClusterSession;
class PoolsPage;

/// Carries out what the Pools page (and a pooler's card in the topology) asks for: PAUSE, RESUME, RECONNECT and
/// RELOAD on one of the cluster's poolers or on all of them, as audited actions under the cluster's lock (the same
/// PoolerControl as pgversectl pooler runs; read-only profiles are refused there).
class PoolsController : public QObject
{
    Q_OBJECT
public:
    PoolsController(ClusterSession *session, PoolsPage *page, ActionLauncher *launcher, QObject *parent = nullptr);

    /// The pooler's entries for a context menu (the topology's card); nothing when \a pooler is none of the cluster's.
    void addPoolerActions(QMenu *menu, const QString &pooler);
    /// \a command: "pause", "resume", "reconnect" or "reload"; \a pooler empty: every pooler of the cluster.
    void run(const QString &command, const QString &pooler);

private:
    ClusterSession *m_session;
    ActionLauncher *m_launcher;
};

} // namespace pgv
