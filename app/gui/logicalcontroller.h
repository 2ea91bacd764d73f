// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logical/logicalestate.h"
#include "logical/subscriptionchange.h"

#include <QObject>

#include <optional>

namespace pgv {

class ActionLauncher;
class BackgroundWork;
class LogicalPage;
class Workspace;

/// Reads what the Logical replication page shows, on a worker: the latest snapshots of every cluster in the
/// workspace (the open one and those drawn beside it) joined into one picture, with the tables and publications
/// only their own databases know. A reading still running when the next is asked for is not doubled. Enable,
/// Disable and Refresh publication become audited actions on the subscription's cluster, under its publisher's lock.
class LogicalController : public QObject
{
    Q_OBJECT
public:
    LogicalController(Workspace *workspace, LogicalPage *page, ActionLauncher *launcher, QObject *parent = nullptr);

    bool isReading() const { return m_inFlight; }

private:
    void refresh();
    void runChange(SubscriptionChange::Kind kind, const QString &cluster, const QString &node, const QString &database, const QString &subscription);

    Workspace *m_workspace;
    LogicalPage *m_page;
    ActionLauncher *m_launcher;
    BackgroundWork *m_work;
    /// The reading before: tells rising error counts and how long tables have been syncing.
    std::optional<LogicalEstate> m_previous;
    bool m_inFlight = false;
};

} // namespace pgv
