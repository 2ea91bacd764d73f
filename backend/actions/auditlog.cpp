// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "core/apppaths.h"
#include "core/filelock.h"
#include "core/osuser.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <optional>


using namespace Qt::StringLiterals;

namespace pgv {

namespace {
QByteArray hashOf(const QByteArray &line)
{
    return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex();
}

/// The last non-empty line, read from the end: appending must not cost more as the log grows.
QByteArray lastLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    qint64 chunk = 16384;
    for (;;) {
        const qint64 start = std::max<qint64>(0, file.size() - chunk);
        file.seek(start);
        const QByteArray tail = file.read(file.size() - start);
        const QByteArray trimmed = tail.trimmed();
        const qsizetype newline = trimmed.lastIndexOf('\n');
        if (newline >= 0 || start == 0)
            return newline >= 0 ? trimmed.mid(newline + 1).trimmed() : trimmed;
        chunk *= 4;
    }
}

QList<QByteArray> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    lines.removeIf([](const QByteArray &line) { return line.trimmed().isEmpty(); });
    return lines;
}
} // namespace

AuditLog::AuditLog()
    : AuditLog(AppPaths::dataDir() + u"/audit.jsonl"_s, AppPaths::configDir() + u"/audit-anchor.json"_s)
{
}

AuditLog::AuditLog(QString filePath, QString anchorPath)
    : m_filePath(std::move(filePath))
    , m_anchorPath(anchorPath.isEmpty() ? m_filePath + u".anchor"_s : std::move(anchorPath))
{
}

namespace {
struct Anchor
{
    int entries = 0;
    QByteArray lastHash;
};

std::optional<Anchor> readAnchor(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    return Anchor{object.value("entries"_L1).toInt(), object.value("last_hash"_L1).toString().toLatin1()};
}

void writeAnchor(const QString &path, const Anchor &anchor)
{
    AppPaths::makePrivateDir(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{"entries"_L1, anchor.entries}, {"last_hash"_L1, QString::fromLatin1(anchor.lastHash)}})
                   .toJson(QJsonDocument::Compact));
    file.commit();
}
} // namespace

bool AuditLog::append(QJsonObject entry, QString *error) const
{
    AppPaths::makeFolderFor(m_filePath);
    FileLock lock(m_filePath + u".lock"_s);
    if (!lock.tryLock(5000)) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "the audit log %1 is locked by another program").arg(m_filePath);
        return false;
    }
    const QByteArray previous = lastLine(m_filePath);
    entry.insert("at"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert("user"_L1, osUserName());
    entry.insert("prev"_L1, previous.isEmpty() ? QString() : QString::fromLatin1(hashOf(previous)));
    QFile file(m_filePath);
    if (!file.open(QIODevice::Append) || file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n') < 0) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "could not write the audit log %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.close();
    // The anchor counts on from its last state when it matches the line we chained to; otherwise it is rebuilt from
    // the log as it is (first use, or a log restored from elsewhere), which verify() then judges.
    const auto anchor = readAnchor(m_anchorPath);
    const QByteArray previousHash = previous.isEmpty() ? QByteArray() : hashOf(previous);
    const int entries = anchor && anchor->lastHash == previousHash ? anchor->entries + 1 : int(readLines(m_filePath).size());
    writeAnchor(m_anchorPath, Anchor{entries, hashOf(lastLine(m_filePath))});
    return true;
}

AuditLog::Verification AuditLog::verify() const
{
    Verification result;
    const QList<QByteArray> lines = readLines(m_filePath);
    result.entries = int(lines.size());
    result.firstBrokenEntry = firstBrokenEntry();
    const auto anchor = readAnchor(m_anchorPath);
    result.anchoredEntries = anchor ? anchor->entries : 0;
    if (result.firstBrokenEntry > 0) {
        result.problem = QCoreApplication::translate("AuditLog", "entry %1 does not chain to the one before it: an entry was edited, inserted or removed there")
                             .arg(result.firstBrokenEntry);
    } else if (!anchor && !lines.isEmpty()) {
        result.problem = QCoreApplication::translate("AuditLog", "the anchor %1 is missing: whether entries were removed from the end cannot be told").arg(m_anchorPath);
    } else if (anchor && result.entries < anchor->entries) {
        result.problem = QCoreApplication::translate("AuditLog", "the log has %1 entries but %2 were written: its last %3 were removed")
                             .arg(result.entries)
                             .arg(anchor->entries)
                             .arg(anchor->entries - result.entries);
    } else if (anchor && anchor->entries > 0 && hashOf(lines.value(anchor->entries - 1)) != anchor->lastHash) {
        result.problem = QCoreApplication::translate("AuditLog", "entry %1 is not the one the anchor recorded: the log was replaced or rewritten")
                             .arg(anchor->entries);
    }
    result.intact = result.problem.isEmpty();
    return result;
}

QList<QJsonObject> AuditLog::entries() const
{
    QList<QJsonObject> result;
    for (const QByteArray &line : readLines(m_filePath))
        result << QJsonDocument::fromJson(line).object();
    return result;
}

int AuditLog::firstBrokenEntry() const
{
    const QList<QByteArray> lines = readLines(m_filePath);
    QByteArray previous;
    for (int i = 0; i < lines.size(); ++i) {
        const QJsonObject entry = QJsonDocument::fromJson(lines[i]).object();
        const QByteArray expected = i == 0 ? QByteArray() : hashOf(previous);
        if (entry.isEmpty() || entry.value("prev"_L1).toString().toLatin1() != expected)
            return i + 1;
        previous = lines[i];
    }
    return 0;
}

} // namespace pgv
