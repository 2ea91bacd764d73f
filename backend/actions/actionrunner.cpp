// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionrunner.h"

#include "auditlog.h"
#include "plannedsilence.h"
#include "core/backgroundwork.h"
#include "core/commandtranscript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMutex>
#include <QPointer>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QJsonArray checksToJson(const QList<ActionCheck> &checks)
{
    QJsonArray array;
    for (const ActionCheck &check : checks)
        array.append(QJsonObject{{"name"_L1, check.name}, {"status"_L1, checkStatusName(check.status)}, {"reason"_L1, check.reason}});
    return array;
}

QJsonArray stepsToJson(const QList<ActionStep> &plan, const QList<StepRecord> &steps)
{
    QJsonArray array;
    for (int i = 0; i < plan.size(); ++i) {
        QJsonObject step{{"title"_L1, plan[i].title}, {"detail"_L1, plan[i].detail}, {"point_of_no_return"_L1, plan[i].pointOfNoReturn}};
        if (i < steps.size()) {
            step.insert("status"_L1, stepStatusName(steps[i].status));
            step.insert("ms"_L1, double(steps[i].milliseconds));
            if (!steps[i].note.isEmpty())
                step.insert("note"_L1, steps[i].note);
        }
        array.append(step);
    }
    return array;
}

/// Records timings and forwards everything to the observer.
class RecordingContext final : public ActionContext
{
public:
    using StepHook = std::function<void(int index, StepStatus status)>;
    RecordingContext(ActionRun &run, ActionObserver &observer, const std::atomic_bool *cancel, StepHook stepHook)
        : m_run(run)
        , m_observer(observer)
        , m_cancel(cancel)
        , m_stepHook(std::move(stepHook))
    {
        m_run.steps.resize(m_run.plan.size());
    }
    void startStep(int index) override
    {
        if (index < 0 || index >= m_run.steps.size())
            return;
        m_run.steps[index].status = StepStatus::Running;
        // Journaled before the step does anything: a run killed inside it says which step it was in.
        m_stepHook(index, StepStatus::Running);
        m_timer.start();
        m_observer.stepStarted(index);
        if (m_run.plan[index].pointOfNoReturn)
            setCancellable(false);
    }
    void finishStep(int index, StepStatus status, const QString &note) override
    {
        if (index < 0 || index >= m_run.steps.size())
            return;
        StepRecord &step = m_run.steps[index];
        step.status = status;
        step.milliseconds = m_timer.isValid() ? m_timer.elapsed() : 0;
        step.note = note;
        m_stepHook(index, status);
        m_observer.stepFinished(index, status, step.milliseconds, note);
    }
    void log(const QString &line) override
    {
        m_run.log << line;
        m_observer.logLine(line);
    }
    void progress(const ActionProgress &progress) override { m_observer.progressed(progress); }
    bool cancelRequested() const override { return m_cancellable && m_cancel && m_cancel->load(); }
    void setCancellable(bool cancellable) override
    {
        if (cancellable == m_cancellable)
            return;
        m_cancellable = cancellable;
        m_observer.cancellableChanged(cancellable);
    }

private:
    ActionRun &m_run;
    ActionObserver &m_observer;
    const std::atomic_bool *m_cancel;
    StepHook m_stepHook;
    QElapsedTimer m_timer;
    bool m_cancellable = true;
};

} // namespace

ActionRun runAction(Action &action, const ActionPolicy &policy, const AuditLog *audit, ActionObserver &observer,
                    const std::atomic_bool *cancel)
{
    ActionRun run;
    std::unique_ptr<ActionLock> lock;
    auto record = [&](const QString &phase) {
        if (!audit)
            return;
        QJsonObject entry = actionRunToJson(action, policy, run);
        entry.insert("phase"_L1, phase);
        if (lock)
            entry.insert("run_id"_L1, lock->journal().runId);
        QString error;
        if (!audit->append(entry, &error))
            observer.logLine(error);
    };
    // Even a backup changes something (archive_command, files, a new server): read-only means no action at all.
    if (policy.readOnly) {
        run.outcome = {ActionOutcome::Result::Refused,
                       QCoreApplication::translate("ActionRunner", "The profile %1 is read-only: it never runs actions. Use a "
                                                                   "profile that is not read-only to change this cluster.")
                           .arg(policy.cluster),
                       {}};
        run.checks << ActionCheck{QCoreApplication::translate("ActionRunner", "Profile allows actions"), CheckStatus::Fail, run.outcome.message};
        record(u"refused"_s);
        return run;
    }
    // Held from the checks on: what they saw must still hold when the steps run, and a second action would change it.
    const LockScope scope = action.lockScope();
    if (!scope.isEmpty()) {
        ActionJournal journal;
        journal.action = action.name();
        journal.title = action.title();
        journal.parameters = QJsonObject::fromVariantMap(action.parameters());
        ActionLock::Attempt attempt = ActionLock::acquire(scope, journal, action.takesOverInterrupted() || action.runsBesideInterrupted(),
                                                          action.runsBesideInterrupted());
        if (!attempt.lock) {
            const QString checkName = attempt.refusal == ActionLock::Refusal::Interrupted
                                          ? QCoreApplication::translate("ActionRunner", "No interrupted action left")
                                          : QCoreApplication::translate("ActionRunner", "No other action running");
            run.outcome = {ActionOutcome::Result::Refused, QCoreApplication::translate("ActionRunner", "Refused: %1").arg(attempt.message), {}};
            run.checks << ActionCheck{checkName, CheckStatus::Fail, attempt.message};
            observer.checked(run.checks, run.plan);
            record(u"refused"_s);
            return run;
        }
        lock = std::move(attempt.lock);
        if (attempt.journal && action.takesOverInterrupted())
            action.adoptInterrupted(*attempt.journal);
    }
    run.checks = action.preflight();
    run.plan = action.plan();
    observer.checked(run.checks, run.plan);
    if (anyFailed(run.checks)) {
        QStringList reasons;
        for (const ActionCheck &check : std::as_const(run.checks)) {
            if (check.status == CheckStatus::Fail)
                reasons << check.name + u": "_s + check.reason;
        }
        run.outcome = {ActionOutcome::Result::Refused, QCoreApplication::translate("ActionRunner", "Refused: %1").arg(reasons.join(u"; "_s)), {}};
        record(u"refused"_s);
        if (lock)
            lock->abandon();
        return run;
    }
    if (!observer.confirm(run.checks, run.plan)) {
        run.outcome = {ActionOutcome::Result::Cancelled, QCoreApplication::translate("ActionRunner", "Not executed: nothing was changed."), {}};
        if (lock)
            lock->abandon();
        return run;
    }
    record(u"started"_s);
    QString silenceError;
    PlannedSilence plannedSilence(policy.cluster, action.name(), action.title(), &silenceError);
    const auto logLine = [&](const QString &line) {
        run.log << line;
        observer.logLine(line);
    };
    if (!silenceError.isEmpty())
        logLine(QCoreApplication::translate("ActionRunner", "The alerts this action causes are not silenced: %1").arg(silenceError));
    else if (plannedSilence.isActive())
        logLine(QCoreApplication::translate("ActionRunner", "Silenced while it runs: %1").arg(PlannedSilence::rulesCausedBy(action.name()).join(u", "_s)));
    auto journalStep = [&](int index, StepStatus status) {
        plannedSilence.keepAlive();
        if (index < 0 || index >= run.plan.size())
            return;
        const bool pastPointOfNoReturn = run.plan[index].pointOfNoReturn && status != StepStatus::Pending;
        if (lock)
            lock->recordStep(index, run.plan[index].title, stepStatusName(status), pastPointOfNoReturn);
        if (audit) {
            QJsonObject entry{{"action"_L1, action.name()}, {"cluster"_L1, policy.cluster}, {"phase"_L1, u"step"_s},
                              {"step_index"_L1, index}, {"step_title"_L1, run.plan[index].title}, {"step_status"_L1, stepStatusName(status)}};
            if (lock)
                entry.insert("run_id"_L1, lock->journal().runId);
            QString error;
            if (!audit->append(entry, &error))
                observer.logLine(error);
        }
    };
    if (lock) // the checks filled in what the action works on (the old primary, the candidate…)
        lock->setParameters(QJsonObject::fromVariantMap(action.parameters()));
    RecordingContext context(run, observer, cancel, journalStep);
    run.executed = true;
    {
        // The SQL and programs the steps run go to the run log (and with it the audit log): show me the commands.
        const CommandTranscript::Scope transcript([&context](const QString &line) { context.log(line); });
        run.outcome = action.execute(context);
    }
    if (run.outcome.result == ActionOutcome::Result::Succeeded) {
        run.verification = action.verify();
        if (anyFailed(run.verification)) {
            run.outcome.result = ActionOutcome::Result::Failed;
            run.outcome.message = QCoreApplication::translate("ActionRunner", "The action ran but its verification failed; see the checks.");
        }
    }
    record(u"finished"_s);
    if (lock && action.runsBesideInterrupted())
        lock->abandon(); // the interrupted action's journal, if any, stays for recover
    else if (lock)
        lock->finish(run.outcome.needsRecovery);
    return run;
}

QJsonObject actionRunToJson(const Action &action, const ActionPolicy &policy, const ActionRun &run)
{
    return QJsonObject{
        {"action"_L1, action.name()},
        {"title"_L1, action.title()},
        {"cluster"_L1, policy.cluster},
        {"parameters"_L1, QJsonObject::fromVariantMap(action.parameters())},
        {"checks"_L1, checksToJson(run.checks)},
        {"steps"_L1, stepsToJson(run.plan, run.steps)},
        {"executed"_L1, run.executed},
        {"result"_L1, run.executed || run.outcome.result == ActionOutcome::Result::Refused ? resultName(run.outcome.result) : u"not_executed"_s},
        {"message"_L1, run.outcome.message},
        {"cluster_state"_L1, run.outcome.clusterState},
        {"needs_recovery"_L1, run.outcome.needsRecovery},
        {"verification"_L1, checksToJson(run.verification)},
        // What the steps ran (SQL, programs, signals, files): for people learning and for post-mortems.
        {"log"_L1, QJsonArray::fromStringList(run.log)},
    };
}

namespace {
/// Forwards a run's progress to the runner's signals, queued to the runner's thread.
class SignallingObserver final : public ActionObserver
{
public:
    SignallingObserver(ActionRunner *runner, QList<ActionStep> reviewed)
        : m_runner(runner)
        , m_reviewed(std::move(reviewed))
    {
    }
    /// What was confirmed is the plan the user read: when the checks repeated under the lock plan otherwise (the
    /// cluster changed meanwhile: an interrupted action finished by itself, a node went down), nothing runs.
    bool confirm(const QList<ActionCheck> &, const QList<ActionStep> &plan) override
    {
        const bool same = std::equal(plan.cbegin(), plan.cend(), m_reviewed.cbegin(), m_reviewed.cend(), [](const ActionStep &a, const ActionStep &b) {
            return a.title == b.title && a.detail == b.detail;
        });
        if (!same)
            logLine(QCoreApplication::translate("ActionRunner", "The cluster changed after the plan was shown, and the plan with it: nothing "
                                                                "was run. Check again and read the new plan."));
        return same;
    }
    void stepStarted(int index) override { post([index](ActionRunner *r) { Q_EMIT r->stepStarted(index); }); }
    void stepFinished(int index, StepStatus status, qint64 ms, const QString &note) override
    {
        post([=](ActionRunner *r) { Q_EMIT r->stepFinished(index, status, ms, note); });
    }
    void logLine(const QString &line) override { post([line](ActionRunner *r) { Q_EMIT r->logLine(line); }); }
    void progressed(const ActionProgress &progress) override { post([progress](ActionRunner *r) { Q_EMIT r->progressed(progress); }); }
    void cancellableChanged(bool cancellable) override { post([cancellable](ActionRunner *r) { Q_EMIT r->cancellableChanged(cancellable); }); }

private:
    template<typename F>
    void post(F function)
    {
        QPointer<ActionRunner> runner = m_runner;
        QMetaObject::invokeMethod(m_runner, [runner, function] {
            if (runner)
                function(runner.data());
        }, Qt::QueuedConnection);
    }
    ActionRunner *m_runner;
    QList<ActionStep> m_reviewed;
};
} // namespace

ActionRunner::ActionRunner(std::shared_ptr<Action> action, ActionPolicy policy, QObject *parent)
    : QObject(parent)
    , m_action(std::move(action))
    , m_policy(std::move(policy))
    , m_work(new BackgroundWork(this, BackgroundWork::EveryResult))
{
    qRegisterMetaType<pgv::ActionCheck>();
    qRegisterMetaType<pgv::ActionStep>();
    qRegisterMetaType<pgv::ActionOutcome>();
    qRegisterMetaType<pgv::StepStatus>();
}

ActionRunner::~ActionRunner()
{
    // The worker signals through this runner (SignallingObserver): it must end before the runner does.
    m_work->interrupt();
    m_work->waitForFinished();
}

void ActionRunner::preflight()
{
    if (m_busy)
        return;
    m_busy = true;
    struct Review
    {
        QList<ActionCheck> checks;
        QList<ActionStep> plan;
    };
    m_work->run(
        [action = m_action] {
            // What a recovery decides depends on the interrupted action's journal: read it for the checks shown, as
            // runAction does for the ones it repeats under the lock.
            if (action->takesOverInterrupted()) {
                bool held = false;
                if (const auto journal = readActionJournal(action->lockScope(), &held); journal && !held)
                    action->adoptInterrupted(*journal);
            }
            return Review{action->preflight(), action->plan()};
        },
        [this](const Review &review) {
            // Not busy any more from the moment the result is out: a slot may start the next step at once.
            m_busy = false;
            m_reviewedPlan = review.plan;
            Q_EMIT preflightFinished(review.checks, review.plan);
        });
}

void ActionRunner::execute()
{
    if (m_busy)
        return;
    m_busy = true;
    QPointer<ActionRunner> self = this;
    m_work->run(
        [action = m_action, policy = m_policy, self, reviewed = m_reviewedPlan](const CancelToken &cancel) {
            SignallingObserver observer(self.data(), reviewed);
            const AuditLog audit;
            return runAction(*action, policy, &audit, observer, cancel.flag());
        },
        [this](const ActionRun &run) {
            m_busy = false;
            Q_EMIT finished(run.outcome, run.verification);
        });
}

void ActionRunner::cancel()
{
    m_work->interrupt(); // the run ends by its own rules (cancelled, or finishing its fencing) and still reports
}

} // namespace pgv
