// SPDX-License-Identifier: GPL-3.0-or-later
#include "patronicluster.h"

#include "core/jsonarrays.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pgv {

std::optional<PatroniCluster> PatroniCluster::fromJson(const QJsonObject &cluster)
{
    if (!cluster.value("members"_L1).isArray())
        return std::nullopt;
    PatroniCluster result;
    result.scope = cluster.value("scope"_L1).toString();
    result.paused = cluster.value("pause"_L1).toBool();
    for (const QJsonValue &value : constArray(cluster.value("members"_L1))) {
        const QJsonObject object = value.toObject();
        PatroniMember member;
        member.name = object.value("name"_L1).toString();
        member.role = object.value("role"_L1).toString();
        member.state = object.value("state"_L1).toString();
        member.apiUrl = object.value("api_url"_L1).toString();
        member.host = object.value("host"_L1).toString();
        member.port = object.value("port"_L1).toInt();
        member.timeline = object.value("timeline"_L1).toInt();
        if (object.value("lag"_L1).isDouble())
            member.lagBytes = qint64(object.value("lag"_L1).toDouble());
        member.tags = object.value("tags"_L1).toObject();
        result.members << member;
    }
    return result;
}

const PatroniMember *PatroniCluster::leader() const
{
    for (const PatroniMember &candidate : members) {
        if (candidate.isLeader())
            return &candidate;
    }
    return nullptr;
}

const PatroniMember *PatroniCluster::member(QStringView name) const
{
    for (const PatroniMember &candidate : members) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

int latestTimeline(const QJsonDocument &history)
{
    int latest = 0;
    for (const QJsonValue &entry : constArray(history))
        latest = std::max(latest, entry.toArray().at(0).toInt());
    return latest;
}

std::optional<QString> roleChangeLeaderIn(const QByteArray &answer)
{
    // Patroni's wording since 1.x: "…switched over to", "…failed over to", then the member's name in quotes.
    static const QRegularExpression named(u"(?:switched|failed) over to \"([^\"]+)\""_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = named.match(QString::fromUtf8(answer));
    return match.hasMatch() ? std::optional(match.captured(1)) : std::nullopt;
}

} // namespace pgv
