// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "core/apppaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
QString osUser()
{
    const passwd *entry = ::getpwuid(::geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(::geteuid());
}

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
    : AuditLog(AppPaths::dataDir() + u"/audit.jsonl"_s)
{
}

AuditLog::AuditLog(QString filePath)
    : m_filePath(std::move(filePath))
{
}

bool AuditLog::append(QJsonObject entry, QString *error) const
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QLockFile lock(m_filePath + u".lock"_s);
    if (!lock.tryLock(5000)) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "the audit log %1 is locked by another program").arg(m_filePath);
        return false;
    }
    const QByteArray previous = lastLine(m_filePath);
    entry.insert("at"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    entry.insert("user"_L1, osUser());
    entry.insert("prev"_L1, previous.isEmpty() ? QString() : QString::fromLatin1(hashOf(previous)));
    QFile file(m_filePath);
    if (!file.open(QIODevice::Append) || file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n') < 0) {
        if (error)
            *error = QCoreApplication::translate("AuditLog", "could not write the audit log %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return true;
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
