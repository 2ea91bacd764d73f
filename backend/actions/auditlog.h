// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace pgv {

/// Every action run, appended as JSON lines to AppPaths::dataDir()/audit.jsonl: who, when, cluster, action,
/// parameters, checks, steps and result. Each line carries the SHA-256 of the line before it ("prev"), so an edited
/// or removed entry breaks the chain and verify() finds it; an anchor kept in the config folder (entry count and last
/// hash) catches a tail cut off.
class AuditLog
{
public:
    AuditLog();
    /// A log at \a filePath whose anchor is \a anchorPath (empty: beside the log, as "<file>.anchor").
    explicit AuditLog(QString filePath, QString anchorPath = {});

    const QString &filePath() const { return m_filePath; }
    /// Appends \a entry with "at", "user" and "prev" filled in. Safe across threads and processes (file lock).
    bool append(QJsonObject entry, QString *error = nullptr) const;
    QList<QJsonObject> entries() const;
    /// The line number (1-based) of the first entry whose chain is broken, or 0 when the log is intact.
    int firstBrokenEntry() const;

    struct Verification
    {
        int entries = 0;         ///< entries in the log now
        int anchoredEntries = 0; ///< entries the anchor says were written
        int firstBrokenEntry = 0;
        bool intact = false;
        QString problem; ///< what is wrong, in words, when not intact
    };
    /// Checks the chain, and against the anchor (the entry count and the last entry's hash, kept in another folder)
    /// that no entry was removed from the end: a chain alone cannot tell a truncated log from a short one.
    Verification verify() const;
    const QString &anchorPath() const { return m_anchorPath; }

private:
    QString m_filePath;
    QString m_anchorPath;
};

} // namespace pgv
