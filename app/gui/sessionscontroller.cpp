// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionscontroller.h"

#include "core/backgroundwork.h"
#include "monitor/clustersession.h"
#include "sessions/sessionlocks.h"
#include "sessions/vacuumhealth.h"
#include "sessionspage.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace pgv {


SessionsController::SessionsController(ClusterSession *session, SessionsPage *page, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
    , m_sessionsWork(new BackgroundWork(this, BackgroundWork::NewestResult, nodeReadPool()))
    , m_vacuumWork(new BackgroundWork(this, BackgroundWork::NewestResult, nodeReadPool()))
    , m_locksWork(new BackgroundWork(this, BackgroundWork::NewestResult, nodeReadPool()))
{
    connect(m_page, &SessionsPage::refreshRequested, this, &SessionsController::refresh);
    connect(m_page, &SessionsPage::locksRequested, this, [this](const QString &node, int pid) {
        const std::optional<NodeEndpoint> endpoint = m_session->endpoint(node);
        if (!endpoint)
            return;
        m_locksWork->run([endpoint = *endpoint, pid] { return fetchSessionLocks(endpoint, pid); },
                         [this](const SessionLocks &locks) { m_page->showLocks(locks); });
    });
    connect(m_session, &ClusterSession::contextChanged, this, [this] {
        // The answers of the cluster before are for nobody now.
        m_sessionsWork->cancel();
        m_vacuumWork->cancel();
        m_locksWork->cancel();
        m_sinceVacuum.invalidate();
        m_sessionsInFlight = false;
        m_vacuumInFlight = false;
        m_page->setLoading(false);
    });
}

bool SessionsController::isReading() const
{
    return m_sessionsInFlight || m_vacuumInFlight;
}

void SessionsController::refresh()
{
    QList<NodeEndpoint> endpoints;
    for (const QString &node : m_session->nodeNames()) {
        if (std::optional<NodeEndpoint> endpoint = m_session->endpoint(node))
            endpoints << std::move(*endpoint);
    }
    if (endpoints.isEmpty())
        return;
    // Every node at once on the pool, so a hung node costs its deadline once per read, not once per node.
    if (!m_sessionsInFlight) {
        m_sessionsInFlight = true;
        m_page->setLoading(true);
        m_sessionsWork->run(
            [endpoints] {
                return QtConcurrent::blockingMapped(nodeReadPool(), endpoints, [](const NodeEndpoint &endpoint) { return fetchSessions(endpoint, QueryChars); });
            },
            [this](const QList<NodeSessions> &nodes) {
                m_sessionsInFlight = false;
                m_page->setLoading(false);
                m_page->showSessions(nodes);
            });
    }
    if (!m_vacuumInFlight && (!m_sinceVacuum.isValid() || m_sinceVacuum.elapsed() >= VacuumEveryMs)) {
        m_vacuumInFlight = true;
        m_sinceVacuum.start();
        m_vacuumWork->run(
            [endpoints] {
                return QtConcurrent::blockingMapped(nodeReadPool(), endpoints, [](const NodeEndpoint &endpoint) { return fetchVacuumHealth(endpoint); });
            },
            [this](const QList<NodeVacuum> &nodes) {
                m_vacuumInFlight = false;
                m_page->showVacuum(nodes);
            });
    }
}

} // namespace pgv
