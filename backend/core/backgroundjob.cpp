// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace pgv {

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        Q_EMIT finished(outcome.ok, outcome.error);
    });
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    waitForFinished();
}

bool BackgroundJob::start(const QString &title, Work work)
{
    if (isRunning())
        return false;
    m_title = title;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // Progress is emitted from the worker thread; Qt queues it to the receivers' threads.
    Report report = [this](const QString &step) { Q_EMIT progress(step); };
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), report, cancel = m_cancel] {
        Outcome outcome;
        outcome.ok = work(report, cancel.get(), &outcome.error);
        return outcome;
    }));
    return true;
}

void BackgroundJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BackgroundJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace pgv
