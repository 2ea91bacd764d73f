// SPDX-License-Identifier: GPL-3.0-or-later
#include "labactionsupport.h"

#include "backup/archiverstatus.h"
#include "labnodeops.h"
#include "monitor/probenow.h"

#include <QCoreApplication>

#include <functional>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
TopologySnapshot probeLabEndpoints(const Lab &lab, const std::function<bool(const NodeEndpoint &)> &wanted)
{
    const Profile profile = lab.manifest().toProfile();
    ProbeSettings settings;
    settings.connectTimeoutMs = 3000;
    settings.queryTimeoutMs = 3000;
    settings.labDir = lab.manifest().dir;
    QList<NodeEndpoint> endpoints = profile.endpoints();
    endpoints.removeIf([&](const NodeEndpoint &endpoint) { return !wanted(endpoint); });
    return probeTopologyNow(profile.name, endpoints, settings);
}
} // namespace

TopologySnapshot probeLab(const Lab &lab)
{
    return probeLabEndpoints(lab, [](const NodeEndpoint &) { return true; });
}

TopologySnapshot probeLabNode(const Lab &lab, const QString &node)
{
    return probeLabEndpoints(lab, [&node](const NodeEndpoint &endpoint) { return endpoint.name == node; });
}

ActionCheck passed(const QString &name, const QString &reason)
{
    return {name, CheckStatus::Pass, reason};
}

ActionCheck warned(const QString &name, const QString &reason)
{
    return {name, CheckStatus::Warn, reason};
}

ActionCheck failed(const QString &name, const QString &reason)
{
    return {name, CheckStatus::Fail, reason};
}

namespace {
bool settled(const TopologySnapshot &snapshot, const QString &primary, const QStringList &standbys, int minTimeline)
{
    const TopologyNode *head = snapshot.node(primary);
    if (!head || head->role != NodeRole::Primary || head->timeline < minTimeline)
        return false;
    return std::all_of(standbys.cbegin(), standbys.cend(), [&](const QString &name) {
        const TopologyNode *node = snapshot.node(name);
        return node && node->role == NodeRole::Standby && node->upstream == primary && node->state == u"streaming"
               && node->timeline == head->timeline;
    });
}
} // namespace

QList<ActionCheck> verifyLabTopology(const Lab &lab, const QString &primary, const QStringList &standbys, int minTimeline, int waitMs)
{
    TopologySnapshot snapshot;
    pollUntil(
        [&] {
            snapshot = probeLab(lab);
            return settled(snapshot, primary, standbys, minTimeline);
        },
        waitMs);
    QList<ActionCheck> checks;
    const QString primaryCheck = QCoreApplication::translate("LabAction", "%1 is the primary").arg(primary);
    const TopologyNode *head = snapshot.node(primary);
    if (head && head->role == NodeRole::Primary && head->timeline >= minTimeline)
        checks << passed(primaryCheck, QCoreApplication::translate("LabAction", "writable, on timeline %1").arg(head->timeline));
    else
        checks << failed(primaryCheck, head ? QCoreApplication::translate("LabAction", "it is %1 on timeline %2").arg(roleName(head->role)).arg(head->timeline)
                                            : QCoreApplication::translate("LabAction", "it is not in the lab"));
    int primaries = 0;
    for (const TopologyNode &node : snapshot.nodes)
        primaries += node.role == NodeRole::Primary;
    checks << (primaries == 1 ? passed(QCoreApplication::translate("LabAction", "One primary"), QCoreApplication::translate("LabAction", "no other node accepts writes"))
                              : failed(QCoreApplication::translate("LabAction", "One primary"),
                                       QCoreApplication::translate("LabAction", "%1 nodes accept writes").arg(primaries)));
    for (const QString &name : standbys) {
        const QString checkName = QCoreApplication::translate("LabAction", "%1 streams from %2").arg(name, primary);
        const TopologyNode *node = snapshot.node(name);
        if (node && node->role == NodeRole::Standby && node->upstream == primary && node->state == u"streaming"
            && head && node->timeline == head->timeline) {
            checks << passed(checkName, QCoreApplication::translate("LabAction", "timeline %1, replay lag %2 bytes")
                                            .arg(node->timeline)
                                            .arg(node->replayLagBytes.value_or(0)));
        } else {
            checks << failed(checkName, node ? QCoreApplication::translate("LabAction", "%1, upstream %2, timeline %3")
                                                   .arg(node->isUp() ? node->state : roleName(node->role),
                                                        node->upstream.isEmpty() ? u"none"_s : node->upstream)
                                                   .arg(node->timeline)
                                             : QCoreApplication::translate("LabAction", "not in the lab"));
        }
    }
    return checks;
}

bool waitUntilStreaming(const Lab &lab, const QString &node, const QString &upstream, int timeline, int timeoutMs)
{
    const LabNode *upstreamNode = lab.manifest().node(upstream);
    LabNodeOps ops(lab);
    PgSession session;
    QString error;
    return pollUntil(
        [&] {
            if (!session.isOpen() && !ops.connect(node, session, &error, 2000))
                return false;
            const auto state = LabNodeOps::value(session,
                                                 u"SELECT status || ' ' || received_tli || ' ' || sender_port FROM pg_stat_wal_receiver"_s,
                                                 &error, 2000);
            return state && *state == u"streaming %1 %2"_s.arg(timeline).arg(upstreamNode ? upstreamNode->port : 0);
        },
        timeoutMs);
}

ActionCheck archivingCheck(const Lab &lab, const QString &primary)
{
    const QString name = QCoreApplication::translate("pgv::LabSwitchover", "WAL archiving works");
    PgSession session;
    QString error;
    const std::optional<ArchiverStatus> status = LabNodeOps(lab).connect(primary, session, &error, 3000) ? readArchiverStatus(session, &error)
                                                                                                          : std::nullopt;
    if (!status)
        return failed(name, QCoreApplication::translate("pgv::LabSwitchover", "cannot read pg_stat_archiver on %1: %2").arg(primary, error));
    if (status->isFailing())
        return failed(name, QCoreApplication::translate("pgv::LabSwitchover", "archiving from %1 is failing (%2 at %3): backups and point-in-time "
                                                                              "recovery would have a gap across any promotion. Fix archive_command "
                                                                              "first (the server log says why it fails).")
                                .arg(primary, status->lastFailedWal, status->lastFailedTime.toUTC().toString(u"HH:mm:ss 'UTC'"_s)));
    if (!status->archiveMode)
        return warned(name, QCoreApplication::translate("pgv::LabSwitchover", "archive_mode is off on %1: nothing to check").arg(primary));
    return passed(name, QCoreApplication::translate("pgv::LabSwitchover", "last archived: %1")
                            .arg(status->lastArchivedWal.isEmpty() ? QCoreApplication::translate("pgv::LabSwitchover", "nothing yet") : status->lastArchivedWal));
}

} // namespace pgv
