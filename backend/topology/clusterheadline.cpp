// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterheadline.h"

#include "core/units.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

bool hasProblem(const TopologySnapshot &snapshot, ProblemKind kind)
{
    return std::any_of(snapshot.problems.cbegin(), snapshot.problems.cend(), [kind](const Problem &problem) { return problem.kind == kind; });
}

QList<ClusterHeadline::Candidate> candidatesOf(const TopologySnapshot &snapshot)
{
    QList<ClusterHeadline::Candidate> candidates;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.external || node.role != NodeRole::Standby)
            continue;
        candidates << ClusterHeadline::Candidate{node.name, node.receivedLsn ? node.receivedLsn : node.lsn, 0, node.applyDelayMs.value_or(0) > 0};
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        if (a.delayed != b.delayed)
            return !a.delayed;
        return a.received.value_or(Lsn()) > b.received.value_or(Lsn());
    });
    std::optional<Lsn> furthest;
    for (const auto &candidate : candidates) {
        if (candidate.received && (!furthest || *candidate.received > *furthest))
            furthest = candidate.received;
    }
    for (auto &candidate : candidates)
        candidate.behindBytes = furthest && candidate.received ? furthest->bytesSince(*candidate.received) : 0;
    return candidates;
}

} // namespace

ClusterHeadline clusterHeadline(const TopologySnapshot &snapshot, const QDateTime &noPrimarySince)
{
    ClusterHeadline headline;
    if (snapshot.nodes.isEmpty()) {
        headline.text = QCoreApplication::translate("ClusterHeadline", "Waiting for the first probe…");
        return headline;
    }
    if (hasProblem(snapshot, ProblemKind::SplitBrain)) {
        QStringList primaries;
        for (const TopologyNode &node : snapshot.nodes) {
            if (node.role == NodeRole::Primary && !node.external)
                primaries << node.name;
        }
        headline.level = ClusterHeadline::Level::Critical;
        headline.text = QCoreApplication::translate("ClusterHeadline", "Split brain: %1 all accept writes. Stop writing to all but one, then rejoin the others.").arg(primaries.join(u", "_s));
        return headline;
    }
    if (hasProblem(snapshot, ProblemKind::NoPrimary)) {
        headline.level = ClusterHeadline::Level::Critical;
        headline.candidates = candidatesOf(snapshot);
        const QString since = noPrimarySince.isValid() ? QCoreApplication::translate("ClusterHeadline", "No primary since %1").arg(noPrimarySince.toLocalTime().toString(u"HH:mm:ss"_s))
                                                       : QCoreApplication::translate("ClusterHeadline", "No primary");
        if (headline.candidates.isEmpty()) {
            headline.text = QCoreApplication::translate("ClusterHeadline", "%1, and no standby answers: there is nothing to promote. Bring a node back first.").arg(since);
            return headline;
        }
        QStringList described;
        for (const auto &candidate : std::as_const(headline.candidates)) {
            QString text = candidate.received ? QCoreApplication::translate("ClusterHeadline", "%1 (%2 received, %3 behind the most advanced)")
                                                    .arg(candidate.node, candidate.received->toString(), formatBytes(candidate.behindBytes))
                                              : QCoreApplication::translate("ClusterHeadline", "%1 (position unknown)").arg(candidate.node);
            if (candidate.delayed)
                text += QCoreApplication::translate("ClusterHeadline", ", delayed on purpose");
            described << text;
        }
        headline.text = QCoreApplication::translate("ClusterHeadline", "%1 — candidates %2").arg(since, described.join(u", "_s));
        headline.offersFailover = true;
        return headline;
    }
    int standbys = 0;
    int down = 0;
    int paused = 0;
    int notStreaming = 0;
    int refusing = 0;
    int fenced = 0;
    qint64 worstLag = 0;
    const TopologyNode *primary = nullptr;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.external)
            continue;
        if (node.role == NodeRole::Primary)
            primary = &node;
        else if (node.role == NodeRole::Standby) {
            ++standbys;
            paused += node.replayPaused ? 1 : 0;
            notStreaming += node.state != u"streaming" ? 1 : 0;
            worstLag = std::max(worstLag, node.replayLagBytes.value_or(0));
        } else if (node.isRefusing())
            ++refusing;
        else if (node.role == NodeRole::Down && node.state == u"fenced")
            ++fenced;
        else if (node.role == NodeRole::Down)
            ++down;
    }
    if (!primary && standbys == 0 && refusing == 0 && down + fenced > 0) {
        headline.level = ClusterHeadline::Level::Critical;
        headline.text = QCoreApplication::translate("ClusterHeadline", "Every node is down (%1 of %1): the cluster serves nobody.").arg(down + fenced);
        return headline;
    }
    QStringList parts;
    if (down > 0)
        parts << (primary ? QCoreApplication::translate("ClusterHeadline", "%1 of %2 standbys down").arg(down).arg(standbys + down) : QCoreApplication::translate("ClusterHeadline", "%1 of %2 nodes down").arg(down).arg(int(snapshot.nodes.size())));
    if (fenced > 0)
        parts << QCoreApplication::translate("ClusterHeadline", "%1 fenced (to rejoin)").arg(fenced);
    if (notStreaming > 0)
        parts << QCoreApplication::translate("ClusterHeadline", "%1 not streaming").arg(notStreaming);
    if (paused > 0)
        parts << QCoreApplication::translate("ClusterHeadline", "%1 paused").arg(paused);
    if (refusing > 0)
        parts << QCoreApplication::translate("ClusterHeadline", "%1 refusing connections").arg(refusing);
    const bool worrying = std::any_of(snapshot.problems.cbegin(), snapshot.problems.cend(), [](const Problem &problem) {
        return problem.severity != ProblemSeverity::Warning;
    });
    if (parts.isEmpty() && !snapshot.problems.isEmpty())
        parts << (snapshot.problems.size() == 1 ? snapshot.problems.first().message
                                                : QCoreApplication::translate("ClusterHeadline", "%1 (and %2 more problems below)")
                                                      .arg(snapshot.problems.first().message)
                                                      .arg(snapshot.problems.size() - 1));
    if (!parts.isEmpty()) {
        const bool critical = std::any_of(snapshot.problems.cbegin(), snapshot.problems.cend(), [](const Problem &problem) {
            return problem.severity == ProblemSeverity::Critical;
        });
        headline.level = critical ? ClusterHeadline::Level::Critical : ClusterHeadline::Level::Degraded;
        headline.text = (critical ? QCoreApplication::translate("ClusterHeadline", "Critical: %1") : worrying ? QCoreApplication::translate("ClusterHeadline", "Degraded: %1") : QCoreApplication::translate("ClusterHeadline", "Warning: %1")).arg(parts.join(u", "_s));
        return headline;
    }
    headline.level = ClusterHeadline::Level::Healthy;
    headline.text = primary ? QCoreApplication::translate("ClusterHeadline", "Healthy: %1 is the primary (timeline %2); standbys streaming: %3; replay lag at most %4")
                                  .arg(primary->name)
                                  .arg(primary->timeline)
                                  .arg(standbys)
                                  .arg(formatBytes(worstLag))
                            : QCoreApplication::translate("ClusterHeadline", "Healthy");
    return headline;
}

ClusterHeadline HeadlineTracker::update(const TopologySnapshot &snapshot)
{
    if (snapshot.cluster != m_cluster) {
        m_cluster = snapshot.cluster;
        m_noPrimarySince = {};
    }
    const bool noPrimary = std::any_of(snapshot.problems.cbegin(), snapshot.problems.cend(),
                                       [](const Problem &problem) { return problem.kind == ProblemKind::NoPrimary; });
    if (!noPrimary)
        m_noPrimarySince = {};
    else if (!m_noPrimarySince.isValid())
        m_noPrimarySince = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    return clusterHeadline(snapshot, m_noPrimarySince);
}

} // namespace pgv
