// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QThreadPool>

class QMainWindow;

namespace pgv {

class BackgroundWork;

/// The window's own settings (pgverse.ini beside profiles.ini, owner-only): its layout and the last cluster opened.
/// Read once on a one-thread pool as soon as this exists, written there in the order writes are made: the GUI
/// thread never touches the file (a home folder on a hung network share must not freeze the window). Only closing
/// waits for the writes.
class WindowSettings : public QObject
{
    Q_OBJECT
public:
    explicit WindowSettings(QObject *parent = nullptr);
    ~WindowSettings() override;

    /// The file has been read (loaded() was emitted).
    bool isLoaded() const { return m_loaded; }
    /// Puts the stored layout on \a window; call it once loaded.
    void restoreLayout(QMainWindow *window) const;
    /// The last cluster opened, once loaded (empty before).
    QString lastProfile() const { return m_lastProfile; }
    void setLastProfile(const QString &name);
    /// Queues \a window's layout after what is queued, and waits for all of it (the window is closing).
    void saveLayoutAndWait(const QMainWindow *window);

Q_SIGNALS:
    void loaded();

private:
    QThreadPool m_pool;
    BackgroundWork *m_work;
    bool m_loaded = false;
    QByteArray m_geometry;
    QByteArray m_state;
    QString m_lastProfile;
    bool m_lastProfileChanged = false;
};

} // namespace pgv
