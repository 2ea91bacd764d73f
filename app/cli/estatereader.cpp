// SPDX-License-Identifier: GPL-3.0-or-later
#include "estatereader.h"

#include "monitor/clustermonitor.h"

#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace pgv::cli {

EstateReader::EstateReader(const QList<Profile> &profiles, const QString &password)
{
    for (const Profile &profile : profiles) {
        // The password the keychain gave is the selected cluster's; a subscriber found beside it brings its own way in.
        const QList<NodeEndpoint> endpoints = profile.endpoints(m_monitors.empty() ? password : QString());
        m_endpoints << ClusterEndpoints{profile.name, endpoints};
        m_monitors.push_back(std::make_unique<ClusterMonitor>(profile.name, endpoints, profile.probeSettings()));
        m_intervalMs = std::min(m_intervalMs, profile.probeSettings().intervalMs);
        m_waitMs = std::max(m_waitMs, profile.probeSettings().connectTimeoutMs + profile.probeSettings().queryTimeoutMs + 1000);
    }
}

EstateReader::~EstateReader() = default;

void EstateReader::start()
{
    for (const auto &monitor : m_monitors)
        monitor->start();
}

QList<SnapshotPtr> EstateReader::waitForRound()
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (std::all_of(m_monitors.cbegin(), m_monitors.cend(), [](const auto &monitor) { return monitor->snapshot().complete; }))
            loop.quit();
    });
    QTimer::singleShot(m_waitMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    QList<SnapshotPtr> snapshots;
    for (const auto &monitor : m_monitors)
        snapshots << monitor->sharedSnapshot();
    return snapshots;
}

} // namespace pgv::cli
