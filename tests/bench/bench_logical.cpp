// SPDX-License-Identifier: GPL-3.0-or-later
// Logical replication on a real lab with its analytics subscriber. Reports p50, p95 and max of:
//  - insert-to-visible: a row committed on the primary until the subscriber's own query returns it, one row at a time
//    (the analytics goal is under 2 s), while the cluster is steady and while switchovers run (each one keeps the
//    subscriber whole: it waits for it, holds writes until the new slot exists and points the subscription there);
//    inserts that failed while the primary changed are counted, and every acknowledged row must reach the subscriber;
//  - reading the logical state: `pgversectl logical --json` against the two psql queries a DBA would type (the slot
//    on the publisher, pg_stat_subscription on the subscriber), whole programs, in alternating pairs.
// CI: 40 rows, 2 switchovers, 5 pairs. Notes: PGV_BENCH_LOGICAL_ROWS, PGV_BENCH_LOGICAL_SWITCHOVERS, PGV_BENCH_LOGICAL_PAIRS.
#include "lab/serverbinaries.h"
#include "pg/pgsession.h"
#include "tail.h"
#include "testenvironment.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pgv;
using test::Tail;

namespace {

int setting(const char *name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

} // namespace

class BenchLogical : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1, false, test::TestLab::Subscriber::Analytics);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QString error;
        const auto binaries = ServerBinaries::locate(m_lab->manifest().binDir, &error);
        QVERIFY2(binaries, qPrintable(error));
        m_psql = binaries->tool(u"psql"_s);
        PgError pgError;
        QVERIFY2(m_subscriber.open(inShop(m_lab->conninfo(u"analytics"_s)), {}, QDeadlineTimer(5000), &pgError), qPrintable(pgError.message));
    }
    void cleanupTestCase()
    {
        m_subscriber.close();
        m_lab.reset();
    }

    void insertToVisibleSteady()
    {
        const int rows = setting("PGV_BENCH_LOGICAL_ROWS", 40);
        PgSession primary;
        PgError error;
        QVERIFY2(primary.open(inShop(m_lab->writableConnInfo()), {}, QDeadlineTimer(5000), &error), qPrintable(error.message));
        Tail visible;
        for (int i = 0; i < rows; ++i) {
            const qint64 id = m_next++;
            QVERIFY2(primary.exec(insertOf(id), QDeadlineTimer(5000), &error), qPrintable(error.message));
            QElapsedTimer clock;
            clock.start();
            QVERIFY(waitVisible(id, 10000));
            visible.values << double(clock.nsecsElapsed()) / 1e6;
        }
        qInfo("insert-to-visible, steady, %d rows: %s", rows, qPrintable(visible.text(2)));
    }

    void insertToVisibleAcrossSwitchovers()
    {
        const int switchovers = setting("PGV_BENCH_LOGICAL_SWITCHOVERS", 2);
        Tail visible;
        Tail duration;
        int failedInserts = 0;
        int acknowledged = 0;
        QString primaryNode = m_lab->lab().runningPrimary().value_or(QString());
        for (int s = 0; s < switchovers; ++s) {
            const QString target = primaryNode == u"node1" ? u"node2"_s : u"node1"_s;
            QProcess cli;
            QElapsedTimer took;
            took.start();
            cli.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, {u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, target, u"--yes"_s});
            QVERIFY(cli.waitForStarted());
            // One row at a time, each through a connection that finds the primary, as an application's would.
            // waitForFinished(0) lets QProcess notice the exit: without an event loop its state would never change.
            while (!cli.waitForFinished(0) && cli.state() == QProcess::Running) {
                const qint64 id = m_next++;
                PgSession writer;
                PgError error;
                if (!writer.open(inShop(m_lab->writableConnInfo()), {}, QDeadlineTimer(2000), &error) || !writer.exec(insertOf(id), QDeadlineTimer(2000), &error)) {
                    ++failedInserts;
                    QThread::msleep(20);
                    continue;
                }
                ++acknowledged;
                QElapsedTimer clock;
                clock.start();
                QVERIFY2(waitVisible(id, 30000), qPrintable(u"order %1 never reached the subscriber"_s.arg(id)));
                visible.values << double(clock.nsecsElapsed()) / 1e6;
            }
            QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(120000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().right(2000).constData());
            duration.values << double(took.elapsed());
            primaryNode = target;
        }
        qInfo("insert-to-visible during %d switchovers (each %s whole): %d rows acknowledged, %d inserts failed while the primary changed; %s",
              switchovers, qPrintable(duration.text(0)), acknowledged, failedInserts, qPrintable(visible.text(2)));
        QVERIFY(acknowledged > 0);
    }

    void readingTheLogicalState()
    {
        const int pairs = setting("PGV_BENCH_LOGICAL_PAIRS", 5);
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        Tail ours;
        Tail psql;
        for (int i = 0; i < pairs; ++i) {
            for (const bool psqlFirst : {i % 2 == 0, i % 2 != 0}) {
                QElapsedTimer clock;
                clock.start();
                if (psqlFirst) {
                    QVERIFY(run(m_psql, {u"-X"_s, u"-qAt"_s, u"-d"_s, inShop(m_lab->conninfo(primary)).toDisplayString(), u"-c"_s,
                                         u"SELECT slot_name, active, confirmed_flush_lsn, pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn) "
                                         "FROM pg_replication_slots WHERE slot_type = 'logical'"_s}));
                    QVERIFY(run(m_psql, {u"-X"_s, u"-qAt"_s, u"-d"_s, m_lab->conninfo(u"analytics"_s), u"-c"_s,
                                         u"SELECT subname, pid, received_lsn, latest_end_lsn, last_msg_receipt_time FROM pg_stat_subscription"_s}));
                    psql.values << double(clock.elapsed());
                } else {
                    QVERIFY(run(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, {u"logical"_s, u"--lab"_s, m_lab->dir(), u"--json"_s}));
                    ours.values << double(clock.elapsed());
                }
            }
        }
        qInfo("reading the logical state, %d pairs: pgversectl logical --json %s; two psql queries %s", pairs, qPrintable(ours.text(0)),
              qPrintable(psql.text(0)));
    }

private:
    static ConnInfo inShop(const QString &conninfo)
    {
        auto info = ConnInfo::parse(conninfo);
        info->set(u"dbname"_s, u"shop"_s);
        return *info;
    }
    static QString insertOf(qint64 id)
    {
        return u"INSERT INTO orders (order_id, customer_id, total) VALUES (%1, %1 %% 97, 12.50)"_s.arg(id).replace(u"%%"_s, u"%"_s);
    }
    bool waitVisible(qint64 id, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        PgError error;
        const QString query = u"SELECT 1 FROM orders WHERE order_id = %1"_s.arg(id);
        while (clock.elapsed() < timeoutMs) {
            const auto rows = m_subscriber.exec(query, QDeadlineTimer(2000), &error);
            if (rows && !rows->rows.isEmpty())
                return true;
            if (!m_subscriber.isOpen())
                m_subscriber.open(inShop(m_lab->conninfo(u"analytics"_s)), {}, QDeadlineTimer(2000), &error);
            QThread::usleep(500);
        }
        return false;
    }
    static bool run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    std::unique_ptr<test::TestLab> m_lab;
    PgSession m_subscriber;
    QString m_psql;
    qint64 m_next = 1;
};

QTEST_GUILESS_MAIN(BenchLogical)
#include "bench_logical.moc"
