// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace pgv {

/// Runs one blocking piece of work (creating a lab, stopping servers…) on Qt's thread pool and reports back by
/// signal on the thread that owns the job. The job must outlive its work: destroying it cancels and waits.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    using Report = std::function<void(const QString &step)>;
    using Work = std::function<bool(const Report &report, const std::atomic_bool *cancel, QString *error)>;

    explicit BackgroundJob(QObject *parent = nullptr);
    ~BackgroundJob() override;

    /// Starts \a work unless a previous one still runs (then returns false).
    bool start(const QString &title, Work work);
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }
    const QString &title() const { return m_title; }
    /// Blocks until the work has ended; for shutdown and tests, never for the GUI's normal flow.
    void waitForFinished();

Q_SIGNALS:
    void progress(const QString &step);
    void finished(bool ok, const QString &error);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_title;
};

} // namespace pgv
