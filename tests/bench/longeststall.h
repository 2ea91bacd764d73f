// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>

namespace pgv::test {

/// The longest gap between ticks of a 2 ms timer on this thread during \a ms, in milliseconds: how long the GUI
/// thread was kept from its event loop at worst.
inline double longestStall(int ms)
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, now - last);
        last = now;
    });
    last = clock.nsecsElapsed();
    ticker.start(2);
    QTest::qWait(ms);
    return double(worst) / 1e6;
}

} // namespace pgv::test
