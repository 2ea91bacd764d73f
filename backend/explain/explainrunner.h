// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainrequest.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace pgv {

class PgCancelHandle;

/// Shared between a running EXPLAIN and whoever may cancel it.
class ExplainCancellation
{
public:
    /// Asks the server to stop the statement (blocking: opens a connection). Before the connection exists, the
    /// run stops right after connecting instead.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    void setHandle(std::shared_ptr<PgCancelHandle> handle);

private:
    std::atomic_bool m_cancelled = false;
    std::mutex m_mutex;
    std::shared_ptr<PgCancelHandle> m_handle;
};

/// Runs one EXPLAIN to completion on the calling thread: connects, sets statement_timeout, runs the statement
/// inside a transaction that is always rolled back (ANALYZE executes it: its writes must not stay), reads and
/// analyses the plan. For pgversectl and worker threads; never call it on the GUI thread.
ExplainOutcome runExplain(const ExplainRequest &request, ExplainCancellation *cancellation);

class BackgroundWork;

/// Runs EXPLAINs off the GUI thread, one at a time, and reports each outcome by signal.
class ExplainRunner : public QObject
{
    Q_OBJECT
public:
    explicit ExplainRunner(QObject *parent = nullptr);
    ~ExplainRunner() override;

    /// Starts \a request; false when one is still running.
    bool start(const ExplainRequest &request);
    /// Cancels the running EXPLAIN on the server (the cancel request itself runs off the GUI thread).
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void started();
    void cancelling();
    void finished(const pgv::ExplainOutcome &outcome);

private:
    QThreadPool m_cancelPool;
    BackgroundWork *m_work;
    BackgroundWork *m_cancelWork;
    std::shared_ptr<ExplainCancellation> m_cancellation;
};

} // namespace pgv
