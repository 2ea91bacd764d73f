// SPDX-License-Identifier: GPL-3.0-or-later
#include "actioncommand.h"

#include "actions/actionrunner.h"
#include "actions/auditlog.h"
#include "actions/labfailover.h"
#include "actions/labnodeoperation.h"
#include "actions/labrecover.h"
#include "actions/labrejoin.h"
#include "actions/labswitchover.h"
#include "actions/patroniaction.h"
#include "actions/patronirecover.h"
#include "actions/patronimaintenance.h"
#include "profiles/secretstore.h"
#include "cliio.h"
#include "core/apppaths.h"
#include "profiles/profilestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {

constexpr int ExitFailed = 3;

// Set by SIGINT/SIGTERM while an action runs: the action cancels cleanly before its point of no return and,
// after it, finishes the steps that leave the cluster with one fenced-off primary before exiting.
std::atomic_bool interruptRequested{false};

extern "C" void requestInterrupt(int)
{
    interruptRequested.store(true);
}

/// Catches SIGINT and SIGTERM for the lifetime of a run, then puts the previous handlers back.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        struct sigaction action = {};
        action.sa_handler = requestInterrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0; // no SA_RESTART: a confirmation prompt waiting for input gives up on Ctrl+C
        ::sigaction(SIGINT, &action, &m_previousInt);
        ::sigaction(SIGTERM, &action, &m_previousTerm);
    }
    ~InterruptGuard()
    {
        ::sigaction(SIGINT, &m_previousInt, nullptr);
        ::sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

private:
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
};

// lupdate files tr() in namespace pgv::cli under that context; the catalogue is looked up by it.
QString tr(const char *text)
{
    return QCoreApplication::translate("pgv::cli", text);
}

/// Prints progress as it happens and asks for the typed confirmation.
class TerminalObserver final : public ActionObserver
{
public:
    TerminalObserver(bool quiet, bool dryRun, bool assumeYes, QString cluster)
        : m_quiet(quiet), m_dryRun(dryRun), m_assumeYes(assumeYes), m_cluster(std::move(cluster))
    {
    }

    void checked(const QList<ActionCheck> &checks, const QList<ActionStep> &plan) override
    {
        m_plan = plan;
        if (m_quiet)
            return;
        err() << QCoreApplication::translate("cli", "Checks:") << '\n';
        for (const ActionCheck &check : checks)
            err() << u"  [%1] %2: %3\n"_s.arg(checkStatusName(check.status), check.name, check.reason);
        err() << QCoreApplication::translate("cli", "Plan:") << '\n';
        for (int i = 0; i < plan.size(); ++i)
            err() << u"  %1. %2 — %3\n"_s.arg(i + 1).arg(plan[i].title, plan[i].detail);
        err().flush();
    }
    bool confirm(const QList<ActionCheck> &, const QList<ActionStep> &) override
    {
        if (m_dryRun)
            return false;
        if (m_assumeYes)
            return true;
        if (!::isatty(STDIN_FILENO)) {
            m_refusedConfirmation = true;
            return false;
        }
        err() << QCoreApplication::translate("cli", "Type the cluster's name (%1) to go ahead: ").arg(m_cluster) << Qt::flush;
        QTextStream input(stdin);
        const bool confirmed = input.readLine().trimmed() == m_cluster;
        m_refusedConfirmation = !confirmed;
        return confirmed;
    }
    void stepStarted(int index) override
    {
        noticeInterrupt();
        if (!m_quiet)
            err() << u"→ %1 … "_s.arg(m_plan.value(index).title) << Qt::flush;
    }
    void cancellableChanged(bool cancellable) override { m_cancellable = cancellable; }
    void stepFinished(int, StepStatus status, qint64 ms, const QString &note) override
    {
        noticeInterrupt();
        if (!m_quiet)
            err() << (std::exchange(m_progressShown, false) ? u"\n  "_s : QString()) << u"%1 (%2 ms)%3\n"_s.arg(stepStatusName(status)).arg(ms).arg(note.isEmpty() ? QString() : u" — "_s + note) << Qt::flush;
    }
    void logLine(const QString &line) override
    {
        if (!m_quiet)
            err() << u"  "_s << line << '\n' << Qt::flush;
    }
    void progressed(const ActionProgress &progress) override
    {
        // At most once a second: a terminal or a CI log needs a pulse, not a flood.
        if (m_quiet || (m_progressClock.isValid() && m_progressClock.elapsed() < 1000))
            return;
        m_progressClock.start();
        const QLocale locale;
        QStringList parts;
        if (progress.total > 0)
            parts << u"%1 %"_s.arg(100.0 * progress.done / progress.total, 0, 'f', 1);
        if (progress.total > 0 && progress.inBytes)
            parts << QCoreApplication::translate("cli", "%1 of %2").arg(locale.formattedDataSize(progress.done), locale.formattedDataSize(progress.total));
        if (progress.bytesPerSecond > 0)
            parts << QCoreApplication::translate("cli", "%1/s").arg(locale.formattedDataSize(qint64(progress.bytesPerSecond)));
        if (progress.secondsLeft >= 0)
            parts << QCoreApplication::translate("cli", "%1 s left").arg(progress.secondsLeft);
        err() << u"\n  "_s << parts.join(u", "_s) << u" ("_s << progress.phase << u")"_s << Qt::flush;
        m_progressShown = true;
    }
    bool refusedConfirmation() const { return m_refusedConfirmation; }

private:
    void noticeInterrupt()
    {
        if (m_interruptNoticed || !interruptRequested.load())
            return;
        m_interruptNoticed = true;
        err() << '\n'
              << (m_cancellable ? QCoreApplication::translate("cli", "Interrupted: cancelling; what was changed so far is put back.")
                                : QCoreApplication::translate("cli", "Interrupted after the point of no return: finishing the remaining steps so "
                                                                     "that the cluster is left with one primary. Use SIGKILL only if it hangs; "
                                                                     "then run pgversectl recover."))
              << '\n' << Qt::flush;
    }
    bool m_cancellable = true;
    bool m_interruptNoticed = false;
    QElapsedTimer m_progressClock;
    bool m_progressShown = false;
    bool m_quiet;
    bool m_dryRun;
    bool m_assumeYes;
    QString m_cluster;
    QList<ActionStep> m_plan;
    bool m_refusedConfirmation = false;
};

} // namespace

int runAction(const QString &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    if (command == u"switchover")
        parser.setApplicationDescription(tr("Move the primary role to a standby, losing no committed transaction."));
    else if (command == u"failover")
        parser.setApplicationDescription(tr("Promote a standby after the primary failed; the old primary is fenced."));
    else if (command == u"patroni")
        parser.setApplicationDescription(tr("Patroni operations: restart MEMBER, reinit MEMBER (wipe and clone from the leader), "
                                            "pause (maintenance mode: no automatic failover), resume."));
    else if (command == u"node")
        parser.setApplicationDescription(tr("One operation on one server of a lab: pause-replay or resume-replay (a standby), reload (the "
                                            "configuration), restart, stop or start. Checked, audited and refused by read-only profiles "
                                            "like every action; stop and restart ask for the cluster's name."));
    else if (command == u"recover")
        parser.setApplicationDescription(tr("After an interrupted or failed action: bring the lab back to one primary with every other node "
                                            "following it, finishing or undoing what the action's journal says it was doing."));
    else
        parser.setApplicationDescription(tr("Bring a former primary back as a standby (pg_rewind when needed)."));
    addHelpOption(parser);
    if (command == u"rejoin")
        parser.addPositionalArgument(u"node"_s, tr("The node to rejoin."));
    if (command == u"node") {
        parser.addPositionalArgument(u"operation"_s, tr("pause-replay, resume-replay, reload, restart, stop or start"));
        parser.addPositionalArgument(u"node"_s, tr("The node."));
    }
    if (command == u"patroni") {
        parser.addPositionalArgument(u"operation"_s, tr("restart, reinit, pause or resume"));
        parser.addPositionalArgument(u"member"_s, tr("restart and reinit: the member"));
    }
    parser.addOption({u"profile"_s, tr("The cluster's saved profile."), u"name"_s});
    parser.addOption({u"lab"_s, tr("The lab in folder <dir>."), u"dir"_s});
    if (command == u"switchover" || command == u"failover")
        parser.addOption({u"to"_s, command == u"failover" ? tr("The standby to promote (default: the one that received the most WAL).")
                                                         : tr("The standby to promote."),
                          u"node"_s});
    if (command == u"switchover")
        parser.addOption({u"max-lag"_s, tr("Largest replay lag in bytes the candidate may have (default 16 MiB)."), u"bytes"_s});
    if (command == u"switchover")
        parser.addOption({u"force"_s, tr("Switch over even when a logical subscriber cannot be kept whole (disabled, behind, its slot "
                                         "missing; on Patroni: its slot not on the candidate); the checks say what it may miss.")});
    if (command == u"failover")
        parser.addOption({u"rejoin"_s, tr("Also rewind the old primary and bring it back as a standby.")});
    if (command == u"switchover" || command == u"failover")
        parser.addOption({u"no-pooler-pause"_s, tr("Do not PAUSE the cluster's poolers while the primary changes (their clients then get "
                                                   "errors meanwhile); they are still routed to the new primary.")});
    parser.addOption({u"dry-run"_s, tr("Run the checks and print the plan; change nothing.")});
    parser.addOption({u"yes"_s, tr("Do not ask for the cluster's name to confirm.")});
    parser.addOption({u"json"_s, tr("Print the run as JSON on standard output (progress still goes to standard error).")});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << commandHelp(parser);
        return ExitOk;
    }

    Profile profile;
    QString labDir = parser.value(u"lab"_s);
    if (parser.isSet(u"profile"_s)) {
        const auto stored = ProfileStore().find(parser.value(u"profile"_s));
        if (!stored)
            return fail(tr("No profile is named \"%1\".").arg(parser.value(u"profile"_s)));
        profile = *stored;
        labDir = profile.labDir;
        if (labDir.isEmpty() && profile.patroniUrl.isEmpty())
            return fail(tr("Profile %1 is neither a lab nor managed by Patroni (no Patroni URL): PostgresVerse acts on clusters it "
                           "runs itself or that Patroni manages.").arg(profile.name));
    }
    QString error;
    std::optional<Lab> lab;
    if (profile.patroniUrl.isEmpty()) {
        if (labDir.isEmpty())
            labDir = qEnvironmentVariable("PGVERSE_LAB", AppPaths::defaultLabDir());
        lab = Lab::open(labDir, &error);
        if (!lab)
            return fail(error);
        if (!parser.isSet(u"profile"_s)) {
            const auto stored = ProfileStore().find(lab->manifest().name);
            profile = stored && stored->labDir == lab->manifest().dir ? *stored : lab->manifest().toProfile();
            // Read-only belongs to the cluster, however it is reached: a profile of that name that says so wins even
            // when its lab folder moved.
            if (stored && stored->readOnly)
                profile.readOnly = true;
        }
    }

    std::unique_ptr<Action> action;
    if (!profile.patroniUrl.isEmpty()) {
        // Patroni manages the cluster: it does the work, PostgresVerse checks, asks and follows.
        if (command == u"rejoin")
            return fail(tr("Patroni rejoins former leaders by itself (pg_rewind or reinitialize); nothing to do here."));
        if (command == u"node")
            return fail(tr("Patroni runs the servers of %1: use pgversectl patroni restart MEMBER, or Patroni's own tools.").arg(profile.name));
        PatroniEndpoint endpoint = profile.patroniEndpoint();
        if (endpoint.password.isEmpty() && profile.patroniPasswordFile.isEmpty()) {
            QString keychainError;
            endpoint.password = SecretStore::readPasswordAndWait(profile.name + u"#patroni"_s, &keychainError);
        }
        if (command == u"recover") {
            // Patroni finishes or undoes a role change itself; what is left is the lock's journal and the poolers.
            auto recover = std::make_unique<PatroniRecover>(profile, endpoint);
            if (profile.passwordInKeychain) { // to see which server takes writes
                QString keychainError;
                recover->setNodePassword(SecretStore::readPasswordAndWait(profile.name, &keychainError));
            }
            action = std::move(recover);
        } else if (command == u"patroni") {
            const QStringList positional = parser.positionalArguments();
            const QString operation = positional.value(0);
            static const QHash<QString, PatroniMaintenance::Kind> kinds{{u"restart"_s, PatroniMaintenance::Kind::Restart},
                                                                        {u"reinit"_s, PatroniMaintenance::Kind::Reinitialize},
                                                                        {u"pause"_s, PatroniMaintenance::Kind::Pause},
                                                                        {u"resume"_s, PatroniMaintenance::Kind::Resume}};
            if (!kinds.contains(operation))
                return fail(tr("patroni needs an operation: restart MEMBER, reinit MEMBER, pause or resume."));
            const auto kind = kinds.value(operation);
            if ((kind == PatroniMaintenance::Kind::Restart || kind == PatroniMaintenance::Kind::Reinitialize) && positional.size() < 2)
                return fail(tr("patroni %1 needs the member.").arg(operation));
            action = std::make_unique<PatroniMaintenance>(kind, profile, endpoint, positional.value(1));
        } else {
            if (!parser.isSet(u"to"_s))
                return fail(tr("%1 of a Patroni cluster needs --to MEMBER.").arg(command));
            auto roleChange = std::make_unique<PatroniRoleChange>(command == u"switchover" ? PatroniRoleChange::Kind::Switchover
                                                                                           : PatroniRoleChange::Kind::Failover,
                                                                  profile, endpoint, parser.value(u"to"_s));
            roleChange->setForce(command == u"switchover" && parser.isSet(u"force"_s));
            roleChange->setPausePoolers(!parser.isSet(u"no-pooler-pause"_s));
            if (profile.passwordInKeychain) { // to read the members' logical slots
                QString keychainError;
                roleChange->setNodePassword(SecretStore::readPasswordAndWait(profile.name, &keychainError));
            }
            action = std::move(roleChange);
        }
    } else if (command == u"patroni") {
        return fail(tr("%1 is not managed by Patroni.").arg(profile.name));
    } else if (command == u"node") {
        const QStringList positional = parser.positionalArguments();
        const auto kind = LabNodeOperation::kindFromName(positional.value(0));
        if (positional.size() != 2)
            return fail(tr("node needs an operation (pause-replay, resume-replay, reload, restart, stop or start) and the node."));
        if (!kind)
            return fail(tr("node: \"%1\" is not an operation; use pause-replay, resume-replay, reload, restart, stop or start.")
                            .arg(positional.value(0)));
        action = std::make_unique<LabNodeOperation>(*lab, *kind, positional.value(1));
    } else if (command == u"switchover") {
        if (!parser.isSet(u"to"_s))
            return fail(tr("switchover needs --to NODE."));
        LabActionSettings settings;
        if (parser.isSet(u"max-lag"_s)) {
            bool ok = false;
            settings.maxReplayLagBytes = parser.value(u"max-lag"_s).toLongLong(&ok);
            if (!ok || settings.maxReplayLagBytes < 0)
                return fail(tr("--max-lag takes a number of bytes."));
        }
        settings.force = parser.isSet(u"force"_s);
        settings.pausePoolers = !parser.isSet(u"no-pooler-pause"_s);
        action = std::make_unique<LabSwitchover>(*lab, parser.value(u"to"_s), settings);
    } else if (command == u"failover") {
        action = std::make_unique<LabFailover>(*lab, parser.value(u"to"_s), parser.isSet(u"rejoin"_s));
    } else if (command == u"recover") {
        action = std::make_unique<LabRecover>(*lab);
    } else {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 1)
            return fail(tr("rejoin needs the node to rejoin."));
        action = std::make_unique<LabRejoin>(*lab, positional.first());
    }

    return executeAction(*action, ActionPolicy{profile.name, profile.readOnly},
                         {parser.isSet(u"json"_s), parser.isSet(u"dry-run"_s), parser.isSet(u"yes"_s)});
}

int executeAction(Action &action, const ActionPolicy &policy, const ActionFlags &flags)
{
    const bool json = flags.json;
    TerminalObserver observer(false, flags.dryRun, flags.assumeYes || !action.isDestructive(), policy.cluster);
    const AuditLog audit;
    interruptRequested.store(false);
    const InterruptGuard guard;
    const ActionRun run = pgv::runAction(action, policy, &audit, observer, &interruptRequested);
    if (json)
        printJson(actionRunToJson(action, policy, run));
    else
        out() << run.outcome.message << '\n' << (run.outcome.clusterState.isEmpty() ? QString() : run.outcome.clusterState + u'\n') << Qt::flush;
    if (observer.refusedConfirmation())
        return fail(tr("Not confirmed: nothing was changed. Type the cluster's name, or pass --yes."));
    switch (run.outcome.result) {
    case ActionOutcome::Result::Succeeded:
        return ExitOk;
    case ActionOutcome::Result::Refused:
        return ExitProblems;
    case ActionOutcome::Result::Cancelled:
        return run.executed ? ExitFailed : ExitOk; // not executed: a dry run whose checks passed
    case ActionOutcome::Result::Failed:
        return ExitFailed;
    }
    return ExitFailed;
}

} // namespace pgv::cli
