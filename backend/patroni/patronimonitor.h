// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "patroniclient.h"
#include "patronicluster.h"

#include <QMetaType>
#include <QObject>

class QTimer;

namespace pgv {

/// Polls GET /cluster on the thread it lives on, so a slow REST API never holds up the GUI or the SQL probes.
class PatroniMonitor : public QObject
{
    Q_OBJECT
public:
    PatroniMonitor(PatroniEndpoint endpoint, int intervalMs, QObject *parent = nullptr);
    void start(); // on the monitor's own thread

Q_SIGNALS:
    void polled(const pgv::PatroniStatus &status);

private:
    void poll();

    PatroniEndpoint m_endpoint;
    int m_intervalMs;
    QTimer *m_timer = nullptr;
};

} // namespace pgv

Q_DECLARE_METATYPE(pgv::PatroniStatus)
