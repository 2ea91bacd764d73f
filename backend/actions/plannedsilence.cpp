// SPDX-License-Identifier: GPL-3.0-or-later
#include "plannedsilence.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
// Longer than any one step waits (promotion and pg_rewind time out within minutes), short enough that a killed
// action does not hide a real outage for long.
constexpr qint64 kStepWindowSeconds = 300;
// After the action, standbys reconnect and replay what they missed.
constexpr qint64 kGraceSeconds = 30;
// Writing the file at every step boundary is cheap, but not needed more often than this.
constexpr qint64 kRenewAfterSeconds = 20;
} // namespace

QStringList PlannedSilence::rulesCausedBy(const QString &actionName)
{
    const QStringList restarts{u"node_down"_s, u"not_streaming"_s, u"replay_lag_bytes"_s, u"replay_lag_seconds"_s};
    if (actionName == u"switchover" || actionName == u"failover")
        return restarts + QStringList{u"no_primary"_s, u"timeline_divergence"_s};
    if (actionName == u"rejoin" || actionName == u"recover")
        return restarts + QStringList{u"timeline_divergence"_s};
    if (actionName == u"restart" || actionName == u"reinitialize")
        return restarts;
    return {};
}

PlannedSilence::PlannedSilence(const QString &cluster, const QString &actionName, const QString &actionTitle, QString *error)
{
    const QStringList rules = rulesCausedBy(actionName);
    if (rules.isEmpty() || cluster.isEmpty())
        return;
    Silence silence;
    silence.cluster = cluster;
    silence.rules = rules;
    silence.from = QDateTime::currentDateTimeUtc();
    silence.until = silence.from.addSecs(kStepWindowSeconds);
    silence.reason = QCoreApplication::translate("PlannedSilence", "planned: %1").arg(actionTitle);
    silence.byAction = true;
    if (auto stored = m_store.add(silence, error)) {
        m_silence = *stored;
        m_lastKeptAlive = silence.from;
    }
}

PlannedSilence::~PlannedSilence()
{
    if (isActive())
        m_store.setUntil(m_silence.id, QDateTime::currentDateTimeUtc().addSecs(kGraceSeconds), nullptr);
}

void PlannedSilence::keepAlive()
{
    if (!isActive())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastKeptAlive.secsTo(now) < kRenewAfterSeconds)
        return;
    if (m_store.setUntil(m_silence.id, now.addSecs(kStepWindowSeconds), nullptr))
        m_lastKeptAlive = now;
}

} // namespace pgv
