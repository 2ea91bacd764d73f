// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace pgv {

class BackgroundWork;
class ClusterSession;
class SessionsPage;

/// Reads what the Sessions page shows, on workers: every node's sessions at once when the page asks (every 2 s
/// while it is shown), vacuum health at most every 10 s beside them, and the locks of the session selected. A
/// read still running when the next is asked for is not doubled: a slow node delays the page, never piles up
/// connections.
class SessionsController : public QObject
{
    Q_OBJECT
public:
    SessionsController(ClusterSession *session, SessionsPage *page, QObject *parent = nullptr);

    /// Whether a read of the sessions or of vacuum health is under way (tests).
    bool isReading() const;

    /// Query texts are read up to this many characters (the CLI keeps 2,000; the page shows whole queries).
    static constexpr int QueryChars = 20'000;
    /// Vacuum health reads a statement per database: not at every refresh.
    static constexpr int VacuumEveryMs = 10'000;

private:
    void refresh();

    ClusterSession *m_session;
    SessionsPage *m_page;
    BackgroundWork *m_sessionsWork;
    BackgroundWork *m_vacuumWork;
    BackgroundWork *m_locksWork;
    QElapsedTimer m_sinceVacuum;
    /// A read for the cluster shown now is under way (a cancelled read of the cluster before may still be running
    /// on the pool: it must not keep the new cluster's first read from starting).
    bool m_sessionsInFlight = false;
    bool m_vacuumInFlight = false;
};

} // namespace pgv
