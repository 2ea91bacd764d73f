// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"

namespace pgv {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_current(new ClusterSession(this))
{
    connect(m_current, &ClusterSession::notice, this, &Workspace::notice);
}

Workspace::~Workspace() = default;

void Workspace::open(const Profile &profile)
{
    unwatch(profile.name);
    m_current->open(profile);
}

bool Workspace::watch(const Profile &profile)
{
    if (profile.name.isEmpty() || profile.name == m_current->profile().name || session(profile.name))
        return false;
    auto session = std::make_unique<ClusterSession>();
    for (auto it = m_typedPasswords.cbegin(); it != m_typedPasswords.cend(); ++it)
        session->setSessionPassword(it.key(), it.value());
    connect(session.get(), &ClusterSession::topologyChanged, this, [this](const SnapshotPtr &snapshot) {
        if (!snapshot->cluster.isEmpty())
            Q_EMIT watchedTopologyChanged(snapshot);
    });
    connect(session.get(), &ClusterSession::notice, this, &Workspace::notice);
    session->open(profile);
    m_watched.push_back(std::move(session));
    return true;
}

void Workspace::unwatch(const QString &cluster)
{
    for (auto it = m_watched.begin(); it != m_watched.end(); ++it) {
        if ((*it)->profile().name == cluster) {
            (*it)->disconnect(this); // its closing snapshot is nobody's news
            m_watched.erase(it);
            Q_EMIT unwatched(cluster);
            return;
        }
    }
}

QStringList Workspace::watched() const
{
    QStringList names;
    for (const auto &session : m_watched)
        names.append(session->profile().name);
    return names;
}

QList<ClusterSession *> Workspace::sessions() const
{
    QList<ClusterSession *> all{m_current};
    for (const auto &session : m_watched)
        all.append(session.get());
    return all;
}

ClusterSession *Workspace::session(const QString &cluster) const
{
    if (!cluster.isEmpty() && m_current->profile().name == cluster)
        return m_current;
    for (const auto &session : m_watched) {
        if (session->profile().name == cluster)
            return session.get();
    }
    return nullptr;
}

void Workspace::setSessionPassword(const QString &profile, const QString &password)
{
    m_typedPasswords.insert(profile, password);
    m_current->setSessionPassword(profile, password);
    for (const auto &session : m_watched)
        session->setSessionPassword(profile, password);
}

void Workspace::pollNow()
{
    m_current->pollNow();
    for (const auto &session : m_watched)
        session->pollNow();
}

void Workspace::closeAll()
{
    while (!m_watched.empty())
        unwatch(m_watched.back()->profile().name);
    m_current->close();
}

} // namespace pgv
