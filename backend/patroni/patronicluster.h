// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace pgv {

/// One member as GET /cluster describes it.
struct PatroniMember
{
    QString name;
    QString role;  // leader, standby_leader, sync_standby, quorum_standby, replica
    QString state; // running, streaming, stopped, starting, crashed, …
    QString apiUrl;
    QString host;
    int port = 0;
    int timeline = 0;
    std::optional<qint64> lagBytes; // absent or "unknown" in Patroni's answer: not known
    QJsonObject tags;

    bool isLeader() const { return role == u"leader" || role == u"standby_leader"; }
    bool noFailover() const { return tags.value(QLatin1StringView("nofailover")).toBool(); }
};

struct PatroniCluster
{
    QString scope;
    bool paused = false;
    QList<PatroniMember> members;

    static std::optional<PatroniCluster> fromJson(const QJsonObject &cluster);
    const PatroniMember *leader() const;
    const PatroniMember *member(QStringView name) const;
};

/// Timelines from GET /history: [[timeline, lsn, reason, time, member?], …]; the highest, or 0.
int latestTimeline(const QJsonDocument &history);

/// The member Patroni says it made leader in its answer to POST /switchover or /failover
/// ('Successfully switched over to "node2"', 'Switched over to "node1" instead of "node3"'); nothing when the
/// answer names none (a scheduled switchover, an error text).
std::optional<QString> roleChangeLeaderIn(const QByteArray &answer);

/// What Patroni said on the last poll: the cluster, or why it could not be asked.
struct PatroniStatus
{
    bool reachable = false;
    QString error;
    PatroniCluster cluster;
};

} // namespace pgv
