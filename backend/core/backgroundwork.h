// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

namespace pgv {

/// Set when the result of a piece of background work is no longer wanted: a newer run superseded it, someone
/// cancelled it, or its receiver is gone. Long work looks at it between steps and returns early.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic_bool>(false)) {}
    bool isCancelled() const { return m_flag->load(); }
    void cancel() const { m_flag->store(true); }
    /// For code that takes a plain flag.
    const std::atomic_bool *flag() const { return m_flag.get(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

/// The pool for reads that each ask a set of nodes at once (the Sessions and Logical replication pages): each read
/// takes a thread and its nodes one more each, so a hung node holds its own thread and never a neighbour's, and
/// reads never wait behind the global pool's other work (two threads on a two-core machine). Never destroyed: a
/// pool's destructor waits for its work, and a read of a hung node would hold the window's closing for its deadline.
QThreadPool *nodeReadPool();

/// The one way to run blocking work (a query, a process, a file) off the GUI thread.
///
/// run() starts the work on a thread pool and hands its result to `deliver` on this object's thread. A result is
/// delivered only while it is the newest: a later run() or cancel() drops it (and cancels its token), and nothing
/// is delivered once this object — a child of the receiver — is gone with it. Work gets the result by value and
/// must capture what it needs by value too, never the receiver: it may outlive it.
///
///     m_statsWork->run([endpoint] { return fetchStatementStats(endpoint); },
///                      [this](const StatementStatsResult &result) { show(result); });
///
/// Work may take a `const CancelToken &` to stop early. Independent kinds of work (a list and a detail) each get
/// a BackgroundWork of their own, so that one does not supersede the other; requests that all count until the
/// context changes (RLS tests against one database) use EveryResult and call cancel() when it changes.
class BackgroundWork : public QObject
{
    Q_OBJECT
public:
    enum Delivery {
        NewestResult, ///< a run supersedes the one before it
        EveryResult,  ///< every run is delivered, until cancel()
    };
    explicit BackgroundWork(QObject *receiver, Delivery delivery = NewestResult, QThreadPool *pool = nullptr);
    /// Cancels the work still running; it goes on to its end on the pool (it owns what it uses), unseen.
    ~BackgroundWork() override;

    template <typename Work, typename Deliver>
    void run(Work work, Deliver deliver);
    /// Starts work whose end nobody waits for (a result to drop, a cleanup): same pool, same cancellation.
    template <typename Work>
    void run(Work work)
    {
        run(std::move(work), [](auto &&...) {});
    }

    /// Drops the results of the work running now and cancels its token.
    void cancel();
    /// Cancels the running work's token but still delivers what it returns (say, "cancelled after step 3"); work
    /// started afterwards gets a fresh token.
    void interrupt();
    /// Some work started here has not ended yet (including superseded work).
    bool isRunning() const { return !m_running.isEmpty(); }
    int runningCount() const { return int(m_running.size()); }
    /// Blocks until every piece of work started here has ended; for shutdown and tests, never the GUI's flow.
    void waitForFinished();

Q_SIGNALS:
    /// isRunning() changed: for a busy indicator.
    void runningChanged(bool running);

private:
    template <typename Work>
    static auto invoke(Work &work, const CancelToken &token)
    {
        if constexpr (std::is_invocable_v<Work &, const CancelToken &>)
            return work(token);
        else
            return work();
    }
    /// Cancels the current token and makes a new one: the next run's.
    CancelToken supersede();
    void started(quint64 run, const QFuture<void> &future);
    void ended(quint64 run);

    struct Running
    {
        quint64 run;
        QFuture<void> future;
    };
    Delivery m_delivery;
    QThreadPool *m_pool;
    CancelToken m_token;
    quint64 m_generation = 0; ///< results of this generation are delivered
    quint64 m_lastRun = 0;
    QList<Running> m_running;
};

template <typename Work, typename Deliver>
void BackgroundWork::run(Work work, Deliver deliver)
{
    const CancelToken token = m_delivery == NewestResult ? supersede() : m_token;
    const quint64 generation = m_generation;
    const quint64 id = ++m_lastRun;
    using Result = decltype(invoke(work, token));
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, id, deliver = std::move(deliver)]() mutable {
        watcher->deleteLater();
        ended(id);
        if (generation != m_generation || watcher->future().isCanceled())
            return;
        if constexpr (std::is_void_v<Result>)
            deliver();
        else
            deliver(watcher->result());
    });
    const QFuture<Result> future = QtConcurrent::run(m_pool, [work = std::move(work), token]() mutable { return invoke(work, token); });
    watcher->setFuture(future);
    started(id, QFuture<void>(future));
}

} // namespace pgv
