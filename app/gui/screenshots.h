// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pgv {

class MainWindow;

/// Once the topology is populated (or after 10 s) and \a delayMs more, writes main-window.png, topology.png,
/// node-details.png, problems.png, lag.png, lag-chart.png, alerts.png, profile-dialog.png and lab-dialog.png into
/// \a dir, then quits. Used for the README and for review.
void takeScreenshotsWhenReady(MainWindow *window, const QString &dir, int delayMs = 400);

/// "peak-rss-kb N" from /proc/self/status (VmHWM).
QByteArray peakRssLine();

} // namespace pgv
