// SPDX-License-Identifier: GPL-3.0-or-later
#include "watchloop.h"

#include "cliio.h"
#include "monitor/clustermonitor.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace pgv::cli {

namespace {
std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}
} // namespace

void stopOnInterrupt()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

bool interrupted()
{
    return g_interrupted;
}

int runWatchLoop(ClusterMonitor &monitor, int intervalMs, const std::function<int(const TopologySnapshot &)> &print)
{
    stopOnInterrupt();
    QEventLoop loop;
    int exitCode = ExitUsageOrConnect;
    bool pending = false;
    QElapsedTimer sincePrint;

    QTimer ticker;
    ticker.setInterval(100);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        if (g_interrupted) {
            loop.quit();
            return;
        }
        if (pending && (!sincePrint.isValid() || sincePrint.elapsed() >= intervalMs)) {
            pending = false;
            sincePrint.start();
            exitCode = print(monitor.snapshot());
        }
    });
    QObject::connect(&monitor, &ClusterMonitor::topologyChanged, &loop, [&](const SnapshotPtr &snapshot) {
        if (snapshot->complete)
            pending = true;
    });
    ticker.start();
    monitor.start();
    loop.exec();
    monitor.stop();
    return exitCode;
}

} // namespace pgv::cli
