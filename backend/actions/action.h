// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actionlock.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace pgv {

enum class CheckStatus { Pass, Warn, Fail };
QString checkStatusName(CheckStatus status); // "pass", "warn", "fail"

/// One preflight check, with a reason a tired on-call engineer understands.
struct ActionCheck
{
    QString name;
    CheckStatus status = CheckStatus::Pass;
    QString reason;
};

/// One step of the plan shown before confirmation.
struct ActionStep
{
    QString title;
    QString detail;
    /// Once this step has started, cancelling would leave the cluster worse off than finishing.
    bool pointOfNoReturn = false;
};

enum class StepStatus { Pending, Running, Done, Failed, Skipped };
QString stepStatusName(StepStatus status);

struct ActionOutcome
{
    enum class Result { Succeeded, Refused, Failed, Cancelled };
    Result result = Result::Failed;
    QString message;
    /// After a failure: what state the cluster is left in, and what to do about it.
    QString clusterState;
    /// The action stopped half-way and left the cluster changed: its journal stays until `pgversectl recover` runs.
    bool needsRecovery = false;
};
QString resultName(ActionOutcome::Result result); // "succeeded", "refused", "failed", "cancelled"

/// How far a long step has come, for a progress bar with rate and time left.
struct ActionProgress
{
    QString phase;        ///< "streaming database files", "waiting for checkpoint"…
    qint64 done = 0;      ///< bytes
    qint64 total = 0;     ///< bytes; 0 when not known yet
    bool inBytes = true;  ///< false: done and total only give a fraction (the tool reports percent)
    double bytesPerSecond = 0;
    int secondsLeft = -1; ///< -1 when not known
};

/// What the running action reports through; implemented by the runner. Safe to call from the action's thread.
class ActionContext
{
public:
    virtual ~ActionContext() = default;
    virtual void progress(const ActionProgress &) {}
    virtual void startStep(int index) = 0;
    virtual void finishStep(int index, StepStatus status, const QString &note = {}) = 0;
    virtual void log(const QString &line) = 0;
    virtual bool cancelRequested() const = 0;
    virtual void setCancellable(bool cancellable) = 0;
};

/// An operation on a cluster: preflight checks, then a plan, then execution step by step, then verification.
/// Every method blocks (it talks to servers and starts processes), so runners call them off the GUI thread.
class Action
{
public:
    virtual ~Action() = default;
    virtual QString name() const = 0;  // stable: "switchover", "failover", …
    virtual QString title() const = 0; // "Switchover of lab to node2"
    virtual QVariantMap parameters() const = 0;
    /// Whether it can lose or remove something (then it needs the cluster's name typed to confirm). Read-only
    /// profiles run no action at all, destructive or not.
    virtual bool isDestructive() const { return true; }
    /// The cluster lock the run holds from its checks to its end, so that no second action runs on the same cluster
    /// meanwhile. Empty only for actions that touch none of the cluster's servers (a restore into a new server).
    virtual LockScope lockScope() const = 0;
    /// Whether the action may run while an interrupted action's journal is left (only recover: it is the cure).
    virtual bool takesOverInterrupted() const { return false; }
    /// Whether the action may run while an interrupted action's journal is left, leaving that journal as it was for
    /// recover (resuming the poolers a dead switchover left paused: its clients must not wait for a recovery).
    virtual bool runsBesideInterrupted() const { return false; }
    /// Given, before preflight(), the journal an interrupted action left, when takesOverInterrupted() took it over.
    virtual void adoptInterrupted(const ActionJournal &) {}

    virtual QList<ActionCheck> preflight() = 0;
    /// The steps execute() will take; valid after preflight().
    virtual QList<ActionStep> plan() const = 0;
    virtual ActionOutcome execute(ActionContext &context) = 0;
    /// Checks afterwards that the cluster is in the state the action promised.
    virtual QList<ActionCheck> verify() = 0;
};

bool anyFailed(const QList<ActionCheck> &checks);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::ActionCheck)
Q_DECLARE_METATYPE(pgv::ActionStep)
Q_DECLARE_METATYPE(pgv::ActionOutcome)
Q_DECLARE_METATYPE(pgv::ActionProgress)
