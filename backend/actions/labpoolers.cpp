// SPDX-License-Identifier: GPL-3.0-or-later
#include "labpoolers.h"

#include "labactionsupport.h"
#include "pooler/poolerprobe.h"


using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int kMaxPauseMs = 3000;
constexpr int kResumeTimeoutMs = 3000;

QString notes(const QList<PoolerCommandResult> &results)
{
    QStringList lines;
    for (const PoolerCommandResult &result : results)
        lines << u"%1: %2 (%3 ms)"_s.arg(result.pooler, result.note).arg(result.elapsedMs);
    return lines.join(u"; "_s);
}

} // namespace

LabPoolers::LabPoolers(const Lab &lab)
    : m_lab(lab)
    , m_fleet(lab.manifest().toProfile().poolerEndpoints())
{
}

QString LabPoolers::names() const
{
    QStringList names;
    for (const LabPooler &pooler : m_lab.manifest().poolers)
        names << pooler.name;
    return names.join(u", "_s);
}

QList<ActionCheck> LabPoolers::checks(bool pausing, bool force)
{
    QList<ActionCheck> checks;
    const QList<PoolerEndpoint> endpoints = m_lab.manifest().toProfile().poolerEndpoints();
    const QList<PoolerStatus> statuses = probePoolers(endpoints, 3000);
    m_pauseTimeoutMs = kMaxPauseMs;
    QStringList unreachable;
    for (const PoolerStatus &status : std::as_const(statuses)) {
        const QString name = tr("Pooler %1 answers").arg(status.name);
        if (!status.reachable) {
            unreachable << status.name;
            const QString reason = tr("%1: it could be neither paused nor routed to the new primary, and would keep sending its clients to the "
                                      "old one. Start it (pgversectl lab start), or go on with --force.").arg(status.error);
            checks << (force ? warned(name, reason) : failed(name, reason));
            continue;
        }
        checks << passed(name, tr("%1, %2 clients, routing to %3").arg(status.version).arg(status.clientCount).arg(status.routesTo().value_or(u"?"_s)));
        QStringList paused;
        for (const PoolerDatabase &database : status.routedDatabases()) {
            if (database.paused)
                paused << database.name;
        }
        if (!paused.isEmpty())
            checks << warned(tr("Pooler %1 not paused yet").arg(status.name),
                             tr("%1 is paused already (not by this switchover): it stays paused, and its clients wait until it is "
                                "resumed (pgversectl pooler resume)").arg(paused.join(u", "_s)));
        if (pausing) {
            const double wait = status.configSeconds(u"query_wait_timeout"_s).value_or(120);
            if (wait > 0)
                m_pauseTimeoutMs = std::min(m_pauseTimeoutMs, int(wait * 1000 / 2));
            const QString waitName = tr("Pooler %1 lets clients wait").arg(status.name);
            if (wait > 0 && wait < 10)
                checks << warned(waitName, tr("query_wait_timeout is %1 s: a client paused longer than that is disconnected").arg(wait));
            else
                checks << passed(waitName, wait > 0 ? tr("query_wait_timeout %1 s").arg(wait) : tr("query_wait_timeout is off"));
        }
    }
    // Under --force the run goes on without them: a pause they cannot take must not undo everyone's.
    if (force)
        m_fleet.exclude(unreachable);
    return checks;
}

QList<ActionCheck> LabPoolers::verify(const QString &primary) const
{
    QList<ActionCheck> checks;
    if (m_fleet.holding())
        checks << failed(tr("The poolers' clients are let go"), tr("this action's PAUSE was not resumed: pgversectl pooler resume"));
    const LabNode *node = m_lab.manifest().node(primary);
    const QString expected = node ? u"127.0.0.1:%1"_s.arg(node->port) : QString();
    for (const PoolerStatus &status : probePoolers(m_lab.manifest().toProfile().poolerEndpoints(), 3000)) {
        const QString name = tr("Pooler %1 routes to %2").arg(status.name, primary);
        if (!status.reachable)
            checks << failed(name, status.error);
        else if (status.routesTo() != expected)
            checks << failed(name, tr("it routes to %1: pgversectl recover routes it").arg(status.routesTo().value_or(tr("several servers"))));
        else if (status.paused())
            checks << warned(name, tr("it is still paused: pgversectl pooler resume %1").arg(status.name));
        else
            checks << passed(name, tr("%1 clients").arg(status.clientCount));
    }
    return checks;
}

bool LabPoolers::pause(QString *note, QString *error)
{
    QList<PoolerCommandResult> results;
    m_paused = true;
    const bool paused = m_fleet.pause({}, m_pauseTimeoutMs, &results, error);
    *note = notes(results);
    return paused;
}

bool LabPoolers::route(const QString &node, QStringList *routed, QStringList *failures) const
{
    const LabNode *target = m_lab.manifest().node(node);
    if (!target) {
        *failures << tr("the lab has no node %1 to route the poolers to").arg(node);
        return false;
    }
    for (const LabPooler &pooler : m_lab.manifest().poolers) {
        QString routeError;
        if (m_lab.routePooler(pooler, *target, &routeError))
            *routed << pooler.name;
        else
            *failures << routeError;
    }
    return routed->size() == m_lab.manifest().poolers.size();
}

bool LabPoolers::routeAndResumeAll(const QString &node, QString *note, QString *error)
{
    QStringList failures;
    QStringList routed;
    route(node, &routed, &failures);
    // Only the running ones: a stopped pooler starts routed as its file now says, and holds nobody.
    QList<PoolerEndpoint> running = m_lab.manifest().toProfile().poolerEndpoints();
    running.removeIf([this](const PoolerEndpoint &pooler) { return !m_lab.poolerPid(pooler.name); });
    PoolerFleet fleet(running);
    QList<PoolerCommandResult> results;
    QString resumeError;
    if (!fleet.resume(true, kResumeTimeoutMs, &results, &resumeError))
        failures << resumeError;
    *note = (routed.isEmpty() ? QString() : tr("%1 routed to %2").arg(routed.join(u", "_s), node) + u"; "_s) + notes(results);
    if (!failures.isEmpty() && error)
        *error = failures.join(u"; "_s);
    return failures.isEmpty();
}

bool LabPoolers::routeAndResume(const QString &node, QString *note, QString *error)
{
    QStringList failures;
    QStringList routed;
    route(node, &routed, &failures);
    QString resumed;
    QString resumeError;
    const bool ok = resume(&resumed, &resumeError);
    if (!ok)
        failures << resumeError;
    *note = (routed.isEmpty() ? QString() : tr("%1 routed to %2").arg(routed.join(u", "_s), node) + u"; "_s) + resumed;
    if (!failures.isEmpty() && error)
        *error = failures.join(u"; "_s);
    return failures.isEmpty();
}

void LabPoolers::routeStep(ActionContext &context, int step, const QString &node, bool resumeEverything, const QString &advice)
{
    context.startStep(step);
    if (!any()) {
        context.finishStep(step, StepStatus::Skipped, tr("no poolers"));
        return;
    }
    QString routed;
    QString routeError;
    if (resumeEverything ? routeAndResumeAll(node, &routed, &routeError) : routeAndResume(node, &routed, &routeError)) {
        context.finishStep(step, StepStatus::Done, routed);
        return;
    }
    context.log(tr("Not every pooler was routed to %1 (%2): %3").arg(node, routeError, advice));
    context.finishStep(step, StepStatus::Failed, routeError);
}

bool LabPoolers::resume(QString *note, QString *error)
{
    if (!m_fleet.holding()) {
        *note = heldMs() >= 0 ? tr("clients were held %1 ms").arg(heldMs()) : QString();
        return true;
    }
    QList<PoolerCommandResult> results;
    const bool resumed = m_fleet.resume(false, kResumeTimeoutMs, &results, error);
    *note = notes(results) + (resumed ? u"; "_s + tr("clients were held %1 ms").arg(heldMs()) : QString());
    return resumed;
}

} // namespace pgv
