// SPDX-License-Identifier: GPL-3.0-or-later
#include "sequencewriter.h"

#include "pg/pgsession.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace pgv::test {

SequenceWriter::SequenceWriter(QString conninfo, qint64 first)
    : m_conninfo(std::move(conninfo))
    , m_first(first)
{
}

SequenceWriter::SequenceWriter(QString conninfo, qint64 first, QString insert)
    : m_conninfo(std::move(conninfo))
    , m_first(first)
    , m_insert(std::move(insert))
{
}

SequenceWriter::~SequenceWriter()
{
    stop();
}

void SequenceWriter::start()
{
    m_stop = false;
    m_thread = std::thread([this] { run(); });
}

void SequenceWriter::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

std::vector<qint64> SequenceWriter::committed() const
{
    QMutexLocker lock(&m_mutex);
    return m_committed;
}

qint64 SequenceWriter::longestGapMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_longestGapMs;
}

void SequenceWriter::run()
{
    const auto info = ConnInfo::parse(m_conninfo);
    PgSession session;
    QElapsedTimer clock;
    clock.start();
    qint64 lastCommitMs = -1;
    qint64 next = m_first;
    while (!m_stop) {
        PgError error;
        if (!session.isOpen() && !session.open(*info, {}, QDeadlineTimer(2000), &error)) {
            QThread::msleep(5);
            continue;
        }
        const qint64 n = next++; // never reused: a failed attempt may still have committed
        if (!session.exec(m_insert.arg(n), QDeadlineTimer(10000), &error)) {
            ++m_failures;
            session.close();
            continue;
        }
        const qint64 now = clock.elapsed();
        QMutexLocker lock(&m_mutex);
        m_committed.push_back(n);
        if (lastCommitMs >= 0)
            m_longestGapMs = std::max(m_longestGapMs, now - lastCommitMs);
        lastCommitMs = now;
    }
}

} // namespace pgv::test
