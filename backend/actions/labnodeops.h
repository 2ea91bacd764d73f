// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lsn.h"
#include "lab/lab.h"
#include "pg/pgsession.h"

#include <functional>
#include <optional>

namespace pgv {

/// The steps of moving the primary role around a lab, one server at a time. Shared by switchover, failover and
/// rejoin; every method blocks and reports failure through \a error in words fit for a log line.
class LabNodeOps
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabNodeOps)
public:
    explicit LabNodeOps(const Lab &lab);

    /// A superuser session to \a node with the given connect deadline.
    bool connect(const QString &node, PgSession &session, QString *error, int timeoutMs = 5000) const;
    /// First column of the first row of \a sql.
    static std::optional<QString> value(PgSession &session, const QString &sql, QString *error, int timeoutMs = 10000);
    static bool run(PgSession &session, const QString &sql, QString *error, int timeoutMs = 60000);
    /// value() on \a node that first reopens \a session when a timeout or a lost connection closed it, so a node
    /// that hangs for a moment costs a retry, not the rest of the step's deadline.
    std::optional<QString> valueOn(const QString &node, PgSession &session, const QString &sql, QString *error, int timeoutMs = 2000) const;

    /// Promotes the standby \a node and waits (up to \a timeoutMs) until it accepts writes, reconnecting \a session
    /// as needed. While it is still in recovery it is sent a configuration reload every quarter second: PostgreSQL
    /// 15's startup process can consume the promotion's one wake-up just before it sleeps wal_retrieve_retry_interval
    /// (5 s) after losing its upstream, and a reload wakes that sleep (the promotion itself is already recorded).
    bool promote(const QString &node, PgSession &session, int timeoutMs, QString *error) const;

    /// Fast shutdown (SIGINT to the postmaster), waiting until the server has exited. Cheaper than pg_ctl: no
    /// process to start while clients wait.
    bool stopFast(const QString &node, QString *error, int timeoutMs = 60000) const;
    /// SIGKILL to the postmaster and all its children: for a hung or half-dead server that must not write again.
    bool killServer(const QString &node, QString *error) const;
    /// "Latest checkpoint location" from pg_controldata: the shutdown checkpoint of a cleanly stopped server.
    std::optional<Lsn> latestCheckpoint(const QString &node, QString *error) const;
    /// The timeline of the node's latest checkpoint (pg_controldata; a stopped or crashed server's files); 0 when unreadable.
    int checkpointTimeline(const QString &node, QString *error) const;
    /// Asks for a fast shutdown (SIGINT) and returns once the shutdown checkpoint is in the control file, with its
    /// location. From then on the server writes no more WAL; it may still be archiving and saying goodbye to its
    /// standbys, which nobody needs to wait for. \a error explains a timeout.
    std::optional<Lsn> shutDownToCheckpoint(const QString &node, QString *error, int timeoutMs = 60000) const;
    /// Waits until the server's process has exited.
    bool waitUntilStopped(const QString &node, QString *error, int timeoutMs = 60000) const;

    /// standby.signal plus primary_conninfo/primary_slot_name towards \a upstream, for a stopped node.
    bool configureStandby(const QString &node, const QString &upstream, QString *error) const;
    /// Points a running standby at \a upstream (ALTER SYSTEM and a reload: PostgreSQL 13+ needs no restart).
    bool repoint(PgSession &standby, const QString &node, const QString &upstream, QString *error) const;
    /// Creates the physical slots \a names on a primary, skipping those that exist.
    static bool ensureSlots(PgSession &primary, const QStringList &names, QString *error);
    /// Drops the inactive slots of \a type a demoted primary kept from its days as primary: physical ones only retain
    /// WAL; logical ones also hold the catalog horizon back through hot_standby_feedback.
    static bool dropInactiveSlots(PgSession &standby, QString *error, QStringView type = u"physical");
    /// pg_rewind of the stopped \a node from the running \a source (which has had a CHECKPOINT since promotion).
    bool rewind(const QString &node, const QString &source, QString *error) const;

    /// Brings the stopped \a node back as a standby of \a upstream and waits until it streams on \a timeline; when it
    /// cannot follow as it is, stops it, rewinds it from \a upstream and tries once more. It is configured as a standby
    /// before its fence comes off, and fenced again if it ends up stopped, so nothing starts it as a primary meanwhile.
    /// \a whyRewound says why a rewind was needed (empty when it followed as it was).
    bool rejoinStopped(const QString &node, const QString &upstream, int timeline, QString *whyRewound, QString *error) const;

    /// A fenced node must not start until it has been rejoined: after a failover it would be a second primary.
    bool fence(const QString &node, const QString &reason, QString *error) const;
    void unfence(const QString &node) const;

    const Lab &lab() const { return m_lab; }

private:
    QString upstreamConnInfo(const QString &upstream, const QString &standby) const;

    const Lab &m_lab;
};

} // namespace pgv
