// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodeprober.h"

#include <QObject>

class QTimer;

namespace pgv {

/// Polls one node on the thread it lives on. Polls never overlap: the next one is scheduled when the last ends,
/// and failures back off (interval, 2×, 4×… up to maxBackoffMs) so a dead node is not hammered.
class NodeMonitor : public QObject
{
    Q_OBJECT
public:
    NodeMonitor(NodeEndpoint endpoint, const ProbeSettings &settings, QObject *parent = nullptr);

    /// Starts polling; call it on the monitor's own thread (QMetaObject::invokeMethod).
    void start();
    /// Polls as soon as the current poll, if any, has ended.
    void pollNow();

Q_SIGNALS:
    void probed(const pgv::NodeProbe &probe);

private:
    void poll();

    NodeProber m_prober;
    ProbeSettings m_settings;
    QTimer *m_timer = nullptr;
    int m_consecutiveFailures = 0;
};

} // namespace pgv
