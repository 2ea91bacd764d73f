// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace pgv {

/// Every action run, appended as JSON lines to AppPaths::dataDir()/audit.jsonl: who, when, cluster, action,
/// parameters, checks, steps and result. Each line carries the SHA-256 of the line before it ("prev"), so an edited
/// or removed entry breaks the chain and verify() finds it.
class AuditLog
{
public:
    AuditLog();
    explicit AuditLog(QString filePath);

    const QString &filePath() const { return m_filePath; }
    /// Appends \a entry with "at", "user" and "prev" filled in. Safe across threads and processes (file lock).
    bool append(QJsonObject entry, QString *error = nullptr) const;
    QList<QJsonObject> entries() const;
    /// The line number (1-based) of the first entry whose chain is broken, or 0 when the log is intact.
    int firstBrokenEntry() const;

private:
    QString m_filePath;
};

} // namespace pgv
