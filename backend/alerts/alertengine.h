// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"
#include "silence.h"

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
    Silence silence; ///< the silence in effect for it (empty id: none)
    bool notified = false; ///< its firing was passed on to people (routes, the tray): its resolution will be too
    bool isTest = false;   ///< `pgversectl route test`: named route_test wherever it is sent, so that nobody acts on it
    /// Set on the alerts of a cluster the window stopped watching, when it did: they are as last known then.
    QDateTime unwatchedSince{};

    bool isFiring() const { return state == State::Firing; }
    bool isSilenced() const { return !silence.id.isEmpty(); }
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

    /// The silences in effect (any cluster's: each engine picks its own); applied from the next evaluate().
    void setSilences(QList<Silence> silences);
    /// Tells no one until the first setSilences(): for a window that reads them in the background, so that an
    /// alert silenced in the store is not sent in the moment before that read lands.
    void awaitSilences() { m_silencesKnown = false; }
    /// What to tell people since the last call: alerts that fired while not silenced, that still fire when their
    /// silence ended, and the resolution of alerts they were told about. Silenced alerts are not among them.
    QList<Alert> takeNotifications();

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
    Silence silenceFor(AlertRuleKind rule, const QString &subject, const QDateTime &at) const;
    void applySilence(Alert &alert, const QDateTime &at);

    QString m_cluster;
    QList<AlertRule> m_rules;
    QHash<QString, QDateTime> m_holdingSince; // condition true but not yet fired
    QHash<QString, Alert> m_firing;
    QList<Alert> m_resolved;
    QList<Silence> m_silences;
    QList<Alert> m_notifications;
    bool m_silencesKnown = true;
};

} // namespace pgv
