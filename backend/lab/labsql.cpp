// SPDX-License-Identifier: GPL-3.0-or-later
#include "labsql.h"

#include "pg/conninfo.h"

#include <QCoreApplication>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// Shuts a connection's socket down when the deadline passes while statements still run: libpq then returns from
/// its blocking wait with a lost connection instead of waiting for a server that does not answer. shutdown() leaves
/// the descriptor open, so libpq never reads a number the kernel has given to another file.
class SocketDeadline
{
public:
    SocketDeadline(int socket, QDeadlineTimer deadline)
        : m_thread([this, socket, deadline](const std::stop_token &stop) {
            std::unique_lock lock(m_mutex);
            const bool stopped = m_wake.wait_until(lock, stop, deadline.deadline<std::chrono::steady_clock>(), [] { return false; })
                                 || stop.stop_requested();
            if (!stopped) {
                m_fired = true;
                ::shutdown(socket, SHUT_RDWR);
            }
        })
    {
    }
    ~SocketDeadline()
    {
        m_thread.request_stop();
        m_thread.join();
    }
    SocketDeadline(const SocketDeadline &) = delete;
    SocketDeadline &operator=(const SocketDeadline &) = delete;

    bool fired() const { return m_fired; }

private:
    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::atomic_bool m_fired = false;
    std::jthread m_thread; // last: it starts once the members it uses exist
};

} // namespace

bool runLabSql(const LabManifest &lab, const LabNode &node, const QString &database,
               const std::function<void(pqxx::nontransaction &)> &statements, QString *error, QDeadlineTimer deadline)
{
    const qint64 budgetMs = deadline.isForever() ? qint64(kLabSqlDeadlineMs) : std::max<qint64>(deadline.remainingTime(), 0);
    bool timedOut = false;
    try {
        auto info = ConnInfo::parse(lab.conninfo(node));
        info->set(u"dbname"_s, database);
        // libpq counts connect_timeout in whole seconds, at least 2; the deadline below covers what it leaves.
        info->set(u"connect_timeout"_s, QString::number(std::clamp<qint64>((budgetMs + 999) / 1000, 2, 10)));
        info->set(u"target_session_attrs"_s, u"any"_s);
        info->set(u"application_name"_s, u"pgverse-lab"_s);
        pqxx::connection connection(info->toDisplayString().toStdString());
        SocketDeadline watchdog(connection.sock(), deadline);
        try {
            pqxx::nontransaction transaction(connection);
            statements(transaction);
        } catch (const std::exception &) {
            timedOut = watchdog.fired();
            throw;
        }
        return true;
    } catch (const std::exception &e) {
        if (error) {
            *error = timedOut || deadline.hasExpired()
                         ? QCoreApplication::translate("pgv::Lab", "%1 did not answer within %2 s: it is hung or overloaded (see pgversectl lab status)")
                               .arg(node.name, QString::number(double(budgetMs) / 1000.0, 'f', 1))
                         : QCoreApplication::translate("pgv::Lab", "SQL on %1 failed: %2").arg(node.name, QString::fromUtf8(e.what()).trimmed());
        }
        return false;
    }
}

} // namespace pgv
