// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/pgsession.h"
#include "rlscatalog.h"

#include <QMetaType>
#include <optional>
#include <utility>

namespace pgv {

/// A setting the application sets per request, such as app.tenant_id.
struct SessionSetting
{
    QString name;
    QString value;
    friend bool operator==(const SessionSetting &, const SessionSetting &) = default;
};

/// Why \a setting may not be part of a "view as" test, or empty when it may: settings that change who is asking
/// (role, session_authorization) would silently test another role, and those that set the test's own limits
/// (statement_timeout, lock_timeout, read-only transaction…) would lift its guards.
QString refusedSessionSetting(const SessionSetting &setting);

/// Parses "name=value" (the value may itself contain '='); nothing when there is no '=' or no name.
std::optional<SessionSetting> parseSessionSetting(const QString &text);

/// "Which rows does this role see with these settings?": counts and sample rows per table.
struct ViewAsRequest
{
    QString role; // empty: the connecting user itself
    QList<SessionSetting> settings;
    QList<RlsTableRef> tables;
    int sampleRows = 20;
};

struct TableVisibility
{
    RlsTableRef table;
    bool ok = false;
    qint64 rowCount = -1;
    QueryResult sample;
    QString error;
};

struct ViewAsResult
{
    ViewAsRequest request;
    QList<TableVisibility> tables;
    QString error; // the whole test failed (no connection, no such role, not allowed to become it)
    qint64 elapsedMs = 0;
};

/// Tries an INSERT or UPDATE as the role, always rolled back: does WITH CHECK (and USING, for UPDATE) let it through?
struct WriteTrial
{
    enum class Kind { Insert, Update };
    Kind kind = Kind::Insert;
    QString role;
    QList<SessionSetting> settings;
    RlsTableRef table;
    QList<std::pair<QString, std::optional<QString>>> values; // column = value (nothing: NULL)
    QList<std::pair<QString, QString>> where;                 // UPDATE: which rows (column = value, ANDed)
};

struct WriteTrialOutcome
{
    bool executed = false;       // the statement ran (and was rolled back)
    bool policyViolation = false; // refused by a WITH CHECK
    qint64 affectedRows = -1;
    QString message;
    QString sqlState;
    QString statement;
};

/// Tenants × tables: the rows each value of one setting lets the role see.
struct MatrixRequest
{
    QString role;
    QString setting = QStringLiteral("app.tenant_id");
    QStringList values;
    QList<SessionSetting> otherSettings;
    QList<RlsTableRef> tables;
    bool includeUnset = true; // one more row with the setting never set
};

struct MatrixCell
{
    std::optional<qint64> count;
    QString error;
};

struct RlsMatrix
{
    MatrixRequest request;
    QStringList rowLabels;            // the values, then "(not set)"
    QList<QList<MatrixCell>> cells;   // [row][table]
    QList<std::optional<qint64>> totals; // rows in each table as the connecting user sees them
    QString totalsAs;
    QString error;
    qint64 elapsedMs = 0;

    /// More rows are visible across the tenants than the table holds: some rows are seen by several tenants.
    bool overlaps(int table) const;
    bool isUnsetRow(int row) const { return request.includeUnset && row == rowLabels.size() - 1; }
};

ViewAsResult viewAs(PgSession &session, const ViewAsRequest &request, int statementTimeoutMs);
WriteTrialOutcome tryWrite(PgSession &session, const WriteTrial &trial, int statementTimeoutMs);
RlsMatrix tenantMatrix(PgSession &session, const MatrixRequest &request, int statementTimeoutMs);
/// Up to \a limit distinct values of \a column, as the connecting user sees them (to fill the matrix's rows).
QStringList distinctValues(PgSession &session, const RlsTableRef &table, const QString &column, int limit, int statementTimeoutMs,
                           QString *error);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::ViewAsResult)
Q_DECLARE_METATYPE(pgv::WriteTrialOutcome)
Q_DECLARE_METATYPE(pgv::RlsMatrix)
