// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/action.h"
#include "pgbackrest.h"

namespace pgv {

/// Where recovery stops.
struct RestoreTarget
{
    enum class Kind { Latest, Time, Lsn, Name, Immediate };
    Kind kind = Kind::Latest;
    QDateTime time;  ///< Kind::Time
    QString value;   ///< Kind::Lsn ("0/3000060") or Kind::Name (a restore point)

    QString describe() const;
    /// pgBackRest's --type and --target arguments.
    QStringList pgbackrestArguments() const;
};

struct RestoreOptions
{
    QString destination; ///< a new or empty folder
    int port = 0;        ///< 127.0.0.1:port for the restored server
    RestoreTarget target;
    bool promote = true; ///< after reaching the target: promote (writable) or pause (read-only, to inspect)
    QString checkQuery;  ///< run on the restored server at the end; its first value is reported

    /// What the restore dialog proposes: when the restored server thinks it is, and whether it still recovers.
    static QString defaultCheckQuery() { return QStringLiteral("SELECT now(), pg_is_in_recovery()"); }
};

/// Point-in-time restore of a lab's pgBackRest backups into a separate folder, started as a stand-alone local
/// server on its own port: the lab itself is not touched (archive-mode=off keeps the restored server from pushing
/// its new timeline into the lab's repository).
class PgBackRestRestore final : public Action
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PgBackRestRestore)
public:
    PgBackRestRestore(Lab lab, RestoreOptions options);

    QString name() const override { return QStringLiteral("restore"); }
    QString title() const override;
    QVariantMap parameters() const override;
    /// A restore builds a new server from the repository and touches none of the cluster's: it may run during an action.
    LockScope lockScope() const override { return {}; }
    bool isDestructive() const override { return false; }
    QList<ActionCheck> preflight() override;
    QList<ActionStep> plan() const override;
    ActionOutcome execute(ActionContext &context) override;
    QList<ActionCheck> verify() override;

    const RecoveryWindow &window() const { return m_window; }
    const QString &checkResult() const { return m_checkResult; }
    /// Where recovery ended on the restored server (pg_last_wal_replay_lsn) and the time of the last transaction it
    /// replayed; empty until the target is reached.
    const QString &reachedLsn() const { return m_reachedLsn; }
    const QDateTime &reachedTime() const { return m_reachedTime; }
    /// How to reach the restored server (superuser, the lab's password file).
    QString restoredConnInfo() const;

private:
    enum Step { ArchiveNewest, RestoreFiles, Start, ReachTarget, CheckQuery };
    bool connectRestored(class PgSession &session, QString *error, int timeoutMs = 5000) const;
    /// The restored server's postmaster still runs (its postmaster.pid names a live process).
    bool restoredServerRuns() const;
    /// The last FATAL or PANIC line of the restored server's log, for a server that exited on its own.
    static QString lastFatalLine(const QString &logFile);

    Lab m_lab;
    PgBackRest m_pgbackrest;
    RestoreOptions m_options;
    QString m_primary;
    RecoveryWindow m_window;
    QString m_archiveEnd; ///< what a restore to the latest WAL must reach: the primary's WAL position when it was asked for
    QString m_checkResult;
    QString m_reachedLsn;
    QDateTime m_reachedTime;
};

} // namespace pgv
