// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagdatabase.h"

#include "core/apppaths.h"
#include "pg/sqlresource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
const QStringList &schema()
{
    // QSqlQuery runs one statement at a time.
    static const QStringList statements = [] {
        QStringList split;
        for (const QString &statement : sqlResource("lag_schema").split(u';')) {
            if (!statement.trimmed().isEmpty())
                split << statement.trimmed();
        }
        return split;
    }();
    return statements;
}
} // namespace

LagDatabase::LagDatabase()
    : m_connectionName(u"lag-history-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

LagDatabase::~LagDatabase()
{
    close();
}

void LagDatabase::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_seriesIds.clear();
}

bool LagDatabase::openFile(const QString &filePath, QString *error)
{
    close();
    AppPaths::makeFolderFor(filePath);
    // Created owner-only before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode.
    AppPaths::makePrivateFile(filePath);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(filePath);
    // A second program holding the file answers "busy" within this time instead of blocking us.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=500"_s);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    // quick_check reads every page: a damaged file fails here rather than in the middle of recording.
    if (!query.exec(u"PRAGMA quick_check"_s) || !query.next() || query.value(0).toString() != u"ok") {
        *error = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        return false;
    }
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}) {
        if (!query.exec(pragma)) {
            *error = query.lastError().text();
            return false;
        }
    }
    for (const QString &statement : schema()) {
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    m_filePath = filePath;
    return true;
}

bool LagDatabase::open(const QString &filePath, QString *notice)
{
    QString error;
    if (openFile(filePath, &error))
        return true;
    const bool locked = error.contains(u"locked"_s, Qt::CaseInsensitive) || error.contains(u"busy"_s, Qt::CaseInsensitive);
    close();
    QString fresh = filePath;
    if (locked) {
        fresh = filePath + u'.' + QString::number(QCoreApplication::applicationPid());
        *notice = QCoreApplication::translate("LagDatabase", "The lag history file %1 is locked by another program (%2). "
                                                             "This session records into %3 instead.")
                      .arg(filePath, error, fresh);
    } else {
        const QString aside = filePath + u".corrupt-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
        QFile::rename(filePath, aside);
        QFile::remove(filePath + u"-wal"_s);
        QFile::remove(filePath + u"-shm"_s);
        *notice = QCoreApplication::translate("LagDatabase", "The lag history file %1 could not be read (%2). It was kept as %3 "
                                                             "and a new, empty history was started.")
                      .arg(filePath, error, aside);
    }
    QString secondError;
    if (openFile(fresh, &secondError))
        return true;
    *notice += u' ' + QCoreApplication::translate("LagDatabase", "The new file could not be opened either (%1): lag history is "
                                                                "kept in memory only.").arg(secondError);
    return false;
}

qint64 LagDatabase::seriesId(const QString &cluster, const SeriesKey &key, QString *error)
{
    const QString cacheKey = cluster + u'\n' + key.subject + u'\n' + metricName(key.metric);
    if (const auto it = m_seriesIds.constFind(cacheKey); it != m_seriesIds.cend())
        return *it;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"INSERT INTO series (cluster, subject, metric) VALUES (?, ?, ?) "
                  "ON CONFLICT (cluster, subject, metric) DO UPDATE SET cluster = excluded.cluster RETURNING id"_s);
    query.addBindValue(cluster);
    query.addBindValue(key.subject);
    query.addBindValue(metricName(key.metric));
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    const qint64 id = query.value(0).toLongLong();
    m_seriesIds.insert(cacheKey, id);
    return id;
}

int LagDatabase::write(const QString &cluster, const QList<LagPoint> &points, const QList<ClusterEvent> &events, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen() || (points.isEmpty() && events.isEmpty()))
        return 0;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return 0;
    }
    int rows = 0;
    QSqlQuery sample(db);
    sample.prepare(u"INSERT OR REPLACE INTO samples (series_id, t, v) VALUES (?, ?, ?)"_s);
    for (const LagPoint &point : points) {
        const qint64 id = seriesId(cluster, point.key, error);
        if (id < 0)
            break;
        sample.bindValue(0, id);
        sample.bindValue(1, point.timeMs);
        sample.bindValue(2, point.value);
        if (!sample.exec()) {
            *error = sample.lastError().text();
            break;
        }
        ++rows;
    }
    QSqlQuery event(db);
    event.prepare(u"INSERT INTO events (t, cluster, kind, node, label) VALUES (?, ?, ?, ?, ?)"_s);
    for (const ClusterEvent &item : events) {
        event.bindValue(0, item.timeMs);
        event.bindValue(1, cluster);
        event.bindValue(2, eventKindName(item.kind));
        event.bindValue(3, item.node);
        event.bindValue(4, item.label);
        if (event.exec())
            ++rows;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return 0;
    }
    return rows;
}

void LagDatabase::read(const QString &cluster, qint64 sinceMs, QList<LagPoint> *points, QList<ClusterEvent> *events) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT s.subject, s.metric, p.t, p.v FROM samples p JOIN series s ON s.id = p.series_id "
                  "WHERE s.cluster = ? AND p.t >= ? ORDER BY p.t"_s);
    query.addBindValue(cluster);
    query.addBindValue(sinceMs);
    if (query.exec()) {
        while (query.next()) {
            const auto metric = metricFromName(query.value(1).toString());
            if (metric)
                *points << LagPoint{{query.value(0).toString(), *metric}, query.value(2).toLongLong(), query.value(3).toDouble()};
        }
    }
    query.prepare(u"SELECT t, kind, node, label FROM events WHERE cluster = ? AND t >= ? ORDER BY t"_s);
    query.addBindValue(cluster);
    query.addBindValue(sinceMs);
    if (query.exec()) {
        while (query.next()) {
            const auto kind = eventKindFromName(query.value(1).toString());
            if (kind)
                *events << ClusterEvent{query.value(0).toLongLong(), *kind, query.value(2).toString(), query.value(3).toString()};
        }
    }
}

void LagDatabase::prune(qint64 beforeMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    QSqlQuery query(db);
    query.prepare(u"DELETE FROM samples WHERE t < ?"_s);
    query.addBindValue(beforeMs);
    query.exec();
    query.prepare(u"DELETE FROM events WHERE t < ?"_s);
    query.addBindValue(beforeMs);
    query.exec();
}

} // namespace pgv
