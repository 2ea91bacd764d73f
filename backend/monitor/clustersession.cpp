// SPDX-License-Identifier: GPL-3.0-or-later
#include "clustersession.h"

#include "actions/actionlock.h"

namespace pgv {

ClusterSession::ClusterSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_secrets, &SecretStore::passwordRead, this, [this](const QString &key, const QString &password, const QString &error) {
        if (!m_waitingForPassword || !m_pendingSecrets.remove(key))
            return;
        if (key == m_profile.name) {
            m_keychainPassword = password;
            if (!error.isEmpty())
                Q_EMIT notice(tr("Profile %1: %2").arg(key, error));
        }
        for (const ProfilePooler &pooler : std::as_const(m_profile.poolers)) {
            if (key != m_profile.poolerSecretKey(pooler.name))
                continue;
            m_poolerPasswords.insert(pooler.name, password);
            if (!error.isEmpty())
                Q_EMIT notice(tr("Profile %1, pooler %2: %3").arg(m_profile.name, pooler.name, error));
        }
        if (!m_pendingSecrets.isEmpty())
            return; // the monitor starts with every secret it needs
        m_waitingForPassword = false;
        startMonitor(m_keychainPassword);
    });
}

ClusterSession::~ClusterSession() = default;

void ClusterSession::open(const Profile &profile)
{
    close();
    m_profile = profile;
    const QString typed = m_sessionPasswords.value(profile.name);
    m_pendingSecrets.clear();
    m_poolerPasswords.clear();
    m_keychainPassword = typed;
    if (profile.passwordInKeychain && typed.isEmpty())
        m_pendingSecrets.insert(profile.name);
    for (const ProfilePooler &pooler : profile.poolers) {
        if (pooler.passwordInKeychain)
            m_pendingSecrets.insert(profile.poolerSecretKey(pooler.name));
    }
    if (!m_pendingSecrets.isEmpty()) {
        m_waitingForPassword = true;
        // A copy: a read that fails at once answers inside readPassword() and takes its key out of the set.
        const QStringList keys(m_pendingSecrets.cbegin(), m_pendingSecrets.cend());
        for (const QString &key : keys)
            m_secrets.readPassword(key);
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
        m_monitor->setPoolers(m_profile.poolerEndpoints(m_poolerPasswords), profileLockScope(m_profile, {}));
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
    m_pendingSecrets.clear();
    m_poolerPasswords.clear();
    m_keychainPassword.clear();
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
