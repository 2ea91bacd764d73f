// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QString>

#include <atomic>
#include <thread>
#include <vector>

namespace pgv::test {

/// A client that inserts 1, 2, 3… into seq(n), one transaction each, through a multi-host connection string with
/// target_session_attrs=read-write, reconnecting by itself when the primary goes away — as an application would.
/// It records every number whose COMMIT was acknowledged, and the longest time between two acknowledged commits.
class SequenceWriter
{
public:
    /// Numbers start at \a first, so several writers (or runs) can share one table.
    explicit SequenceWriter(QString conninfo, qint64 first = 1);
    /// Writes with \a insert instead, "%1" standing for the number (the lab's orders table, for its subscriber).
    SequenceWriter(QString conninfo, qint64 first, QString insert);
    ~SequenceWriter();

    void start();
    void stop();
    std::vector<qint64> committed() const;
    qint64 longestGapMs() const;
    int failedAttempts() const { return m_failures; }

private:
    void run();

    QString m_conninfo;
    qint64 m_first;
    QString m_insert = QStringLiteral("INSERT INTO seq (n) VALUES (%1)");
    std::thread m_thread;
    std::atomic_bool m_stop{false};
    std::atomic_int m_failures{0};
    mutable QMutex m_mutex;
    std::vector<qint64> m_committed;
    qint64 m_longestGapMs = 0;
};

} // namespace pgv::test
