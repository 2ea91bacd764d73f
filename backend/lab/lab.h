// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labprocess.h"
#include "commandrunner.h"
#include "labfiles.h"
#include "labmanifest.h"
#include "serveruser.h"

#include <QCoreApplication>
#include <atomic>
#include <functional>
#include <optional>

namespace pgv {

/// Reports each step of a long lab operation ("Starting node2…") for a progress line or a log.
using LabProgress = std::function<void(const QString &step)>;

/// A lab on disk: start and stop its servers. Every method blocks until the servers have done what was asked,
/// so call them from a worker thread or from pgversectl, never from the GUI thread.
class Lab
{
    Q_DECLARE_TR_FUNCTIONS(pgv::Lab)
public:
    enum class StopMode { Fast, Immediate };

    Lab(LabManifest manifest, ServerUser user);
    static std::optional<Lab> open(const QString &dir, QString *error);

    const LabManifest &manifest() const { return m_manifest; }
    const ServerUser &serverUser() const { return m_user; }
    CommandRunner runner() const;

    /// The PID of what the lab runs for the node: the postmaster, or in a Patroni lab the patroni daemon.
    std::optional<qint64> runningPid(const QString &node) const;
    /// The node's postmaster, whoever started it (in a Patroni lab, Patroni did).
    std::optional<qint64> postgresPid(const QString &node) const;
    /// Removes postmaster.pid and the socket's lock file when the process they name is gone (or a zombie nobody has
    /// reaped yet): PostgreSQL would otherwise take them for a running server and refuse to start, and so would
    /// pg_rewind's crash recovery.
    void clearStaleLockFiles(const QString &node) const;
    /// Whether the node is configured as a standby (standby.signal in its data folder).
    bool isStandby(const QString &node) const;
    /// The node that runs as primary now (running, no standby.signal), or nothing.
    std::optional<QString> runningPrimary() const;

    bool startNode(const QString &node, QString *error) const;
    bool stopNode(const QString &node, QString *error, StopMode mode = StopMode::Fast) const;
    /// Starts primaries first so that standbys find their upstream; nodes already running are left alone.
    bool startAll(const LabProgress &progress, QString *error) const;
    /// Stops standbys first so that the primary's shutdown does not make them retry and log errors.
    bool stopAll(const LabProgress &progress, QString *error, StopMode mode = StopMode::Fast) const;

    /// A fenced node (the old primary after a failover) refuses to start until it is rejoined as a standby.
    QString fenceFile(const QString &node) const { return LabFiles::fenceFile(m_manifest.dir, node); }
    bool isFenced(const QString &node) const;

    /// initdb of \a member's data folder as the lab makes every server: the superuser's password read from
    /// \a passwordFile (which it removes), SCRAM authentication, UTF8 and the C locale.
    CommandResult initdb(const QString &member, const QString &passwordFile, const std::atomic_bool *cancel) const;

    /// The last lines of the node's server log, for error messages.
    QString logTail(const QString &node, int lines = 12) const;

    /// The node that takes writes, asked of the servers (pg_is_in_recovery): in a Patroni lab the files say nothing
    /// lasting about who leads. Nothing when no node answers as a primary.
    std::optional<QString> writableNode() const;

    // PgBouncers (labpooler.cpp).
    std::optional<qint64> poolerPid(const QString &pooler) const { return pidFromFile(pooler); }
    /// Writes \a pooler's configuration routing to \a routesTo and starts it, unless it runs; returns once its admin
    /// console answers.
    bool startPooler(const LabPooler &pooler, const LabNode &routesTo, QString *error) const;
    bool stopPooler(const LabPooler &pooler, QString *error) const;
    /// Rewrites \a pooler's [databases] to \a routesTo and, when it runs, RELOADs it: connections to the old server
    /// close as they are released.
    bool routePooler(const LabPooler &pooler, const LabNode &routesTo, QString *error) const;
    /// The node a pooler's configuration routes to (read from its file), or nothing.
    std::optional<QString> poolerRoute(const LabPooler &pooler) const;

private:
    bool startServer(const LabNode &node, QString *error) const;
    bool startPatroniMember(const QString &node, QString *error) const;
    bool stopPatroniMember(const QString &node, QString *error) const;
    bool startEtcd(QString *error) const;
    void stopEtcd() const;
    std::optional<qint64> pidFromFile(const QString &name) const;

    LabManifest m_manifest;
    ServerUser m_user;
};

struct LabOptions
{
    QString dir;
    QString name;       // empty: "lab" for the default folder, else the folder's name
    int standbys = 2;
    int basePort = 0;   // 0: the first run of free ports from 55432 on
    QString binDir;     // empty: ServerBinaries::locate decides
    QString serverUser; // empty: ServerUser::resolve decides
    bool registerProfile = true;
    /// A Patroni lab: one etcd and Patroni members (the first bootstraps the cluster) instead of plain streaming.
    bool patroni = false;
    /// Also the analytics subscriber (see addLabSubscriber); the nodes run with wal_level = logical from the start.
    bool subscriber = false;
    /// PgBouncers in front of the cluster (see addLabPoolers).
    int poolers = 0;
};

/// Creates and starts a lab: a primary and options.standbys streaming standbys on 127.0.0.1, each with a
/// physical slot, archiving into the lab folder. On failure or cancellation everything created is removed again.
std::optional<LabManifest> createLab(const LabOptions &options, const LabProgress &progress, const std::atomic_bool *cancel,
                                     QString *error);

/// In a Patroni lab: declares \a slot (logical, pgoutput, in \a database) one of Patroni's permanent slots, so that
/// Patroni makes it on the leader and keeps a copy on every replica (a switchover or failover keeps it), and sets
/// wal_level = logical through Patroni's dynamic configuration, restarting the members when it was not. Blocking.
bool declarePatroniLogicalSlot(const Lab &lab, const QString &slot, const QString &database, const LabProgress &progress, QString *error);
/// Takes \a slot out of Patroni's permanent slots again (Patroni then drops it as unknown once it is inactive).
void undeclarePatroniLogicalSlot(const Lab &lab, const QString &slot);

/// Creates and starts a Patroni lab: etcd, then the first member (which bootstraps), then the others
/// (which clone it); REST authentication on. Undone on failure.
std::optional<LabManifest> createPatroniLab(const LabOptions &options, const LabProgress &progress, const std::atomic_bool *cancel,
                                            QString *error);

/// `lab subscriber add`, and the end of `lab up --subscriber`: on the primary a database "shop" with public.orders and
/// the publication orders_pub (every node set to wal_level = logical first, restarting them when it was lower); a
/// stand-alone server "analytics" on the next free port with the same table and the subscription orders_sub, which
/// streams from the current primary through its slot. Returns the manifest naming the subscriber, once its table is
/// synchronised and its apply worker streams. The subscriber's own profile (NAME-analytics) is registered when
/// \a registerProfile. A failure removes the subscriber's server again and leaves the cluster's database in place.
std::optional<LabManifest> addLabSubscriber(const QString &dir, bool registerProfile, const LabProgress &progress,
                                            const std::atomic_bool *cancel, QString *error);

/// `lab pooler add`, and the end of `lab up --pgbouncer N`: \a count more PgBouncers (pooler1, pooler2…) on the next
/// free ports, in transaction pooling mode, each with its own configuration, auth file (mode 0600) and admin password,
/// routing every database to the current primary; started, and in pg_service.conf and the lab's profile. Blocking.
std::optional<LabManifest> addLabPoolers(const QString &dir, int count, bool registerProfile, const LabProgress &progress,
                                         const std::atomic_bool *cancel, QString *error);

/// `lab up`: starts the lab in options.dir when there is one, creates it otherwise.
std::optional<LabManifest> labUp(const LabOptions &options, const LabProgress &progress, const std::atomic_bool *cancel,
                                 QString *error);

/// Stops the lab's servers, deletes its folder and forgets its profile. Refuses folders that are not labs.
bool destroyLab(const QString &dir, const LabProgress &progress, QString *error);

/// \a count consecutive free TCP ports on 127.0.0.1, from \a first on; empty when none are found.
QList<int> findFreePorts(int count, int first = 55432);
bool isPortFree(int port);

} // namespace pgv
