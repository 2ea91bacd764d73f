// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolerfleet.h"

#include "poolerconsole.h"

#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Runs \a work for every pooler on a thread of its own and waits for all: one slow pooler costs its own deadline,
/// not the sum of everyone's.
template<typename Work>
QList<PoolerCommandResult> onEveryPooler(const QList<PoolerEndpoint> &poolers, Work work)
{
    QList<PoolerCommandResult> results(poolers.size());
    {
        std::vector<std::jthread> threads;
        threads.reserve(size_t(poolers.size()));
        for (qsizetype i = 0; i < poolers.size(); ++i) {
            threads.emplace_back([&, i] {
                QElapsedTimer timer;
                timer.start();
                results[i].pooler = poolers.at(i).name;
                work(poolers.at(i), results[i]);
                results[i].elapsedMs = timer.elapsed();
            });
        }
    }
    return results;
}

/// The databases \a console's pooler routes (every one but the admin console), and those of them paused.
bool routedDatabases(PoolerConsole &console, QDeadlineTimer deadline, QStringList *all, QStringList *paused, QString *error)
{
    const auto result = console.run(u"SHOW DATABASES"_s, deadline, error);
    if (!result)
        return false;
    const qsizetype name = result->columns.indexOf(u"name"_s);
    const qsizetype pausedColumn = result->columns.indexOf(u"paused"_s);
    for (const auto &row : result->rows) {
        const QString database = row.value(name).value_or(QString());
        if (database.isEmpty() || database == u"pgbouncer")
            continue;
        *all << database;
        if (pausedColumn >= 0 && row.value(pausedColumn).value_or(QString()) == u"1")
            *paused << database;
    }
    return true;
}

QString summary(const QList<PoolerCommandResult> &results)
{
    QStringList failed;
    for (const PoolerCommandResult &result : results) {
        if (!result.ok)
            failed << result.pooler + u": "_s + result.note;
    }
    return failed.join(u"; "_s);
}

} // namespace

PoolerFleet::PoolerFleet(QList<PoolerEndpoint> poolers)
    : m_poolers(std::move(poolers))
{
}

PoolerFleet::~PoolerFleet()
{
    if (holding())
        qWarning("PoolerFleet: gone while it still held paused databases; pgversectl pooler resume frees them");
}

void PoolerFleet::exclude(const QStringList &names)
{
    m_poolers.removeIf([&](const PoolerEndpoint &pooler) { return names.contains(pooler.name); });
}

bool PoolerFleet::holding() const
{
    return std::any_of(m_paused.cbegin(), m_paused.cend(), [](const QStringList &databases) { return !databases.isEmpty(); });
}

qint64 PoolerFleet::heldMs() const
{
    if (m_heldMs >= 0 && !holding())
        return m_heldMs;
    return m_heldSince.isValid() ? m_heldSince.elapsed() : 0;
}

bool PoolerFleet::pause(const QString &database, int timeoutMs, QList<PoolerCommandResult> *results, QString *error)
{
    if (!m_heldSince.isValid() || !holding())
        m_heldSince.start();
    QMap<QString, QStringList> paused;
    std::mutex pausedMutex;
    const QList<PoolerCommandResult> outcome = onEveryPooler(m_poolers, [&](const PoolerEndpoint &pooler, PoolerCommandResult &result) {
        const QDeadlineTimer deadline(timeoutMs);
        PoolerConsole console;
        QStringList all;
        QStringList already;
        if (!console.open(pooler, u"pgverse-action"_s, deadline, &result.note) || !routedDatabases(console, deadline, &all, &already, &result.note))
            return;
        const QStringList targets = database.isEmpty() ? all : QStringList{database};
        if (!database.isEmpty() && !all.contains(database)) {
            result.note = tr("%1 has no database %2").arg(pooler.name, database);
            return;
        }
        for (const QString &target : targets) {
            if (already.contains(target))
                continue; // paused by someone else: theirs to resume
            {
                // Recorded before it is sent: a PAUSE that runs out of time still pauses, and must be resumed.
                const std::scoped_lock lock(pausedMutex);
                paused[pooler.name] << target;
            }
            result.databases << target;
            if (!console.run(u"PAUSE "_s + PoolerConsole::quotedName(target), deadline, &result.note)) {
                if (deadline.hasExpired())
                    result.note = tr("PAUSE %1 did not finish within %2 ms: transactions still running there").arg(target).arg(timeoutMs);
                return;
            }
        }
        result.ok = true;
        result.note = result.databases.isEmpty() ? tr("nothing to pause") : tr("paused %1").arg(result.databases.join(u", "_s));
    });
    for (auto it = paused.cbegin(); it != paused.cend(); ++it)
        m_paused[it.key()] << it.value();
    if (results)
        *results = outcome;
    const QString failures = summary(outcome);
    if (failures.isEmpty())
        return true;
    // One pooler could not pause: none stays paused, or its clients wait for a switchover that will not come.
    resume(false, 3000, nullptr, nullptr);
    if (error)
        *error = tr("Not every pooler paused (%1); what was paused is resumed again.").arg(failures);
    return false;
}

bool PoolerFleet::resume(bool everything, int timeoutMs, QList<PoolerCommandResult> *results, QString *error, const QString &database)
{
    const QMap<QString, QStringList> ours = m_paused;
    QList<PoolerEndpoint> asked = m_poolers;
    if (!everything && database.isEmpty())
        asked.removeIf([&](const PoolerEndpoint &pooler) { return ours.value(pooler.name).isEmpty(); });
    const QList<PoolerCommandResult> outcome = onEveryPooler(asked, [&](const PoolerEndpoint &pooler, PoolerCommandResult &result) {
        const QDeadlineTimer deadline(timeoutMs);
        PoolerConsole console;
        if (!console.open(pooler, u"pgverse-action"_s, deadline, &result.note))
            return;
        QStringList targets = database.isEmpty() ? ours.value(pooler.name) : QStringList{database};
        if (everything && database.isEmpty()) {
            QStringList all;
            QStringList paused;
            if (!routedDatabases(console, deadline, &all, &paused, &result.note))
                return;
            for (const QString &shown : std::as_const(paused)) {
                if (!targets.contains(shown))
                    targets << shown;
            }
            // A bare PAUSE (someone's psql, PgBouncer's SIGUSR1) shows nowhere on 1.18: a bare RESUME ends it, and says
            // "not paused" otherwise, which is no failure.
            QString ignored;
            console.run(u"RESUME"_s, deadline, &ignored);
        }
        for (const QString &target : std::as_const(targets)) {
            QString failure;
            // "is not paused": resumed already (by hand, by a reload): done either way.
            if (!console.run(u"RESUME "_s + PoolerConsole::quotedName(target), deadline, &failure) && !failure.contains(u"not paused"_s)) {
                result.note = failure;
                return;
            }
            result.databases << target;
        }
        result.ok = true;
        result.note = result.databases.isEmpty() ? tr("nothing was paused") : tr("resumed %1").arg(result.databases.join(u", "_s));
    });
    for (const PoolerCommandResult &result : outcome) {
        if (result.ok)
            m_paused.remove(result.pooler);
    }
    if (!holding() && m_heldSince.isValid())
        m_heldMs = m_heldSince.elapsed();
    if (results)
        *results = outcome;
    const QString failures = summary(outcome);
    if (!failures.isEmpty() && error)
        *error = tr("Not every pooler resumed: %1. Its clients wait until it is resumed: pgversectl pooler resume").arg(failures);
    return failures.isEmpty();
}

bool PoolerFleet::command(const QString &command, int timeoutMs, QList<PoolerCommandResult> *results, QString *error)
{
    const QList<PoolerCommandResult> outcome = onEveryPooler(m_poolers, [&](const PoolerEndpoint &pooler, PoolerCommandResult &result) {
        const QDeadlineTimer deadline(timeoutMs);
        PoolerConsole console;
        if (!console.open(pooler, u"pgverse-action"_s, deadline, &result.note) || !console.run(command, deadline, &result.note))
            return;
        result.ok = true;
        result.note = tr("%1 done").arg(command);
    });
    if (results)
        *results = outcome;
    const QString failures = summary(outcome);
    if (!failures.isEmpty() && error)
        *error = failures;
    return failures.isEmpty();
}

} // namespace pgv
