// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlstester.h"

#include "policyddl.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace pgv {

std::optional<SessionSetting> parseSessionSetting(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0)
        return std::nullopt;
    const QString name = text.left(equals).trimmed();
    if (name.isEmpty())
        return std::nullopt;
    return SessionSetting{name, text.mid(equals + 1)};
}

bool RlsMatrix::overlaps(int table) const
{
    if (table < 0 || table >= totals.size() || !totals[table])
        return false;
    qint64 sum = 0;
    for (int row = 0; row < cells.size(); ++row) {
        if (!isUnsetRow(row) && table < cells[row].size() && cells[row][table].count)
            sum += *cells[row][table].count;
    }
    return sum > *totals[table];
}

namespace {

/// One session-local transaction as somebody else: every statement of the tester goes through here.
class Impersonation
{
public:
    Impersonation(PgSession &session, int statementTimeoutMs)
        : m_session(session)
        , m_quoter(SqlQuoter::forSession(session))
        , m_timeoutMs(statementTimeoutMs)
    {
    }
    ~Impersonation()
    {
        if (m_open) {
            PgError ignored;
            m_session.exec(u"ROLLBACK"_s, deadline(), &ignored);
        }
    }

    /// BEGIN, timeouts, SET LOCAL ROLE and the settings (set_config(…, true): local to the transaction).
    bool begin(bool readOnly, const QString &role, const QList<SessionSetting> &settings, PgError *error)
    {
        QString sql = readOnly ? u"BEGIN READ ONLY; "_s : u"BEGIN READ WRITE; "_s;
        sql += u"SET LOCAL statement_timeout = %1; SET LOCAL lock_timeout = %2; SET LOCAL row_security = on"_s.arg(m_timeoutMs).arg(
            std::max(100, m_timeoutMs / 3));
        m_open = true; // a ROLLBACK outside a transaction is only a warning
        if (!exec(sql, error))
            return false;
        if (!role.isEmpty() && !exec(u"SET LOCAL ROLE "_s + m_quoter.identifier(role), error))
            return false;
        if (!settings.isEmpty()) {
            QStringList calls;
            for (const SessionSetting &setting : settings)
                calls << u"set_config(%1, %2, true)"_s.arg(m_quoter.literal(setting.name), m_quoter.literal(setting.value));
            if (!exec(u"SELECT "_s + calls.join(u", "_s), error))
                return false;
        }
        return true;
    }
    std::optional<QueryResult> query(const QString &sql, PgError *error) { return m_session.exec(sql, deadline(), error); }
    bool exec(const QString &sql, PgError *error) { return query(sql, error).has_value(); }
    /// Runs \a work inside a savepoint so that one table's error does not end the whole test.
    template<typename Work>
    bool guarded(Work work, PgError *error)
    {
        if (!exec(u"SAVEPOINT pgverse_rls_test"_s, error))
            return false;
        if (work(error))
            return exec(u"RELEASE SAVEPOINT pgverse_rls_test"_s, error);
        PgError ignored;
        exec(u"ROLLBACK TO SAVEPOINT pgverse_rls_test"_s, &ignored);
        return false;
    }
    const SqlQuoter &quoter() const { return m_quoter; }
    bool connected() const { return m_session.isOpen(); }

private:
    QDeadlineTimer deadline() const { return QDeadlineTimer(m_timeoutMs + 5000); }

    PgSession &m_session;
    SqlQuoter m_quoter;
    int m_timeoutMs;
    bool m_open = false;
};

std::optional<qint64> countRows(Impersonation &as, const RlsTableRef &table, PgError *error)
{
    const auto result = as.query(u"SELECT count(*) FROM "_s + as.quoter().table(table), error);
    if (!result)
        return std::nullopt;
    return result->scalar().value_or(u"0"_s).toLongLong();
}

} // namespace

QString refusedSessionSetting(const SessionSetting &setting)
{
    static const QStringList identity{u"role"_s, u"session_authorization"_s};
    static const QStringList limits{u"statement_timeout"_s, u"lock_timeout"_s, u"idle_in_transaction_session_timeout"_s,
                                    u"transaction_read_only"_s, u"default_transaction_read_only"_s, u"row_security"_s,
                                    u"transaction_isolation"_s};
    const QString name = setting.name.trimmed().toLower();
    if (identity.contains(name))
        return QCoreApplication::translate("RlsTester", "%1 would change the role being tested: give the role with --role instead.").arg(setting.name);
    if (limits.contains(name))
        return QCoreApplication::translate("RlsTester", "%1 is one of the test's own guards (read-only, rolled back, time-limited): it cannot be set.")
            .arg(setting.name);
    return {};
}

ViewAsResult viewAs(PgSession &session, const ViewAsRequest &request, int statementTimeoutMs)
{
    ViewAsResult result;
    result.request = request;
    for (const SessionSetting &setting : request.settings) {
        if (const QString refusal = refusedSessionSetting(setting); !refusal.isEmpty()) {
            result.error = refusal;
            return result;
        }
    }
    QElapsedTimer timer;
    timer.start();
    Impersonation as(session, statementTimeoutMs);
    PgError error;
    if (!as.begin(true, request.role, request.settings, &error)) {
        result.error = error.message;
        return result;
    }
    for (const RlsTableRef &table : request.tables) {
        TableVisibility visibility;
        visibility.table = table;
        visibility.ok = as.guarded(
            [&](PgError *tableError) {
                const auto count = countRows(as, table, tableError);
                if (!count)
                    return false;
                visibility.rowCount = *count;
                const auto sample = as.query(u"SELECT * FROM %1 LIMIT %2"_s.arg(as.quoter().table(table)).arg(std::max(0, request.sampleRows)),
                                             tableError);
                if (!sample)
                    return false;
                visibility.sample = *sample;
                return true;
            },
            &error);
        if (!visibility.ok)
            visibility.error = error.message;
        result.tables << visibility;
        if (!as.connected()) { // timed out or lost: the rest cannot run
            result.error = error.message;
            break;
        }
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

WriteTrialOutcome tryWrite(PgSession &session, const WriteTrial &trial, int statementTimeoutMs)
{
    WriteTrialOutcome outcome;
    Impersonation as(session, statementTimeoutMs);
    const SqlQuoter &quote = as.quoter();
    if (trial.values.isEmpty()) {
        outcome.message = QCoreApplication::translate("RlsTester", "Give at least one column and its value.");
        return outcome;
    }
    QStringList columns;
    QStringList values;
    for (const auto &[column, value] : trial.values) {
        columns << quote.identifier(column);
        values << (value ? quote.literal(*value) : u"NULL"_s);
    }
    if (trial.kind == WriteTrial::Kind::Insert) {
        outcome.statement = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(quote.table(trial.table), columns.join(u", "_s), values.join(u", "_s));
    } else {
        QStringList assignments;
        for (qsizetype i = 0; i < columns.size(); ++i)
            assignments << columns[i] + u" = "_s + values[i];
        QStringList conditions;
        for (const auto &[column, value] : trial.where)
            conditions << quote.identifier(column) + u" = "_s + quote.literal(value);
        outcome.statement = u"UPDATE %1 SET %2"_s.arg(quote.table(trial.table), assignments.join(u", "_s));
        if (!conditions.isEmpty())
            outcome.statement += u" WHERE "_s + conditions.join(u" AND "_s);
    }
    PgError error;
    if (!as.begin(false, trial.role, trial.settings, &error)) {
        outcome.message = error.message;
        outcome.sqlState = error.sqlState;
        return outcome;
    }
    const auto result = as.query(outcome.statement, &error);
    if (!result) {
        outcome.message = error.message;
        outcome.sqlState = error.sqlState;
        // 42501 is also "permission denied"; only the policy's refusal names row-level security.
        outcome.policyViolation = error.sqlState == u"42501" && error.message.contains(u"row-level security"_s);
        return outcome;
    }
    outcome.executed = true;
    outcome.affectedRows = result->affectedRows;
    if (trial.kind == WriteTrial::Kind::Update && outcome.affectedRows == 0)
        outcome.message = QCoreApplication::translate("RlsTester", "No row was updated: none matches, or the policies' USING hides them "
                                                                   "from this role.");
    else
        outcome.message = QCoreApplication::translate("RlsTester", "Accepted: %n row(s) would be written (rolled back).", nullptr,
                                                      int(outcome.affectedRows));
    return outcome; // the destructor rolls back
}

RlsMatrix tenantMatrix(PgSession &session, const MatrixRequest &request, int statementTimeoutMs)
{
    RlsMatrix matrix;
    matrix.request = request;
    matrix.rowLabels = request.values;
    if (request.includeUnset)
        matrix.rowLabels << QCoreApplication::translate("RlsTester", "(not set)");
    QElapsedTimer timer;
    timer.start();
    PgError error;
    {
        Impersonation self(session, statementTimeoutMs);
        if (!self.begin(true, {}, {}, &error)) {
            matrix.error = error.message;
            return matrix;
        }
        matrix.totalsAs = session.isOpen() ? self.query(u"SELECT current_user"_s, &error).value_or(QueryResult()).scalar().value_or(QString())
                                           : QString();
        for (const RlsTableRef &table : request.tables) {
            std::optional<qint64> total;
            self.guarded(
                [&](PgError *tableError) {
                    total = countRows(self, table, tableError);
                    return total.has_value();
                },
                &error);
            matrix.totals << total;
        }
    }
    for (int row = 0; row < matrix.rowLabels.size(); ++row) {
        QList<SessionSetting> settings = request.otherSettings;
        if (!matrix.isUnsetRow(row))
            settings << SessionSetting{request.setting, request.values[row]};
        QList<MatrixCell> cells;
        Impersonation as(session, statementTimeoutMs);
        if (!as.begin(true, request.role, settings, &error)) {
            matrix.error = error.message;
            return matrix;
        }
        for (const RlsTableRef &table : request.tables) {
            MatrixCell cell;
            as.guarded(
                [&](PgError *tableError) {
                    cell.count = countRows(as, table, tableError);
                    return cell.count.has_value();
                },
                &error);
            if (!cell.count)
                cell.error = error.message;
            cells << cell;
        }
        matrix.cells << cells;
    }
    matrix.elapsedMs = timer.elapsed();
    return matrix;
}

QStringList distinctValues(PgSession &session, const RlsTableRef &table, const QString &column, int limit, int statementTimeoutMs,
                           QString *error)
{
    Impersonation self(session, statementTimeoutMs);
    PgError failure;
    QStringList values;
    if (self.begin(true, {}, {}, &failure)) {
        const QString quoted = self.quoter().identifier(column);
        const auto result = self.query(u"SELECT DISTINCT %1::text FROM %2 WHERE %1 IS NOT NULL ORDER BY 1 LIMIT %3"_s
                                           .arg(quoted, self.quoter().table(table))
                                           .arg(std::max(1, limit)),
                                       &failure);
        if (result) {
            for (const auto &row : result->rows)
                values << row.value(0).value_or(QString());
            return values;
        }
    }
    if (error)
        *error = failure.message;
    return values;
}

} // namespace pgv
