// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"
#include "sessions/sessions.h"

#include <QCoreApplication>

#include <optional>

namespace pgv {

/// Which sessions of one node a cancel or terminate is for: pids given, the root blocker of the largest blocking
/// tree, or a group matched by filters (every filter given must match).
struct SessionSelection
{
    QList<int> pids;
    bool rootBlocker = false;
    QString state, user, database, application;
    std::optional<double> minStateAgeSeconds; ///< how long the session has been in its state (running, idle in transaction…)

    bool isGroup() const { return pids.isEmpty() && !rootBlocker; }
    bool matches(const SessionInfo &session) const;
};

/// pg_cancel_backend() or pg_terminate_backend() on chosen sessions of one node, as an audited action: the checks
/// name every session affected and what it runs, and refuse walsenders, the startup process and other background
/// processes, autovacuum workers that prevent wraparound, and PostgresVerse's own connections; a group needs the
/// typed confirmation. Each pid is signalled only while it is still the backend the checks saw (a pid reused by a
/// new connection meanwhile is left alone). Afterwards the sessions are read again and the blocking tree logged.
/// It takes no cluster lock: ending a blocker must stay possible while a long backup runs, and it cannot touch an
/// action's own connections.
class SessionSignal final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::SessionSignal)
public:
    enum class Kind { Cancel, Terminate };

    SessionSignal(Kind kind, NodeEndpoint node, SessionSelection selection);

    QString name() const override { return m_kind == Kind::Cancel ? QStringLiteral("cancel-query") : QStringLiteral("terminate-session"); }
    QString title() const override;
    QVariantMap parameters() const override;
    bool isDestructive() const override { return m_selection.isGroup(); }
    LockScope lockScope() const override { return {}; }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    /// Why \a session may not be signalled, or empty when it may.
    static QString protectedBecause(const SessionInfo &session);

private:
    /// "pid 1234 (app, user@db, idle in transaction): UPDATE …"
    static QString describe(const SessionInfo &session);

    Kind m_kind;
    NodeEndpoint m_node;
    SessionSelection m_selection;
    QList<SessionInfo> m_targets;
    QList<int> m_signalled;
};

} // namespace pgv
