// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include <QDateTime>
#include <QHash>

namespace pgv {

struct TopologySnapshot;

struct Alert
{
    enum class State { Firing, Resolved };
    QString cluster;
    QString subject; // a node, or slot@node
    AlertRule rule;
    ProblemSeverity severity = ProblemSeverity::Error; // the rule's, or that of the problem it was made from
    State state = State::Firing;
    QDateTime since;    // when the condition started to hold
    QDateTime firedAt;
    QDateTime resolvedAt;
    bool acknowledged = false;
    double value = 0;   // the measured value when it last held (bytes or seconds), for threshold rules
    QString message;

    bool isFiring() const { return state == State::Firing; }
};

/// Evaluates alert rules on each topology snapshot: a condition fires once it has held for the rule's hold time,
/// and resolves as soon as it no longer holds. Keeps the active alerts and the last resolved ones.
class AlertEngine
{
public:
    AlertEngine(QString cluster, QList<AlertRule> rules);

    void setRules(QList<AlertRule> rules);
    const QList<AlertRule> &rules() const { return m_rules; }

    /// Returns the alerts that fired or resolved with this snapshot.
    QList<Alert> evaluate(const TopologySnapshot &snapshot);
    /// Every alert firing now, then the most recently resolved (at most 200).
    QList<Alert> alerts() const;
    QList<Alert> firing() const;
    bool acknowledge(const QString &subject, AlertRuleKind rule);

private:
    struct Condition
    {
        Condition(QString subjectOf, double measured, QString detailText, std::optional<ProblemSeverity> problemSeverity = std::nullopt)
            : subject(std::move(subjectOf)), value(measured), detail(std::move(detailText)), severity(problemSeverity)
        {
        }
        QString subject;
        double value = 0;
        QString detail;
        std::optional<ProblemSeverity> severity; ///< that of the problem the condition is, when it is one
    };
    QList<Condition> conditionsFor(const AlertRule &rule, const TopologySnapshot &snapshot) const;
    static QString key(const QString &subject, AlertRuleKind rule);

    QString m_cluster;
    QList<AlertRule> m_rules;
    QHash<QString, QDateTime> m_holdingSince; // condition true but not yet fired
    QHash<QString, Alert> m_firing;
    QList<Alert> m_resolved;
};

} // namespace pgv
