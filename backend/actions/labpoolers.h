// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "lab/lab.h"
#include "pooler/poolerfleet.h"

namespace pgv {

/// The lab's PgBouncers through a switchover or failover: paused together before the primary stops (clients wait
/// instead of failing), then routed to the new primary and resumed. A pause is resumed on every path: the action's
/// own failure and cancel paths, and at the latest when this object goes (PoolerFleet). A killed process leaves them
/// paused: `pgversectl status` names them and `pgversectl pooler resume` (or recover) resumes them.
/// Blocking: for the action's worker thread.
class LabPoolers
{
    Q_DECLARE_TR_FUNCTIONS(pgv::LabPoolers)
public:
    explicit LabPoolers(const Lab &lab);

    bool any() const { return !m_lab.manifest().poolers.isEmpty(); }
    QString names() const;

    /// Every pooler answers (one that does not would keep routing to the old primary); with \a pausing, how long its
    /// clients may wait (query_wait_timeout) against the pause. With \a force a failure is a warning.
    QList<ActionCheck> checks(bool pausing, bool force);
    /// The bound of one pooler's PAUSE: below every pooler's query_wait_timeout, at most 3 s.
    int pauseTimeoutMs() const { return m_pauseTimeoutMs; }

    /// PAUSEs every database on every pooler at once; on failure nothing stays paused.
    bool pause(QString *note, QString *error);
    /// Routes every pooler to \a node (rewrites [databases], RELOAD) and resumes what pause() paused. Routes all it
    /// can and resumes even when one cannot be routed.
    bool routeAndResume(const QString &node, QString *note, QString *error);
    /// routeAndResume, resuming whatever any pooler shows paused (recover, after an action died holding them).
    bool routeAndResumeAll(const QString &node, QString *note, QString *error);
    /// The "Route the poolers" step of a failover or recover, as \a step of \a context: skipped without poolers; a pooler
    /// that cannot be routed (and, with \a resumeEverything, resumed) fails the step with \a advice in the log, and the
    /// action goes on (its nodes must follow the primary whatever a pooler does).
    void routeStep(ActionContext &context, int step, const QString &node, bool resumeEverything, const QString &advice);
    /// Resumes what pause() paused, routed as they are (a switchover undone before its promotion).
    bool resume(QString *note, QString *error);
    bool holding() const { return m_fleet.holding(); }
    /// After the action: every pooler answers, routes to \a primary and is not paused.
    QList<ActionCheck> verify(const QString &primary) const;
    /// How long clients were held: from the PAUSE to the RESUME (so far, while holding); -1 when never paused.
    qint64 heldMs() const { return m_paused ? m_fleet.heldMs() : -1; }

private:
    bool route(const QString &node, QStringList *routed, QStringList *failures) const;

    const Lab &m_lab;
    PoolerFleet m_fleet;
    int m_pauseTimeoutMs = 3000;
    bool m_paused = false;
};

} // namespace pgv
