// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "topology/topology.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace pgv {

enum class AlertRuleKind {
    ReplayLagBytes,    // a standby's replay lag over threshold bytes
    ReplayLagSeconds,  // a standby's replay lag over threshold seconds
    NotStreaming,      // a standby up but not streaming
    NodeDown,          // a node unreachable or not answering
    SlotRetainedBytes, // an inactive slot holding back more than threshold bytes
    ReplayPaused,
    TimelineDivergence,
    ArchivingFailing,  // the primary's archive_command fails
    NoPrimary,            // no node accepts writes
    ConnectionsExhausted, // a live server refuses new clients: every connection slot is taken
    DelayedStandby,       // a standby applies WAL late on purpose (recovery_min_apply_delay): no failover candidate
    SlotWalAtRisk,        // a slot whose WAL the server may soon remove: under threshold bytes left, or already unreserved/lost
    LogicalLagSeconds,    // a logical slot's subscriber over threshold seconds behind
};

/// One condition to watch, and how long it must hold before it fires.
struct AlertRule
{
    AlertRuleKind kind = AlertRuleKind::NodeDown;
    bool enabled = true;
    double threshold = 0; // bytes or seconds; unused by the yes/no rules
    int holdSeconds = 0;

    bool hasThreshold() const;
    bool thresholdIsBytes() const; ///< bytes (replay lag, slots); otherwise seconds
    friend bool operator==(const AlertRule &, const AlertRule &) = default;
};

QString ruleName(AlertRuleKind kind); // stable: replay_lag_bytes, not_streaming, …
std::optional<AlertRuleKind> ruleFromName(QStringView name);
/// "Replay lag (bytes)": the rule without its threshold, for the rules editor.
QString ruleTitle(AlertRuleKind kind);
/// "Replay lag over 16.0 MiB for 30 s": what a person reads in the alert list.
QString describeRule(const AlertRule &rule);

/// How serious the condition is: the same severity as the topology problem it matches (replay paused is a
/// warning in both places); an alert made from a problem takes that problem's own severity.
ProblemSeverity ruleSeverity(AlertRuleKind kind);

/// Sensible defaults for a cluster nobody has tuned yet.
QList<AlertRule> defaultAlertRules();

/// Rules per cluster in AppPaths::configDir()/alerts.ini; a cluster without saved rules gets the defaults.
class AlertRuleStore
{
public:
    AlertRuleStore();
    explicit AlertRuleStore(QString filePath);
    QList<AlertRule> rules(const QString &cluster) const;
    bool save(const QString &cluster, const QList<AlertRule> &rules);

private:
    QString m_filePath;
};

} // namespace pgv

Q_DECLARE_METATYPE(pgv::AlertRule)
