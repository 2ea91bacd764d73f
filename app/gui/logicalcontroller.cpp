// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicalcontroller.h"

#include "actionlauncher.h"
#include "core/backgroundwork.h"
#include "logical/logicaldetails.h"
#include "logicalpage.h"
#include "monitor/clustersession.h"
#include "monitor/workspace.h"

namespace pgv {

namespace {

struct Reading
{
    LogicalEstate estate;
    QStringList readOnlyClusters;
};

} // namespace

LogicalController::LogicalController(Workspace *workspace, LogicalPage *page, ActionLauncher *launcher, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_page(page)
    , m_launcher(launcher)
    , m_work(new BackgroundWork(this, BackgroundWork::NewestResult, nodeReadPool()))
{
    connect(m_page, &LogicalPage::refreshRequested, this, &LogicalController::refresh);
    connect(m_page, &LogicalPage::changeRequested, this, &LogicalController::runChange);
    connect(m_launcher, &ActionLauncher::actionFinished, this, [this] {
        if (m_page->isActive())
            refresh();
    });
    connect(m_workspace->current(), &ClusterSession::contextChanged, this, [this] {
        // The answers about the cluster before are for nobody now.
        m_work->cancel();
        m_inFlight = false;
        m_previous.reset();
        m_page->setLoading(false);
    });
}

void LogicalController::refresh()
{
    if (m_inFlight || !m_workspace->current()->isOpen())
        return;
    QList<SnapshotPtr> snapshots;
    QList<ClusterEndpoints> endpoints;
    QStringList readOnly;
    for (ClusterSession *session : m_workspace->sessions()) {
        snapshots << session->sharedSnapshot();
        ClusterEndpoints cluster{session->profile().name, {}};
        for (const QString &node : session->nodeNames()) {
            if (std::optional<NodeEndpoint> endpoint = session->endpoint(node))
                cluster.endpoints << std::move(*endpoint);
        }
        endpoints << std::move(cluster);
        if (session->profile().readOnly)
            readOnly << session->profile().name;
    }
    m_inFlight = true;
    m_page->setLoading(true);
    const std::optional<LogicalEstate> previous = m_previous;
    // The snapshots are the polls' own (no server asked again); only the tables and publications need a connection
    // per database, each with the probe's deadlines.
    m_work->run(
        [snapshots, endpoints, previous, readOnly] {
            const LogicalDetails details = readLogicalDetails(snapshots, endpoints);
            return Reading{assessLogical(snapshots, details, previous ? &*previous : nullptr), readOnly};
        },
        [this](const Reading &reading) {
            m_inFlight = false;
            m_page->setLoading(false);
            m_previous = reading.estate;
            m_page->showEstate(reading.estate, reading.readOnlyClusters);
        });
}

void LogicalController::runChange(SubscriptionChange::Kind kind, const QString &cluster, const QString &node, const QString &database,
                                  const QString &subscription)
{
    ClusterSession *subscriber = m_workspace->session(cluster);
    const std::optional<NodeEndpoint> endpoint = subscriber ? subscriber->endpoint(node) : std::nullopt;
    if (!endpoint)
        return;
    const LogicalSubscription *known = m_previous ? m_previous->subscription(cluster, node, subscription) : nullptr;
    ClusterSession *publisher = known && !known->publisherCluster.isEmpty() ? m_workspace->session(known->publisherCluster) : nullptr;
    const Profile &lockOwner = subscriptionLockOwner(publisher ? &publisher->profile() : nullptr, subscriber->profile());
    Profile policyProfile = subscriber->profile();
    // Either end read-only refuses: the change also changes what the publisher keeps for the subscription.
    policyProfile.readOnly = policyProfile.readOnly || lockOwner.readOnly || m_workspace->current()->profile().readOnly;
    m_launcher->runAction(std::make_shared<SubscriptionChange>(kind, *endpoint, database, subscription, lockOwner,
                                                               publisher ? publisher->password() : subscriber->password()),
                          node, policyProfile);
}

} // namespace pgv
