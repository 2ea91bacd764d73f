// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <atomic>
#include <functional>

namespace pgv {

class BackgroundWork;

/// One blocking task with a title, progress and cancel (creating a lab, saving a file…), for a dialog or a status
/// bar: BackgroundWork underneath, with its result as a signal. The job must outlive its work: destroying it
/// cancels and waits.
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
    bool isRunning() const;
    const QString &title() const { return m_title; }
    /// Blocks until the work has ended; for shutdown and tests, never for the GUI's normal flow.
    void waitForFinished();

Q_SIGNALS:
    void progress(const QString &step);
    void finished(bool ok, const QString &error);

private:
    BackgroundWork *m_work;
    QString m_title;
};

} // namespace pgv
