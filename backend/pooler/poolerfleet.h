// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "poolerstatus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

namespace pgv {

/// What one admin command did on one pooler.
struct PoolerCommandResult
{
    QString pooler;
    bool ok = false;
    qint64 elapsedMs = 0;
    QStringList databases; // the databases it was given (PAUSE and RESUME go per database)
    QString note;          // what happened, or why it failed
};

/// A cluster's poolers, commanded together: each command goes to every pooler at once (one thread each, every wait
/// bounded). Whoever pauses resumes, on every path: the destructor only warns (it may run on the GUI thread, where no
/// network call belongs), so an action resumes at the end of its execute(). PgBouncer 1.18 shows a pause only
/// per database (SHOW DATABASES' paused), so PAUSE and RESUME are sent per routed database, never bare.
/// Blocking: for an action's worker thread or pgversectl.
class PoolerFleet
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PoolerFleet)
public:
    explicit PoolerFleet(QList<PoolerEndpoint> poolers);
    ~PoolerFleet();
    /// Leaves out the poolers named in \a names (those the checks found unreachable, under --force).
    void exclude(const QStringList &names);
    PoolerFleet(const PoolerFleet &) = delete;
    PoolerFleet &operator=(const PoolerFleet &) = delete;

    /// PAUSEs \a database (empty: every database each pooler routes) on every pooler, each within \a timeoutMs (PAUSE
    /// returns once the pool's transactions have ended). When any pooler fails or runs out of time, what was paused
    /// is resumed at once and false returned.
    bool pause(const QString &database, int timeoutMs, QList<PoolerCommandResult> *results, QString *error);
    /// RESUMEs what pause() paused (a pooler it paused nothing on is not even asked); with \a everything, whatever each
    /// pooler shows paused and a bare pause too, or with \a database that database only.
    bool resume(bool everything, int timeoutMs, QList<PoolerCommandResult> *results, QString *error, const QString &database = {});
    /// One other admin command on every pooler: RELOAD, RECONNECT ["db"], KILL "db".
    bool command(const QString &command, int timeoutMs, QList<PoolerCommandResult> *results, QString *error);

    /// Forgets what pause() paused, so that it stays paused past this fleet (the pause action itself).
    void keepPaused() { m_paused.clear(); }
    /// Whether some database is paused by this fleet and not resumed yet.
    bool holding() const;
    /// How long clients have been held: from the first PAUSE sent to now, or to the last resume().
    qint64 heldMs() const;

private:
    QList<PoolerEndpoint> m_poolers;
    QMap<QString, QStringList> m_paused; // pooler → databases this fleet paused
    QElapsedTimer m_heldSince;
    qint64 m_heldMs = -1;
};

} // namespace pgv
