// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagstore.h"

#include "core/apppaths.h"
#include "lagdatabase.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pgv {

/// The part of LagStore that lives on the store's thread and owns the database connection.
class LagStoreWorker : public QObject
{
    Q_OBJECT
public:
    LagStoreWorker(QString filePath, int retentionDays) : m_filePath(std::move(filePath)), m_retentionDays(retentionDays) {}

    void start()
    {
        QString notice;
        m_database.open(m_filePath, &notice);
        if (!notice.isEmpty())
            Q_EMIT noticed(notice);
        Q_EMIT opened(m_database.filePath());
        prune();
        m_flushTimer = new QTimer(this);
        connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(false); });
        m_flushTimer->start(1000);
        auto *pruneTimer = new QTimer(this);
        connect(pruneTimer, &QTimer::timeout, this, &LagStoreWorker::prune);
        pruneTimer->start(3600 * 1000);
    }
    void record(const QString &cluster, const QList<LagPoint> &points, const QList<ClusterEvent> &events)
    {
        Pending &pending = m_pending[cluster];
        pending.points << points;
        pending.events << events;
    }
    void flush(bool announce)
    {
        int rows = 0;
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            QString error;
            rows += m_database.write(it.key(), it->points, it->events, &error);
            if (!error.isEmpty() && !m_writeErrorReported) {
                m_writeErrorReported = true; // once: a full disk would otherwise repeat every second
                Q_EMIT noticed(tr("Lag history could not be written to %1: %2").arg(m_database.filePath(), error));
            }
        }
        m_pending.clear();
        if (announce)
            Q_EMIT flushed(rows);
    }
    void load(const QString &cluster, qint64 sinceMs)
    {
        flush(false);
        QList<LagPoint> points;
        QList<ClusterEvent> events;
        m_database.read(cluster, sinceMs, &points, &events);
        Q_EMIT loaded(cluster, points, events);
    }
    void prune() { m_database.prune(QDateTime::currentMSecsSinceEpoch() - qint64(m_retentionDays) * 24 * 3600 * 1000); }

Q_SIGNALS:
    void opened(const QString &filePath);
    void loaded(const QString &cluster, const QList<pgv::LagPoint> &points, const QList<pgv::ClusterEvent> &events);
    void flushed(int rows);
    void noticed(const QString &message);

private:
    struct Pending
    {
        QList<LagPoint> points;
        QList<ClusterEvent> events;
    };
    QString m_filePath;
    int m_retentionDays;
    LagDatabase m_database;
    QHash<QString, Pending> m_pending;
    QTimer *m_flushTimer = nullptr;
    bool m_writeErrorReported = false;
};

LagStore::LagStore(const QString &filePath, int retentionDays, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new LagStoreWorker(filePath.isEmpty() ? defaultFilePath() : filePath, retentionDays))
{
    qRegisterMetaType<QList<pgv::LagPoint>>();
    qRegisterMetaType<QList<pgv::ClusterEvent>>();
    m_thread->setObjectName(u"lag history"_s);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &LagStoreWorker::opened, this, &LagStore::opened);
    connect(m_worker, &LagStoreWorker::loaded, this, &LagStore::loaded);
    connect(m_worker, &LagStoreWorker::flushed, this, &LagStore::flushed);
    connect(m_worker, &LagStoreWorker::noticed, this, &LagStore::notice);
    // QThread delivers deferred deletes after finished(), so the worker never outlives its thread.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &LagStoreWorker::start);
}

LagStore::~LagStore()
{
    // Blocking, so that quit() cannot overtake the last flush and lose the newest samples.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->flush(false); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString LagStore::defaultFilePath()
{
    return AppPaths::dataDir() + u"/lag-history.sqlite"_s;
}

void LagStore::record(const QString &cluster, const QList<LagPoint> &points, const QList<ClusterEvent> &events)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, cluster, points, events] { worker->record(cluster, points, events); });
}

void LagStore::load(const QString &cluster, qint64 sinceMs)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, cluster, sinceMs] { worker->load(cluster, sinceMs); });
}

void LagStore::flush()
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->flush(true); });
}

} // namespace pgv

#include "lagstore.moc"
