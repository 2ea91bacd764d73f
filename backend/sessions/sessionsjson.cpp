// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionsjson.h"

#include "core/jsonnulls.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QJsonArray pidsToJson(const QList<int> &pids)
{
    QJsonArray array;
    for (int pid : pids)
        array.append(pid);
    return array;
}

QJsonArray errorsToJson(const QList<NodeSessions> &nodes)
{
    QJsonArray errors;
    for (const NodeSessions &node : nodes) {
        if (!node.error.isEmpty())
            errors.append(QJsonObject{{"node"_L1, node.node}, {"error"_L1, node.error}});
    }
    return errors;
}

QJsonValue lockText(const std::optional<WaitedLock> &lock)
{
    return lock ? QJsonValue(lock->describe()) : QJsonValue(QJsonValue::Null);
}

QJsonArray blockedToJson(const NodeSessions &node, const QList<BlockedSession> &blocked)
{
    QJsonArray array;
    for (const BlockedSession &entry : blocked) {
        const SessionInfo *session = node.session(entry.pid);
        array.append(QJsonObject{
            {"pid"_L1, entry.pid},
            {"user"_L1, session ? textOrNull(session->user) : QJsonValue(QJsonValue::Null)},
            {"lock"_L1, lockText(entry.lock)},
            {"waiting_s"_L1, entry.lock ? numberOrNull(entry.lock->waitingSeconds) : QJsonValue(QJsonValue::Null)},
            {"also_blocked_by"_L1, pidsToJson(entry.alsoBlockedBy)},
            {"query"_L1, session ? textOrNull(session->query) : QJsonValue(QJsonValue::Null)},
            {"blocked"_L1, blockedToJson(node, entry.blocked)},
        });
    }
    return array;
}

} // namespace

bool isSessionShown(const SessionInfo &session, const NodeSessions &node, bool all)
{
    if (all || (!session.state.isEmpty() && !session.isIdle()))
        return true;
    return std::any_of(node.sessions.cbegin(), node.sessions.cend(),
                       [&session](const SessionInfo &other) { return other.blockedBy.contains(session.pid); });
}

QJsonObject sessionsToJson(const QList<NodeSessions> &nodes, bool all, const SessionThresholds &thresholds)
{
    QJsonArray sessions;
    for (const NodeSessions &node : nodes) {
        for (const SessionInfo &session : node.sessions) {
            if (!isSessionShown(session, node, all))
                continue;
            sessions.append(QJsonObject{
                {"node"_L1, node.node},
                {"pid"_L1, session.pid},
                {"user"_L1, textOrNull(session.user)},
                {"database"_L1, textOrNull(session.database)},
                {"application"_L1, textOrNull(session.application)},
                {"client"_L1, textOrNull(session.client)},
                {"backend_type"_L1, textOrNull(session.backendType)},
                {"state"_L1, textOrNull(session.state)},
                {"wait_event_type"_L1, textOrNull(session.waitEventType)},
                {"wait_event"_L1, textOrNull(session.waitEvent)},
                {"xact_age_s"_L1, numberOrNull(session.xactAgeSeconds)},
                {"query_age_s"_L1, numberOrNull(session.queryAgeSeconds)},
                {"state_age_s"_L1, numberOrNull(session.stateAgeSeconds)},
                {"backend_xmin"_L1, textOrNull(session.backendXmin)},
                {"xmin_age"_L1, numberOrNull(session.xminAge)},
                {"blocked_by"_L1, pidsToJson(session.blockedBy)},
                {"lock"_L1, lockText(session.lock)},
                {"long_transaction"_L1, thresholds.isLongTransaction(session)},
                {"idle_in_transaction_too_long"_L1, thresholds.isIdleInTransactionTooLong(session)},
                {"query"_L1, textOrNull(session.query)},
            });
        }
    }
    return QJsonObject{{"sessions"_L1, sessions}, {"errors"_L1, errorsToJson(nodes)}};
}

QJsonObject blockingTreesToJson(const QList<NodeSessions> &nodes)
{
    QJsonArray roots;
    for (const NodeSessions &node : nodes) {
        if (!node.error.isEmpty())
            continue;
        const BlockingTree tree = buildBlockingTree(node);
        for (const BlockingRoot &root : tree.roots) {
            const SessionInfo *session = node.session(root.pid);
            QJsonObject object{
                {"node"_L1, node.node},
                {"pid"_L1, root.pid},
                {"user"_L1, session ? textOrNull(session->user) : root.prepared ? textOrNull(root.prepared->owner) : QJsonValue(QJsonValue::Null)},
                {"state"_L1, session ? textOrNull(session->state) : root.pid == 0 ? QJsonValue(u"prepared"_s) : QJsonValue(QJsonValue::Null)},
                {"xact_age_s"_L1, session ? numberOrNull(session->xactAgeSeconds)
                                  : root.prepared ? QJsonValue(root.prepared->ageSeconds) : QJsonValue(QJsonValue::Null)},
                {"query"_L1, session ? textOrNull(session->query) : QJsonValue(QJsonValue::Null)},
                {"lock"_L1, root.blocked.isEmpty() ? QJsonValue(QJsonValue::Null) : lockText(root.blocked.first().lock)},
                {"blocked_count"_L1, root.blockedCount},
                {"in_cycle"_L1, root.inCycle},
                {"prepared_gid"_L1, root.prepared ? textOrNull(root.prepared->gid) : QJsonValue(QJsonValue::Null)},
                {"blocked"_L1, blockedToJson(node, root.blocked)},
            };
            roots.append(object);
        }
    }
    return QJsonObject{{"roots"_L1, roots}, {"errors"_L1, errorsToJson(nodes)}};
}

double longestLockWait(const QList<NodeSessions> &nodes)
{
    double longest = 0;
    for (const NodeSessions &node : nodes) {
        for (const SessionInfo &session : node.sessions) {
            if (session.isWaitingOnLock())
                longest = std::max(longest, session.lock ? session.lock->waitingSeconds.value_or(0) : 0);
        }
    }
    return longest;
}

} // namespace pgv
