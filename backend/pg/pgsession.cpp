// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgsession.h"

#include "core/commandtranscript.h"

#include <QThread>
#include <algorithm>
#include <libpq-fe.h>
#include <poll.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
// Short enough that a thread asked to stop does so promptly, long enough to cost nothing while idle.
constexpr int kWaitSliceMs = 50;

void setError(PgError *error, PgError::Kind kind, const QString &message, const QString &sqlState = {})
{
    if (error)
        *error = PgError{kind, message, sqlState};
}
} // namespace

PgError classifyConnectFailure(const QString &libpqMessage)
{
    // Severity words as the server sends them (lc_messages C, the lab's and most servers' setting).
    static const QStringList serverSeverities{u"FATAL:"_s, u"PANIC:"_s, u"ERROR:"_s};
    const bool answered = std::any_of(serverSeverities.cbegin(), serverSeverities.cend(),
                                      [&](const QString &severity) { return libpqMessage.contains(severity); });
    if (!answered)
        return PgError{PgError::Kind::ConnectFailed, libpqMessage, {}};
    struct Known
    {
        const char16_t *phrase;
        const char *sqlState;
    };
    static constexpr Known known[] = {
        {u"too many clients already", "53300"},
        {u"remaining connection slots are reserved", "53300"},
        {u"too many connections for role", "53300"},
        {u"too many connections for database", "53300"},
        {u"the database system is starting up", "57P03"},
        {u"the database system is shutting down", "57P03"},
        {u"the database system is in recovery mode", "57P03"},
        {u"the database system is not yet accepting connections", "57P03"},
        {u"the database system is not accepting connections", "57P03"},
        {u"password authentication failed", "28P01"},
        {u"no pg_hba.conf entry", "28000"},
    };
    for (const Known &entry : known) {
        if (libpqMessage.contains(QStringView(entry.phrase)))
            return PgError{PgError::Kind::Rejected, libpqMessage, QString::fromLatin1(entry.sqlState)};
    }
    return PgError{PgError::Kind::Rejected, libpqMessage, {}};
}

std::optional<QString> QueryResult::scalar() const
{
    if (rows.isEmpty() || rows.first().isEmpty())
        return std::nullopt;
    return rows.first().first();
}

PgSession::PgSession() = default;

PgSession::~PgSession()
{
    close();
}

void PgSession::close()
{
    if (m_conn) {
        PQfinish(m_conn);
        m_conn = nullptr;
    }
}

QString PgSession::lastErrorMessage() const
{
    // libpq spreads one message over indented lines; shown in a table or a card it reads better as one line.
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).simplified() : QString();
}

PgSession::WaitResult PgSession::waitForSocket(bool forWrite, QDeadlineTimer deadline) const
{
    for (;;) {
        if (QThread::currentThread()->isInterruptionRequested())
            return WaitResult::Interrupted;
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0)
            return WaitResult::TimedOut;
        pollfd fd{PQsocket(m_conn), static_cast<short>(forWrite ? POLLOUT : POLLIN), 0};
        const int slice = remaining < 0 ? kWaitSliceMs : static_cast<int>(std::min<qint64>(remaining, kWaitSliceMs));
        const int ready = ::poll(&fd, 1, slice);
        if (ready > 0 || (ready < 0 && errno != EINTR))
            return WaitResult::Ready; // errors surface through libpq on the next call
    }
}

bool PgSession::open(const ConnInfo &info, const QString &password, QDeadlineTimer deadline, PgError *error)
{
    close();
    std::vector<QByteArray> storage;
    for (const auto &[key, value] : info.entries()) {
        if (key == u"password" && !password.isEmpty())
            continue;
        storage.push_back(key.toUtf8());
        storage.push_back(value.toUtf8());
    }
    if (!password.isEmpty()) {
        storage.push_back(QByteArrayLiteral("password"));
        storage.push_back(password.toUtf8());
    }
    // Our parsing and display assume UTF-8 whatever the server's encoding.
    storage.push_back(QByteArrayLiteral("client_encoding"));
    storage.push_back(QByteArrayLiteral("UTF8"));

    std::vector<const char *> keywords;
    std::vector<const char *> values;
    for (std::size_t i = 0; i < storage.size(); i += 2) {
        keywords.push_back(storage[i].constData());
        values.push_back(storage[i + 1].constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);

    m_conn = PQconnectStartParams(keywords.data(), values.data(), 0);
    if (!m_conn) {
        setError(error, PgError::Kind::ConnectFailed, u"libpq could not allocate a connection"_s);
        return false;
    }
    // Server notices (a ROLLBACK outside a transaction, NOTICEs of user statements) are not ours to print on stderr.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) {}, nullptr);
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        setError(error, PgError::Kind::ConnectFailed, lastErrorMessage());
        close();
        return false;
    }
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK) {
        if (status == PGRES_POLLING_FAILED) {
            if (error)
                *error = classifyConnectFailure(lastErrorMessage());
            close();
            return false;
        }
        const WaitResult waited = waitForSocket(status == PGRES_POLLING_WRITING, deadline);
        if (waited != WaitResult::Ready) {
            const bool timedOut = waited == WaitResult::TimedOut;
            setError(error, timedOut ? PgError::Kind::TimedOut : PgError::Kind::Interrupted,
                     timedOut ? u"no answer from the server while connecting (timed out)"_s : u"connection attempt interrupted"_s);
            close();
            return false;
        }
        status = PQconnectPoll(m_conn);
    }
    if (PQsetnonblocking(m_conn, 1) != 0) {
        setError(error, PgError::Kind::ConnectFailed, lastErrorMessage());
        close();
        return false;
    }
    return true;
}

std::optional<QueryResult> PgSession::exec(const QString &sql, QDeadlineTimer deadline, PgError *error)
{
    const QByteArray text = sql.toUtf8();
    if (CommandTranscript::isRecording())
        CommandTranscript::sql(u"%1:%2"_s.arg(host()).arg(port()), sql);
    auto result = roundTrip([&](PGconn *conn) { return PQsendQuery(conn, text.constData()); }, deadline, error);
    if (!result && error && CommandTranscript::isRecording())
        CommandTranscript::note(u"    → "_s + error->message.simplified());
    return result;
}

bool PgSession::prepare(const QByteArray &name, const QString &sql, QDeadlineTimer deadline, PgError *error)
{
    const QByteArray text = sql.toUtf8();
    return roundTrip([&](PGconn *conn) { return PQsendPrepare(conn, name.constData(), text.constData(), 0, nullptr); }, deadline, error)
        .has_value();
}

std::optional<QueryResult> PgSession::execPrepared(const QByteArray &name, QDeadlineTimer deadline, PgError *error)
{
    return roundTrip([&](PGconn *conn) { return PQsendQueryPrepared(conn, name.constData(), 0, nullptr, nullptr, nullptr, 0); }, deadline,
                     error);
}

std::optional<QueryResult> PgSession::roundTrip(const std::function<int(pg_conn *)> &send, QDeadlineTimer deadline, PgError *error)
{
    if (!m_conn) {
        setError(error, PgError::Kind::ConnectionLost, u"not connected"_s);
        return std::nullopt;
    }
    auto fail = [&](PgError::Kind kind, const QString &message) -> std::optional<QueryResult> {
        setError(error, kind, message);
        close();
        return std::nullopt;
    };
    auto failWait = [&](WaitResult waited) {
        return waited == WaitResult::TimedOut ? fail(PgError::Kind::TimedOut, u"no answer from the server (query timed out)"_s)
                                              : fail(PgError::Kind::Interrupted, u"query interrupted"_s);
    };

    if (!send(m_conn))
        return fail(PgError::Kind::ConnectionLost, lastErrorMessage());
    for (;;) {
        const int flushed = PQflush(m_conn);
        if (flushed == 0)
            break;
        if (flushed < 0)
            return fail(PgError::Kind::ConnectionLost, lastErrorMessage());
        if (const WaitResult waited = waitForSocket(true, deadline); waited != WaitResult::Ready)
            return failWait(waited);
    }

    QueryResult result;
    PgError statementError;
    for (;;) {
        while (PQisBusy(m_conn)) {
            if (const WaitResult waited = waitForSocket(false, deadline); waited != WaitResult::Ready)
                return failWait(waited);
            if (!PQconsumeInput(m_conn))
                return fail(PgError::Kind::ConnectionLost, lastErrorMessage());
        }
        PGresult *res = PQgetResult(m_conn);
        if (!res)
            break;
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_TUPLES_OK) {
            result = {};
            const int columns = PQnfields(res);
            for (int c = 0; c < columns; ++c)
                result.columns << QString::fromUtf8(PQfname(res, c));
            const int rows = PQntuples(res);
            result.rows.reserve(rows);
            for (int r = 0; r < rows; ++r) {
                QList<std::optional<QString>> row;
                row.reserve(columns);
                for (int c = 0; c < columns; ++c) {
                    if (PQgetisnull(res, r, c))
                        row << std::nullopt;
                    else
                        row << QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c));
                }
                result.rows << row;
            }
        } else if (status == PGRES_COMMAND_OK) {
            const QByteArray tuples(PQcmdTuples(res));
            result.affectedRows = tuples.isEmpty() ? -1 : tuples.toLongLong();
        } else if (status != PGRES_EMPTY_QUERY && !statementError) {
            statementError = PgError{PgError::Kind::QueryFailed, QString::fromUtf8(PQresultErrorMessage(res)).simplified(),
                                     QString::fromUtf8(PQresultErrorField(res, PG_DIAG_SQLSTATE)),
                                     QByteArray(PQresultErrorField(res, PG_DIAG_STATEMENT_POSITION)).toInt()};
        }
        PQclear(res);
    }
    if (PQstatus(m_conn) == CONNECTION_BAD)
        return fail(PgError::Kind::ConnectionLost, lastErrorMessage());
    if (statementError) {
        if (error)
            *error = statementError;
        return std::nullopt;
    }
    return result;
}

QString PgSession::quoteLiteral(const QString &text) const
{
    if (!m_conn)
        return {};
    const QByteArray utf8 = text.toUtf8();
    char *quoted = PQescapeLiteral(m_conn, utf8.constData(), std::size_t(utf8.size()));
    const QString result = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return result;
}

QString PgSession::quoteIdentifier(const QString &name) const
{
    if (!m_conn)
        return {};
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), std::size_t(utf8.size()));
    const QString result = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return result;
}

QString PgSession::host() const
{
    return m_conn ? QString::fromUtf8(PQhost(m_conn)) : QString();
}

QString PgSession::database() const
{
    return m_conn ? QString::fromUtf8(PQdb(m_conn)) : QString();
}

int PgSession::port() const
{
    return m_conn ? QByteArray(PQport(m_conn)).toInt() : 0;
}

int PgSession::serverVersion() const
{
    return m_conn ? PQserverVersion(m_conn) : 0;
}

bool PgSession::isSuperuser() const
{
    const char *value = m_conn ? PQparameterStatus(m_conn, "is_superuser") : nullptr;
    return value && qstrcmp(value, "on") == 0;
}

std::shared_ptr<PgCancelHandle> PgSession::cancelHandle() const
{
    if (!m_conn)
        return {};
    pg_cancel *cancel = PQgetCancel(m_conn);
    return cancel ? std::make_shared<PgCancelHandle>(cancel) : nullptr;
}

PgCancelHandle::~PgCancelHandle()
{
    PQfreeCancel(m_cancel);
}

bool PgCancelHandle::cancel(QString *error) const
{
    char message[256] = {};
    if (PQcancel(m_cancel, message, int(sizeof message)) == 1)
        return true;
    if (error)
        *error = QString::fromUtf8(message).trimmed();
    return false;
}

} // namespace pgv
