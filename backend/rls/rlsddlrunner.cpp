// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlsddlrunner.h"

#include "actions/auditlog.h"
#include "pg/pgsession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

/// The server counts positions in characters (code points); QString counts UTF-16 units.
qsizetype indexOfCharacter(const QString &text, int position)
{
    qsizetype index = 0;
    for (int character = 1; character < position && index < text.size(); ++character)
        index += text[index].isHighSurrogate() && index + 1 < text.size() ? 2 : 1;
    return index;
}

QString resultName(DdlOutcome::Result result)
{
    switch (result) {
    case DdlOutcome::Result::Succeeded:
        return u"succeeded"_s;
    case DdlOutcome::Result::Failed:
        return u"failed"_s;
    case DdlOutcome::Result::Refused:
        return u"refused"_s;
    }
    return {};
}

void record(const AuditLog *audit, const RlsTarget &target, const RlsChange &change, const DdlOutcome &outcome)
{
    if (!audit)
        return;
    QJsonObject entry{{"action"_L1, u"rls_apply"_s},
                      {"title"_L1, outcome.title},
                      {"cluster"_L1, target.cluster},
                      {"parameters"_L1, QJsonObject{{"node"_L1, target.node},
                                                    {"database"_L1, target.database()},
                                                    {"table"_L1, change.table.displayName()},
                                                    {"ddl"_L1, QJsonArray::fromStringList(outcome.statements)}}},
                      {"result"_L1, resultName(outcome.result)},
                      {"message"_L1, outcome.message},
                      {"ms"_L1, double(outcome.elapsedMs)}};
    if (!outcome.sqlState.isEmpty())
        entry.insert("sqlstate"_L1, outcome.sqlState);
    QString error;
    if (!audit->append(entry, &error))
        qWarning("%s", qPrintable(error));
}

/// Finds where a failed policy expression goes wrong: the server gives no position for the expressions of
/// CREATE/ALTER POLICY, but it does for the same expression in a query over the table. EXPLAIN only plans it, so
/// nothing in the expression runs.
void probeExpressions(PgSession &session, const DdlStatement &statement, QDeadlineTimer deadline, DdlOutcome *outcome)
{
    if (statement.table.isEmpty())
        return;
    for (const DdlStatement::Span &span : statement.spans) {
        const QString prefix = u"EXPLAIN (COSTS OFF) SELECT FROM "_s + statement.table + u" WHERE ("_s;
        const DdlStatement probe{prefix + statement.sql.mid(span.start, span.length) + u"\n)"_s,
                                 {{span.part, prefix.size(), span.length}},
                                 {}};
        PgError error;
        if (session.exec(probe.sql, deadline, &error) || error.statementPosition <= 0)
            continue;
        locateError(probe, error.statementPosition, &outcome->part, &outcome->expressionOffset);
        if (outcome->part != ExpressionPart::None)
            return;
    }
}

} // namespace

void locateError(const DdlStatement &statement, int position, ExpressionPart *part, qsizetype *offset)
{
    *part = ExpressionPart::None;
    *offset = -1;
    if (position <= 0)
        return;
    const qsizetype index = indexOfCharacter(statement.sql, position);
    for (const DdlStatement::Span &span : statement.spans) {
        // An error just past the expression (a missing operand at its end) still belongs to it.
        if (index >= span.start && index <= span.start + span.length) {
            *part = span.part;
            *offset = index - span.start;
            return;
        }
    }
}

DdlOutcome runDdlStatements(PgSession &session, const QList<DdlStatement> &statements, DdlMode mode, int lockTimeoutMs,
                            QDeadlineTimer statementDeadline)
{
    DdlOutcome outcome;
    for (const DdlStatement &statement : statements)
        outcome.statements << statement.sql;
    QElapsedTimer timer;
    timer.start();
    auto exec = [&](const QString &sql, PgError *error) { return session.exec(sql, QDeadlineTimer(statementDeadline.remainingTime()), error).has_value(); };
    PgError error;
    // READ WRITE whatever default_transaction_read_only says, so a validation proves the apply would be allowed.
    if (!exec(u"BEGIN READ WRITE"_s, &error)
        || !exec(u"SET LOCAL lock_timeout = %1"_s.arg(std::max(1, lockTimeoutMs)), &error)) {
        outcome.message = error.message;
        outcome.sqlState = error.sqlState;
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }
    for (int i = 0; i < statements.size(); ++i) {
        if (exec(statements[i].sql, &error))
            continue;
        outcome.failedStatement = i;
        outcome.message = error.message;
        outcome.sqlState = error.sqlState;
        outcome.statementPosition = error.statementPosition;
        locateError(statements[i], error.statementPosition, &outcome.part, &outcome.expressionOffset);
        if (error.sqlState == u"55P03")
            outcome.message += u' ' + QCoreApplication::translate("RlsDdl", "(the table is locked by another session; nothing was changed, "
                                                                          "try again when it is free)");
        PgError ignored;
        exec(u"ROLLBACK"_s, &ignored); // a lost connection rolls back on the server by itself
        if (outcome.part == ExpressionPart::None && session.isOpen())
            probeExpressions(session, statements[i], statementDeadline, &outcome);
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }
    const bool commit = mode == DdlMode::Apply;
    if (!exec(commit ? u"COMMIT"_s : u"ROLLBACK"_s, &error)) {
        outcome.message = error.message;
        outcome.sqlState = error.sqlState;
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }
    outcome.result = DdlOutcome::Result::Succeeded;
    outcome.committed = commit;
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

DdlOutcome runRlsChange(const RlsTarget &target, const RlsChange &change, DdlMode mode, const AuditLog *audit)
{
    DdlOutcome outcome;
    outcome.title = change.title();
    if (mode == DdlMode::Apply && target.readOnly) {
        outcome.result = DdlOutcome::Result::Refused;
        outcome.message = QCoreApplication::translate("RlsDdl", "The profile %1 is read-only: it can show and test policies but never "
                                                                "changes them. Use a profile that is not read-only to apply.")
                              .arg(target.cluster);
        record(audit, target, change, outcome);
        return outcome;
    }
    PgSession session;
    PgError error;
    if (!target.open(session, &error)) {
        outcome.message = error.message;
        if (mode == DdlMode::Apply)
            record(audit, target, change, outcome);
        return outcome;
    }
    QString problem;
    const auto statements = buildDdl(change, SqlQuoter::forSession(session), &problem);
    if (!statements) {
        outcome.result = DdlOutcome::Result::Refused;
        outcome.message = problem;
        return outcome; // nothing was sent: there is nothing to audit
    }
    const QString title = outcome.title;
    outcome = runDdlStatements(session, *statements, mode, target.lockTimeoutMs, target.statementDeadline());
    outcome.title = title;
    if (mode == DdlMode::Apply)
        record(audit, target, change, outcome);
    return outcome;
}

} // namespace pgv
