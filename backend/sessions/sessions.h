// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/nodeprober.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace pgv {

/// The heavyweight lock a session waits for (its ungranted pg_locks row).
struct WaitedLock
{
    QString lockType; ///< relation, tuple, transactionid, virtualxid, advisory…
    QString mode;     ///< ShareLock, AccessExclusiveLock…
    QString relation; ///< the table's name in the database read, "relation OID" in another one
    QString transactionId;
    QString virtualXid;
    std::optional<qint64> objectId; ///< advisory locks and other objects
    std::optional<double> waitingSeconds;

    /// "ShareLock on transaction 1234", "AccessExclusiveLock on public.orders", "ExclusiveLock on advisory 42".
    QString describe() const;
};

/// One row of pg_stat_activity, with what blocks it when it waits on a lock.
struct SessionInfo
{
    int pid = 0;
    QString user, database, application, client, backendType, state, waitEventType, waitEvent;
    std::optional<double> backendAgeSeconds, xactAgeSeconds, queryAgeSeconds, stateAgeSeconds;
    /// As the server wrote it: with the pid, it names this backend and no later one that reuses the pid.
    QString backendStart;
    QString backendXmin;
    std::optional<qint64> xminAge; ///< in transactions
    /// pg_blocking_pids(): who holds or waits ahead for the lock it needs; 0 stands for a prepared transaction.
    QList<int> blockedBy;
    std::optional<WaitedLock> lock;
    QString query; ///< bounded (see fetchSessions)

    bool isWaitingOnLock() const { return !blockedBy.isEmpty(); }
    bool isIdle() const { return state == u"idle"; }
    bool isIdleInTransaction() const { return state.startsWith(u"idle in transaction"); }
};

/// When an open transaction is too old and a session has been idle in transaction too long: both hold locks and the
/// xmin horizon. The defaults are the ones the page and `pgversectl sessions` use unless told otherwise.
struct SessionThresholds
{
    double longTransactionS = 300;
    double idleInTransactionS = 60;

    /// \a session's transaction is open longer than the threshold, \a laterS seconds after it was read.
    bool isLongTransaction(const SessionInfo &session, double laterS = 0) const
    {
        return session.xactAgeSeconds && *session.xactAgeSeconds + laterS >= longTransactionS;
    }
    /// \a session has been idle in transaction longer than the threshold, \a laterS seconds after it was read.
    bool isIdleInTransactionTooLong(const SessionInfo &session, double laterS = 0) const
    {
        return session.isIdleInTransaction() && session.stateAgeSeconds && *session.stateAgeSeconds + laterS >= idleInTransactionS;
    }
};

struct PreparedTransaction
{
    QString gid, transaction, owner, database;
    double ageSeconds = 0;
    qint64 xidAge = 0;
};

/// What one node said about its sessions at one moment.
struct NodeSessions
{
    QString node;
    QDateTime readAt;
    QList<SessionInfo> sessions;
    QList<PreparedTransaction> prepared;
    QString error; ///< the node could not be read: what went wrong and what to do

    const SessionInfo *session(int pid) const;
};

/// The document resources/sql/sessions.sql returns, read into \a node's sessions (error set when it is not one).
NodeSessions parseSessionsDocument(const QString &node, const QByteArray &json);

/// Reads \a endpoint's sessions, query texts cut at \a queryChars (100–100,000). One connection, one statement,
/// deadlines throughout: call it from a worker thread or pgversectl.
NodeSessions fetchSessions(const NodeEndpoint &endpoint, int queryChars = 2000);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::NodeSessions)
