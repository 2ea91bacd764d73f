// SPDX-License-Identifier: GPL-3.0-or-later
// Logical replication on a real lab: `pgversectl lab subscriber add` turns a running streaming lab into the
// event-driven set-up (wal_level = logical on every node, shop.public.orders published as orders_pub, a stand-alone
// analytics server subscribing to it), rows reach the subscriber, and `pgversectl logical` names each state the
// subscription really gets into — streaming, disabled, slot_missing, publisher_down, erroring — with its problem,
// its fix and its exit code; the fix given brings it back to streaming.
#include "actions/actionlock.h"
#include "actions/labfailover.h"
#include "actions/labswitchover.h"
#include "lab/labsql.h"
#include "lab/serverbinaries.h"
#include "sequencewriter.h"
#include "testenvironment.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

#include <pqxx/pqxx>

#include <csignal>

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

        // `lab env` reaches the subscriber as PGSERVICE=analytics, as the issue's psql line does.
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

    void subscriptionChangesAreCheckedAuditedActions()
    {
        const auto run = [&](const QStringList &arguments) {
            return test::runPgversectl(QStringList{u"logical"_s} + arguments + QStringList{u"--lab"_s, m_lab->dir(), u"--json"_s});
        };
        const auto document = [](const test::CliResult &result) { return QJsonDocument::fromJson(result.out.toUtf8()).object(); };

        // A dry run: the checks and the plan, nothing changed.
        const auto dry = run({u"disable"_s, u"orders_sub"_s, u"--dry-run"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
        QCOMPARE(document(dry).value("action"_L1).toString(), u"disable-subscription"_s);
        QCOMPARE(document(dry).value("steps"_L1).toArray().first().toObject().value("title"_L1).toString(), u"ALTER SUBSCRIPTION \"orders_sub\" DISABLE"_s);
        QVERIFY2(dry.out.contains(u"keeps every change for it"_s), qPrintable(dry.out));
        QCOMPARE(readLogical().state(), u"streaming"_s);

        // While another action holds the publishing lab (a switchover would re-point this very subscription): refused.
        {
            ActionJournal running;
            running.action = u"switchover"_s;
            running.title = u"Switchover of %1 to node2"_s.arg(m_lab->manifest().name);
            ActionLock::Attempt attempt = ActionLock::acquire(labLockScope(m_lab->manifest().name, m_lab->dir()), running);
            QVERIFY2(attempt.lock, qPrintable(attempt.message));
            const auto busy = run({u"disable"_s, u"orders_sub"_s, u"--yes"_s});
            QCOMPARE(busy.exitCode, 1);
            QVERIFY2(document(busy).value("message"_L1).toString().contains(u"Switchover"_s), qPrintable(busy.out));
            QCOMPARE(document(busy).value("executed"_L1).toBool(true), false);
            attempt.lock->finish(false);
        }

        const auto disabled = run({u"disable"_s, u"orders_sub"_s, u"--yes"_s});
        QVERIFY2(disabled.exitCode == 0, qPrintable(document(disabled).value("message"_L1).toString()));
        QCOMPARE(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"SELECT subenabled::text FROM pg_subscription WHERE subname = 'orders_sub'"_s).value_or(QString()),
                 u"false"_s);
        // The run waited for the worker to stop: it is gone already, not on its way out.
        QCOMPARE(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"SELECT count(pid) FROM pg_stat_subscription WHERE subname = 'orders_sub'"_s).value_or(QString()),
                 u"0"_s);
        QCOMPARE(waitForState(u"disabled"_s).exitCode, 1);
        // What would do nothing or cannot work is refused, saying why.
        const auto again = run({u"disable"_s, u"orders_sub"_s, u"--yes"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.out.contains(u"already disabled"_s), qPrintable(again.out));
        const auto refreshDisabled = run({u"refresh"_s, u"orders_sub"_s, u"--yes"_s});
        QCOMPARE(refreshDisabled.exitCode, 1);
        QVERIFY2(refreshDisabled.out.contains(u"enable orders_sub first"_s), qPrintable(refreshDisabled.out));
        const auto nobody = run({u"enable"_s, u"no_such_sub"_s, u"--yes"_s});
        QCOMPARE(nobody.exitCode, 2);
        QVERIFY2(nobody.err.contains(u"No subscription named no_such_sub"_s), qPrintable(nobody.err));

        const auto enabled = run({u"enable"_s, u"orders_sub"_s, u"--yes"_s});
        QVERIFY2(enabled.exitCode == 0, qPrintable(enabled.out + enabled.err));
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"SELECT pid FROM pg_stat_subscription WHERE subname = 'orders_sub' AND relid IS NULL"_s));
        QCOMPARE(waitForState(u"streaming"_s, 30000).exitCode, 0);

        // A table added to the publication (and readable by the user the subscription connects as: the lab grants it
        // SELECT on orders alone) reaches the subscriber after a refresh, its rows copied first.
        QVERIFY(m_lab->sqlIn(u"node1"_s, u"shop"_s, u"CREATE TABLE refunds (refund_id bigint PRIMARY KEY, order_id bigint NOT NULL); "
                                                     "INSERT INTO refunds SELECT g, g FROM generate_series(1, 40) g; "
                                                     "ALTER PUBLICATION orders_pub ADD TABLE refunds; "
                                                     "GRANT SELECT ON refunds TO \"%1\""_s.arg(m_lab->manifest().replicationUser)));
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"CREATE TABLE refunds (refund_id bigint PRIMARY KEY, order_id bigint NOT NULL)"_s));
        const auto refreshed = run({u"refresh"_s, u"orders_sub"_s, u"--yes"_s});
        QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.out + refreshed.err));
        QCOMPARE(document(refreshed).value("action"_L1).toString(), u"refresh-publication"_s);
        QVERIFY(pollSql(u"analytics"_s, u"SELECT count(*) FROM refunds"_s, u"40"_s, u"shop"_s, 30000));
        QVERIFY(m_lab->sqlIn(u"node1"_s, u"shop"_s, u"INSERT INTO refunds VALUES (41, 41)"_s));
        QVERIFY(pollSql(u"analytics"_s, u"SELECT count(*) FROM refunds"_s, u"41"_s, u"shop"_s, 15000));
        QTRY_VERIFY_WITH_TIMEOUT(readLogical().subscription().value("tables"_L1).toArray().size() == 2 && readLogical().state() == u"streaming", 30000);

        // Every run is in the audit log, which is still intact.
        QCOMPARE(test::runPgversectl({u"audit"_s, u"verify"_s, u"--json"_s}).exitCode, 0);
        QFile log(m_environment.dataDir() + u"/audit.jsonl"_s);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray entries = log.readAll();
        for (const char *action : {"\"disable-subscription\"", "\"enable-subscription\"", "\"refresh-publication\""})
            QVERIFY2(entries.contains(action), action);

        // A read-only profile of the subscriber refuses before anything runs.
        QCOMPARE(test::runPgversectl({u"profile"_s, u"add"_s, u"analytics_watch"_s, u"--node"_s, u"analytics@"_s + m_lab->conninfo(u"analytics"_s),
                                      u"--read-only"_s}).exitCode, 0);
        const auto readOnly = test::runPgversectl({u"logical"_s, u"disable"_s, u"orders_sub"_s, u"--profile"_s, u"analytics_watch"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(readOnly.exitCode, 1);
        QVERIFY2(readOnly.out.contains(u"read-only"_s), qPrintable(readOnly.out));
        QCOMPARE(readLogical().state(), u"streaming"_s);
    }

    void switchoversKeepTheSubscriberWhole()
    {
        // Five switchovers back and forth while an application inserts orders through a connection that finds the
        // primary: every acknowledged order is on the primary, and the subscriber has exactly the primary's orders.
        const QString before = m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"SELECT count(*) FROM orders"_s).value_or(QString());
        auto writerInfo = ConnInfo::parse(m_lab->writableConnInfo());
        QVERIFY(writerInfo);
        writerInfo->set(u"dbname"_s, u"shop"_s);
        test::SequenceWriter writer(writerInfo->toDisplayString(), 1000000,
                                    u"INSERT INTO orders (order_id, customer_id, total) VALUES (%1, %1 % 97, 9.99)"_s);
        writer.start();
        QThread::msleep(300);
        QStringList notes;
        for (int i = 0; i < 5; ++i) {
            const QString target = i % 2 == 0 ? u"node2"_s : u"node1"_s;
            const auto switched = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, target, u"--yes"_s, u"--json"_s});
            const QJsonObject run = QJsonDocument::fromJson(switched.out.toUtf8()).object();
            if (switched.exitCode != 0)
                qWarning("%s", QJsonDocument(run.value("verification"_L1).toArray()).toJson().constData());
            QVERIFY2(switched.exitCode == 0, qPrintable(u"exit %1: %2\n%3"_s.arg(switched.exitCode).arg(run.value("message"_L1).toString(), switched.err.right(1500))));
            for (const QJsonValue &step : run.value("steps"_L1).toArray()) {
                const QString title = step.toObject().value("title"_L1).toString();
                const QString note = step.toObject().value("note"_L1).toString();
                if (title.startsWith(u"Wait until the logical subscribers"_s))
                    notes << note;
                // The hold kept every write out until the new slot existed, as pg_waldump finds in the new primary's WAL.
                if (title.startsWith(u"Move the logical subscribers"_s))
                    QVERIFY2(note.contains(u"no write got past the hold"_s), qPrintable(note));
            }
            QThread::msleep(300);
        }
        writer.stop();
        qInfo("%zu acknowledged orders; subscriber waits: %s", writer.committed().size(), qPrintable(notes.join(u" | "_s)));
        QCOMPARE(notes.size(), 5);
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        QCOMPARE(primary, u"node2"_s);
        const std::vector<qint64> committed = writer.committed();
        QVERIFY2(committed.size() > 20, qPrintable(QString::number(committed.size())));
        QString acknowledged;
        for (const qint64 n : committed)
            acknowledged += (acknowledged.isEmpty() ? QString() : u","_s) + QString::number(n);
        QCOMPARE(m_lab->sqlIn(primary, u"shop"_s, u"SELECT count(*) FROM orders WHERE order_id IN (%1)"_s.arg(acknowledged)).value_or(QString()),
                 QString::number(committed.size()));
        const QString digest = u"SELECT count(*) || ' ' || md5(string_agg(order_id::text || ':' || customer_id || ':' || total, ',' ORDER BY order_id)) FROM orders"_s;
        const QString onPrimary = m_lab->sqlIn(primary, u"shop"_s, digest).value_or(QString());
        QVERIFY(pollSql(u"analytics"_s, digest, onPrimary, u"shop"_s, 30000));
        QVERIFY(onPrimary.section(u' ', 0, 0).toInt() >= before.toInt() + int(committed.size()));
        // Nothing was applied twice: a repeated insert would have stopped the worker with a key violation.
        const LogicalRead read = waitForState(u"streaming"_s);
        QCOMPARE(read.subscription().value("publisher"_L1).toString(), primary);
        QCOMPARE(read.document.value("slots"_L1).toArray().size(), 1); // the old primaries keep no stale logical slot
        QCOMPARE(read.exitCode, 0);
    }

    void aSwitchoverRefusesWhenTheSubscriberCannotBeKeptWhole()
    {
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"ALTER SUBSCRIPTION orders_sub DISABLE"_s));
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        const QString target = primary == u"node1" ? u"node2"_s : u"node1"_s;
        const auto refused = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, target, u"--yes"_s, u"--json"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"orders_sub is disabled"_s) && refused.out.contains(u"--force"_s), qPrintable(refused.out.left(3000)));
        QCOMPARE(m_lab->lab().runningPrimary().value_or(QString()), primary);
        // --force goes on and says what the subscriber may miss; the subscription still points at the old primary.
        const auto forced = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, target, u"--yes"_s, u"--dry-run"_s,
                                                 u"--json"_s, u"--force"_s});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY2(forced.out.contains(u"misses whatever"_s), qPrintable(forced.out.left(3000)));
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"ALTER SUBSCRIPTION orders_sub ENABLE"_s));
        QCOMPARE(waitForState(u"streaming"_s, 30000).exitCode, 0);
    }

    void failoversSayWhatTheSubscriberLostOrKeepsAndMoveIt()
    {
        // The subscriber behind the standby: its walsender is stopped (SIGSTOP) while 50 orders commit and reach the
        // standby only; then the primary dies. Those 50 are what the subscriber never gets.
        const QString oldPrimary = m_lab->lab().runningPrimary().value_or(QString());
        const QString promoted = oldPrimary == u"node1" ? u"node2"_s : u"node1"_s;
        QVERIFY(waitForState(u"streaming"_s).exitCode == 0);
        const qint64 sender = m_lab->sql(oldPrimary, u"SELECT pid FROM pg_stat_replication WHERE application_name = 'orders_sub'"_s).value_or(QString()).toLongLong();
        QVERIFY(sender > 0);
        QCOMPARE(::kill(pid_t(sender), SIGSTOP), 0);
        const qint64 base = 5000000;
        for (int batch = 0; batch < 2; ++batch)
            QVERIFY(m_lab->sqlIn(oldPrimary, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) SELECT n, n % 97, 1.50 FROM generate_series(%1, %2) n"_s.arg(base + batch * 25).arg(base + batch * 25 + 24)));
        QVERIFY(pollSql(promoted, u"SELECT count(*) FROM orders WHERE order_id >= %1"_s.arg(base), u"50"_s, u"shop"_s));
        QVERIFY(m_lab->crash(oldPrimary));
        ::kill(pid_t(sender), SIGKILL); // it never sends them
        const QJsonObject lost = failOver(true);
        QCOMPARE(lost.value("parameters"_L1).toObject().value("subscriber_missed_changes"_L1).toInt(), 50);
        QCOMPARE(lost.value("parameters"_L1).toObject().value("subscriber_extra_changes"_L1).toInt(), 0);
        QCOMPARE(rowsOnlyOn(promoted, u"analytics"_s, base).size(), 50);
        QCOMPARE(rowsOnlyOn(u"analytics"_s, promoted, base).size(), 0);
        QVERIFY(m_lab->sqlIn(promoted, u"shop"_s, u"DELETE FROM orders WHERE order_id >= %1"_s.arg(base))); // back in step, through the new slot
        QVERIFY(pollSql(u"analytics"_s, u"SELECT count(*) FROM orders WHERE order_id >= %1"_s.arg(base), u"0"_s, u"shop"_s));

        // The subscriber ahead of the standby: the WAL receiver of the old primary (rejoined as a standby above) is
        // stopped while 20 orders commit and reach the subscriber, and killed with the primary. The subscriber keeps
        // 20 orders the new primary never has.
        const qint64 receiver = m_lab->sql(oldPrimary, u"SELECT pid FROM pg_stat_wal_receiver"_s).value_or(QString()).toLongLong();
        QVERIFY(receiver > 0);
        QCOMPARE(::kill(pid_t(receiver), SIGSTOP), 0);
        const qint64 ahead = 6000000;
        QVERIFY(m_lab->sqlIn(promoted, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) SELECT n, 7, 2.50 FROM generate_series(%1, %2) n"_s
                                                     .arg(ahead).arg(ahead + 19)));
        QVERIFY(pollSql(u"analytics"_s, u"SELECT count(*) FROM orders WHERE order_id >= %1"_s.arg(ahead), u"20"_s, u"shop"_s));
        const QString startupQuery = u"SELECT pid FROM pg_stat_activity WHERE backend_type = 'startup'"_s;
        const QString startup = m_lab->sql(oldPrimary, startupQuery).value_or(QString());
        QVERIFY(!startup.isEmpty());
        QVERIFY(m_lab->crash(promoted));
        ::kill(pid_t(receiver), SIGKILL); // the standby restarts its recovery without what the receiver held
        // Its postmaster notices the killed receiver a moment later and restarts every process: until a new startup
        // process runs, a connection may still get through to the old ones, and the failover's checks would then meet
        // the restart ("in recovery mode") and rightly refuse.
        QVERIFY(QTest::qWaitFor([&] {
            const QString now = m_lab->sql(oldPrimary, startupQuery).value_or(QString());
            return !now.isEmpty() && now != startup;
        }, 30000));
        QVERIFY(pollSql(oldPrimary, u"SELECT pg_is_in_recovery()"_s, u"t"_s, u"postgres"_s, 30000));
        const QJsonObject kept = failOver(false);
        QCOMPARE(kept.value("parameters"_L1).toObject().value("subscriber_missed_changes"_L1).toInt(), 0);
        QCOMPARE(kept.value("parameters"_L1).toObject().value("subscriber_extra_changes"_L1).toInt(), 20);
        QCOMPARE(rowsOnlyOn(u"analytics"_s, oldPrimary, ahead).size(), 20);
        QCOMPARE(rowsOnlyOn(oldPrimary, u"analytics"_s, ahead).size(), 0);
        // Its advice, followed: delete them there, and new orders stream from the new primary.
        QVERIFY(m_lab->sqlIn(u"analytics"_s, u"shop"_s, u"DELETE FROM orders WHERE order_id >= %1"_s.arg(ahead)));
        QVERIFY(m_lab->sqlIn(oldPrimary, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) SELECT n, 8, 3.50 FROM generate_series(%1, %2) n"_s
                                                    .arg(ahead).arg(ahead + 9)));
        QVERIFY(pollSql(u"analytics"_s, u"SELECT count(*) FROM orders WHERE order_id >= %1"_s.arg(ahead), u"10"_s, u"shop"_s));
        const LogicalRead read = waitForState(u"streaming"_s);
        QCOMPARE(read.subscription().value("publisher"_L1).toString(), oldPrimary);
    }

    void aFailoverKilledWhileItHoldsWritesIsFinishedByRecover()
    {
        // The node the last failover left fenced comes back as a standby; then the primary dies, and the failover
        // is killed (SIGKILL) while it promotes with writes held: recover finishes it and moves the subscriber.
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        const QString fenced = primary == u"node1" ? u"node2"_s : u"node1"_s;
        QVERIFY2(m_lab->lab().isFenced(fenced), qPrintable(fenced));
        const auto rejoined = test::runPgversectl({u"rejoin"_s, fenced, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s});
        QVERIFY2(rejoined.exitCode == 0, qPrintable(rejoined.out.left(3000) + rejoined.err.right(1500)));
        QVERIFY(pollSql(fenced, u"SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'"_s, u"1"_s, u"postgres"_s, 30000));
        QCOMPARE(waitForState(u"streaming"_s).exitCode, 0);
        QVERIFY(m_lab->crash(primary));

        QProcess failover;
        failover.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, {u"failover"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s});
        QVERIFY(failover.waitForStarted());
        const LockScope scope = labLockScope(m_lab->manifest().name, m_lab->dir());
        const int promoting = LabFailover::holdStep() + 1;
        bool hit = false;
        QElapsedTimer timer;
        timer.start();
        while (!hit && timer.elapsed() < 60000 && failover.state() != QProcess::NotRunning) {
            const auto journal = readActionJournal(scope);
            hit = journal && journal->stepIndex == promoting && journal->stepStatus == u"running";
            if (!hit)
                QThread::usleep(500);
        }
        if (hit)
            ::kill(pid_t(failover.processId()), SIGKILL);
        failover.waitForFinished(30000);
        QVERIFY2(hit, qPrintable(QString::fromUtf8(failover.readAllStandardError().right(3000))));
        bool held = true;
        for (int i = 0; i < 250 && held; ++i) {
            readActionJournal(scope, &held);
            QThread::msleep(20);
        }
        const auto journal = readActionJournal(scope, &held);
        QVERIFY(journal && !held);
        QCOMPARE(journal->stepIndex, promoting);
        QCOMPARE(journal->parameters.value("subscriptions"_L1).toString(), u"orders_sub"_s);

        const auto recovered = test::runPgversectl({u"recover"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.out.left(4000) + recovered.err.right(1500)));
        QString moved;
        QStringList steps;
        for (const QJsonValue &step : QJsonDocument::fromJson(recovered.out.toUtf8()).object().value("steps"_L1).toArray()) {
            const QString title = step.toObject().value("title"_L1).toString();
            const QString note = step.toObject().value("note"_L1).toString();
            steps << title + u": "_s + note;
            if (title.startsWith(u"Let writes in on"_s))
                moved = note;
        }
        QVERIFY2(moved.contains(u"orders_sub streams from %1"_s.arg(fenced)), qPrintable(steps.join(u'\n')));
        // Writes are let in again, and what is written now reaches the subscriber through the new slot.
        QCOMPARE(m_lab->sql(fenced, u"SHOW default_transaction_read_only"_s).value_or(QString()), u"off"_s);
        const qint64 after = 7000000;
        QVERIFY(m_lab->sqlIn(fenced, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) SELECT n, 9, 5.50 FROM generate_series(%1, %2) n"_s
                                                   .arg(after).arg(after + 9)));
        QVERIFY(pollSql(u"analytics"_s, u"SELECT count(*) FROM orders WHERE order_id >= %1"_s.arg(after), u"10"_s, u"shop"_s, 30000));
        QCOMPARE(waitForState(u"streaming"_s).subscription().value("publisher"_L1).toString(), fenced);
    }

    void aHungServerCostsAtMostTheDeadline()
    {
        // A statement the server does not answer (pg_sleep stands in for a hung backend: no byte comes back) ends at
        // the client's deadline, well before the server would have answered.
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ran = runLabSql(m_lab->manifest(), *m_lab->manifest().subscriber, u"postgres"_s,
                                   [](pqxx::nontransaction &tx) { tx.exec("SELECT pg_sleep(20)"); }, &error, QDeadlineTimer(1000));
        const qint64 took = timer.elapsed();
        QVERIFY(!ran);
        QVERIFY2(took < 3000, qPrintable(QString::number(took)));
        QVERIFY2(error.contains(u"analytics did not answer within 1.0 s"_s), qPrintable(error));
    }

    void aSwitchoverRefusesAHungSubscriberQuickly()
    {
        // The subscriber and every process of it stopped (SIGSTOP): slow, not dead. The switchover's checks give up
        // on it within their deadline, refuse, and change nothing.
        healLab();
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        const QString target = primary == u"node1" ? u"node2"_s : u"node1"_s;
        QVERIFY(m_lab->freeze(u"analytics"_s));
        QElapsedTimer timer;
        timer.start();
        const auto refused = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, target, u"--yes"_s, u"--json"_s});
        const qint64 took = timer.elapsed();
        QVERIFY(m_lab->thaw(u"analytics"_s));
        qInfo("refused in %lld ms", static_cast<long long>(took));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(u"analytics did not answer"_s), qPrintable(refused.out.left(3000)));
        QVERIFY2(took < 30000, qPrintable(QString::number(took)));
        QCOMPARE(m_lab->lab().runningPrimary().value_or(QString()), primary);
        QCOMPARE(waitForState(u"streaming"_s, 30000).exitCode, 0);
    }

    void aSwitchoverKilledAtAnySubscriberStepIsRecoveredWhole_data()
    {
        QTest::addColumn<int>("step");
        // Step indexes of the lab switchover: 4 wait for the subscribers, 5 hold writes, 6 promote, 7 move the
        // subscribers, 9 checkpoint the new primary (tst_actionfaults kills the others, on a lab without a subscriber).
        for (int step : {4, 5, 6, 7, 9})
            QTest::addRow("SIGKILL in step %d", step + 1) << step;
    }
    void aSwitchoverKilledAtAnySubscriberStepIsRecoveredWhole()
    {
        QFETCH(int, step);
        healLab();
        const QString oldPrimary = m_lab->lab().runningPrimary().value_or(QString());
        const QString candidate = oldPrimary == u"node1" ? u"node2"_s : u"node1"_s;
        const qint64 base = 8000000 + qint64(step) * 1000;
        QVERIFY(m_lab->sqlIn(oldPrimary, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) SELECT n, 3, 4.50 FROM generate_series(%1, %2) n"_s
                                                    .arg(base).arg(base + 19)));

        QProcess switchover;
        switchover.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s,
                         {u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, candidate, u"--yes"_s, u"--json"_s});
        QVERIFY(switchover.waitForStarted());
        const LockScope scope = labLockScope(m_lab->manifest().name, m_lab->dir());
        bool hit = false;
        bool passed = false;
        QElapsedTimer timer;
        timer.start();
        while (!hit && !passed && timer.elapsed() < 60000 && switchover.state() != QProcess::NotRunning) {
            const auto journal = readActionJournal(scope);
            hit = journal && journal->stepIndex == step && journal->stepStatus == u"running";
            passed = journal && journal->stepIndex > step;
            if (!hit && !passed)
                QThread::usleep(200);
        }
        if (hit)
            ::kill(pid_t(switchover.processId()), SIGKILL);
        switchover.waitForFinished(30000);
        QVERIFY2(hit, qPrintable(u"never caught in step %1: %2"_s.arg(step + 1).arg(QString::fromUtf8(switchover.readAllStandardError().right(3000)))));
        bool held = true;
        for (int i = 0; i < 250 && held; ++i) {
            readActionJournal(scope, &held);
            QThread::msleep(20);
        }
        const auto journal = readActionJournal(scope, &held);
        QVERIFY(journal && !held);
        QCOMPARE(journal->stepIndex, step);

        const auto recovered = test::runPgversectl({u"recover"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s});
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.out.left(4000) + recovered.err.right(1500)));
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        QCOMPARE(primary, step < LabSwitchover::promoteStep() ? oldPrimary : candidate); // undone before the promotion, finished after it
        // No node keeps the write hold, and the subscriber has exactly the primary's orders once it has caught up,
        // with what is written after the recovery too: nothing lost, nothing applied twice.
        for (const QString &node : {u"node1"_s, u"node2"_s}) {
            if (m_lab->lab().runningPid(node))
                QCOMPARE(m_lab->sql(node, u"SHOW default_transaction_read_only"_s).value_or(QString()), u"off"_s);
        }
        QVERIFY(m_lab->sqlIn(primary, u"shop"_s, u"INSERT INTO orders (order_id, customer_id, total) SELECT n, 4, 5.50 FROM generate_series(%1, %2) n"_s
                                                 .arg(base + 20).arg(base + 29)));
        const QString digest = u"SELECT count(*) || ' ' || md5(string_agg(order_id::text || ':' || customer_id || ':' || total, ',' ORDER BY order_id)) FROM orders"_s;
        const QString onPrimary = m_lab->sqlIn(primary, u"shop"_s, digest).value_or(QString());
        QVERIFY(pollSql(u"analytics"_s, digest, onPrimary, u"shop"_s, 30000));
        const LogicalRead read = waitForState(u"streaming"_s, 30000);
        // (apply_error_count is no witness here: PostgreSQL 15 counts the lost connection to a publisher that shuts
        // down as an apply error. A change applied twice would have stopped the worker on its key, and the digest with it.)
        QCOMPARE(read.subscription().value("publisher"_L1).toString(), primary);
    }

private:
    /// Runs a failover of the lab (with --rejoin when asked) that must succeed, moves the subscriber to the promoted
    /// node with nothing past the hold, and returns its document.
    QJsonObject failOver(bool rejoin) const
    {
        QStringList arguments{u"failover"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s};
        if (rejoin)
            arguments << u"--rejoin"_s;
        const auto run = test::runPgversectl(arguments);
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8()).object();
        if (run.exitCode != 0) {
            // What went wrong, in a form a CI log shows whole: the message, and every check and step that did not pass.
            QStringList lines{document.value("message"_L1).toString()};
            for (const char *list : {"checks", "verification"}) {
                for (const QJsonValue &check : document.value(QLatin1StringView(list)).toArray()) {
                    if (check.toObject().value("status"_L1).toString() != u"pass")
                        lines << u"[%1] %2: %3"_s.arg(check.toObject().value("status"_L1).toString(), check.toObject().value("name"_L1).toString(),
                                                     check.toObject().value("reason"_L1).toString());
                }
            }
            for (const QJsonValue &step : document.value("steps"_L1).toArray())
                lines << u"step %1 %2: %3"_s.arg(step.toObject().value("status"_L1).toString(), step.toObject().value("title"_L1).toString(),
                                                step.toObject().value("note"_L1).toString());
            qWarning("%s\n%s", qPrintable(lines.join(u'\n')), qPrintable(run.err.right(3000)));
        }
        [&] { QVERIFY2(run.exitCode == 0, qPrintable(u"exit %1"_s.arg(run.exitCode))); }();
        bool moved = false;
        for (const QJsonValue &step : document.value("steps"_L1).toArray()) {
            const QString title = step.toObject().value("title"_L1).toString();
            const QString note = step.toObject().value("note"_L1).toString();
            if (title.startsWith(u"Move the logical subscribers"_s))
                moved = note.contains(u"no write got past the hold"_s);
            if (title.startsWith(u"Count what the logical subscribers lose"_s) || title.startsWith(u"Move the logical subscribers"_s))
                qInfo("%s: %s", qPrintable(title), qPrintable(note));
        }
        [&] { QVERIFY2(moved, qPrintable(run.out.left(6000))); }();
        return document;
    }

    /// order_id values from \a from on that \a node has and \a other has not.
    QSet<qint64> rowsOnlyOn(const QString &node, const QString &other, qint64 from) const
    {
        const auto ids = [&](const QString &on) {
            QSet<qint64> set;
            const QString list = m_lab->sqlIn(on, u"shop"_s, u"SELECT string_agg(order_id::text, ',') FROM orders WHERE order_id >= %1"_s.arg(from))
                                     .value_or(QString());
            for (const QString &id : list.split(u',', Qt::SkipEmptyParts))
                set.insert(id.toLongLong());
            return set;
        };
        return ids(node) - ids(other);
    }

    /// Brings back as a standby every node a failover left fenced or down, and waits until the subscriber streams.
    void healLab() const
    {
        for (const QString &node : {u"node1"_s, u"node2"_s}) {
            if (m_lab->lab().isFenced(node) || !m_lab->lab().runningPid(node)) {
                const auto rejoined = test::runPgversectl({u"rejoin"_s, node, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s});
                [&] { QVERIFY2(rejoined.exitCode == 0, qPrintable(rejoined.out.left(3000) + rejoined.err.right(1500))); }();
            }
        }
        const QString primary = m_lab->lab().runningPrimary().value_or(QString());
        const QString standby = primary == u"node1" ? u"node2"_s : u"node1"_s;
        [&] { QVERIFY(pollSql(standby, u"SELECT count(*) FROM pg_stat_wal_receiver WHERE status = 'streaming'"_s, u"1"_s, u"postgres"_s, 30000)); }();
        waitForState(u"streaming"_s, 30000);
    }

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

    test::IsolatedEnvironment m_environment; // the actions' audit log and profiles in a folder of the test's own
    std::unique_ptr<test::TestLab> m_lab;
};

QTEST_GUILESS_MAIN(TestLogical)
#include "tst_logical.moc"
