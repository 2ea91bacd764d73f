// SPDX-License-Identifier: GPL-3.0-or-later
#include "silence.h"

#include "core/apppaths.h"
#include "core/filelock.h"
#include "core/osuser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
constexpr int kLockWaitMs = 5000;
}

bool Silence::covers(const QString &alertCluster, const QString &rule, const QString &subject, const QDateTime &at) const
{
    if (alertCluster != cluster || !isActiveAt(at))
        return false;
    if (!rules.isEmpty() && !rules.contains(rule))
        return false;
    if (node.isEmpty())
        return true;
    const QString alertNode = subject.contains(u'@') ? subject.section(u'@', 1) : subject;
    return alertNode == node;
}

QString Silence::describe() const
{
    const QString what = rules.isEmpty() ? QCoreApplication::translate("Silence", "every alert") : rules.join(u", "_s);
    const QString where = node.isEmpty() ? QCoreApplication::translate("Silence", "on %1").arg(cluster)
                                         : QCoreApplication::translate("Silence", "on %1 of %2").arg(node, cluster);
    return QCoreApplication::translate("Silence", "%1 %2 until %3 (%4: %5)")
        .arg(what, where, until.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), author, reason);
}

QJsonObject Silence::toJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"cluster"_L1, cluster},
                       {"rules"_L1, QJsonArray::fromStringList(rules)},
                       {"node"_L1, node.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(node)},
                       {"from"_L1, from.toUTC().toString(Qt::ISODateWithMs)},
                       {"until"_L1, until.toUTC().toString(Qt::ISODateWithMs)},
                       {"reason"_L1, reason},
                       {"author"_L1, author},
                       {"by_action"_L1, byAction}};
}

std::optional<Silence> Silence::fromJson(const QJsonObject &object)
{
    Silence silence;
    silence.id = object.value("id"_L1).toString();
    silence.cluster = object.value("cluster"_L1).toString();
    const QJsonArray rules = object.value("rules"_L1).toArray();
    for (const QJsonValue &rule : rules)
        silence.rules << rule.toString();
    silence.node = object.value("node"_L1).toString();
    silence.from = QDateTime::fromString(object.value("from"_L1).toString(), Qt::ISODateWithMs);
    silence.until = QDateTime::fromString(object.value("until"_L1).toString(), Qt::ISODateWithMs);
    silence.reason = object.value("reason"_L1).toString();
    silence.author = object.value("author"_L1).toString();
    silence.byAction = object.value("by_action"_L1).toBool();
    if (silence.id.isEmpty() || silence.cluster.isEmpty() || !silence.from.isValid() || !silence.until.isValid())
        return std::nullopt;
    return silence;
}

SilenceStore::SilenceStore()
    : SilenceStore(AppPaths::dataDir() + u"/silences.json"_s)
{
}

SilenceStore::SilenceStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QList<Silence> SilenceStore::readAll(QString *error) const
{
    QFile file(m_filePath);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Silence", "Cannot read the silences in %1: %2").arg(m_filePath, file.errorString());
        return {};
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QCoreApplication::translate("Silence", "The silences file %1 is not valid JSON (%2); move it away to start afresh.")
                         .arg(m_filePath, parseError.errorString());
        return {};
    }
    QList<Silence> silences;
    const QJsonArray stored = document.object().value("silences"_L1).toArray();
    for (const QJsonValue &value : stored) {
        if (auto silence = Silence::fromJson(value.toObject()))
            silences << *silence;
    }
    return silences;
}

QList<Silence> SilenceStore::current(const QDateTime &now, QString *error) const
{
    QList<Silence> silences = readAll(error);
    silences.removeIf([&now](const Silence &silence) { return silence.until <= now; });
    return silences;
}

bool SilenceStore::change(const std::function<bool(QList<Silence> &, QString *)> &edit, QString *error)
{
    if (!AppPaths::makeFolderFor(m_filePath)) {
        if (error)
            *error = QCoreApplication::translate("Silence", "Cannot create the folder of %1.").arg(m_filePath);
        return false;
    }
    FileLock lock(m_filePath + u".lock"_s);
    if (!lock.tryLock(kLockWaitMs)) {
        if (error)
            *error = QCoreApplication::translate("Silence", "The silences file %1 is locked by another process: %2").arg(m_filePath, lock.errorString());
        return false;
    }
    QString readError;
    QList<Silence> silences = readAll(&readError);
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return false;
    }
    if (!edit(silences, error))
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    silences.removeIf([&now](const Silence &silence) { return silence.until <= now; });
    QJsonArray array;
    for (const Silence &silence : std::as_const(silences))
        array.append(silence.toJson());
    // Written whole through a temporary file: a crash leaves the old silences, never half of them.
    QSaveFile file(m_filePath);
    if (!AppPaths::makePrivateFile(m_filePath) || !file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(QJsonObject{{"silences"_L1, array}}).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Silence", "Cannot write the silences to %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

std::optional<Silence> SilenceStore::add(Silence silence, QString *error)
{
    if (!silence.from.isValid())
        silence.from = QDateTime::currentDateTimeUtc();
    if (silence.author.isEmpty())
        silence.author = osUserName();
    if (silence.cluster.isEmpty() || !silence.until.isValid() || silence.until <= silence.from) {
        if (error)
            *error = QCoreApplication::translate("Silence", "A silence needs a cluster and an end after its start.");
        return std::nullopt;
    }
    const bool stored = change(
        [&silence](QList<Silence> &silences, QString *) {
            auto taken = [&silences](const QString &id) {
                return std::any_of(silences.cbegin(), silences.cend(), [&id](const Silence &other) { return other.id == id; });
            };
            do {
                silence.id = QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
            } while (taken(silence.id));
            silences << silence;
            return true;
        },
        error);
    return stored ? std::optional(silence) : std::nullopt;
}

bool SilenceStore::setUntil(const QString &id, const QDateTime &until, QString *error)
{
    return change(
        [&](QList<Silence> &silences, QString *editError) {
            for (Silence &silence : silences) {
                if (silence.id == id) {
                    silence.until = until;
                    return true;
                }
            }
            if (editError)
                *editError = QCoreApplication::translate("Silence", "No silence %1 is in effect (pgversectl silence list shows them).").arg(id);
            return false;
        },
        error);
}

std::optional<qint64> parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    qint64 unit = 60;
    QStringView count = text.chopped(1);
    switch (text.back().toLatin1()) {
    case 's':
        unit = 1;
        break;
    case 'm':
        unit = 60;
        break;
    case 'h':
        unit = 3600;
        break;
    case 'd':
        unit = 86400;
        break;
    default: // a plain number: minutes
        count = text;
    }
    bool ok = false;
    const qint64 number = count.toLongLong(&ok);
    if (!ok || number <= 0 || number > 366LL * 86400 / unit)
        return std::nullopt;
    return number * unit;
}

} // namespace pgv
