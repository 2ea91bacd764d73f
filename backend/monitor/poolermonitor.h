// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/actionlock.h"
#include "nodeprober.h"
#include "pooler/poolerstatus.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QTimer;

namespace pgv {

/// One round of the pooler monitor: every pooler as last read, and whether an action held the cluster's lock then
/// (a pause is that action's, not one left behind).
struct PoolerReading
{
    QList<PoolerStatus> poolers;
    bool actionRunning = false;
};

/// Polls a cluster's poolers on the thread it lives on, beside the node monitors and with their deadlines: every
/// pooler at once (each within the connect and query timeouts), the next round when the last has ended. A pooler
/// that does not answer backs off as a node does (interval, 2×, 4×… up to maxBackoffMs) and keeps its last
/// failure in the rounds it sits out.
class PoolerMonitor : public QObject
{
    Q_OBJECT
public:
    PoolerMonitor(QList<PoolerEndpoint> poolers, const ProbeSettings &settings, LockScope lock, QObject *parent = nullptr);

    /// Starts polling; call it on the monitor's own thread (QMetaObject::invokeMethod).
    void start();
    void pollNow();

Q_SIGNALS:
    void polled(const pgv::PoolerReading &reading);

private:
    void poll();

    QList<PoolerEndpoint> m_poolers;
    ProbeSettings m_settings;
    LockScope m_lock;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    QHash<QString, PoolerStatus> m_latest;
    QHash<QString, int> m_failures;
    QHash<QString, qint64> m_dueAtMs;
};

} // namespace pgv

Q_DECLARE_METATYPE(pgv::PoolerReading)
