// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace pgv {

class PgSession;

/// Where the one-action-at-a-time lock of a cluster lives.
struct LockScope
{
    QString cluster;
    /// A file every process on this machine sees: in the lab folder for labs, else in the data folder. It also holds
    /// the journal of the running action, which outlives a killed process.
    QString lockFile;
    /// Nodes on which a session-level advisory lock is held, so that a console on another workstation sees it too.
    /// Empty for labs, which only this machine can act on.
    QList<NodeEndpoint> nodes;

    bool isEmpty() const { return lockFile.isEmpty(); }
};

/// The lock of a lab: its folder's action.lock, nothing on the servers.
LockScope labLockScope(const QString &cluster, const QString &labDir);
/// The lock of a cluster reached through its profile: a file in the data folder plus advisory locks on its nodes.
LockScope profileLockScope(const Profile &profile, const QString &password);

/// What the journal says about the action that holds (or held) a cluster's lock.
struct ActionJournal
{
    QString runId;
    QString action; // "switchover", "failover", …
    QString title;
    QString cluster;
    QString user;
    QString host;
    qint64 pid = 0;
    QDateTime startedAt;
    QJsonObject parameters;
    int stepIndex = -1; ///< the step last started or finished; -1 before the first
    QString stepTitle;
    QString stepStatus; ///< "running", "done", "failed", …
    bool pastPointOfNoReturn = false;
    /// running: the holder is at work; failed: it ended but left the cluster needing `pgversectl recover`.
    QString state;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static std::optional<ActionJournal> fromJson(const QJsonObject &object);
    /// "switchover of lab to node2 by root@host (pid 4242) since 21:30:02, at step 4 (Promote node2)"
    QString describe() const;
    /// What a reader should be told about an action whose holder is gone: "A switchover … was interrupted after …".
    QString describeInterrupted() const;
};

/// Reads the journal a cluster's lock file holds without taking the lock. Nothing when no action ran, or the last one
/// ended cleanly. \a held tells whether a live process still holds the lock (the action is running, not interrupted).
std::optional<ActionJournal> readActionJournal(const LockScope &scope, bool *held = nullptr);

/// One action at a time per cluster, across processes and (through advisory locks) machines. The lock is a BSD
/// lock on a file, so the kernel releases it when its holder dies however it dies; the journal written into the
/// same file stays behind, which is how the next process learns an action was interrupted.
class ActionLock
{
public:
    ~ActionLock();
    ActionLock(const ActionLock &) = delete;
    ActionLock &operator=(const ActionLock &) = delete;

    enum class Refusal { None, Busy, Interrupted, Error };
    struct Attempt
    {
        std::unique_ptr<ActionLock> lock;
        Refusal refusal = Refusal::None;
        QString message;
        /// The journal left by an earlier run whose process is gone (Interrupted), or of the running one (Busy).
        std::optional<ActionJournal> journal;
    };

    /// Takes the lock for \a journal's action. Refuses at once (no waiting) when another action holds it, naming it;
    /// refuses when an interrupted action's journal is left, unless \a takeOverInterrupted (pgversectl recover).
    /// With \a keepInterruptedJournal (an action that runs beside an interrupted one: pooler resume) a journal left
    /// in the file stays there untouched for the whole run, so that even this run's own death leaves it for recover.
    static Attempt acquire(const LockScope &scope, ActionJournal journal, bool takeOverInterrupted = false, bool keepInterruptedJournal = false);

    const ActionJournal &journal() const { return m_journal; }
    /// Journals a step boundary before and after each step, so a killed run says where it stopped.
    void setParameters(const QJsonObject &parameters);
    void recordStep(int index, const QString &title, const QString &status, bool pastPointOfNoReturn);
    /// Ends the run: \a needsRecovery keeps the journal (state "failed") for the next status and recover; otherwise
    /// the journal is cleared. The lock is released either way.
    void finish(bool needsRecovery);
    /// Ends a run that changed nothing (refused, or not confirmed): the journal is left as it was found.
    void abandon();

private:
    ActionLock() = default;
    bool writeJournal(QString *error = nullptr);
    void clearJournal();
    void releaseAll();

    int m_fd = -1;
    ActionJournal m_journal;
    std::optional<ActionJournal> m_previous; // an interrupted run's journal, taken over by recover
    bool m_keepsPrevious = false;            // that journal stays in the file: this run journals nothing
    std::vector<std::unique_ptr<PgSession>> m_nodeSessions;
};

} // namespace pgv
