// SPDX-License-Identifier: GPL-3.0-or-later
// pgversectl as scripts and on-call engineers use it: exit codes, JSON shapes and error messages, on a real lab
// created by `pgversectl lab up` itself.
#include "lab/lab.h"
#include "backup/restoredserver.h"
#include "profiles/profilestore.h"
#include "testlab.h"
#include "webhookreceiver.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace pgv;
using test::runPgversectl;

namespace {
QJsonObject parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text.left(400)));
    return document.object();
}

QString roleOf(const QJsonObject &status, const QString &node)
{
    for (const QJsonValue &value : status.value("nodes"_L1).toArray()) {
        if (value.toObject().value("name"_L1).toString() == node)
            return value.toObject().value("role"_L1).toString();
    }
    return {};
}

QString explain(const test::CliResult &result)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(result.exitCode).arg(result.out.left(2000), result.err.left(2000));
}

/// Polls `status` until it reports a healthy cluster; returns the last answer either way.
test::CliResult waitUntilHealthy(const QString &labDir, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    test::CliResult result;
    do {
        result = runPgversectl({u"status"_s, u"--lab"_s, labDir});
        if (result.exitCode == 0)
            break;
        QTest::qWait(200);
    } while (!deadline.hasExpired());
    return result;
}
/// What `pgversectl … --watch` printed until \a enough said so (or 30 s passed), and whether SIGTERM then ended it
/// with exit code 0.
struct WatchOutput
{
    QByteArray printed;
    bool stoppedCleanly = false;
};
WatchOutput watchUntil(const QStringList &arguments, const std::function<bool(const QByteArray &)> &enough)
{
    WatchOutput output;
    QProcess watch;
    watch.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, arguments);
    if (!watch.waitForStarted())
        return output;
    QDeadlineTimer deadline(30000);
    while (!enough(output.printed) && !deadline.hasExpired() && watch.state() == QProcess::Running) {
        watch.waitForReadyRead(500);
        output.printed += watch.readAllStandardOutput();
    }
    watch.terminate();
    output.stoppedCleanly = watch.waitForFinished(5000) && watch.exitStatus() == QProcess::NormalExit && watch.exitCode() == 0;
    output.printed += watch.readAllStandardOutput();
    return output;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_labDir = m_root.filePath(u"cli-lab"_s);
        const QList<int> ports = findFreePorts(2, 42000 + int(QCoreApplication::applicationPid() % 100) * 40);
        QCOMPARE(ports.size(), 2);
        m_basePort = ports.first();
        const auto result = runPgversectl({u"lab"_s, u"up"_s, u"--dir"_s, m_labDir, u"--standbys"_s, u"1"_s, u"--port"_s,
                                           QString::number(m_basePort), u"--name"_s, u"clilab"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
        QVERIFY(result.out.contains(u"node1"_s));
        QVERIFY(result.out.contains(u"node2"_s));
        QVERIFY(result.err.contains(u"pg_basebackup"_s)); // progress goes to stderr
    }
    void cleanupTestCase()
    {
        if (LabManifest::isLab(m_labDir)) {
            // A server restored from the lab's backups has a profile that reaches it with the lab's passfile: the
            // lab's destruction takes that profile along (the server and its folder live outside the lab).
            QString error;
            const auto lab = Lab::open(m_labDir, &error);
            QVERIFY2(lab, qPrintable(error));
            QVERIFY2(registerRestoredServer(*lab, 1, &error), qPrintable(error));
            const QString restored = restoredServerProfile(*lab, 1).name;
            const auto result = runPgversectl({u"lab"_s, u"destroy"_s, u"--dir"_s, m_labDir});
            QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
            QVERIFY(!QDir(m_labDir).exists());
            QVERIFY2(result.err.contains(u"Removed the profile %1"_s.arg(restored)) || result.out.contains(u"Removed the profile %1"_s.arg(restored)),
                     qPrintable(explain(result)));
            const QList<Profile> left = ProfileStore().profiles();
            QVERIFY(std::none_of(left.cbegin(), left.cend(), [&](const Profile &profile) { return profile.name == restored; }));
        }
    }

    void labUpRegistersAProfile()
    {
        const auto list = runPgversectl({u"profile"_s, u"list"_s, u"--json"_s});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray profiles = parseJson(list.out).value("profiles"_L1).toArray();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.first().toObject().value("name"_L1).toString(), u"clilab"_s);
        QCOMPARE(profiles.first().toObject().value("lab_dir"_L1).toString(), m_labDir);
        QCOMPARE(profiles.first().toObject().value("nodes"_L1).toArray().size(), 2);
    }

    void statusJsonFollowsTheContract()
    {
        const auto result = runPgversectl({u"status"_s, u"--lab"_s, m_labDir, u"--json"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
        const QJsonObject status = parseJson(result.out);
        QCOMPARE(status.value("problems"_L1).toArray().size(), 0);
        const QJsonArray nodes = status.value("nodes"_L1).toArray();
        QCOMPARE(nodes.size(), 2);
        const QJsonObject standby = nodes.at(1).toObject();
        QCOMPARE(nodes.at(0).toObject().value("role"_L1).toString(), u"primary"_s);
        QCOMPARE(standby.value("role"_L1).toString(), u"standby"_s);
        QCOMPARE(standby.value("upstream"_L1).toString(), u"node1"_s);
        QCOMPARE(standby.value("state"_L1).toString(), u"streaming"_s);
        QCOMPARE(standby.value("sync_state"_L1).toString(), u"async"_s);
        QCOMPARE(standby.value("host"_L1).toString(), u"127.0.0.1"_s);
        QCOMPARE(standby.value("port"_L1).toInt(), m_basePort + 1);
        QCOMPARE(standby.value("timeline"_L1).toInt(), 1);
        QVERIFY(standby.value("replay_lag_bytes"_L1).isDouble());
        QVERIFY(standby.value("lsn"_L1).toString().contains(u'/'));
    }

    void statusByProfilePrintsATable()
    {
        const auto result = runPgversectl({u"status"_s, u"--profile"_s, u"clilab"_s});
        QVERIFY2(result.exitCode == 0, qPrintable(explain(result)));
        QVERIFY(result.out.contains(u"healthy"_s));
        QVERIFY(result.out.contains(u"NODE"_s));
        QVERIFY(result.out.contains(u"primary"_s));
        QVERIFY(result.out.contains(u"streaming"_s));
    }

    void labEnvLetsPsqlAndPgbenchReachTheLab()
    {
        const auto env = runPgversectl({u"lab"_s, u"env"_s, u"--dir"_s, m_labDir});
        QCOMPARE(env.exitCode, 0);
        QProcess shell;
        shell.start(u"sh"_s, {u"-c"_s, env.out + u"\npsql -Atc \"SELECT pg_is_in_recovery(), current_setting('cluster_name')\""
                                                  "\nPGSERVICE=node2 psql -Atc \"SELECT pg_is_in_recovery(), current_setting('cluster_name')\""
                                                  "\npgbench -i -s 1 -q 2>&1 | tail -1\npsql -Atc 'SELECT count(*) FROM pgbench_accounts'"_s});
        QVERIFY(shell.waitForFinished(60000));
        const QString out = QString::fromUtf8(shell.readAllStandardOutput());
        QVERIFY2(out.contains(u"f|node1\nt|node2\n"_s), qPrintable(out + QString::fromUtf8(shell.readAllStandardError())));
        QVERIFY2(out.trimmed().endsWith(u"100000"_s), qPrintable(out));
    }

    void aDownStandbyIsAProblemAndLabStartBringsItBack()
    {
        QString error;
        const auto lab = Lab::open(m_labDir, &error);
        QVERIFY2(lab, qPrintable(error));
        QVERIFY2(lab->stopNode(u"node2"_s, &error), qPrintable(error));
        const auto down = runPgversectl({u"status"_s, u"--lab"_s, m_labDir, u"--json"_s});
        QCOMPARE(down.exitCode, 1);
        const QJsonObject status = parseJson(down.out);
        QCOMPARE(roleOf(status, u"node2"_s), u"down"_s);
        QVERIFY(down.out.contains(u"\"node_down\""_s));

        const auto started = runPgversectl({u"lab"_s, u"start"_s, u"--dir"_s, m_labDir});
        QVERIFY2(started.exitCode == 0, qPrintable(explain(started)));
        const auto healthy = waitUntilHealthy(m_labDir);
        QVERIFY2(healthy.exitCode == 0, qPrintable(explain(healthy)));
    }

    void labUpOnAnExistingLabStartsIt()
    {
        const auto stopped = runPgversectl({u"lab"_s, u"stop"_s, u"--dir"_s, m_labDir});
        QVERIFY2(stopped.exitCode == 0, qPrintable(explain(stopped)));
        QCOMPARE(runPgversectl({u"status"_s, u"--lab"_s, m_labDir}).exitCode, 2); // nothing reachable at all
        const auto up = runPgversectl({u"lab"_s, u"up"_s, u"--dir"_s, m_labDir});
        QVERIFY2(up.exitCode == 0, qPrintable(explain(up)));
        const auto healthy = waitUntilHealthy(m_labDir);
        QVERIFY2(healthy.exitCode == 0, qPrintable(explain(healthy)));
        const auto labStatus = runPgversectl({u"lab"_s, u"status"_s, u"--dir"_s, m_labDir, u"--json"_s});
        QCOMPARE(labStatus.exitCode, 0);
        const QJsonArray labNodes = parseJson(labStatus.out).value("lab"_L1).toObject().value("nodes"_L1).toArray();
        QCOMPARE(labNodes.size(), 2);
        QVERIFY(labNodes.at(0).toObject().value("running"_L1).toBool());
    }

    void aServerThatFailsToStartShowsItsLog()
    {
        QVERIFY(runPgversectl({u"lab"_s, u"stop"_s, u"--dir"_s, m_labDir}).exitCode == 0);
        const QString config = m_labDir + u"/data/node2/postgresql.conf"_s;
        QFile file(config);
        QVERIFY(file.open(QIODevice::Append));
        file.write("shared_buffers = 'plenty'\n");
        file.close();
        const auto failed = runPgversectl({u"lab"_s, u"start"_s, u"--dir"_s, m_labDir});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"node2 failed to start"_s), qPrintable(failed.err));
        QVERIFY2(failed.err.contains(u"shared_buffers"_s), qPrintable(failed.err)); // the server's own complaint

        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("shared_buffers = 'plenty'\n", "");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        const auto fixed = runPgversectl({u"lab"_s, u"start"_s, u"--dir"_s, m_labDir});
        QVERIFY2(fixed.exitCode == 0, qPrintable(explain(fixed)));
    }

    void labErrorsSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("port taken") << QStringList{u"lab"_s, u"up"_s, u"--dir"_s, u"@root@/second"_s, u"--port"_s, u"@port@"_s}
                                    << 1 << u"already in use"_s;
        QTest::newRow("not a lab") << QStringList{u"lab"_s, u"status"_s, u"--dir"_s, u"@root@"_s} << 2 << u"not a PostgresVerse lab"_s;
        QTest::newRow("folder not empty") << QStringList{u"lab"_s, u"up"_s, u"--dir"_s, u"@root@"_s} << 1 << u"not empty"_s;
        QTest::newRow("no binaries") << QStringList{u"lab"_s, u"up"_s, u"--dir"_s, u"@root@/third"_s, u"--bindir"_s, u"/nonexistent"_s}
                                     << 1 << u"does not contain the PostgreSQL server programs"_s;
        QTest::newRow("odd folder") << QStringList{u"lab"_s, u"up"_s, u"--dir"_s, u"@root@/it's"_s} << 1 << u"quotes"_s;
        QTest::newRow("unknown lab command") << QStringList{u"lab"_s, u"explode"_s, u"--dir"_s, u"@lab@"_s} << 2 << u"Unknown lab command"_s;
        QTest::newRow("unknown profile") << QStringList{u"status"_s, u"--profile"_s, u"nosuch"_s} << 2 << u"No profile"_s;
        QTest::newRow("two selections") << QStringList{u"status"_s, u"--profile"_s, u"a"_s, u"--lab"_s, u"b"_s} << 2 << u"only one"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << u"Unknown command"_s;
        QTest::newRow("password in profile") << QStringList{u"profile"_s, u"add"_s, u"x"_s, u"--node"_s, u"a@host=h password=p"_s}
                                             << 2 << u"keychain"_s;
    }
    void labErrorsSayWhatToDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        arguments.replaceInStrings(u"@root@"_s, m_root.path());
        arguments.replaceInStrings(u"@lab@"_s, m_labDir);
        arguments.replaceInStrings(u"@port@"_s, QString::number(m_basePort));
        const auto result = runPgversectl(arguments);
        QVERIFY2(result.exitCode == exitCode, qPrintable(explain(result)));
        QVERIFY2(result.err.contains(message), qPrintable(explain(result)));
    }

    void nothingReachableIsExitCodeTwo()
    {
        const int port = findFreePorts(1, 47000).value(0);
        const auto result = runPgversectl({u"status"_s, u"--json"_s, u"--node"_s, u"lonely@host=127.0.0.1 port=%1 user=x dbname=x"_s.arg(port)});
        QCOMPARE(result.exitCode, 2);
        const QJsonObject status = parseJson(result.out);
        QCOMPARE(roleOf(status, u"lonely"_s), u"down"_s);
        QVERIFY(result.out.contains(u"Connection refused"_s));
    }

    void textOutputShowsControlCharactersInsteadOfActingOnThem()
    {
        // A name that would retitle a terminal and ring its bell, then clear it.
        const int port = findFreePorts(1, 47100).value(0);
        const QString name = u"evil\x1b]0;owned\x07\x1b[2J"_s;
        const auto result = runPgversectl({u"status"_s, u"--node"_s, name + u"@host=127.0.0.1 port=%1 user=x dbname=x"_s.arg(port)});
        // Such a name is not a valid node name, and the error quoting it is as safe as a table would be.
        const QString shown = result.out + result.err;
        QVERIFY2(!shown.contains(QChar(0x1b)) && !shown.contains(QChar(0x07)), qPrintable(shown));
        QVERIFY2(shown.contains(u"evil\\x1b]0;owned\\x07\\x1b[2J"_s), qPrintable(shown));
    }

    void jsonOutputKeepsControlCharactersInertAndValid()
    {
        // DEL and C1 controls (CSI, U+009B, acts like ESC [ on some terminals) in an identifier: --json output must
        // neither carry them raw nor turn them into something that is not JSON.
        QTemporaryFile plan;
        QVERIFY(plan.open());
        const QString relation = u"evil\u009b2J\u007fend"_s;
        plan.write((u"Seq Scan on \"%1\"  (cost=0.00..1.01 rows=1 width=4)\n"_s.arg(relation)).toUtf8());
        plan.close();
        const auto result = runPgversectl({u"explain"_s, u"--json"_s, plan.fileName()});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.out.contains(QChar(0x9b)) && !result.out.contains(QChar(0x7f)), qPrintable(result.out));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY2(result.out.contains(u"evil\\u009b2J\\u007fend"_s), qPrintable(result.out));
        QVERIFY2(QString::fromUtf8(document.toJson()).contains(relation), qPrintable(result.out));
    }

    void explainRefusesInputsOverItsLimit()
    {
        QTemporaryFile big;
        QVERIFY(big.open());
        QVERIFY(big.write(QByteArray(2 * 1024 * 1024 + 1, ' ')) > 0);
        big.close();
        const auto refused = runPgversectl({u"explain"_s, u"--max-size"_s, u"2"_s, big.fileName()});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"larger than 2 MiB"_s) && refused.err.contains(u"--max-size"_s), qPrintable(refused.err));
        const auto read = runPgversectl({u"explain"_s, u"--max-size"_s, u"3"_s, big.fileName()});
        QVERIFY2(read.err.contains(u"not a readable plan"_s), qPrintable(read.err)); // read, then found not to be a plan
    }

    void watchPrintsOneJsonDocumentPerUpdateUntilInterrupted()
    {
        // Three updates, however slowly a loaded machine starts the process and makes its first connections.
        const WatchOutput watched = watchUntil({u"status"_s, u"--lab"_s, m_labDir, u"--json"_s, u"--watch"_s, u"--interval"_s, u"300"_s},
                                               [](const QByteArray &printed) { return printed.count('\n') >= 3; });
        QVERIFY(watched.stoppedCleanly);
        const QByteArray &printed = watched.printed;
        const QList<QByteArray> lines = printed.trimmed().split('\n');
        QVERIFY2(lines.size() >= 3, qPrintable(QString::number(lines.size())));
        for (const QByteArray &line : lines)
            QCOMPARE(parseJson(QString::fromUtf8(line)).value("nodes"_L1).toArray().size(), 2);
    }

    void eachCommandsHelpNamesItAndItsExitCodes()
    {
        for (const QString &command : {u"status"_s, u"switchover"_s, u"explain"_s, u"backup"_s, u"alerts"_s, u"lab"_s}) {
            const auto help = runPgversectl({command, u"--help"_s});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.startsWith(u"Usage: pgversectl %1 [options]"_s.arg(command)), qPrintable(help.out));
            QVERIFY2(help.out.contains(u"\nExit codes:\n  0  "_s) && help.out.contains(u"\n  2  "_s), qPrintable(help.out));
            QVERIFY2(!help.out.contains(u"--help-all"_s), qPrintable(help.out)); // Qt's own options are not ours
        }
        QVERIFY(runPgversectl({u"switchover"_s, u"-h"_s}).out.contains(u"\n  3  failed during execution"_s));
        QVERIFY(runPgversectl({u"alerts"_s, u"--help"_s}).out.contains(u"\n  1  alerts firing"_s));
        for (const QString &command : {u"sessions"_s, u"locks"_s, u"vacuum"_s}) {
            const auto help = runPgversectl({command, u"--help"_s});
            QVERIFY2(help.exitCode == 0 && help.out.contains(u"\nExit codes:\n  0  "_s), qPrintable(help.out));
        }
    }

    void germanReachesEveryKindOfCliString()
    {
        // Both kinds: QCoreApplication::translate("cli", …) and the commands' tr() helpers, which lupdate files under
        // pgv::cli (they were looked up under "cli" and never translated).
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        german.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
        german.remove(u"LANGUAGE"_s);
        const auto backup = runPgversectl({u"backup"_s, u"--help"_s}, german);
        QVERIFY2(backup.out.contains(u"Backups eines Labors"_s), qPrintable(backup.out));
        const auto status = runPgversectl({u"status"_s, u"--help"_s}, german);
        QVERIFY2(status.out.contains(u"Zeigt die Replikationstopologie"_s), qPrintable(status.out));
        const auto vacuum = runPgversectl({u"vacuum"_s, u"--help"_s}, german);
        QVERIFY2(vacuum.out.contains(u"xmin-Horizont"_s), qPrintable(vacuum.out));
    }

    void watchInTextModeStampsEachBlock()
    {
        const WatchOutput watched = watchUntil({u"status"_s, u"--lab"_s, m_labDir, u"--watch"_s, u"--interval"_s, u"300"_s},
                                               [](const QByteArray &printed) { return printed.count("— 20") >= 2; });
        QVERIFY(watched.stoppedCleanly);
        const QByteArray &printed = watched.printed;
        // "— 2026-12-02 21:04:05 —" above each block, and the times move on.
        static const QRegularExpression stamp(u"— (\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) —"_s);
        QStringList times;
        for (auto match = stamp.globalMatch(QString::fromUtf8(printed)); match.hasNext();)
            times << match.next().captured(1);
        QVERIFY2(times.size() >= 2, printed.constData());
        QVERIFY(QDateTime::fromString(times.first(), u"yyyy-MM-dd HH:mm:ss"_s).isValid());
        QVERIFY(times.last() >= times.first());
    }

    void alertsReachCommandsAndWebhooksAndSilencesHoldThemBack()
    {
        test::WebhookReceiver receiver;
        QVERIFY(receiver.isRunning());
        const auto added = runPgversectl({u"route"_s, u"add"_s, u"ops"_s, u"--webhook"_s, receiver.url(u"/am?token=s3cret"_s), u"--json"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(explain(added)));
        QVERIFY(!added.out.contains(u"s3cret"_s)); // shown without its query
        const QJsonArray routes = parseJson(runPgversectl({u"route"_s, u"list"_s, u"--json"_s}).out).value("routes"_L1).toArray();
        QCOMPARE(routes.size(), 1);
        QCOMPARE(routes.first().toObject().value("kind"_L1).toString(), u"webhook"_s);
        QCOMPARE(routes.first().toObject().value("format"_L1).toString(), u"alertmanager"_s);
        QCOMPARE(runPgversectl({u"route"_s, u"add"_s, u"ops"_s, u"--command"_s, u"true"_s}).exitCode, 1); // taken
        QCOMPARE(runPgversectl({u"route"_s, u"add"_s, u"bad"_s, u"--webhook"_s, u"http://u:pw@127.0.0.1/"_s}).exitCode, 2);

        const auto tested = runPgversectl({u"route"_s, u"test"_s, u"ops"_s, u"--json"_s});
        QVERIFY2(tested.exitCode == 0, qPrintable(explain(tested)));
        QVERIFY(parseJson(tested.out).value("delivery"_L1).toObject().value("ok"_L1).toBool());
        QVERIFY(receiver.waitForBodies(1, 5000));
        QCOMPARE(receiver.bodies().first().value("commonLabels"_L1).toObject().value("alertname"_L1).toString(), u"route_test"_s);
        QVERIFY(receiver.headers(1).startsWith(u"POST /am?token=s3cret"_s));

        QString error;
        const auto lab = Lab::open(m_labDir, &error);
        QVERIFY2(lab, qPrintable(error));
        QVERIFY2(lab->stopNode(u"node2"_s, &error), qPrintable(error));
        const QString heard = m_root.filePath(u"heard.jsonl"_s);
        const QString notify = u"cat >> '%1'; echo >> '%1'"_s.arg(heard);
        const auto firing = runPgversectl({u"alerts"_s, u"--lab"_s, m_labDir, u"--notify"_s, notify, u"--routes"_s});
        QVERIFY2(firing.exitCode == 1, qPrintable(explain(firing)));
        QVERIFY(firing.out.contains(u"[node_down]"_s));
        QFile heardFile(heard);
        QVERIFY2(heardFile.open(QIODevice::ReadOnly), "the --notify command did not run");
        QJsonObject toldLabels;
        for (const QByteArray &line : heardFile.readAll().trimmed().split('\n')) {
            const QJsonObject labels = QJsonDocument::fromJson(line).object().value("alerts"_L1).toArray().first().toObject().value("labels"_L1).toObject();
            if (labels.value("alertname"_L1).toString() == u"node_down")
                toldLabels = labels;
        }
        QCOMPARE(toldLabels.value("node"_L1).toString(), u"node2"_s);
        QCOMPARE(toldLabels.value("cluster"_L1).toString(), u"clilab"_s);
        QVERIFY(receiver.waitForBodies(2, 5000)); // the saved route too
        QCOMPARE(receiver.bodies().at(1).value("status"_L1).toString(), u"firing"_s);

        // Silenced: still listed, marked, not sent, and no longer exit code 1.
        const auto silenced = runPgversectl({u"silence"_s, u"add"_s, u"--lab"_s, m_labDir, u"--node-name"_s, u"node2"_s, u"--for"_s, u"10m"_s,
                                             u"--reason"_s, u"disk swap"_s, u"--json"_s});
        QVERIFY2(silenced.exitCode == 0, qPrintable(explain(silenced)));
        const QString id = parseJson(silenced.out).value("silence"_L1).toObject().value("id"_L1).toString();
        QCOMPARE(id.size(), 8);
        const QString quiet = m_root.filePath(u"quiet.jsonl"_s);
        const auto during = runPgversectl({u"alerts"_s, u"--lab"_s, m_labDir, u"--json"_s, u"--notify"_s, u"cat > '%1'"_s.arg(quiet)});
        QVERIFY2(during.exitCode == 0, qPrintable(explain(during)));
        const QJsonObject alert = parseJson(during.out).value("alerts"_L1).toArray().first().toObject();
        QCOMPARE(alert.value("rule"_L1).toString(), u"node_down"_s);
        QCOMPARE(alert.value("silenced"_L1).toObject().value("reason"_L1).toString(), u"disk swap"_s);
        QVERIFY(!QFile::exists(quiet));
        QVERIFY(runPgversectl({u"alerts"_s, u"--lab"_s, m_labDir}).out.contains(u"silenced until"_s));
        const QJsonArray listed = parseJson(runPgversectl({u"silence"_s, u"list"_s, u"--json"_s}).out).value("silences"_L1).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().toObject().value("node"_L1).toString(), u"node2"_s);
        QCOMPARE(runPgversectl({u"silence"_s, u"end"_s, id}).exitCode, 0);
        QCOMPARE(runPgversectl({u"silence"_s, u"end"_s, id}).exitCode, 1); // ended already
        QCOMPARE(runPgversectl({u"alerts"_s, u"--lab"_s, m_labDir}).exitCode, 1);
        QCOMPARE(runPgversectl({u"silence"_s, u"add"_s, u"--lab"_s, m_labDir, u"--for"_s, u"soon"_s, u"--reason"_s, u"x"_s}).exitCode, 2);

        const QJsonArray deliveries = parseJson(runPgversectl({u"route"_s, u"log"_s, u"--json"_s}).out).value("deliveries"_L1).toArray();
        QVERIFY(deliveries.size() >= 3); // the test, the saved route and --notify
        for (const QJsonValue &delivery : deliveries) {
            QVERIFY(delivery.toObject().value("ok"_L1).toBool());
            QVERIFY(!delivery.toObject().value("target"_L1).toString().contains(u"s3cret"_s));
        }
        QCOMPARE(runPgversectl({u"route"_s, u"remove"_s, u"ops"_s}).exitCode, 0);
        QVERIFY2(lab->startNode(u"node2"_s, &error), qPrintable(error));
        const auto healthy = waitUntilHealthy(m_labDir);
        QVERIFY2(healthy.exitCode == 0, qPrintable(explain(healthy)));
    }

    void alertsWatchNotifiesTheFiringAndTheResolution()
    {
        const QString heard = m_root.filePath(u"watched.jsonl"_s);
        QProcess watch;
        watch.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s,
                    {u"alerts"_s, u"--lab"_s, m_labDir, u"--watch"_s, u"--interval"_s, u"300"_s, u"--json"_s, u"--notify"_s,
                     u"cat >> '%1'; echo >> '%1'"_s.arg(heard)});
        QVERIFY(watch.waitForStarted());
        const auto statuses = [&heard] {
            QFile file(heard);
            QStringList seen;
            if (file.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : file.readAll().split('\n')) {
                    const QJsonObject body = QJsonDocument::fromJson(line).object();
                    if (!body.isEmpty())
                        seen << body.value("status"_L1).toString();
                }
            }
            return seen;
        };
        QString error;
        const auto lab = Lab::open(m_labDir, &error);
        QVERIFY2(lab, qPrintable(error));
        QTest::qWait(1000);
        QVERIFY(statuses().isEmpty()); // a healthy lab tells nobody anything
        QVERIFY2(lab->stopNode(u"node2"_s, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(statuses(), QStringList{u"firing"_s}, 20000); // node_down holds for 5 s first
        QVERIFY2(lab->startNode(u"node2"_s, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(statuses(), (QStringList{u"firing"_s, u"resolved"_s}), 20000);
        watch.terminate();
        QVERIFY(watch.waitForFinished(20000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watch.exitCode(), 0);
        const auto healthy = waitUntilHealthy(m_labDir);
        QVERIFY2(healthy.exitCode == 0, qPrintable(explain(healthy)));
    }

private:
    test::IsolatedEnvironment m_environment;
    test::ServerReachableTempDir m_root;
    QString m_labDir;
    int m_basePort = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
