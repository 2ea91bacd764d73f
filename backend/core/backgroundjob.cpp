// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundjob.h"
#include "backgroundwork.h"

namespace pgv {

namespace {
struct Outcome
{
    bool ok = false;
    QString error;
};
} // namespace

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
    , m_work(new BackgroundWork(this))
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    waitForFinished();
}

bool BackgroundJob::isRunning() const
{
    return m_work->isRunning();
}

bool BackgroundJob::start(const QString &title, Work work)
{
    if (isRunning())
        return false;
    m_title = title;
    // Progress is emitted from the worker thread; Qt queues it to the receivers' threads. The job outlives its work
    // (its destructor waits), so the worker may use it.
    Report report = [this](const QString &step) { Q_EMIT progress(step); };
    m_work->run(
        [work = std::move(work), report](const CancelToken &token) {
            Outcome outcome;
            outcome.ok = work(report, token.flag(), &outcome.error);
            return outcome;
        },
        [this](const Outcome &outcome) { Q_EMIT finished(outcome.ok, outcome.error); });
    return true;
}

void BackgroundJob::cancel()
{
    // Interrupted, not dropped: the outcome ("cancelled") still arrives, and a dialog waits for it to close.
    m_work->interrupt();
}

void BackgroundJob::waitForFinished()
{
    m_work->waitForFinished();
}

} // namespace pgv
