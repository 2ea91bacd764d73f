// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "core/lsn.h"
#include "lab/lab.h"

#include <optional>

namespace pgv {

class PgSession;

/// A subscription of the lab's subscriber that streams from one of the lab's nodes.
struct LabSubscription
{
    QString name;
    QString database;    // where it lives on the subscriber
    QString slot;
    QString publisherDatabase;
    int publisherPort = 0;
    bool enabled = false;
    bool workerRunning = false;
    QString origin;             // pg_<oid>: the replication origin that records how far it has applied
    std::optional<Lsn> applied; // the origin's remote_lsn: the end of the last transaction it applied
    /// The publisher's slot, read before the switchover: where decoding must restart for what is not confirmed yet
    /// (no unconfirmed transaction has a change before it), and what the subscriber had confirmed then.
    std::optional<Lsn> slotRestart;
    std::optional<Lsn> slotConfirmed;
    QStringList tables;         // the publication's tables, schema.name, as the subscriber has them
    QStringList tablesNotReady; // still synchronising: their own tablesync slots would not exist on the new primary
};

/// What a planned switchover does for the logical subscribers of the old primary, so that they lose and repeat
/// nothing. On PostgreSQL 15 a logical slot exists on the primary only: the subscriber must have applied everything
/// the old primary wrote before the promotion (checked with pg_waldump in the candidate's WAL, not assumed), the
/// new primary takes no writes until its slot exists (default_transaction_read_only while the slot is made), and
/// the subscription is then pointed at it. Blocking: for the action's worker thread.
class LabSubscribers
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabSubscribers)
public:
    explicit LabSubscribers(const Lab &lab);

    /// Reads the subscriber's subscriptions that stream from \a publisher. None without a subscriber.
    bool read(const QString &publisher, QString *error);
    const QList<LabSubscription> &subscriptions() const { return m_subscriptions; }
    bool any() const { return !m_subscriptions.isEmpty(); }
    QString names() const;

    /// Preflight, one check per subscription: it streams, and its slot on \a primary is at most \a maxLagBytes behind.
    /// With \a force a failure is a warning that says what the subscriber may miss.
    QList<ActionCheck> checks(const QString &primary, qint64 maxLagBytes, bool force);

    /// How many committed changes to each subscription's tables lie in \a walNode's WAL (timeline \a timeline) between
    /// what the subscriber applied and \a end: changes it would never get once the slot is made anew. Reads the
    /// origins again first. Nothing, with \a error set, when pg_waldump cannot tell.
    std::optional<int> missedChanges(const QString &walNode, int timeline, Lsn end, QString *detail, QString *error);
    /// Where each subscription stands against the node a failover promotes, with the old primary gone: the committed
    /// row changes to its tables that \a candidate has and the subscriber never applied (lost to it once it streams
    /// from a slot made on the new primary), and those it applied that \a candidate never received (rows only it
    /// keeps). Both read with pg_waldump, up to \a end in \a candidate's WAL and from the origin's position in
    /// \a oldPrimary's, on timeline \a timeline; a transaction begun before the oldest WAL file a node still has is
    /// not seen. Nothing, with \a error set, when it cannot be told.
    struct FailoverGap
    {
        int missed = 0;
        int extra = 0;
        QString detail;
    };
    std::optional<FailoverGap> failoverGap(const QString &candidate, const QString &oldPrimary, int timeline, Lsn end, QString *error);
    /// Committed changes to the subscribed tables that \a newPrimary took after \a promotedAfter (the old primary's
    /// shutdown checkpoint) and before its new slots began: writes that got past the hold, which the subscriber never
    /// receives. 0 is what a switchover must find.
    std::optional<int> changesBeforeSlots(const QString &newPrimary, Lsn promotedAfter, QString *error) const;
    /// Waits (up to \a timeoutMs) until missedChanges is 0: the subscriber catches up while the old primary's
    /// walsender drains. Returns the last count.
    std::optional<int> waitUntilApplied(const QString &walNode, int timeline, Lsn end, int timeoutMs, const std::function<bool()> &cancelled,
                                        QString *detail, QString *error);

    /// default_transaction_read_only on \a node (ALTER SYSTEM and a reload; allowed on a standby) until release().
    static bool holdWrites(PgSession &node, QString *error);
    static bool releaseWrites(PgSession &node, QString *error);
    /// releaseWrites for an action that held them on \a nodeName: false, with what to do in \a context's log, when
    /// the hold stays.
    static bool releaseWrites(PgSession &node, const QString &nodeName, ActionContext &context);
    /// releaseWrites when \a node still has the hold (a switchover that died while holding); true when it has none.
    static bool releaseLeftoverHold(PgSession &node, bool *released, QString *error);
    /// Creates each subscription's slot on \a newPrimary (in its publisher database), anew: a slot of that name left
    /// from the node's own days as primary starts where that subscriber was then, and would send it changes again.
    bool createSlots(const QString &newPrimary, QString *error);
    /// Points each subscription at \a newPrimary (ALTER SUBSCRIPTION … CONNECTION, the rest of its string kept).
    bool repoint(const QString &newPrimary, QString *note, QString *error);
    /// createSlots then repoint, for recover: writes are still held while it runs.
    bool reattach(const QString &newPrimary, QString *note, QString *error)
    {
        return createSlots(newPrimary, error) && repoint(newPrimary, note, error);
    }
    /// Each subscription's worker streams from \a newPrimary and its slot has confirmed the new primary's position.
    QList<ActionCheck> verify(const QString &newPrimary, int timeoutMs) const;

private:
    bool readOrigins(QString *error);
    /// The start of the oldest WAL file of \a timeline in \a node's pg_wal (a stopped node's too: read from its folder).
    std::optional<Lsn> oldestWal(const QString &node, int timeline, qint64 segmentBytes, QString *error) const;
    std::optional<QStringList> relationsOf(const QString &walNode, const LabSubscription &subscription, QString *error) const;
    /// Row changes to \a relations (read from \a changesFrom) of transactions that commit in [\a commitsFrom, \a end).
    std::optional<int> committedChanges(const QString &walNode, int timeline, const QStringList &relations, Lsn changesFrom, Lsn commitsFrom,
                                        Lsn end, QString *error) const;

    const Lab &m_lab;
    QList<LabSubscription> m_subscriptions;
};

} // namespace pgv
