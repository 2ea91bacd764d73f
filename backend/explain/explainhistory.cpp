// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainhistory.h"

#include "core/apppaths.h"
#include "core/filelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pgv {

ExplainHistoryEntry ExplainHistoryEntry::fromOutcome(const ExplainOutcome &outcome)
{
    ExplainHistoryEntry entry;
    entry.startedAt = outcome.startedAt;
    entry.profile = outcome.profile;
    entry.node = outcome.node;
    entry.server = outcome.server;
    entry.sql = outcome.sql;
    entry.options = outcome.options;
    entry.status = explainStatusName(outcome.status);
    entry.error = outcome.error;
    entry.elapsedMs = outcome.elapsedMs;
    entry.rolledBack = outcome.rolledBack;
    if (outcome.plan)
        entry.executionMs = outcome.plan->executionMs;
    if (outcome.planJson.size() <= ExplainHistory::MaxStoredPlanBytes)
        entry.planJson = outcome.planJson;
    return entry;
}

QJsonObject ExplainHistoryEntry::toJson() const
{
    QJsonObject object{
        {"started_at"_L1, startedAt.toString(Qt::ISODateWithMs)},
        {"profile"_L1, profile},
        {"node"_L1, node},
        {"server"_L1, server},
        {"sql"_L1, sql},
        {"options"_L1, options.toJson()},
        {"status"_L1, status},
        {"elapsed_ms"_L1, elapsedMs},
        {"rolled_back"_L1, rolledBack},
    };
    if (!error.isEmpty())
        object.insert("error"_L1, error);
    if (executionMs)
        object.insert("execution_ms"_L1, *executionMs);
    if (!planJson.isEmpty())
        object.insert("plan"_L1, QString::fromUtf8(planJson));
    return object;
}

std::optional<ExplainHistoryEntry> ExplainHistoryEntry::fromJson(const QJsonObject &object)
{
    ExplainHistoryEntry entry;
    entry.startedAt = QDateTime::fromString(object.value("started_at"_L1).toString(), Qt::ISODateWithMs);
    entry.sql = object.value("sql"_L1).toString();
    if (!entry.startedAt.isValid() || entry.sql.isEmpty())
        return std::nullopt;
    entry.profile = object.value("profile"_L1).toString();
    entry.node = object.value("node"_L1).toString();
    entry.server = object.value("server"_L1).toString();
    entry.options = ExplainOptions::fromJson(object.value("options"_L1).toObject());
    entry.status = object.value("status"_L1).toString();
    entry.error = object.value("error"_L1).toString();
    entry.elapsedMs = object.value("elapsed_ms"_L1).toDouble();
    entry.rolledBack = object.value("rolled_back"_L1).toBool();
    if (object.contains("execution_ms"_L1))
        entry.executionMs = object.value("execution_ms"_L1).toDouble();
    entry.planJson = object.value("plan"_L1).toString().toUtf8();
    return entry;
}

ExplainHistory::ExplainHistory()
    : ExplainHistory(AppPaths::dataDir() + u"/explain-history.jsonl"_s)
{
}

ExplainHistory::ExplainHistory(QString filePath)
    : m_filePath(std::move(filePath))
{
}

bool ExplainHistory::append(const ExplainHistoryEntry &entry, QString *error) const
{
    AppPaths::makeFolderFor(m_filePath);
    FileLock lock(m_filePath + u".lock"_s);
    if (!lock.tryLock(5000)) {
        if (error)
            *error = QCoreApplication::translate("pgv::Explain", "The explain history %1 is locked by another process.").arg(m_filePath);
        return false;
    }
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const auto fail = [error](const QFileDevice &file) {
        if (error)
            *error = file.errorString();
        return false;
    };
    if (QFileInfo(m_filePath).size() + line.size() > MaxFileBytes) {
        QFile existing(m_filePath);
        QList<QByteArray> lines;
        if (existing.open(QIODevice::ReadOnly))
            lines = existing.readAll().split('\n');
        QByteArray kept = line;
        for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
            if (it->isEmpty())
                continue;
            if (kept.size() + it->size() + 1 > MaxFileBytes / 2)
                break;
            kept.prepend(*it + '\n');
        }
        // Written whole through a temporary file: a crash leaves the old history, never half of it.
        QSaveFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly))
            return fail(file);
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(kept);
        return file.commit() || fail(file);
    }
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return fail(file);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(line) == line.size() || fail(file);
}

QList<ExplainHistoryEntry> ExplainHistory::entries() const
{
    QList<ExplainHistoryEntry> list;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        if (it->isEmpty())
            continue;
        if (auto entry = ExplainHistoryEntry::fromJson(QJsonDocument::fromJson(*it).object()))
            list.append(*entry);
    }
    return list;
}

} // namespace pgv
