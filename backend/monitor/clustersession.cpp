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
    m_context = ClusterContext{m_profile, m_profile.endpoints(password), password};
    m_monitor = std::make_unique<ClusterMonitor>(m_profile.name, m_context.endpoints, m_profile.probeSettings());
    if (!m_profile.patroniUrl.isEmpty())
        m_monitor->setPatroni(m_profile.patroniEndpoint());
    // The same journal pgversectl status reads: an action whose process died, whichever console ran it.
    m_monitor->watchInterruptedActions([scope = profileLockScope(m_profile, {})] {
        bool held = false;
        const auto journal = readActionJournal(scope, &held);
        return journal && !held ? journal->describeInterrupted() : QString();
    });
    if (!m_profile.poolers.isEmpty())
        m_monitor->setPoolers(m_profile.poolerEndpoints(), profileLockScope(m_profile, {}));
    connect(m_monitor.get(), &ClusterMonitor::nodeProbed, this, &ClusterSession::nodeProbed);
    connect(m_monitor.get(), &ClusterMonitor::topologyChanged, this, &ClusterSession::topologyChanged);
    Q_EMIT contextChanged(m_context);
    Q_EMIT topologyChanged(m_monitor->sharedSnapshot());
    m_monitor->start();
}

void ClusterSession::close()
{
    m_waitingForPassword = false;
    const bool wasOpen = m_context.isOpen();
    m_monitor.reset();
    m_profile = {};
    m_context = {};
    if (wasOpen)
        Q_EMIT contextChanged(m_context);
    Q_EMIT topologyChanged(emptySnapshot());
}

void ClusterSession::pollNow()
{
    if (m_monitor)
        m_monitor->pollNow();
}

const SnapshotPtr &ClusterSession::sharedSnapshot() const
{
    return m_monitor ? m_monitor->sharedSnapshot() : emptySnapshot();
}

const NodeProbe *ClusterSession::latestProbe(const QString &node) const
{
    return m_monitor ? m_monitor->latestProbe(node) : nullptr;
}

void ClusterSession::setSessionPassword(const QString &profile, const QString &password)
{
    m_sessionPasswords.insert(profile, password);
}

} // namespace pgv
