// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clustersession.h"

#include <QObject>
#include <memory>
#include <vector>

namespace pgv {

/// What the window shows: the current cluster, which the pages, actions and details follow, and other clusters
/// watched beside it in the topology. Each cluster has its own session and monitor; a cluster is never monitored
/// twice (making a watched cluster the current one stops watching it).
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    ClusterSession *current() const { return m_current; }
    /// Opens \a profile as the current cluster.
    void open(const Profile &profile);
    /// Watches \a profile beside the current cluster; false when it is the current one or watched already.
    bool watch(const Profile &profile);
    void unwatch(const QString &cluster);
    QStringList watched() const;
    /// The current session first, then each watched one.
    QList<ClusterSession *> sessions() const;
    /// The session of \a cluster, current or watched; null when the workspace does not hold it.
    ClusterSession *session(const QString &cluster) const;
    /// Remembers a password typed in this run for every session, now and later; never stored.
    void setSessionPassword(const QString &profile, const QString &password);
    void pollNow();
    void closeAll();

Q_SIGNALS:
    /// A watched cluster's snapshot, once per its poll round.
    void watchedTopologyChanged(const pgv::SnapshotPtr &snapshot);
    void unwatched(const QString &cluster);
    void notice(const QString &message);

private:
    ClusterSession *m_current;
    std::vector<std::unique_ptr<ClusterSession>> m_watched;
    QHash<QString, QString> m_typedPasswords;
};

} // namespace pgv
