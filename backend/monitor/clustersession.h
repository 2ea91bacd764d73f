// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clustercontext.h"
#include "clustermonitor.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>
#include <optional>

namespace pgv {

/// The cluster the window is watching: fetches the profile's password from the keychain (asynchronously) and then
/// runs a ClusterMonitor, whose store of the latest snapshot and probes it reads through (it keeps no copy).
class ClusterSession : public QObject
{
    Q_OBJECT
public:
    explicit ClusterSession(QObject *parent = nullptr);
    ~ClusterSession() override;

    void open(const Profile &profile);
    void close();
    void pollNow();

    bool isOpen() const { return m_monitor != nullptr || m_waitingForPassword; }
    const Profile &profile() const { return m_profile; }
    /// The cluster as pages see it; contextChanged() says when it changes.
    const ClusterContext &context() const { return m_context; }
    const TopologySnapshot &snapshot() const { return *sharedSnapshot(); }
    const SnapshotPtr &sharedSnapshot() const;
    const NodeProbe *latestProbe(const QString &node) const;
    /// The password the monitor connects with (keychain or typed), for pages that open connections of their own.
    const QString &password() const { return m_context.password; }
    /// How to connect to \a node (with the session's password), for work beside monitoring such as EXPLAIN.
    std::optional<NodeEndpoint> endpoint(const QString &node) const { return m_context.endpoint(node); }
    QStringList nodeNames() const { return m_context.nodeNames(); }
    /// The profile's poolers, with the admin passwords the keychain keeps for them.
    QList<PoolerEndpoint> poolerEndpoints() const { return m_profile.poolerEndpoints(m_poolerPasswords); }
    /// Remembers a password typed in this session (when the keychain is unavailable) without storing it anywhere.
    void setSessionPassword(const QString &profile, const QString &password);

Q_SIGNALS:
    void topologyChanged(const pgv::SnapshotPtr &snapshot);
    /// A cluster was opened (once its secret is known) or closed: once per change, never per poll.
    void contextChanged(const pgv::ClusterContext &context);
    void nodeProbed(const pgv::NodeProbe &probe);
    void notice(const QString &message);

private:
    void startMonitor(const QString &password);

    Profile m_profile; ///< the profile being opened, while its secret is still read
    ClusterContext m_context;
    SecretStore m_secrets;
    bool m_waitingForPassword = false;
    /// Keychain entries still being read (the profile's password, its poolers'): the monitor starts after the last.
    QSet<QString> m_pendingSecrets;
    QString m_keychainPassword;
    QHash<QString, QString> m_poolerPasswords;
    std::unique_ptr<ClusterMonitor> m_monitor;
    QHash<QString, QString> m_sessionPasswords;
};

} // namespace pgv
