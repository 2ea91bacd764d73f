// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clustermonitor.h"
#include "profiles/profile.h"
#include "profiles/secretstore.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <optional>

namespace pgv {

/// The cluster the window is watching: fetches the profile's password from the keychain (asynchronously) and then
/// runs a ClusterMonitor, keeping the latest probe of every node for the details pane.
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
    const TopologySnapshot &snapshot() const { return m_snapshot; }
    const NodeProbe *latestProbe(const QString &node) const;
    /// The password the monitor connects with (keychain or typed), for pages that open connections of their own.
    const QString &password() const { return m_password; }
    /// How to connect to \a node (with the session's password), for work beside monitoring such as EXPLAIN.
    std::optional<NodeEndpoint> endpoint(const QString &node) const;
    QStringList nodeNames() const;
    /// Remembers a password typed in this session (when the keychain is unavailable) without storing it anywhere.
    void setSessionPassword(const QString &profile, const QString &password);

Q_SIGNALS:
    void topologyChanged(const pgv::TopologySnapshot &snapshot);
    void nodeProbed(const pgv::NodeProbe &probe);
    void notice(const QString &message);

private:
    void startMonitor(const QString &password);

    Profile m_profile;
    SecretStore m_secrets;
    bool m_waitingForPassword = false;
    std::unique_ptr<ClusterMonitor> m_monitor;
    TopologySnapshot m_snapshot;
    QHash<QString, NodeProbe> m_probes;
    QList<NodeEndpoint> m_endpoints; ///< held in memory only, like the monitor's copy
    QHash<QString, QString> m_sessionPasswords;
    QString m_password;
};

} // namespace pgv
