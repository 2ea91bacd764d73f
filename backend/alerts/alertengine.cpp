// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertengine.h"

#include "core/units.h"
#include "topology/topology.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
constexpr qsizetype kResolvedKept = 200;
}

AlertEngine::AlertEngine(QString cluster, QList<AlertRule> rules)
    : m_cluster(std::move(cluster))
    , m_rules(std::move(rules))
{
}

void AlertEngine::setRules(QList<AlertRule> rules)
{
    m_rules = std::move(rules);
}

QString AlertEngine::key(const QString &subject, AlertRuleKind rule)
{
    return ruleName(rule) + u'\n' + subject;
}

QList<AlertEngine::Condition> AlertEngine::conditionsFor(const AlertRule &rule, const TopologySnapshot &snapshot) const
{
    QList<Condition> conditions;
    for (const TopologyNode &node : snapshot.nodes) {
        if (node.external)
            continue;
        switch (rule.kind) {
        case AlertRuleKind::ReplayLagBytes:
            if (node.role == NodeRole::Standby && node.replayLagBytes && double(*node.replayLagBytes) > rule.threshold)
                conditions << Condition{node.name, double(*node.replayLagBytes), formatBytes(*node.replayLagBytes)};
            break;
        case AlertRuleKind::ReplayLagSeconds:
            if (node.role == NodeRole::Standby && node.replayLagSeconds && *node.replayLagSeconds > rule.threshold)
                conditions << Condition{node.name, *node.replayLagSeconds, formatSeconds(*node.replayLagSeconds)};
            break;
        case AlertRuleKind::NotStreaming:
            if (node.role == NodeRole::Standby && node.state != u"streaming")
                conditions << Condition{node.name, 0, node.state};
            break;
        case AlertRuleKind::NodeDown:
            if (node.role == NodeRole::Down)
                conditions << Condition{node.name, 0, node.error.isEmpty() ? node.state : node.error};
            break;
        case AlertRuleKind::ReplayPaused:
            if (node.role == NodeRole::Standby && node.replayPaused)
                conditions << Condition{node.name, 0, {}};
            break;
        case AlertRuleKind::ArchivingFailing:
            if (node.role == NodeRole::Primary && node.archiveFailing)
                conditions << Condition{node.name, 0, node.archiveFailedWal};
            break;
        case AlertRuleKind::DelayedStandby:
            if (node.role == NodeRole::Standby && node.applyDelayMs.value_or(0) > 0)
                conditions << Condition{node.name, 0,
                                        QCoreApplication::translate("AlertEngine", "applies WAL %1 late").arg(formatSeconds(double(*node.applyDelayMs) / 1000))};
            break;
        case AlertRuleKind::TimelineDivergence:
        case AlertRuleKind::SlotRetainedBytes:
        case AlertRuleKind::NoPrimary:
        case AlertRuleKind::ConnectionsExhausted:
        case AlertRuleKind::SlotWalAtRisk:
        case AlertRuleKind::LogicalLagSeconds:
            break;
        }
    }
    // Conditions the topology already judged: the alert takes the problem's own severity and subject.
    const auto fromProblems = [&](ProblemKind kind, bool withMessage) {
        for (const Problem &problem : snapshot.problems) {
            if (problem.kind == kind)
                conditions << Condition{problem.node, 0, withMessage ? problem.message : QString(), problem.severity};
        }
    };
    if (rule.kind == AlertRuleKind::TimelineDivergence)
        fromProblems(ProblemKind::TimelineDivergence, true);
    if (rule.kind == AlertRuleKind::NoPrimary)
        fromProblems(ProblemKind::NoPrimary, false);
    if (rule.kind == AlertRuleKind::ConnectionsExhausted)
        fromProblems(ProblemKind::ConnectionsExhausted, false);
    if (rule.kind == AlertRuleKind::SlotWalAtRisk) {
        for (const SlotStatus &slot : snapshot.replicationSlots) {
            if (slot.temporary)
                continue;
            const bool gone = slot.walStatus == u"unreserved" || slot.walStatus == u"lost";
            if (gone || (slot.safeWalSize && double(*slot.safeWalSize) < rule.threshold)) {
                const QString detail = gone ? QCoreApplication::translate("AlertEngine", "wal_status %1").arg(slot.walStatus)
                                            : QCoreApplication::translate("AlertEngine", "%1 left").arg(formatBytes(*slot.safeWalSize));
                conditions << Condition{slot.name + u'@' + slot.node, double(slot.safeWalSize.value_or(0)), detail};
            }
        }
    }
    if (rule.kind == AlertRuleKind::LogicalLagSeconds) {
        // The subscription's slot on its publisher: what the analytics side waits for, however it is named there.
        for (const SlotStatus &slot : snapshot.replicationSlots) {
            if (const std::optional<double> lag = snapshot.logicalLagSeconds(slot); lag && *lag > rule.threshold)
                conditions << Condition{slot.name + u'@' + slot.node, *lag, formatSeconds(*lag)};
        }
    }
    if (rule.kind == AlertRuleKind::SlotRetainedBytes) {
        for (const SlotStatus &slot : snapshot.replicationSlots) {
            if (!slot.active && !slot.temporary && slot.retainedBytes && double(*slot.retainedBytes) > rule.threshold)
                conditions << Condition{slot.name + u'@' + slot.node, double(*slot.retainedBytes), formatBytes(*slot.retainedBytes)};
        }
    }
    return conditions;
}

QList<Alert> AlertEngine::evaluate(const TopologySnapshot &snapshot)
{
    const QDateTime now = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    QList<Alert> changes;
    QSet<QString> holding;
    for (const AlertRule &rule : std::as_const(m_rules)) {
        if (!rule.enabled)
            continue;
        for (const Condition &condition : conditionsFor(rule, snapshot)) {
            const QString id = key(condition.subject, rule.kind);
            holding.insert(id);
            QString message = condition.subject.isEmpty() ? describeRule(rule) // about the whole cluster: no primary
                                                          : QCoreApplication::translate("AlertEngine", "%1: %2").arg(condition.subject, describeRule(rule));
            if (!condition.detail.isEmpty()) {
                message += rule.hasThreshold() ? QCoreApplication::translate("AlertEngine", " (now %1)").arg(condition.detail)
                                               : QCoreApplication::translate("AlertEngine", " (%1)").arg(condition.detail);
            }
            const ProblemSeverity severity = condition.severity.value_or(ruleSeverity(rule.kind));
            if (auto firing = m_firing.find(id); firing != m_firing.end()) {
                firing->value = condition.value;
                firing->message = message;
                firing->severity = severity;
                applySilence(*firing, now);
                continue;
            }
            const QDateTime since = m_holdingSince.value(id, now);
            m_holdingSince.insert(id, since);
            if (since.msecsTo(now) >= qint64(rule.holdSeconds) * 1000) {
                Alert alert{m_cluster, condition.subject, rule, severity, Alert::State::Firing, since, now, {}, false, condition.value, message, {}, false};
                applySilence(alert, now);
                m_firing.insert(id, alert);
                m_holdingSince.remove(id);
                changes << alert;
            }
        }
    }
    for (auto it = m_holdingSince.begin(); it != m_holdingSince.end();) {
        it = holding.contains(it.key()) ? std::next(it) : m_holdingSince.erase(it);
    }
    for (auto it = m_firing.begin(); it != m_firing.end();) {
        if (holding.contains(it.key())) {
            ++it;
            continue;
        }
        Alert resolved = *it;
        resolved.state = Alert::State::Resolved;
        resolved.resolvedAt = now;
        changes << resolved;
        if (resolved.notified)
            m_notifications << resolved;
        m_resolved.prepend(resolved);
        it = m_firing.erase(it);
    }
    if (m_resolved.size() > kResolvedKept)
        m_resolved.resize(kResolvedKept);
    return changes;
}

QList<Alert> AlertEngine::firing() const
{
    QList<Alert> alerts = m_firing.values();
    std::sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) { return a.firedAt > b.firedAt; });
    return alerts;
}

QList<Alert> AlertEngine::alerts() const
{
    return firing() + m_resolved;
}

Silence AlertEngine::silenceFor(AlertRuleKind rule, const QString &subject, const QDateTime &at) const
{
    const QString name = ruleName(rule);
    for (const Silence &silence : m_silences) {
        if (silence.covers(m_cluster, name, subject, at))
            return silence;
    }
    return {};
}

void AlertEngine::applySilence(Alert &alert, const QDateTime &at)
{
    alert.silence = silenceFor(alert.rule.kind, alert.subject, at);
    if (m_silencesKnown && !alert.isSilenced() && !alert.notified) {
        alert.notified = true;
        m_notifications << alert;
    }
}

void AlertEngine::setSilences(QList<Silence> silences)
{
    silences.removeIf([this](const Silence &silence) { return silence.cluster != m_cluster; });
    m_silences = std::move(silences);
    m_silencesKnown = true;
}

QList<Alert> AlertEngine::takeNotifications()
{
    return std::exchange(m_notifications, {});
}

bool AlertEngine::acknowledge(const QString &subject, AlertRuleKind rule)
{
    const auto it = m_firing.find(key(subject, rule));
    if (it == m_firing.end())
        return false;
    it->acknowledged = true;
    return true;
}

} // namespace pgv
