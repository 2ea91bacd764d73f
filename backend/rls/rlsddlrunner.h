// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policyddl.h"
#include "rlstarget.h"

#include <QMetaType>
#include <QStringList>

namespace pgv {

class AuditLog;
class PgSession;

/// What happened to a change that was validated (run and rolled back) or applied (run and committed).
struct DdlOutcome
{
    enum class Result { Succeeded, Failed, Refused };
    Result result = Result::Failed;
    bool committed = false;
    QString title;
    QString message;  // the server's error, or why the change was refused
    QString sqlState;
    QStringList statements; // the DDL as it was sent
    int failedStatement = -1;
    int statementPosition = 0; // 1-based character in the failed statement, 0 when the server gave none
    /// Where the error sits in the expression the user typed (QString index), or -1 when it is elsewhere.
    ExpressionPart part = ExpressionPart::None;
    qsizetype expressionOffset = -1;
    qint64 elapsedMs = 0;

    bool succeeded() const { return result == Result::Succeeded; }
};

enum class DdlMode { Validate, Apply };

/// Runs \a statements in one transaction with lock_timeout = \a lockTimeoutMs, then rolls back (Validate) or
/// commits (Apply). On an error everything is rolled back and the outcome says which statement failed and where.
DdlOutcome runDdlStatements(PgSession &session, const QList<DdlStatement> &statements, DdlMode mode, int lockTimeoutMs,
                            QDeadlineTimer statementDeadline);

/// Maps the server's 1-based character \a position in \a statement to the expression it falls in.
void locateError(const DdlStatement &statement, int position, ExpressionPart *part, qsizetype *offset);

/// Validates or applies \a change on \a target: refuses to apply on a read-only profile, generates the DDL with
/// the connection's own quoting, and (when applying) appends an "rls_apply" entry to \a audit, refusals included.
DdlOutcome runRlsChange(const RlsTarget &target, const RlsChange &change, DdlMode mode, const AuditLog *audit);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::DdlOutcome)
