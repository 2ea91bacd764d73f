// SPDX-License-Identifier: GPL-3.0-or-later
#include "backupcatalog.h"

#include "core/jsonarrays.h"
#include "core/jsonnulls.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("pgv::BackupCatalog", text);
}

QDateTime fromEpoch(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
}

} // namespace

std::optional<BackupCatalog> parsePgBackRestInfo(const QByteArray &json, const QString &stanza, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isArray()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                         ? translate("pgbackrest info printed no JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset)
                         : translate("pgbackrest info printed JSON that is not a list of stanzas");
        return std::nullopt;
    }
    for (const QJsonValue &entry : constArray(document)) {
        const QJsonObject object = entry.toObject();
        if (object.value("name"_L1).toString() != stanza)
            continue;
        BackupCatalog catalog;
        catalog.stanza = stanza;
        const QJsonObject status = object.value("status"_L1).toObject();
        catalog.statusCode = status.value("code"_L1).toInt();
        catalog.statusMessage = status.value("message"_L1).toString();
        catalog.backupRunning = status.value("lock"_L1).toObject().value("backup"_L1).toObject().value("held"_L1).toBool();
        for (const QJsonValue &archive : constArray(object.value("archive"_L1))) {
            const QJsonObject range = archive.toObject();
            if (catalog.archiveMin.isEmpty() || range.value("min"_L1).toString() < catalog.archiveMin)
                catalog.archiveMin = range.value("min"_L1).toString();
            if (range.value("max"_L1).toString() > catalog.archiveMax)
                catalog.archiveMax = range.value("max"_L1).toString();
        }
        for (const QJsonValue &value : constArray(object.value("backup"_L1))) {
            const QJsonObject backup = value.toObject();
            BackupRecord record;
            record.tool = u"pgbackrest"_s;
            record.label = backup.value("label"_L1).toString();
            record.type = backup.value("type"_L1).toString();
            const QJsonObject timestamp = backup.value("timestamp"_L1).toObject();
            record.started = fromEpoch(timestamp.value("start"_L1));
            record.stopped = fromEpoch(timestamp.value("stop"_L1));
            const QJsonObject info = backup.value("info"_L1).toObject();
            record.sizeBytes = qint64(info.value("size"_L1).toDouble());
            record.storedBytes = qint64(info.value("repository"_L1).toObject().value("delta"_L1).toDouble());
            const QJsonObject lsn = backup.value("lsn"_L1).toObject();
            record.lsnStart = lsn.value("start"_L1).toString();
            record.lsnStop = lsn.value("stop"_L1).toString();
            const QJsonObject wal = backup.value("archive"_L1).toObject();
            record.walStart = wal.value("start"_L1).toString();
            record.walStop = wal.value("stop"_L1).toString();
            record.prior = backup.value("prior"_L1).toString();
            record.error = backup.value("error"_L1).toBool();
            catalog.backups.append(record);
        }
        std::sort(catalog.backups.begin(), catalog.backups.end(),
                  [](const BackupRecord &a, const BackupRecord &b) { return a.started < b.started; });
        return catalog;
    }
    if (error)
        *error = translate("pgBackRest knows no stanza named %1 yet: run a first backup (it creates the stanza).").arg(stanza);
    return std::nullopt;
}

QString RecoveryWindow::toDisplayString() const
{
    if (!isValid())
        return translate("no recoverable window (no finished backup, or no WAL archived since)");
    return translate("%1 to %2 (UTC)").arg(earliest.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s), latest.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s));
}

RecoveryWindow recoveryWindow(const QList<BackupRecord> &backups, const QDateTime &latestArchived)
{
    RecoveryWindow window;
    for (const BackupRecord &backup : backups) {
        // A backup is consistent only from its stop point on: a restore cannot end before it. pgBackRest keeps
        // whole seconds and wants the stop strictly before the target, so the window opens a second later.
        if (backup.error || !backup.stopped.isValid())
            continue;
        const QDateTime usable = backup.tool == u"pgbackrest" ? backup.stopped.addSecs(1) : backup.stopped;
        if (!window.earliest.isValid() || usable < window.earliest)
            window.earliest = usable;
    }
    if (window.earliest.isValid() && latestArchived.isValid())
        window.latest = std::max(latestArchived, window.earliest);
    return window;
}

QJsonObject backupRecordToJson(const BackupRecord &record)
{
    return {
        {"tool"_L1, record.tool},
        {"label"_L1, record.label},
        {"type"_L1, record.type},
        {"started"_L1, timeOrNull(record.started)},
        {"stopped"_L1, timeOrNull(record.stopped)},
        {"size_bytes"_L1, double(record.sizeBytes)},
        {"stored_bytes"_L1, double(record.storedBytes)},
        {"lsn_start"_L1, textOrNull(record.lsnStart)},
        {"lsn_stop"_L1, textOrNull(record.lsnStop)},
        {"wal_start"_L1, textOrNull(record.walStart)},
        {"wal_stop"_L1, textOrNull(record.walStop)},
        {"prior"_L1, textOrNull(record.prior)},
        {"location"_L1, textOrNull(record.location)},
        {"verified"_L1, record.verified ? QJsonValue(*record.verified) : QJsonValue()},
        {"error"_L1, record.error},
    };
}

} // namespace pgv
