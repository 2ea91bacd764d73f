// SPDX-License-Identifier: GPL-3.0-or-later
// Node operations through pgversectl against what an on-call engineer would otherwise type, on the same lab node,
// run in alternating pairs in the same run: `psql -c "SELECT pg_reload_conf()"` against `pgversectl node reload`,
// psql's pause and resume of replay against `pgversectl node pause-replay` / `resume-replay`, and
// `pg_ctl restart -m fast -w` against `pgversectl node restart`. Both sides are whole programs started from here.
// pgversectl also runs its checks (a probe of every node), takes the lab's action lock, waits for the change to show
// and writes the audit log: the figures say what that costs. Reports p50, p95 and max of each side.
// Runs per operation: 5 in CI, PGV_BENCH_NODEOPS_RUNS for the notes (README "Measured figures" used 30).
#include "actions/labactionsupport.h"
#include "lab/serverbinaries.h"
#include "testenvironment.h"
#include "tail.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

using test::Tail;

} // namespace

class BenchNodeOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QString error;
        const auto binaries = ServerBinaries::locate(m_lab->manifest().binDir, &error);
        QVERIFY2(binaries, qPrintable(error));
        m_binDir = binaries->binDir;
        m_runs = qEnvironmentVariableIntValue("PGV_BENCH_NODEOPS_RUNS") > 0 ? qEnvironmentVariableIntValue("PGV_BENCH_NODEOPS_RUNS") : 5;
    }
    void cleanupTestCase() { m_lab.reset(); }

    void reload()
    {
        compare(u"reload"_s, [this] { return psql({u"SELECT pg_reload_conf()"_s}); },
                [this] { return pgversectl({u"node"_s, u"reload"_s, u"node2"_s}); });
    }

    void pauseAndResumeReplay()
    {
        compare(u"pause and resume replay"_s,
                [this] { return psql({u"SELECT pg_wal_replay_pause()"_s}) && psql({u"SELECT pg_wal_replay_resume()"_s}); },
                [this] {
                    return pgversectl({u"node"_s, u"pause-replay"_s, u"node2"_s}) && pgversectl({u"node"_s, u"resume-replay"_s, u"node2"_s});
                });
    }

    void restartAStandby()
    {
        compare(u"restart a standby"_s, [this] { return pgCtlRestart(); }, [this] { return pgversectl({u"node"_s, u"restart"_s, u"node2"_s}); });
    }

private:
    /// Runs each side m_runs times in pairs, alternating which goes first, and prints both tails.
    void compare(const QString &operation, const std::function<bool()> &direct, const std::function<bool()> &through)
    {
        Tail directTimes;
        Tail throughTimes;
        for (int run = 0; run < m_runs; ++run) {
            for (const bool directNow : {run % 2 == 0, run % 2 != 0}) {
                QElapsedTimer clock;
                clock.start();
                const bool ok = directNow ? direct() : through();
                QVERIFY2(ok, qPrintable(u"%1 (%2) failed: %3"_s.arg(operation, directNow ? u"direct"_s : u"pgversectl"_s, m_lastError)));
                (directNow ? directTimes : throughTimes).values << clock.elapsed();
                // Both sides start from a streaming standby: a restart's standby reconnects first.
                QVERIFY(waitUntilStreaming());
            }
        }
        qInfo("node2 %s, %d runs each: direct %s; pgversectl %s", qPrintable(operation), m_runs, qPrintable(directTimes.text(0)),
              qPrintable(throughTimes.text(0)));
    }

    bool finished(QProcess &process, const QString &what)
    {
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
            return true;
        m_lastError = what + u": "_s + QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput()).right(2000);
        return false;
    }

    bool psql(const QStringList &statements)
    {
        QStringList arguments{u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-d"_s, m_lab->conninfo(u"node2"_s)};
        for (const QString &statement : statements)
            arguments << u"-c"_s << statement;
        QProcess process;
        process.start(m_binDir + u"/psql"_s, arguments);
        return finished(process, u"psql"_s);
    }

    bool pgCtlRestart()
    {
        const auto [program, arguments] = m_lab->lab().serverUser().wrap(
            m_binDir + u"/pg_ctl"_s, {u"-D"_s, m_lab->manifest().dataDir(u"node2"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"restart"_s});
        QProcess process;
        process.start(program, arguments);
        return finished(process, u"pg_ctl restart"_s);
    }

    bool pgversectl(QStringList arguments)
    {
        arguments << u"--lab"_s << m_lab->dir() << u"--yes"_s;
        QProcess process;
        process.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, arguments);
        return finished(process, u"pgversectl "_s + arguments.first());
    }

    bool waitUntilStreaming()
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 30000) {
            const TopologySnapshot snapshot = probeLab(m_lab->lab());
            const TopologyNode *node = snapshot.node(u"node2");
            if (node && node->isUp() && node->state == u"streaming" && !node->replayPaused)
                return true;
            QTest::qWait(50);
        }
        m_lastError = u"node2 did not stream again within 30 s"_s;
        return false;
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    QString m_binDir;
    QString m_lastError;
    int m_runs = 5;
};

QTEST_GUILESS_MAIN(BenchNodeOperations)
#include "bench_nodeops.moc"
