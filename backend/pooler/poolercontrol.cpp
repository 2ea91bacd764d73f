// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolercontrol.h"

#include "poolerconsole.h"
#include "poolerfleet.h"
#include "poolerprobe.h"


using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ProbeTimeoutMs = 3000;


QStringList pausedOf(const PoolerStatus &status)
{
    QStringList paused;
    for (const PoolerDatabase &database : status.routedDatabases()) {
        if (database.paused)
            paused << database.name;
    }
    return paused;
}

} // namespace

PoolerControl::PoolerControl(Command command, QList<PoolerEndpoint> poolers, QString database, Profile cluster, QString password)
    : m_command(command)
    , m_poolers(std::move(poolers))
    , m_database(std::move(database))
    , m_cluster(std::move(cluster))
    , m_password(std::move(password))
{
}

QString PoolerControl::name() const
{
    switch (m_command) {
    case Command::Pause: return u"pooler-pause"_s;
    case Command::Resume: return u"pooler-resume"_s;
    case Command::Reconnect: return u"pooler-reconnect"_s;
    case Command::Reload: return u"pooler-reload"_s;
    case Command::Kill: return u"pooler-kill"_s;
    }
    return {};
}

QString PoolerControl::title() const
{
    QStringList names;
    for (const PoolerEndpoint &pooler : m_poolers)
        names << pooler.name;
    const QString which = names.join(u", "_s);
    const QString what = m_database.isEmpty() ? tr("every database") : m_database;
    switch (m_command) {
    case Command::Pause: return tr("Pause %1 on %2").arg(what, which);
    case Command::Resume: return tr("Resume %1 on %2").arg(what, which);
    case Command::Reconnect: return tr("Reconnect the servers of %1 on %2").arg(what, which);
    case Command::Reload: return tr("Reload the configuration of %1").arg(which);
    case Command::Kill: return tr("Kill the connections to %1 on %2").arg(what, which);
    }
    return {};
}

QVariantMap PoolerControl::parameters() const
{
    QStringList names;
    for (const PoolerEndpoint &pooler : m_poolers)
        names << pooler.name;
    return {{u"poolers"_s, names.join(u","_s)}, {u"database"_s, m_database}, {u"cluster"_s, m_cluster.name}};
}

QList<ActionCheck> PoolerControl::preflight()
{
    QList<ActionCheck> checks;
    if (m_poolers.isEmpty()) {
        checks << ActionCheck{tr("Poolers to act on"), CheckStatus::Fail,
                              tr("%1 lists no poolers: add their admin consoles to the profile (a lab: pgversectl lab pooler add).").arg(m_cluster.name)};
        return checks;
    }
    if (m_command == Command::Kill && m_database.isEmpty()) {
        checks << ActionCheck{tr("A database to kill"), CheckStatus::Fail, tr("KILL drops every connection of one database: name it (--database).")};
        return checks;
    }
    m_before = probePoolers(m_poolers, ProbeTimeoutMs);
    bool anyPaused = false;
    for (const PoolerStatus &status : std::as_const(m_before)) {
        const QString name = tr("%1 answers").arg(status.name);
        if (!status.reachable) {
            // A pooler that cannot be resumed from here may be left paused: say so, and resume the others.
            checks << ActionCheck{name, m_command == Command::Resume ? CheckStatus::Warn : CheckStatus::Fail, status.error};
            continue;
        }
        checks << ActionCheck{name, CheckStatus::Pass, tr("%1, %2 clients").arg(status.version).arg(status.clientCount)};
        QStringList databases;
        for (const PoolerDatabase &database : status.routedDatabases())
            databases << database.name;
        if (!m_database.isEmpty() && !databases.contains(m_database)) {
            checks << ActionCheck{tr("%1 has database %2").arg(status.name, m_database), CheckStatus::Fail,
                                  tr("%1 routes only %2").arg(status.name, databases.join(u", "_s))};
        }
        const QStringList paused = pausedOf(status);
        anyPaused = anyPaused || !paused.isEmpty();
        if (m_command == Command::Pause) {
            const double wait = status.configSeconds(u"query_wait_timeout"_s).value_or(120);
            checks << ActionCheck{tr("%1: how long clients may wait").arg(status.name), wait > 0 && wait < 30 ? CheckStatus::Warn : CheckStatus::Pass,
                                  tr("paused clients wait; PgBouncer disconnects them after query_wait_timeout (%1 s): resume before that").arg(wait)};
            if (!paused.isEmpty())
                checks << ActionCheck{tr("%1: already paused").arg(status.name), CheckStatus::Warn,
                                      tr("%1 is paused already (by someone else: this action leaves it to them)").arg(paused.join(u", "_s))};
        }
    }
    if (m_command == Command::Resume && !anyPaused) {
        checks << ActionCheck{tr("Something to resume"), CheckStatus::Pass,
                              tr("no database shows paused; a bare PAUSE (which PgBouncer 1.18 shows nowhere) is resumed too")};
    }
    return checks;
}

QList<ActionStep> PoolerControl::plan() const
{
    QList<ActionStep> steps;
    const QString what = m_database.isEmpty() ? tr("every database it routes") : m_database;
    QStringList names;
    for (const PoolerEndpoint &pooler : m_poolers)
        names << pooler.name;
    const QString all = names.join(u", "_s);
    switch (m_command) {
    case Command::Pause:
        steps << ActionStep{tr("PAUSE %1 on %2, all at once").arg(what, all),
                            tr("each waits for its running transactions to end (at most %1 s, else everything is resumed); new queries wait "
                               "until RESUME").arg(PauseTimeoutMs / 1000),
                            false};
        break;
    case Command::Resume:
        steps << ActionStep{tr("RESUME %1 on %2").arg(m_database.isEmpty() ? tr("whatever is paused") : m_database, all),
                            tr("waiting clients go on"), false};
        break;
    case Command::Reconnect:
        steps << ActionStep{tr("RECONNECT %1 on %2").arg(what, all), tr("server connections close once released and open anew"), false};
        break;
    case Command::Reload:
        steps << ActionStep{tr("RELOAD on %1").arg(all), tr("PgBouncer reads its configuration again; connections to a changed server close once released"), false};
        break;
    case Command::Kill:
        steps << ActionStep{tr("KILL %1 on %2").arg(m_database, all), tr("every client and server connection of it is dropped now"), true};
        steps << ActionStep{tr("RESUME %1 on %2").arg(m_database, all), tr("after a KILL, new clients wait until RESUME"), false};
        break;
    }
    return steps;
}

ActionOutcome PoolerControl::execute(ActionContext &context)
{
    PoolerFleet fleet(m_poolers);
    QList<PoolerCommandResult> results;
    QString error;
    auto report = [&](int step) {
        QStringList notes;
        for (const PoolerCommandResult &result : std::as_const(results)) {
            notes << tr("%1: %2 (%3 ms)").arg(result.pooler, result.note).arg(result.elapsedMs);
            context.log(notes.last());
        }
        context.finishStep(step, error.isEmpty() ? StepStatus::Done : StepStatus::Failed, error.isEmpty() ? notes.join(u"; "_s) : error);
    };
    const QString database = m_database.isEmpty() ? QString() : u" "_s + PoolerConsole::quotedName(m_database);
    bool ok = false;
    context.startStep(0);
    switch (m_command) {
    case Command::Pause:
        ok = fleet.pause(m_database, PauseTimeoutMs, &results, &error);
        report(0);
        if (ok)
            fleet.keepPaused(); // paused on purpose: not to be resumed when the fleet goes out of scope
        return ok ? ActionOutcome{ActionOutcome::Result::Succeeded, tr("Paused: new queries wait until pgversectl pooler resume."), {}}
                  : ActionOutcome{ActionOutcome::Result::Failed, error, tr("Nothing stays paused.")};
    case Command::Resume:
        // Every database (and a bare pause) unless one is named: then that one only.
        ok = fleet.resume(m_database.isEmpty(), CommandTimeoutMs, &results, &error, m_database);
        report(0);
        return ok ? ActionOutcome{ActionOutcome::Result::Succeeded, tr("Resumed."), {}}
                  : ActionOutcome{ActionOutcome::Result::Failed, error, tr("A pooler that did not resume still holds its clients.")};
    case Command::Reconnect:
        ok = fleet.command(u"RECONNECT"_s + database, CommandTimeoutMs, &results, &error);
        break;
    case Command::Reload:
        ok = fleet.command(u"RELOAD"_s, CommandTimeoutMs, &results, &error);
        break;
    case Command::Kill: {
        ok = fleet.command(u"KILL"_s + database, CommandTimeoutMs, &results, &error);
        const QString killError = error;
        report(0);
        context.startStep(1);
        error.clear();
        // A pooler whose KILL failed is not paused: "not paused" is no failure of the resume.
        const bool resumed = fleet.resume(false, CommandTimeoutMs, &results, &error, m_database);
        report(1);
        if (!ok)
            error = killError + (resumed ? QString() : u"; "_s + error);
        ok = ok && resumed;
        return ok ? ActionOutcome{ActionOutcome::Result::Succeeded, tr("Killed and resumed."), {}}
                  : ActionOutcome{ActionOutcome::Result::Failed, error, tr("Resume it if its clients wait: pgversectl pooler resume")};
    }
    }
    report(0);
    return ok ? ActionOutcome{ActionOutcome::Result::Succeeded, tr("Done."), {}} : ActionOutcome{ActionOutcome::Result::Failed, error, {}};
}

QList<ActionCheck> PoolerControl::verify()
{
    QList<ActionCheck> checks;
    const QList<PoolerStatus> after = probePoolers(m_poolers, ProbeTimeoutMs);
    for (const PoolerStatus &status : after) {
        if (!status.reachable) {
            checks << ActionCheck{tr("%1 answers").arg(status.name), CheckStatus::Fail, status.error};
            continue;
        }
        const QStringList paused = pausedOf(status);
        if (m_command == Command::Pause) {
            QStringList expected;
            for (const PoolerDatabase &database : status.routedDatabases()) {
                if (m_database.isEmpty() || database.name == m_database)
                    expected << database.name;
            }
            const bool all = std::all_of(expected.cbegin(), expected.cend(), [&](const QString &name) { return paused.contains(name); });
            checks << ActionCheck{tr("%1 is paused").arg(status.name), all ? CheckStatus::Pass : CheckStatus::Fail,
                                  all ? paused.join(u", "_s) : tr("not paused: %1").arg(expected.join(u", "_s))};
        } else if (m_command == Command::Resume || m_command == Command::Kill) {
            const bool stillPaused = m_database.isEmpty() ? !paused.isEmpty() : paused.contains(m_database);
            checks << ActionCheck{tr("%1 is not paused").arg(status.name), stillPaused ? CheckStatus::Fail : CheckStatus::Pass,
                                  stillPaused ? tr("still paused: %1").arg(paused.join(u", "_s)) : status.version};
        } else {
            checks << ActionCheck{tr("%1 answers").arg(status.name), CheckStatus::Pass, status.version};
        }
    }
    return checks;
}

} // namespace pgv
