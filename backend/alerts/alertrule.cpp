// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrule.h"

#include "core/apppaths.h"
#include "core/units.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
struct RuleName
{
    AlertRuleKind kind;
    QLatin1StringView name;
};
constexpr RuleName kRuleNames[] = {
    {AlertRuleKind::ReplayLagBytes, "replay_lag_bytes"_L1}, {AlertRuleKind::ReplayLagSeconds, "replay_lag_seconds"_L1},
    {AlertRuleKind::NotStreaming, "not_streaming"_L1},      {AlertRuleKind::NodeDown, "node_down"_L1},
    {AlertRuleKind::SlotRetainedBytes, "slot_retained_bytes"_L1}, {AlertRuleKind::ReplayPaused, "replay_paused"_L1},
    {AlertRuleKind::TimelineDivergence, "timeline_divergence"_L1}, {AlertRuleKind::ArchivingFailing, "archiving_failing"_L1},
    {AlertRuleKind::NoPrimary, "no_primary"_L1},         {AlertRuleKind::ConnectionsExhausted, "connections_exhausted"_L1},
    {AlertRuleKind::DelayedStandby, "delayed_standby"_L1}, {AlertRuleKind::SlotWalAtRisk, "slot_wal_at_risk"_L1},
    {AlertRuleKind::LogicalLagSeconds, "logical_lag_seconds"_L1},
};
} // namespace

bool AlertRule::hasThreshold() const
{
    return kind == AlertRuleKind::ReplayLagBytes || kind == AlertRuleKind::ReplayLagSeconds || kind == AlertRuleKind::SlotRetainedBytes
        || kind == AlertRuleKind::SlotWalAtRisk || kind == AlertRuleKind::LogicalLagSeconds;
}

bool AlertRule::thresholdIsBytes() const
{
    return kind == AlertRuleKind::ReplayLagBytes || kind == AlertRuleKind::SlotRetainedBytes || kind == AlertRuleKind::SlotWalAtRisk;
}

QString ruleTitle(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::ReplayLagBytes:
        return QCoreApplication::translate("AlertRule", "Replay lag (bytes)");
    case AlertRuleKind::ReplayLagSeconds:
        return QCoreApplication::translate("AlertRule", "Replay lag (time)");
    case AlertRuleKind::SlotRetainedBytes:
        return QCoreApplication::translate("AlertRule", "Inactive slot retaining WAL");
    case AlertRuleKind::SlotWalAtRisk:
        return QCoreApplication::translate("AlertRule", "Slot's WAL at risk");
    case AlertRuleKind::LogicalLagSeconds:
        return QCoreApplication::translate("AlertRule", "Logical replication lag (time)");
    default:
        return describeRule(AlertRule{kind, true, 0, 0});
    }
}

ProblemSeverity ruleSeverity(AlertRuleKind kind)
{
    switch (kind) {
    case AlertRuleKind::ReplayLagBytes:
    case AlertRuleKind::ReplayLagSeconds:
    case AlertRuleKind::NotStreaming:
    case AlertRuleKind::SlotRetainedBytes:
    case AlertRuleKind::ReplayPaused:
    case AlertRuleKind::DelayedStandby:
    case AlertRuleKind::LogicalLagSeconds:
        return ProblemSeverity::Warning;
    case AlertRuleKind::NodeDown:
    case AlertRuleKind::TimelineDivergence:
    case AlertRuleKind::ArchivingFailing:
    case AlertRuleKind::ConnectionsExhausted:
    case AlertRuleKind::SlotWalAtRisk:
        return ProblemSeverity::Error;
    case AlertRuleKind::NoPrimary:
        return ProblemSeverity::Critical;
    }
    return ProblemSeverity::Error;
}

QString ruleName(AlertRuleKind kind)
{
    for (const RuleName &entry : kRuleNames) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

std::optional<AlertRuleKind> ruleFromName(QStringView name)
{
    for (const RuleName &entry : kRuleNames) {
        if (entry.name == name)
            return entry.kind;
    }
    return std::nullopt;
}

QString describeRule(const AlertRule &rule)
{
    QString text;
    switch (rule.kind) {
    case AlertRuleKind::ReplayLagBytes:
        text = QCoreApplication::translate("AlertRule", "Replay lag over %1").arg(formatBytes(qint64(rule.threshold)));
        break;
    case AlertRuleKind::ReplayLagSeconds:
        text = QCoreApplication::translate("AlertRule", "Replay lag over %1").arg(formatSeconds(rule.threshold));
        break;
    case AlertRuleKind::NotStreaming:
        text = QCoreApplication::translate("AlertRule", "Standby not streaming");
        break;
    case AlertRuleKind::NodeDown:
        text = QCoreApplication::translate("AlertRule", "Node down");
        break;
    case AlertRuleKind::SlotRetainedBytes:
        text = QCoreApplication::translate("AlertRule", "Inactive slot retaining over %1").arg(formatBytes(qint64(rule.threshold)));
        break;
    case AlertRuleKind::ReplayPaused:
        text = QCoreApplication::translate("AlertRule", "Replay paused");
        break;
    case AlertRuleKind::TimelineDivergence:
        text = QCoreApplication::translate("AlertRule", "Timeline divergence");
        break;
    case AlertRuleKind::ArchivingFailing:
        text = QCoreApplication::translate("AlertRule", "WAL archiving failing");
        break;
    case AlertRuleKind::NoPrimary:
        text = QCoreApplication::translate("AlertRule", "No primary");
        break;
    case AlertRuleKind::ConnectionsExhausted:
        text = QCoreApplication::translate("AlertRule", "Connections exhausted");
        break;
    case AlertRuleKind::DelayedStandby:
        text = QCoreApplication::translate("AlertRule", "Standby delayed on purpose");
        break;
    case AlertRuleKind::SlotWalAtRisk:
        text = QCoreApplication::translate("AlertRule", "Slot's WAL at risk: under %1 left before it is lost").arg(formatBytes(qint64(rule.threshold)));
        break;
    case AlertRuleKind::LogicalLagSeconds:
        text = QCoreApplication::translate("AlertRule", "Logical replication lag over %1").arg(formatSeconds(rule.threshold));
        break;
    }
    if (rule.holdSeconds > 0)
        text += QCoreApplication::translate("AlertRule", " for %1 s").arg(rule.holdSeconds);
    return text;
}

QList<AlertRule> defaultAlertRules()
{
    return {
        {AlertRuleKind::ReplayLagBytes, true, 64.0 * 1024 * 1024, 30},
        {AlertRuleKind::ReplayLagSeconds, true, 30.0, 30},
        {AlertRuleKind::NotStreaming, true, 0, 10},
        {AlertRuleKind::NodeDown, true, 0, 5},
        {AlertRuleKind::SlotRetainedBytes, true, 1024.0 * 1024 * 1024, 60},
        {AlertRuleKind::ReplayPaused, true, 0, 0},
        {AlertRuleKind::TimelineDivergence, true, 0, 10},
        // One failed attempt is retried within a minute; a minute of failures is a stuck archive.
        {AlertRuleKind::ArchivingFailing, true, 0, 60},
        {AlertRuleKind::NoPrimary, true, 0, 5},
        // A burst of clients can fill the slots for a moment; ten seconds of refusals is an outage for new clients.
        {AlertRuleKind::ConnectionsExhausted, true, 0, 10},
        // Deliberate, so no hold: on-call should know at once which standby must not be failed over to.
        {AlertRuleKind::DelayedStandby, true, 0, 0},
        // safe_wal_size is only known with max_slot_wal_keep_size set; wal_status "unreserved" or "lost" always fires.
        {AlertRuleKind::SlotWalAtRisk, true, 256.0 * 1024 * 1024, 0},
        // The analytics side's goal is under 2 s behind; a burst that drains within ten seconds is no incident.
        {AlertRuleKind::LogicalLagSeconds, true, 2.0, 10},
    };
}

AlertRuleStore::AlertRuleStore()
    : AlertRuleStore(AppPaths::configDir() + u"/alerts.ini"_s)
{
}

AlertRuleStore::AlertRuleStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QList<AlertRule> AlertRuleStore::rules(const QString &cluster) const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    QList<AlertRule> rules = defaultAlertRules();
    const int count = settings.beginReadArray(cluster);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const auto kind = ruleFromName(settings.value(u"rule"_s).toString());
        for (AlertRule &rule : rules) {
            if (kind && rule.kind == *kind) {
                rule.enabled = settings.value(u"enabled"_s, rule.enabled).toBool();
                rule.threshold = settings.value(u"threshold"_s, rule.threshold).toDouble();
                rule.holdSeconds = settings.value(u"holdSeconds"_s, rule.holdSeconds).toInt();
            }
        }
    }
    settings.endArray();
    return rules;
}

bool AlertRuleStore::save(const QString &cluster, const QList<AlertRule> &rules)
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(cluster);
    settings.beginWriteArray(cluster, int(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"rule"_s, ruleName(rules[i].kind));
        settings.setValue(u"enabled"_s, rules[i].enabled);
        settings.setValue(u"threshold"_s, rules[i].threshold);
        settings.setValue(u"holdSeconds"_s, rules[i].holdSeconds);
    }
    settings.endArray();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

} // namespace pgv
