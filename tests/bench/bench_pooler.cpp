// SPDX-License-Identifier: GPL-3.0-or-later
// Switchovers clients never see fail: pgbench through the lab's two PgBouncers (transaction pooling, 4 clients each,
// a custom script of short write transactions that records every commit in a table) while lab switchovers run one
// after another — with the pooler pause, and beside it in the same run with --no-pooler-pause. Reports, for each:
// client errors (pgbench's aborted clients and failed transactions), acknowledged commits missing from the table,
// the client-visible pause (the longest transaction latency around each switchover, from pgbench's transaction log)
// as p50 / p95 / max, how long the poolers held their clients (the switchover's pooler_clients_held_ms), and how
// long each switchover took. Then the same on a Patroni lab: PostgresVerse's Patroni driver with the pause beside
// `patronictl switchover --force`, which knows nothing of the poolers (the bench routes them after it, as a user's
// RELOAD script would).
// CI: 2 switchovers each (1 each on Patroni). Notes: PGV_BENCH_POOLER_SWITCHOVERS (the figure: 20).
#include "lab/serverbinaries.h"
#include "patroni/patronicluster.h"
#include "tail.h"
#include "testenvironment.h"
#include "testlab.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pgv;
using test::Tail;

namespace {

int setting(const char *name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

struct Window
{
    double startS = 0;
    double endS = 0;
};

/// One switchover: whether it succeeded, and how long the poolers held their clients (-1: not paused).
struct Switched
{
    bool ok = false;
    qint64 heldMs = -1;
    QString error;
};
using SwitchOver = std::function<Switched(const QString &target)>;

struct Series
{
    Tail visiblePause;
    Tail held;
    Tail switchover;
    int abortedClients = 0;
    QStringList abortReasons; // pgbench's lines for them: what the client was told
    int failedTransactions = 0;
    qint64 processed = 0;
    qint64 recorded = 0;
};

} // namespace

class BenchPooler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_work.isValid()); }
    void cleanupTestCase() { m_lab.reset(); }

    void switchoversThroughTwoPoolers()
    {
        openLab(false);
        if (QTest::currentTestFailed())
            return;
        const int switchovers = setting("PGV_BENCH_POOLER_SWITCHOVERS", 2);
        auto viaPgversectl = [this](bool pause) {
            return [this, pause](const QString &target) {
                QStringList arguments{u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, target, u"--yes"_s, u"--json"_s};
                if (!pause)
                    arguments << u"--no-pooler-pause"_s;
                return pgversectl(arguments);
            };
        };
        const Series paused = run(switchovers, viaPgversectl(true), 0, u"lab-paused"_s);
        const Series unpaused = run(switchovers, viaPgversectl(false), 1000, u"lab-unpaused"_s);
        report("lab", switchovers, {{"with the pause", &paused}, {"--no-pooler-pause", &unpaused}});
        QCOMPARE(paused.abortedClients, 0);
        QCOMPARE(paused.failedTransactions, 0);
        QVERIFY(paused.recorded >= paused.processed); // no acknowledged commit lost (more rows: a commit whose ack was lost)
        QVERIFY(unpaused.recorded >= unpaused.processed - unpaused.abortedClients);
    }

    void patroniSwitchoversThroughTwoPoolers()
    {
        m_lab.reset(); // one lab at a time on two cores
        openLab(true);
        if (QTest::currentTestFailed())
            return;
        const int switchovers = setting("PGV_BENCH_POOLER_SWITCHOVERS", 1);
        const Series paused = run(
            switchovers,
            [this](const QString &target) { return pgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, target, u"--yes"_s, u"--json"_s}); },
            2000, u"patroni-paused"_s);
        const Series patronictl = run(switchovers, [this](const QString &target) { return viaPatronictl(target); }, 3000, u"patronictl"_s);
        report("Patroni", switchovers, {{"driver with the pause", &paused}, {"patronictl switchover", &patronictl}});
        QCOMPARE(paused.abortedClients, 0);
        QCOMPARE(paused.failedTransactions, 0);
        QVERIFY(paused.recorded >= paused.processed);
        QVERIFY(patronictl.recorded >= patronictl.processed - patronictl.abortedClients);
    }

private:
    void openLab(bool patroni)
    {
        m_lab = std::make_unique<test::TestLab>(1, patroni);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        const auto added = test::runPgversectl({u"lab"_s, u"pooler"_s, u"add"_s, u"2"_s, u"--dir"_s, m_lab->dir()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(m_lab->reload());
        QString error;
        const auto binaries = ServerBinaries::locate(m_lab->manifest().binDir, &error);
        QVERIFY2(binaries, qPrintable(error));
        m_pgbench = binaries->tool(u"pgbench"_s);
        QVERIFY(m_lab->sql(primary(), u"CREATE TABLE commits (client int, n bigint, PRIMARY KEY (client, n))"_s));
        QFile script(m_work.filePath(u"write.sql"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        // One short write transaction per run: the row says which client committed which transaction.
        script.write("\\set n random(1, 1000000000000)\nINSERT INTO commits (client, n) VALUES (:client_id + :offset, :n);\n");
    }

    static Switched pgversectl(const QStringList &arguments)
    {
        const auto switched = test::runPgversectl(arguments, QProcessEnvironment::systemEnvironment(), 180000);
        const qint64 held =
            QJsonDocument::fromJson(switched.out.toUtf8()).object().value("parameters"_L1).toObject().value("pooler_clients_held_ms"_L1).toInteger(-1);
        // What went wrong, short: the run's message and the checks that did not pass.
        const QJsonObject run = QJsonDocument::fromJson(switched.out.toUtf8()).object();
        QStringList why{run.value("message"_L1).toString()};
        for (const QJsonValue &check : run.value("checks"_L1).toArray()) {
            if (check.toObject().value("status"_L1).toString() != u"pass")
                why << check.toObject().value("name"_L1).toString() + u": "_s + check.toObject().value("reason"_L1).toString();
        }
        return {switched.exitCode == 0, held, why.join(u"; "_s) + u' ' + switched.err.right(1500)};
    }

    /// What a user without PostgresVerse runs: patronictl, then, once the new leader takes writes, each pooler's
    /// [databases] pointed at it and RELOADed, as their own script would.
    Switched viaPatronictl(const QString &target)
    {
        const QString from = primary();
        QProcess process;
        process.start(QStandardPaths::findExecutable(u"patronictl"_s),
                      {u"-c"_s, m_lab->manifest().patroniConfig(from), u"switchover"_s, u"--leader"_s, from, u"--candidate"_s, target, u"--force"_s});
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return {false, -1, QString::fromUtf8(process.readAllStandardError())};
        if (!QTest::qWaitFor([&] { return m_lab->lab().writableNode() == target; }, 60000))
            return {false, -1, u"%1 did not take writes"_s.arg(target)};
        QString error;
        for (const LabPooler &pooler : m_lab->manifest().poolers) {
            if (!m_lab->lab().routePooler(pooler, *m_lab->manifest().node(target), &error))
                return {false, -1, error};
        }
        // As the driver does before it reports success (and Patroni before it takes the next switchover): the old
        // leader streams from the new one again.
        if (!QTest::qWaitFor([&] { return m_lab->sql(from, u"SELECT status FROM pg_stat_wal_receiver"_s).value_or(QString()) == u"streaming"; }, 60000))
            return {false, -1, u"%1 does not stream from %2"_s.arg(from, target)};
        return {true, -1, {}};
    }

    static void report(const char *driver, int switchovers, std::initializer_list<std::pair<const char *, const Series *>> runs)
    {
        for (const auto &[name, series] : runs) {
            qInfo("%s, %s, %d switchovers: %d aborted clients, %d failed transactions, %lld acknowledged, %lld missing; client-visible "
                  "pause %s; clients held %s; switchover %s",
                  driver, name, switchovers, series->abortedClients, series->failedTransactions, static_cast<long long>(series->processed),
                  static_cast<long long>(std::max<qint64>(0, series->processed - series->recorded)), qPrintable(series->visiblePause.text()),
                  qPrintable(series->held.values.isEmpty() ? u"not paused"_s : series->held.text(0)), qPrintable(series->switchover.text(0)));
            if (!series->abortReasons.isEmpty())
                qInfo("  pgbench said: %s", qPrintable(series->abortReasons.mid(0, 6).join(u" | "_s)));
        }
    }

    /// pgbench through both poolers while \a switchovers switchovers run back and forth.
    Series run(int switchovers, const SwitchOver &switchOver, int clientOffset, const QString &logName)
    {
        Series series;
        const QString before = m_lab->sql(primary(), u"SELECT count(*) FROM commits"_s).value_or(u"0"_s);
        // A Patroni switchover takes a few seconds more (the leader's loop, the DCS).
        const int seconds = 3 + switchovers * (m_lab->manifest().isPatroni() ? 8 : 3);
        // Every run starts from a settled cluster, as a DBA's switchover would: a Patroni lab's replicas stream on the
        // leader's timeline (a fresh lab, or the last switchover's old leader, may still be rejoining).
        if (m_lab->manifest().isPatroni()) {
            const PatroniEndpoint patroni = m_lab->manifest().toProfile().patroniEndpoint();
            [&] {
                QVERIFY(QTest::qWaitFor([&] {
                    const auto cluster = PatroniCluster::fromJson(PatroniClient(patroni).get(u"/cluster"_s).json().object());
                    return cluster && cluster->leader()
                           && std::all_of(cluster->members.cbegin(), cluster->members.cend(), [&](const PatroniMember &member) {
                                  return member.isLeader() || ((member.state == u"streaming" || member.state == u"running") && member.timeline == cluster->leader()->timeline);
                              });
                }, 60000));
            }();
        }
        QList<QProcess *> clients;
        const QString logDir = m_work.filePath(logName);
        QDir().mkpath(logDir);
        for (int i = 0; i < m_lab->manifest().poolers.size(); ++i) {
            auto *pgbench = new QProcess(this);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"PGPASSFILE"_s, m_lab->manifest().passFile());
            pgbench->setProcessEnvironment(environment);
            pgbench->setWorkingDirectory(logDir);
            pgbench->setProcessChannelMode(QProcess::MergedChannels);
            pgbench->start(m_pgbench, {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_lab->manifest().poolers.at(i).port), u"-U"_s,
                                       m_lab->manifest().superuser, u"-n"_s, u"-c"_s, u"4"_s, u"-j"_s, u"2"_s, u"-T"_s, QString::number(seconds),
                                       u"-f"_s, m_work.filePath(u"write.sql"_s), u"-D"_s, u"offset=%1"_s.arg(clientOffset + i * 100), u"-l"_s,
                                       u"--log-prefix=p%1"_s.arg(i), u"postgres"_s});
            clients << pgbench;
        }
        QThread::msleep(1500);
        QList<Window> windows;
        for (int i = 0; i < switchovers; ++i) {
            const QString target = primary() == u"node1" ? u"node2"_s : u"node1"_s;
            const double start = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
            QElapsedTimer timer;
            timer.start();
            const Switched switched = switchOver(target);
            series.switchover.values << double(timer.elapsed());
            windows << Window{start, double(QDateTime::currentMSecsSinceEpoch()) / 1000.0};
            [&] { QVERIFY2(switched.ok, qPrintable(switched.error)); }();
            if (switched.heldMs >= 0)
                series.held.values << double(switched.heldMs);
            QThread::msleep(800);
        }
        for (QProcess *pgbench : std::as_const(clients)) {
            pgbench->waitForFinished(seconds * 1000 + 30000);
            const QString output = QString::fromUtf8(pgbench->readAll());
            series.abortedClients += int(output.count(u"aborted in command"_s));
            for (const QString &line : output.split(u'\n')) {
                if (line.contains(u"aborted in command"_s) || line.contains(u"error"_s, Qt::CaseInsensitive))
                    series.abortReasons << line.trimmed();
            }
            static const QRegularExpression processed(u"number of transactions actually processed: (\\d+)"_s);
            static const QRegularExpression failed(u"number of failed transactions: (\\d+)"_s);
            series.processed += processed.match(output).captured(1).toLongLong();
            series.failedTransactions += failed.match(output).captured(1).toInt();
            delete pgbench;
        }
        series.recorded = m_lab->sql(primary(), u"SELECT count(*) FROM commits"_s).value_or(u"0"_s).toLongLong() - before.toLongLong();
        // pgbench's log: client, transaction, latency (µs), script, epoch s, µs. The longest latency of a transaction
        // that ended in a switchover's window (or a second after it) is the pause its clients saw.
        QList<double> longest(windows.size(), 0.0);
        const QStringList logs = QDir(logDir).entryList({u"p*"_s}, QDir::Files);
        for (const QString &name : logs) {
            QFile log(QDir(logDir).filePath(name));
            if (!log.open(QIODevice::ReadOnly))
                continue;
            while (!log.atEnd()) {
                const QList<QByteArray> fields = log.readLine().simplified().split(' ');
                if (fields.size() < 6)
                    continue;
                const double latencyMs = fields.at(2).toDouble() / 1000.0;
                const double endedS = fields.at(4).toDouble() + fields.at(5).toDouble() / 1e6;
                for (qsizetype w = 0; w < windows.size(); ++w) {
                    if (endedS >= windows.at(w).startS && endedS <= windows.at(w).endS + 1.0)
                        longest[w] = std::max(longest[w], latencyMs);
                }
            }
        }
        series.visiblePause.values = longest;
        return series;
    }

    QString primary() const { return m_lab->lab().writableNode().value_or(u"node1"_s); }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    QString m_pgbench;
    QTemporaryDir m_work;
};

QTEST_GUILESS_MAIN(BenchPooler)
#include "bench_pooler.moc"
