// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"

namespace pgv {

BackgroundWork::BackgroundWork(QObject *receiver, Delivery delivery, QThreadPool *pool)
    : QObject(receiver)
    , m_delivery(delivery)
    , m_pool(pool ? pool : QThreadPool::globalInstance())
{
}

BackgroundWork::~BackgroundWork()
{
    m_token.cancel();
}

CancelToken BackgroundWork::supersede()
{
    interrupt();
    ++m_generation;
    return m_token;
}

void BackgroundWork::cancel()
{
    supersede();
}

void BackgroundWork::interrupt()
{
    m_token.cancel();
    m_token = CancelToken();
}

void BackgroundWork::started(quint64 run, const QFuture<void> &future)
{
    const bool wasRunning = isRunning();
    m_running.append({run, future});
    if (!wasRunning)
        Q_EMIT runningChanged(true);
}

void BackgroundWork::ended(quint64 run)
{
    m_running.removeIf([&](const Running &running) { return running.run == run; });
    if (!isRunning())
        Q_EMIT runningChanged(false);
}

void BackgroundWork::waitForFinished()
{
    // A copy: waiting does not deliver (that takes the event loop), so nothing changes the list meanwhile.
    const QList<Running> running = m_running;
    for (const Running &entry : running) {
        QFuture<void> future = entry.future; // waitForFinished() is not const
        future.waitForFinished();
    }
}

QThreadPool *nodeReadPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        created->setMaxThreadCount(24);
        return created;
    }();
    return pool;
}

} // namespace pgv
