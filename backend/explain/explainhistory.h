// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explainrequest.h"

#include <QList>

namespace pgv {

/// One past EXPLAIN as the history keeps it: what ran where, how it ended, and the plan it produced.
struct ExplainHistoryEntry
{
    QDateTime startedAt;
    QString profile, node, server, sql;
    ExplainOptions options;
    QString status; ///< explainStatusName()
    QString error;
    double elapsedMs = 0;
    std::optional<double> executionMs;
    bool rolledBack = false;
    QByteArray planJson; ///< empty when the run failed or the plan was too big to keep

    static ExplainHistoryEntry fromOutcome(const ExplainOutcome &outcome);
    QJsonObject toJson() const;
    static std::optional<ExplainHistoryEntry> fromJson(const QJsonObject &object);
};

/// The runs of the explain runner, kept in explain-history.jsonl (owner-only permissions) in the data folder:
/// one JSON object per line, newest last, appended (the file is rewritten only to drop old entries). Passwords are never part of an entry.
class ExplainHistory
{
public:
    /// Plans larger than this are not kept (the entry is, without its plan).
    static constexpr qsizetype MaxStoredPlanBytes = 2 * 1024 * 1024;
    /// An append that would grow the file past this drops the oldest entries down to half of it.
    static constexpr qsizetype MaxFileBytes = 32 * 1024 * 1024;

    ExplainHistory();
    explicit ExplainHistory(QString filePath);

    const QString &filePath() const { return m_filePath; }
    bool append(const ExplainHistoryEntry &entry, QString *error = nullptr) const;
    /// Newest first; lines that cannot be read are skipped.
    QList<ExplainHistoryEntry> entries() const;

private:
    QString m_filePath;
};

} // namespace pgv
