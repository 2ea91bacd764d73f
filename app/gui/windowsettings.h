// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QThreadPool>

class QMainWindow;

namespace pgv {

class BackgroundWork;

/// The window's own settings (pgverse.ini beside profiles.ini, owner-only): its layout and the last cluster opened.
/// Writes go to a one-thread pool, in the order they are made, never on the GUI thread; only closing waits for them.
class WindowSettings : public QObject
{
    Q_OBJECT
public:
    explicit WindowSettings(QObject *parent = nullptr);
    ~WindowSettings() override;

    /// Reads the layout into \a window (once, at start-up).
    void restoreLayout(QMainWindow *window) const;
    QString lastProfile() const;
    void setLastProfile(const QString &name);
    /// Queues \a window's layout after what is queued, and waits for all of it (the window is closing).
    void saveLayoutAndWait(const QMainWindow *window);

private:
    QThreadPool m_pool;
    BackgroundWork *m_work;
};

} // namespace pgv
