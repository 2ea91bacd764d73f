// SPDX-License-Identifier: GPL-3.0-or-later
// The lag history file: written on its own thread, read back after a restart, and a damaged or locked file
// never stops recording.
#include "lag/lagstore.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
QList<LagPoint> samplePoints(qint64 start, int count)
{
    QList<LagPoint> points;
    for (int i = 0; i < count; ++i) {
        points << LagPoint{{u"node2"_s, LagMetric::ReplayBytes}, start + i * 1000, double(i * 100)};
        points << LagPoint{{u"node3"_s, LagMetric::ReplaySeconds}, start + i * 1000, i * 0.5};
    }
    return points;
}

struct Loaded
{
    QList<LagPoint> points;
    QList<ClusterEvent> events;
};

Loaded loadFrom(LagStore &store, const QString &cluster, qint64 since)
{
    QSignalSpy loaded(&store, &LagStore::loaded);
    store.load(cluster, since);
    if (!loaded.wait(5000))
        return {};
    return {loaded.first().at(1).value<QList<LagPoint>>(), loaded.first().at(2).value<QList<ClusterEvent>>()};
}
} // namespace

class TestLagStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samplesSurviveARestart()
    {
        test::ServerReachableTempDir dir;
        const QString file = dir.filePath(u"history.sqlite"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            LagStore store(file);
            QSignalSpy flushed(&store, &LagStore::flushed);
            store.record(u"lab"_s, samplePoints(now - 60000, 30), {ClusterEvent{now - 30000, ClusterEvent::Kind::NodeDown, u"node3"_s, u"node3 down"_s}});
            store.record(u"other"_s, samplePoints(now - 60000, 5));
            store.flush();
            QVERIFY(flushed.wait(5000));
            QCOMPARE(flushed.first().first().toInt(), 60 + 1 + 10);
        }
        LagStore reopened(file);
        const Loaded lab = loadFrom(reopened, u"lab"_s, now - 3600 * 1000);
        QCOMPARE(lab.points.size(), 60);
        const auto newestNode2 = std::find_if(lab.points.crbegin(), lab.points.crend(), [](const LagPoint &p) { return p.key.subject == u"node2"; });
        QCOMPARE(newestNode2->value, 2900.0);
        QCOMPARE(newestNode2->key.metric, LagMetric::ReplayBytes);
        QCOMPARE(lab.events.size(), 1);
        QCOMPARE(lab.events.first().kind, ClusterEvent::Kind::NodeDown);
        QCOMPARE(lab.events.first().label, u"node3 down"_s);
        // Ordered by time, and only the asked window and cluster.
        QVERIFY(std::is_sorted(lab.points.cbegin(), lab.points.cend(), [](const LagPoint &a, const LagPoint &b) { return a.timeMs < b.timeMs; }));
        QCOMPARE(loadFrom(reopened, u"lab"_s, now - 10000).points.size(), 0);
        QCOMPARE(loadFrom(reopened, u"other"_s, 0).points.size(), 10);
    }

    void oldSamplesArePrunedByRetention()
    {
        test::ServerReachableTempDir dir;
        const QString file = dir.filePath(u"history.sqlite"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        {
            LagStore store(file, 7);
            store.record(u"lab"_s, samplePoints(now - 10ll * 24 * 3600 * 1000, 3) + samplePoints(now - 1000, 1));
            QSignalSpy flushed(&store, &LagStore::flushed);
            store.flush();
            QVERIFY(flushed.wait(5000));
        }
        LagStore reopened(file, 7); // opening prunes what is older than the retention
        QCOMPARE(loadFrom(reopened, u"lab"_s, 0).points.size(), 2);
    }

    void aDamagedFileIsSetAsideAndRecordingGoesOn()
    {
        test::ServerReachableTempDir dir;
        const QString file = dir.filePath(u"history.sqlite"_s);
        QFile damaged(file);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x5a')); // a header, then garbage
        damaged.close();

        LagStore store(file);
        QSignalSpy notice(&store, &LagStore::notice);
        QSignalSpy opened(&store, &LagStore::opened);
        QVERIFY(opened.wait(5000));
        QCOMPARE(notice.count(), 1);
        QVERIFY2(notice.first().first().toString().contains(u"could not be read"_s), qPrintable(notice.first().first().toString()));
        QCOMPARE(opened.first().first().toString(), file);
        const QStringList aside = QDir(dir.path()).entryList({u"history.sqlite.corrupt-*"_s});
        QCOMPARE(aside.size(), 1);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        store.record(u"lab"_s, samplePoints(now, 3));
        QCOMPARE(loadFrom(store, u"lab"_s, 0).points.size(), 6);
    }

    void aLockedFileLeavesItAloneAndUsesAnother()
    {
        test::ServerReachableTempDir dir;
        const QString file = dir.filePath(u"history.sqlite"_s);
        {
            LagStore first(file);
            QSignalSpy opened(&first, &LagStore::opened);
            QVERIFY(opened.wait(5000));
        }
        // Another program holds an exclusive lock on the file.
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(file);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY(lock.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        {
            LagStore store(file);
            QSignalSpy notice(&store, &LagStore::notice);
            QSignalSpy opened(&store, &LagStore::opened);
            QVERIFY(opened.wait(5000));
            QCOMPARE(notice.count(), 1);
            QVERIFY2(notice.first().first().toString().contains(u"locked"_s), qPrintable(notice.first().first().toString()));
            QVERIFY(opened.first().first().toString() != file);
            store.record(u"lab"_s, samplePoints(QDateTime::currentMSecsSinceEpoch(), 2));
            QCOMPARE(loadFrom(store, u"lab"_s, 0).points.size(), 4);
        }
        lock.exec(u"ROLLBACK"_s);
        lock.finish();
        holder.close();
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"holder"_s);
        QVERIFY(QFile::exists(file)); // untouched
    }
};

QTEST_GUILESS_MAIN(TestLagStore)
#include "tst_lagstore.moc"
