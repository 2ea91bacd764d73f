// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "silence.h"

#include <QObject>

class QTimer;

namespace pgv {

class BackgroundWork;

/// Keeps the silences in effect up to date off the calling thread: reads the shared SilenceStore every few
/// seconds (pgversectl, another window or an action may have changed it) and after each change made here.
class SilenceWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SilenceWatcher(QObject *parent = nullptr, int intervalMs = 2000);

    void setFilePath(const QString &path);
    void start();
    /// Reads the store again now.
    void refresh();
    const QList<Silence> &silences() const { return m_silences; }
    const QString &lastError() const { return m_error; }

    /// Adds or ends a silence off this thread, then reads the store again; \a done gets the error (empty: done).
    void add(const Silence &silence, const std::function<void(const QString &error)> &done = {});
    void end(const QString &id, const std::function<void(const QString &error)> &done = {});

Q_SIGNALS:
    void silencesChanged(const QList<pgv::Silence> &silences);

private:
    void apply(const QList<Silence> &silences, const QString &error);

    QString m_filePath;
    QTimer *m_timer;
    BackgroundWork *m_reads;
    BackgroundWork *m_writes;
    QList<Silence> m_silences;
    QString m_error;
    bool m_known = false;
};

} // namespace pgv
