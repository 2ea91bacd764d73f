// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "blockingtree.h"

#include <QJsonObject>

namespace pgv {

/// Without --all: sessions that do something or hold something up. Idle sessions and background processes (no
/// state) are left out, unless they block another session.
bool isSessionShown(const SessionInfo &session, const NodeSessions &node, bool all);

/// The documented `sessions --json` shape: {"sessions":[{"node","pid","user","database","application","client",
/// "backend_type","state","wait_event_type","wait_event","xact_age_s","query_age_s","state_age_s","backend_xmin",
/// "xmin_age","blocked_by":[pids],"query"}],"errors":[{"node","error"}]}; extensions: "lock" (what it waits for),
/// "long_transaction" and "idle_in_transaction_too_long" (against \a thresholds).
QJsonObject sessionsToJson(const QList<NodeSessions> &nodes, bool all, const SessionThresholds &thresholds = {});

/// The documented `locks --json` shape: {"roots":[{"node","pid","user","state","xact_age_s","query","lock",
/// "blocked_count","blocked":[{"pid","lock","waiting_s","blocked":[…]}]}],"errors":[…]}. A root's "lock" is the one
/// the sessions it blocks wait for; extensions: a root's "in_cycle" and "prepared_gid", a blocked session's
/// "also_blocked_by", "user" and "query".
QJsonObject blockingTreesToJson(const QList<NodeSessions> &nodes);

/// The longest any session of \a nodes has waited for a lock (0 when none waits).
double longestLockWait(const QList<NodeSessions> &nodes);

} // namespace pgv
