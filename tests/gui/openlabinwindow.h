// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"

#include <QSignalSpy>
#include <QTest>

namespace pgv::test {

/// Opens the lab in `dir` as the window's current cluster and waits until it is (the manifest and the profiles are
/// read on a worker); false with the reason when it is not.
inline bool openLabInWindow(MainWindow &window, const QString &dir, QString *error)
{
    QSignalSpy opened(&window, &MainWindow::labOpened);
    window.openLab(dir);
    if (!opened.wait(15000)) {
        *error = QStringLiteral("the lab in %1 was not open after 15 s").arg(dir);
        return false;
    }
    *error = opened.first().at(1).toString();
    return opened.first().at(0).toBool();
}

/// Shows the window, opens the lab in `dir` in it and waits for the first complete topology: how most GUI tests and
/// benchmarks begin. False with the reason when any of it does not happen.
inline bool showLabInWindow(MainWindow &window, const QString &dir, QString *error)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        *error = QStringLiteral("the window was not shown");
        return false;
    }
    QSignalSpy populated(&window, &MainWindow::topologyPopulated);
    if (!openLabInWindow(window, dir, error))
        return false;
    if (populated.isEmpty() && !populated.wait(20000)) {
        *error = QStringLiteral("the lab in %1 was open but its topology was not complete after 20 s").arg(dir);
        return false;
    }
    return true;
}

} // namespace pgv::test
