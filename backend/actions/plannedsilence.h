// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alerts/silence.h"

#include <QDateTime>

namespace pgv {

/// The silence a running action puts on the alerts it causes itself (a switchover stops the primary: "node down"
/// and "no primary" for a few seconds are the plan, not news). Set when the action starts, pushed forward at each
/// step, and ended a grace period after the action (standbys reconnect and catch up). If the process dies, the
/// silence runs out on its own a few minutes after its last step began: a real fault is never hidden for long.
class PlannedSilence
{
public:
    /// Silences the rules \a actionName causes on \a cluster, if any; \a error gets why it could not.
    PlannedSilence(const QString &cluster, const QString &actionName, const QString &actionTitle, QString *error);
    ~PlannedSilence();
    PlannedSilence(const PlannedSilence &) = delete;
    PlannedSilence &operator=(const PlannedSilence &) = delete;

    /// A step started or ended: the action is alive, keep the silence.
    void keepAlive();
    bool isActive() const { return !m_silence.id.isEmpty(); }

    /// The rules an action of this name causes while it runs (empty: none; a backup causes none).
    static QStringList rulesCausedBy(const QString &actionName);

private:
    SilenceStore m_store;
    Silence m_silence;
    QDateTime m_lastKeptAlive;
};

} // namespace pgv
