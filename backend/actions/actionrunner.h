// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace pgv {

class BackgroundWork;

class AuditLog;

struct ActionPolicy
{
    QString cluster;
    bool readOnly = false;
};

/// Receives a run's progress, on the thread that runs the action.
class ActionObserver
{
public:
    virtual ~ActionObserver() = default;
    virtual void checked(const QList<ActionCheck> &, const QList<ActionStep> &) {}
    /// Asked after the checks passed, before anything changes; false stops there (a dry run, or the user said no).
    virtual bool confirm(const QList<ActionCheck> &, const QList<ActionStep> &) { return true; }
    virtual void stepStarted(int) {}
    virtual void stepFinished(int, StepStatus, qint64, const QString &) {}
    virtual void logLine(const QString &) {}
    virtual void progressed(const ActionProgress &) {}
    virtual void cancellableChanged(bool) {}
};

struct StepRecord
{
    StepStatus status = StepStatus::Pending;
    qint64 milliseconds = 0;
    QString note;
};

struct ActionRun
{
    ActionOutcome outcome;
    bool executed = false;
    QList<ActionCheck> checks;
    QList<ActionStep> plan;
    QList<StepRecord> steps;
    QList<ActionCheck> verification;
    QStringList log;
};

/// Runs \a action: refuses it for a read-only profile or a failed check, otherwise asks \a observer to confirm,
/// executes it step by step and verifies the result; every run that gets past the checks lands in \a audit
/// (when it starts and when it ends). Blocking: call it from pgversectl or a worker thread.
ActionRun runAction(Action &action, const ActionPolicy &policy, const AuditLog *audit, ActionObserver &observer,
                    const std::atomic_bool *cancel = nullptr);

/// The JSON form of a run, as `pgversectl switchover --json` prints it.
QJsonObject actionRunToJson(const Action &action, const ActionPolicy &policy, const ActionRun &run);

/// Runs an action off the GUI thread and reports by signal: first preflight() (checks and plan for the user to
/// read), then, once confirmed, execute() (which checks again, since things may have changed meanwhile).
class ActionRunner : public QObject
{
    Q_OBJECT
public:
    ActionRunner(std::shared_ptr<Action> action, ActionPolicy policy, QObject *parent = nullptr);
    ~ActionRunner() override;

    Action &action() const { return *m_action; }
    const ActionPolicy &policy() const { return m_policy; }
    bool isBusy() const { return m_busy; }

    void preflight();
    void execute();
    void cancel();

Q_SIGNALS:
    void preflightFinished(const QList<pgv::ActionCheck> &checks, const QList<pgv::ActionStep> &plan);
    void stepStarted(int index);
    void stepFinished(int index, pgv::StepStatus status, qint64 milliseconds, const QString &note);
    void logLine(const QString &line);
    void progressed(const pgv::ActionProgress &progress);
    void cancellableChanged(bool cancellable);
    void finished(const pgv::ActionOutcome &outcome, const QList<pgv::ActionCheck> &verification);

private:
    std::shared_ptr<Action> m_action;
    ActionPolicy m_policy;
    /// The plan the last preflight showed: execute() runs only if the checks it repeats under the lock give the same.
    QList<ActionStep> m_reviewedPlan;
    BackgroundWork *m_work;
    bool m_busy = false;
};

} // namespace pgv

Q_DECLARE_METATYPE(pgv::StepStatus)
