// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "conninfo.h"

#include <QDeadlineTimer>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

struct pg_conn;
struct pg_cancel;

namespace pgv {

struct PgError
{
    /// Rejected: the server is alive and answered the connection attempt with an error ("too many clients",
    /// authentication failed, shutting down…): never evidence that it is gone.
    enum class Kind { None, ConnectFailed, TimedOut, QueryFailed, ConnectionLost, Interrupted, Rejected };
    Kind kind = Kind::None;
    QString message;
    QString sqlState;
    /// Where in the statement the server located the error: a 1-based character index, 0 when it gave none.
    int statementPosition = 0;

    explicit operator bool() const { return kind != Kind::None; }
};

/// Classifies a failed connection attempt from libpq's message. A live server sends its refusal as an error
/// message that libpq quotes after its severity ("FATAL:  sorry, too many clients already"); libpq offers no
/// SQLSTATE for connection failures, so the few refusals that matter get the SQLSTATE the server sent with them
/// (53300 too many connections, 57P03 cannot connect now, 28P01/28000 authentication), others none.
/// Returns Kind::Rejected with that state, or Kind::ConnectFailed when nothing answered.
PgError classifyConnectFailure(const QString &libpqMessage);

struct QueryResult
{
    QStringList columns;
    QList<QList<std::optional<QString>>> rows;
    /// Rows the last statement inserted, updated or deleted (libpq's PQcmdTuples), -1 when it says nothing.
    qint64 affectedRows = -1;

    /// The first column of the first row, or nothing when it is NULL or missing.
    std::optional<QString> scalar() const;
};

/// Asks the server to stop the query a session is running. Made by the session's thread; cancel() may then be
/// called from any other thread while that session waits (it opens a short connection of its own, so never
/// call it on the GUI thread).
class PgCancelHandle
{
public:
    explicit PgCancelHandle(pg_cancel *cancel) : m_cancel(cancel) {}
    ~PgCancelHandle();
    PgCancelHandle(const PgCancelHandle &) = delete;
    PgCancelHandle &operator=(const PgCancelHandle &) = delete;

    bool cancel(QString *error) const;

private:
    pg_cancel *m_cancel;
};

/// One libpq connection driven through libpq's asynchronous API, so that every wait has a deadline:
/// a hung or SIGSTOPped server costs at most the deadline, never a stuck thread.
/// Used from one thread at a time. Waiting stops early when that thread's interruption is requested.
class PgSession
{
public:
    PgSession();
    ~PgSession();
    PgSession(const PgSession &) = delete;
    PgSession &operator=(const PgSession &) = delete;

    /// Opens a connection. The password travels as its own parameter, never inside a string that could be logged.
    bool open(const ConnInfo &info, const QString &password, QDeadlineTimer deadline, PgError *error);
    bool isOpen() const { return m_conn != nullptr; }
    void close();

    /// Runs \a sql (one or more statements in one round trip) and returns the last statement's rows.
    /// On a timeout or a lost connection the session is closed, so the caller simply opens a new one.
    std::optional<QueryResult> exec(const QString &sql, QDeadlineTimer deadline, PgError *error);
    /// Prepares \a sql as statement \a name on this connection (one round trip).
    bool prepare(const QByteArray &name, const QString &sql, QDeadlineTimer deadline, PgError *error);
    /// Runs a statement prepared without parameters: one round trip, no parsing or planning on the server.
    std::optional<QueryResult> execPrepared(const QByteArray &name, QDeadlineTimer deadline, PgError *error);

    /// 'text' quoted by libpq for this connection's encoding; empty when not connected.
    QString quoteLiteral(const QString &text) const;
    /// "name" quoted by libpq as an SQL identifier.
    QString quoteIdentifier(const QString &name) const;

    /// A handle to cancel this connection's running query from another thread; null when not connected.
    std::shared_ptr<PgCancelHandle> cancelHandle() const;

    /// The server this session is connected to, as libpq resolved it.
    QString host() const;
    /// The database this session is connected to, as libpq resolved it (the user name when none was given).
    QString database() const;
    int port() const;
    int serverVersion() const;
    /// Whether the session's role is a superuser, as the server reported when the connection started (no round trip).
    bool isSuperuser() const;

private:
    enum class WaitResult { Ready, TimedOut, Interrupted };
    WaitResult waitForSocket(bool forWrite, QDeadlineTimer deadline) const;
    QString lastErrorMessage() const;
    /// Sends with \a send (a PQsend* call), then waits for and collects every result before \a deadline.
    std::optional<QueryResult> roundTrip(const std::function<int(pg_conn *)> &send, QDeadlineTimer deadline, PgError *error);

    pg_conn *m_conn = nullptr;
};

} // namespace pgv
