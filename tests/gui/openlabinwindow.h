// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow.h"

#include <QSignalSpy>

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

} // namespace pgv::test
