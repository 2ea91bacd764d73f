// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/conninfo.h"
#include "plan/planalysis.h"
#include "sqltext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>

#include <memory>

namespace pgv {

struct ExplainOptions
{
    bool analyze = true;
    bool buffers = true;
    bool verbose = false;
    bool settings = false;
    bool wal = false;
    bool timing = true;

    QJsonObject toJson() const;
    static ExplainOptions fromJson(const QJsonObject &object);
    friend bool operator==(const ExplainOptions &, const ExplainOptions &) = default;
};

/// "EXPLAIN (FORMAT JSON, ANALYZE, BUFFERS) <statement>".
QString explainCommand(const ExplainOptions &options, const QString &statement);
/// Why the statement cannot be explained with these options, phrased as what to change; empty when it can.
QString explainProblem(const ExplainOptions &options, const SqlTextFacts &facts);

struct ExplainRequest
{
    QString profile;
    QString node;
    ConnInfo connInfo;
    QString password; ///< from the keychain; travels to libpq only, never into history or logs
    QString sql;
    QString database; ///< the database to run in; empty: the one the node's connection names
    ExplainOptions options;
    int statementTimeoutMs = 60'000; ///< 0: no limit (Cancel still stops it)
    /// False for read-only profiles: the transaction is READ ONLY and ANALYZE of a writing statement is refused
    /// (rolled back or not, it would take locks and fire triggers).
    bool allowWrites = true;
};

struct ExplainOutcome
{
    enum class Status { Ok, Failed, Cancelled, TimedOut };
    Status status = Status::Failed;
    QString error;         ///< what went wrong and what to do, for Failed
    QDateTime startedAt;
    double elapsedMs = 0;  ///< wall-clock time of the EXPLAIN, as the client saw it
    QString profile, node, server; ///< server: "host:port" libpq connected to
    QString database; ///< the database it ran in, as libpq connected
    QString sql;
    ExplainOptions options;
    bool modifiesData = false;
    bool rolledBack = false; ///< the statement ran in a transaction that was rolled back
    QByteArray planJson;     ///< EXPLAIN's output, as the server sent it
    std::shared_ptr<const Plan> plan;
    std::shared_ptr<const PlanAnalysis> analysis;
};

QString explainStatusName(ExplainOutcome::Status status);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::ExplainOutcome)
