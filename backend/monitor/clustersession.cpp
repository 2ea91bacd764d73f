// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustersession.h"

#include "actions/actionlock.h"

namespace pgv {

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_secrets, &SecretStore::passwordRead, this, [this](const QString &profile, const QString &password, const QString &error) {
        if (!m_waitingForPassword || profile != m_profile.name)
            return;
        m_waitingForPassword = false;
        if (!error.isEmpty())
            Q_EMIT notice(tr("Profile %1: %2").arg(profile, error));
        startMonitor(password);
    });
}

ClusterSession::~ClusterSession() = default;

void ClusterSession::open(const Profile &profile)
{
    close();
    m_profile = profile;
    const QString typed = m_sessionPasswords.value(profile.name);
    if (profile.passwordInKeychain && typed.isEmpty()) {
        m_waitingForPassword = true;
        m_secrets.readPassword(profile.name);
        return;
    }
    startMonitor(typed);
}

void ClusterSession::startMonitor(const QString &password)
{
    m_password = password;
    m_endpoints = m_profile.endpoints(password);
    m_monitor = std::make_unique<ClusterMonitor>(m_profile.name, m_endpoints, m_profile.probeSettings());
    if (!m_profile.patroniUrl.isEmpty())
        m_monitor->setPatroni(m_profile.patroniEndpoint());
    // The same journal pgversectl status reads: an action whose process died, whichever console ran it.
    m_monitor->watchInterruptedActions([scope = profileLockScope(m_profile, {})] {
        bool held = false;
        const auto journal = readActionJournal(scope, &held);
        return journal && !held ? journal->describeInterrupted() : QString();
    });
    connect(m_monitor.get(), &ClusterMonitor::nodeProbed, this, [this](const NodeProbe &probe) {
        m_probes.insert(probe.node, probe);
        Q_EMIT nodeProbed(probe);
    });
    connect(m_monitor.get(), &ClusterMonitor::topologyChanged, this, [this](const TopologySnapshot &snapshot) {
        m_snapshot = snapshot;
        Q_EMIT topologyChanged(snapshot);
    });
    m_snapshot = m_monitor->snapshot();
    Q_EMIT topologyChanged(m_snapshot);
    m_monitor->start();
}

void ClusterSession::close()
{
    m_waitingForPassword = false;
    m_monitor.reset();
    m_probes.clear();
    m_endpoints.clear();
    m_profile = {};
    m_password.clear();
    m_snapshot = {};
    Q_EMIT topologyChanged(m_snapshot);
}

void ClusterSession::pollNow()
{
    if (m_monitor)
        m_monitor->pollNow();
}

const NodeProbe *ClusterSession::latestProbe(const QString &node) const
{
    const auto it = m_probes.constFind(node);
    return it == m_probes.cend() ? nullptr : &*it;
}

std::optional<NodeEndpoint> ClusterSession::endpoint(const QString &node) const
{
    for (const NodeEndpoint &endpoint : m_endpoints) {
        if (endpoint.name == node)
            return endpoint;
    }
    return std::nullopt;
}

QStringList ClusterSession::nodeNames() const
{
    QStringList names;
    for (const NodeEndpoint &endpoint : m_endpoints)
        names.append(endpoint.name);
    return names;
}

void ClusterSession::setSessionPassword(const QString &profile, const QString &password)
{
    m_sessionPasswords.insert(profile, password);
}

} // namespace pgv
