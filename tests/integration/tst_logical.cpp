// SPDX-License-Identifier: GPL-3.0-or-later
// Logical replication on a real lab: `pgversectl lab subscriber add` turns a running streaming lab into the
// event-driven set-up (wal_level = logical on every node, shop.public.orders published as orders_pub, a stand-alone
// analytics server subscribing to it), rows reach the subscriber, and `pgversectl logical` names each state the
// subscription really gets into — streaming, disabled, slot_missing, publisher_down, erroring — with its problem,
// its fix and its exit code; the fix given brings it back to streaming.
#include "lab/serverbinaries.h"
#include "testenvironment.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

struct LogicalRead
{
    int exitCode = -1;
    QJsonObject document;
    QString err;

    QJsonObject subscription() const { return document.value("subscriptions"_L1).toArray().first().toObject(); }
    QString state() const { return subscription().value("state"_L1).toString(); }
    QStringList problemKinds() const
    {
        QStringList kinds;
        for (const QJsonValue &problem : document.value("problems"_L1).toArray())
            kinds << problem.toObject().value("kind"_L1).toString();
        return kinds;
    }
    QString problemMessage(const QString &kind) const
    {
        for (const QJsonValue &problem : document.value("problems"_L1).toArray()) {
            if (problem.toObject().value("kind"_L1).toString() == kind)
                return problem.toObject().value("message"_L1).toString();
        }
        return {};
    }
};

} // namespace

class TestLogical : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void subscriberAddedToARunningLab()
    {
        QCOMPARE(m_lab->sql(u"node1"_s, u"SHOW wal_level"_s).value_or(QString()), u"replica"_s);
        const auto added = test::runPgversectl({u"lab"_s, u"subscriber"_s, u"add"_s, u"--dir"_s, m_lab->dir(), u"--json"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const QJsonObject subscriber = QJsonDocument::fromJson(added.out.toUtf8()).object().value("subscriber"_L1).toObject();
        QCOMPARE(subscriber.value("name"_L1).toString(), u"analytics"_s);
        QCOMPARE(subscriber.value("running"_L1).toBool(), true);
        QCOMPARE(subscriber.value("subscription"_L1).toString(), u"orders_sub"_s);
        QVERIFY(m_lab->reload());
        QVERIFY(m_lab->manifest().subscriber);
        // Every node, so that whichever is promoted next can hold the slot.
        for (const QString &node : {u"node1"_s, u"node2"_s})
            QCOMPARE(m_lab->sql(node, u"SHOW wal_level"_s).value_or(QString()), u"logical"_s);
        QCOMPARE(m_lab->sqlIn(u"node1"_s, u"shop"_s, u"SELECT string_agg(format('%I.%I', schemaname, tablename), ',') FROM pg_publication_tables WHERE pubname = 'orders_pub'"_s)
                     .value_or(QString()),
                 u"public.orders"_s);
        QCOMPARE(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"SELECT subenabled::text FROM pg_subscription WHERE subname = 'orders_sub'"_s).value_or(QString()),
                 u"true"_s);
        // Adding a second one is refused, and says why.
        const auto again = test::runPgversectl({u"lab"_s, u"subscriber"_s, u"add"_s, u"--dir"_s, m_lab->dir()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already has a subscriber"_s), qPrintable(again.err));

        // `lab env` reaches the subscriber as PGSERVICE=analytics, as the psql line does.
        const auto env = test::runPgversectl({u"lab"_s, u"env"_s, u"--dir"_s, m_lab->dir()});
        QCOMPARE(env.exitCode, 0);
        QString error;
        const auto binaries = ServerBinaries::locate(m_lab->manifest().binDir, &error);
        QVERIFY2(binaries, qPrintable(error));
        QProcess shell;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PATH"_s, QFileInfo(binaries->tool(u"psql"_s)).path() + u':' + environment.value(u"PATH"_s));
        shell.setProcessEnvironment(environment);
        shell.start(u"sh"_s, {u"-c"_s, env.out + u"\nPGSERVICE=analytics psql -d shop -Atc \"SELECT current_setting('cluster_name'), count(*) FROM orders\""_s});
        QVERIFY(shell.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()).trimmed(), u"analytics|0"_s);
    }

    void rowsReachTheSubscriberAndItStreams()
    {
        QVERIFY(m_lab->sqlIn(u"node1"_s, u"shop"_s,
                             u"INSERT INTO orders (order_id, customer_id, total) SELECT g, g % 17, g * 1.25 FROM generate_series(1, 500) g"_s));
        QVERIFY(waitForRows(500));
        const LogicalRead read = waitForState(u"streaming"_s);
        QVERIFY2(read.exitCode == 0, qPrintable(read.err + QString::fromUtf8(QJsonDocument(read.document).toJson())));
        const QJsonObject subscription = read.subscription();
        QCOMPARE(subscription.value("name"_L1).toString(), u"orders_sub"_s);
        QCOMPARE(subscription.value("node"_L1).toString(), u"analytics"_s);
        QCOMPARE(subscription.value("database"_L1).toString(), u"shop"_s);
        QCOMPARE(subscription.value("publisher"_L1).toString(), u"node1"_s);
        QCOMPARE(subscription.value("publisher_cluster"_L1).toString(), m_lab->manifest().name);
        QCOMPARE(subscription.value("publications"_L1).toArray(), QJsonArray({u"orders_pub"_s}));
        QCOMPARE(subscription.value("slot"_L1).toString(), u"orders_sub"_s);
        QVERIFY(subscription.value("lag_bytes"_L1).isDouble());
        QVERIFY(subscription.value("lag_s"_L1).isDouble());
        QVERIFY(subscription.value("worker_pid"_L1).toInt() > 0);
        QCOMPARE(subscription.value("apply_error_count"_L1).toInt(-1), 0);
        QCOMPARE(subscription.value("tables"_L1).toArray(), QJsonArray({QJsonObject{{"table"_L1, u"public.orders"_s}, {"state"_L1, u"ready"_s}}}));
        const QJsonArray slots = read.document.value("slots"_L1).toArray();
        QCOMPARE(slots.size(), 1);
        QCOMPARE(slots[0].toObject().value("node"_L1).toString(), u"node1"_s);
        QCOMPARE(slots[0].toObject().value("plugin"_L1).toString(), u"pgoutput"_s);
        QCOMPARE(slots[0].toObject().value("active"_L1).toBool(), true);
        QCOMPARE(slots[0].toObject().value("wal_status"_L1).toString(), u"reserved"_s);
        const QJsonArray publications = read.document.value("publications"_L1).toArray();
        QCOMPARE(publications.size(), 1);
        QCOMPARE(publications[0].toObject().value("tables"_L1).toArray(), QJsonArray({u"public.orders"_s}));
        QVERIFY(read.problemKinds().isEmpty());

        // The standby's walsender for the subscriber is not mistaken for a standby of the cluster.
        const auto status = test::runPgversectl({u"status"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value("nodes"_L1).toArray().size(), 2);

        const auto text = test::runPgversectl({u"logical"_s, u"--lab"_s, m_lab->dir()});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"orders_sub"_s) && text.out.contains(u"streaming"_s) && text.out.contains(u"1 of 1 ready"_s), qPrintable(text.out));
    }

    void aDisabledSubscriptionIsNamedWithItsFix()
    {
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"ALTER SUBSCRIPTION orders_sub DISABLE"_s));
        const LogicalRead read = waitForState(u"disabled"_s);
        QCOMPARE(read.exitCode, 1);
        QVERIFY2(read.problemKinds().contains(u"subscription_disabled"_s), qPrintable(read.problemKinds().join(u", "_s)));
        const QString message = read.problemMessage(u"subscription_disabled"_s);
        QVERIFY2(message.contains(u"ALTER SUBSCRIPTION \"orders_sub\" ENABLE;"_s), qPrintable(message));
        // Its slot, with nobody reading it, is named too once the walsender has gone.
        QTRY_VERIFY_WITH_TIMEOUT(readLogical().problemKinds().contains(u"slot_inactive"_s), 10000);
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"ALTER SUBSCRIPTION \"orders_sub\" ENABLE;"_s));
        QCOMPARE(waitForState(u"streaming"_s).exitCode, 0);
    }

    void aMissingSlotIsCritical()
    {
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"ALTER SUBSCRIPTION orders_sub DISABLE"_s));
        // The walsender lets go of the slot shortly after the subscriber disconnects.
        QVERIFY(pollSql(u"node1"_s, u"SELECT NOT active FROM pg_replication_slots WHERE slot_name = 'orders_sub'"_s, u"t"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"SELECT pg_drop_replication_slot('orders_sub')"_s));
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"ALTER SUBSCRIPTION orders_sub ENABLE"_s));
        const LogicalRead read = waitForState(u"slot_missing"_s);
        QCOMPARE(read.exitCode, 1);
        QVERIFY(read.problemKinds().contains(u"slot_missing"_s));
        const QString message = read.problemMessage(u"slot_missing"_s);
        QVERIFY2(message.contains(u"pg_create_logical_replication_slot('orders_sub', 'pgoutput')"_s) && message.contains(u"node1"_s)
                     && message.contains(u"in database shop"_s),
                 qPrintable(message));
        QVERIFY(read.document.value("slots"_L1).toArray().isEmpty());
        // The fix the message gives, where it says (nothing was written meanwhile, so nothing is skipped).
        QVERIFY(m_lab->sqlIn(u"node1"_s, u"shop"_s, u"SELECT pg_create_logical_replication_slot('orders_sub', 'pgoutput')"_s));
        QCOMPARE(waitForState(u"streaming"_s, 30000).exitCode, 0);
    }

    void aDownPublisherIsNamed()
    {
        QString error;
        QVERIFY2(m_lab->lab().stopNode(u"node1"_s, &error), qPrintable(error));
        const LogicalRead read = waitForState(u"publisher_down"_s);
        QCOMPARE(read.exitCode, 1);
        QVERIFY(read.problemKinds().contains(u"publisher_down"_s));
        QVERIFY2(m_lab->lab().startNode(u"node1"_s, &error), qPrintable(error));
        QCOMPARE(waitForState(u"streaming"_s, 30000).exitCode, 0);
    }

    void applyErrorsAreCountedAndNamed()
    {
        // A row already on the subscriber: the publisher's insert of the same key cannot be applied.
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) VALUES (100000, 1, 1)"_s));
        QVERIFY(m_lab->sqlIn(u"node1"_s, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) VALUES (100000, 2, 2)"_s));
        const LogicalRead read = waitForState(u"erroring"_s, 30000);
        QCOMPARE(read.exitCode, 1);
        QVERIFY(read.subscription().value("apply_error_count"_L1).toInt() > 0);
        QVERIFY(read.problemKinds().contains(u"subscription_errors"_s));
        // The fix: the conflicting row goes; the change applies and the subscriber has the publisher's row.
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"DELETE FROM orders WHERE order_id = 100000"_s));
        QVERIFY(pollSql(u"analytics"_s, u"SELECT customer_id FROM orders WHERE order_id = 100000"_s, u"2"_s, u"shop"_s, 30000));
        QCOMPARE(waitForState(u"streaming"_s, 30000).exitCode, 0);
        QCOMPARE(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"SELECT count(*) FROM orders"_s).value_or(QString()), u"501"_s);
    }

    void theSubscriberStopsAndStartsWithTheLab()
    {
        const auto stopped = test::runPgversectl({u"lab"_s, u"stop"_s, u"--dir"_s, m_lab->dir()});
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.err));
        QVERIFY(!m_lab->lab().runningPid(u"analytics"_s));
        const auto started = test::runPgversectl({u"lab"_s, u"start"_s, u"--dir"_s, m_lab->dir()});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        QVERIFY(m_lab->lab().runningPid(u"analytics"_s));
        QCOMPARE(waitForState(u"streaming"_s, 30000).exitCode, 0);
    }

private:
    LogicalRead readLogical() const
    {
        const auto result = test::runPgversectl({u"logical"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        return LogicalRead{result.exitCode, QJsonDocument::fromJson(result.out.toUtf8()).object(), result.err};
    }

    LogicalRead waitForState(const QString &state, int timeoutMs = 15000) const
    {
        QElapsedTimer timer;
        timer.start();
        LogicalRead read = readLogical();
        while (read.state() != state && timer.elapsed() < timeoutMs) {
            QThread::msleep(200);
            read = readLogical();
        }
        if (read.state() != state)
            qWarning("still %s, not %s: %s", qPrintable(read.state()), qPrintable(state), QJsonDocument(read.document).toJson().constData());
        [&] { QCOMPARE(read.state(), state); }();
        return read;
    }

    bool waitForRows(int rows) const
    {
        return pollSql(u"analytics"_s, u"SELECT count(*) FROM orders"_s, QString::number(rows), u"shop"_s, 15000);
    }

    bool pollSql(const QString &node, const QString &query, const QString &expected, const QString &database = u"postgres"_s,
                 int timeoutMs = 10000) const
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (m_lab->sqlIn(node, database, query).value_or(QString()) == expected)
                return true;
            QThread::msleep(100);
        }
        qWarning("%s on %s never gave %s", qPrintable(query), qPrintable(node), qPrintable(expected));
        return false;
    }

    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_GUILESS_MAIN(TestLogical)
#include "tst_logical.moc"
