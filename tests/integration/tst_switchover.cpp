// SPDX-License-Identifier: GPL-3.0-or-later
// Switchover, failover and rejoin on a real lab, with a writer committing sequence numbers throughout:
// a planned switchover loses none of them.
#include "actions/actionrunner.h"
#include "actions/auditlog.h"
#include "actions/labfailover.h"
#include "actions/labnodeoperation.h"
#include "actions/labrejoin.h"
#include "actions/labswitchover.h"
#include "alerts/silence.h"
#include "sequencewriter.h"
#include "testlab.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

class Silent final : public ActionObserver
{
};

QString describe(const ActionRun &run)
{
    QStringList lines{resultName(run.outcome.result) + u": "_s + run.outcome.message, run.outcome.clusterState};
    for (const ActionCheck &check : run.checks + run.verification)
        lines << u"[%1] %2: %3"_s.arg(checkStatusName(check.status), check.name, check.reason);
    lines << run.log;
    return lines.join(u'\n');
}

QString primaryOf(const Lab &lab)
{
    for (const TopologyNode &node : probeLab(lab).nodes) {
        if (node.role == NodeRole::Primary)
            return node.name;
    }
    return {};
}

int timelineOf(const Lab &lab, const QString &node)
{
    const TopologyNode *found = probeLab(lab).node(node);
    return found ? found->timeline : 0;
}

} // namespace

class TestSwitchover : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE seq (n bigint PRIMARY KEY)"_s));
        m_policy = ActionPolicy{m_lab->manifest().name, false};
    }
    void cleanupTestCase() { m_lab.reset(); }

    void plannedSwitchoverLosesNoCommittedTransaction_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<QString>("oldPrimary");
        QTest::newRow("node1 to node2") << u"node2"_s << u"node1"_s;
        QTest::newRow("and back to node1") << u"node1"_s << u"node2"_s;
    }
    void plannedSwitchoverLosesNoCommittedTransaction()
    {
        QFETCH(QString, candidate);
        QFETCH(QString, oldPrimary);
        QCOMPARE(primaryOf(m_lab->lab()), oldPrimary);
        const int timeline = timelineOf(m_lab->lab(), oldPrimary);
        test::SequenceWriter writer(m_lab->writableConnInfo(), nextSequenceStart());
        writer.start();
        QTest::qWait(1000);

        LabSwitchover switchover(m_lab->lab(), candidate);
        Silent observer;
        const AuditLog audit;
        const ActionRun run = runAction(switchover, m_policy, &audit, observer);
        QTest::qWait(1000);
        writer.stop();
        QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(run)));
        QVERIFY2(!anyFailed(run.verification), qPrintable(describe(run)));

        // Every number the writer saw committed is on the new primary.
        const std::vector<qint64> committed = writer.committed();
        QVERIFY2(committed.size() > 100, qPrintable(QString::number(committed.size())));
        const QString highest = *m_lab->sql(candidate, u"SELECT max(n)::text FROM seq"_s);
        const QString all = *m_lab->sql(candidate, u"SELECT count(*)::text FROM seq"_s);
        const int lost = test::lostCommits(*m_lab, candidate, committed);
        qInfo("%s: %zu commits acknowledged, %d lost, longest write gap %lld ms, %d failed attempts (max stored %s, %s rows)",
              qPrintable(candidate), committed.size(), lost, static_cast<long long>(writer.longestGapMs()), writer.failedAttempts(),
              qPrintable(highest), qPrintable(all));
        QCOMPARE(lost, 0);

        // The old primary streams from the new one on the new timeline; the status agrees.
        const TopologySnapshot after = probeLab(m_lab->lab());
        QCOMPARE(after.node(candidate)->role, NodeRole::Primary);
        QCOMPARE(after.node(candidate)->timeline, timeline + 1);
        QCOMPARE(after.node(oldPrimary)->upstream, candidate);
        QCOMPARE(after.node(oldPrimary)->state, u"streaming"_s);
        QCOMPARE(after.node(oldPrimary)->timeline, timeline + 1);
        QVERIFY2(after.healthy(), qPrintable(after.problems.isEmpty() ? QString() : after.problems.first().message));

        // The switchover silenced the alerts it caused itself, and that silence now ends within its 30 s grace.
        const QList<Silence> silences = SilenceStore().current(QDateTime::currentDateTimeUtc());
        const auto planned = std::find_if(silences.cbegin(), silences.cend(), [](const Silence &silence) { return silence.byAction; });
        QVERIFY(planned != silences.cend());
        QCOMPARE(planned->cluster, m_policy.cluster);
        QVERIFY(planned->rules.contains(u"node_down"_s));
        QVERIFY(planned->reason.contains(u"Switchover"_s));
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(planned->until) <= 30);
        QVERIFY2(run.log.join(u'\n').contains(u"Silenced while it runs"_s), qPrintable(run.log.join(u'\n')));

        // Show me the commands: the run log has what the steps ran, in the order they ran it.
        const QString log = run.log.join(u'\n');
        const qsizetype shutdown = log.indexOf(u"$ kill -INT"_s);
        const qsizetype promote = log.indexOf(u"pg_promote"_s);
        QVERIFY2(shutdown >= 0 && promote > shutdown, qPrintable(log));
        QVERIFY2(log.contains(u"> ALTER SYSTEM SET primary_conninfo"_s) || log.contains(u"standby.signal"_s), qPrintable(log));
        QVERIFY2(log.contains(u"$ pg_ctl"_s), qPrintable(log));
        QVERIFY(!log.contains(u"pgverse_probe"_s)); // the monitor's polls are not the action's commands

        const QList<QJsonObject> entries = audit.entries();
        QVERIFY(entries.size() >= 2);
        QCOMPARE(entries.last().value("action"_L1).toString(), u"switchover"_s);
        // The audit entry keeps them too, for the post-mortem.
        QVERIFY(QJsonDocument(entries.last()).toJson().contains("pg_promote"));
        QCOMPARE(entries.last().value("result"_L1).toString(), u"succeeded"_s);
        QCOMPARE(entries.last().value("phase"_L1).toString(), u"finished"_s);
        QCOMPARE(audit.firstBrokenEntry(), 0);
    }

    void refusalsExplainThemselvesAndChangeNothing()
    {
        const QString primary = primaryOf(m_lab->lab());
        QCOMPARE(primary, u"node1"_s);
        const int timeline = timelineOf(m_lab->lab(), primary);
        auto refused = [&](Action &action, const ActionPolicy &policy, const QString &reason) {
            Silent observer;
            const ActionRun run = runAction(action, policy, nullptr, observer);
            if (run.outcome.result != ActionOutcome::Result::Refused || !run.outcome.message.contains(reason))
                qWarning("%s", qPrintable(describe(run)));
            return run.outcome.result == ActionOutcome::Result::Refused && run.outcome.message.contains(reason) && !run.executed;
        };
        {
            LabSwitchover unknown(m_lab->lab(), u"node9"_s);
            QVERIFY(refused(unknown, m_policy, u"no node \"node9\""_s));
        }
        {
            LabSwitchover readOnly(m_lab->lab(), u"node2"_s);
            QVERIFY(refused(readOnly, ActionPolicy{m_policy.cluster, true}, u"read-only"_s));
        }
        {
            QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_pause()"_s));
            LabSwitchover paused(m_lab->lab(), u"node2"_s);
            QVERIFY(refused(paused, m_policy, u"paused"_s));
            // …and lagging: writes pile up behind the paused replay.
            QVERIFY(m_lab->sql(u"node1"_s, u"INSERT INTO seq SELECT g FROM generate_series(%1, %1 + 20000) g"_s.arg(nextSequenceStart())));
            QTest::qWait(300);
            LabSwitchover lagging(m_lab->lab(), u"node2"_s, LabActionSettings{64 * 1024, 60000});
            QVERIFY(refused(lagging, m_policy, u"more than the 64.0 KiB allowed"_s));
            QVERIFY(m_lab->sql(u"node2"_s, u"SELECT pg_wal_replay_resume()"_s));
        }
        {
            QString error;
            QVERIFY2(m_lab->lab().stopNode(u"node3"_s, &error), qPrintable(error));
            LabSwitchover stopped(m_lab->lab(), u"node3"_s);
            QVERIFY(refused(stopped, m_policy, u"node3 is unreachable"_s));
            QVERIFY2(m_lab->lab().startNode(u"node3"_s, &error), qPrintable(error));
        }
        {
            LabFailover primaryAlive(m_lab->lab(), {}, false);
            QVERIFY(refused(primaryAlive, m_policy, u"Use a switchover instead"_s));
        }
        QCOMPARE(primaryOf(m_lab->lab()), primary);
        QCOMPARE(timelineOf(m_lab->lab(), primary), timeline);
    }

    void cliDryRunPrintsThePlanAndNeedsConfirmation()
    {
        const auto dry = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, u"node3"_s, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        const QJsonObject json = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(json.value("action"_L1).toString(), u"switchover"_s);
        QCOMPARE(json.value("result"_L1).toString(), u"not_executed"_s);
        QVERIFY(json.value("checks"_L1).toArray().size() >= 5);
        QCOMPARE(json.value("steps"_L1).toArray().size(), 15);
        QCOMPARE(test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, u"node9"_s, u"--yes"_s}).exitCode, 1);
        const auto unconfirmed = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, u"node3"_s});
        QCOMPARE(unconfirmed.exitCode, 2); // no terminal to type the cluster's name into, and no --yes
        QVERIFY(unconfirmed.err.contains(u"Not confirmed"_s));
        QCOMPARE(primaryOf(m_lab->lab()), u"node1"_s);
    }

    void nodeOperationsRunAuditedAndRefuseWhatDoesNotFit()
    {
        Silent observer;
        const AuditLog audit;
        auto run = [&](LabNodeOperation::Kind kind, const QString &node, const ActionPolicy &policy) {
            LabNodeOperation operation(m_lab->lab(), kind, node);
            return runAction(operation, policy, &audit, observer);
        };
        auto succeeded = [](const ActionRun &result) { return result.outcome.result == ActionOutcome::Result::Succeeded && !anyFailed(result.verification); };
        auto refused = [](const ActionRun &result, const QString &reason) {
            return result.outcome.result == ActionOutcome::Result::Refused && !result.executed && result.outcome.message.contains(reason);
        };
        const auto replayState = [this] { return m_lab->sql(u"node2"_s, u"SELECT pg_get_wal_replay_pause_state()"_s).value_or(QString()); };

        // Pause and resume replay on a standby; each refuses when it has nothing to do, and on the primary.
        ActionRun result = run(LabNodeOperation::Kind::PauseReplay, u"node2"_s, m_policy);
        QVERIFY2(succeeded(result), qPrintable(describe(result)));
        QCOMPARE(replayState(), u"paused"_s);
        QVERIFY2(result.log.join(u'\n').contains(u"> SELECT pg_wal_replay_pause()"_s), qPrintable(describe(result)));
        result = run(LabNodeOperation::Kind::PauseReplay, u"node2"_s, m_policy);
        QVERIFY2(refused(result, u"paused already"_s), qPrintable(describe(result)));
        result = run(LabNodeOperation::Kind::ResumeReplay, u"node2"_s, m_policy);
        QVERIFY2(succeeded(result), qPrintable(describe(result)));
        QCOMPARE(replayState(), u"not paused"_s);
        result = run(LabNodeOperation::Kind::ResumeReplay, u"node2"_s, m_policy);
        QVERIFY2(refused(result, u"not paused"_s), qPrintable(describe(result)));
        result = run(LabNodeOperation::Kind::PauseReplay, u"node1"_s, m_policy);
        QVERIFY2(refused(result, u"is the primary"_s), qPrintable(describe(result)));

        // A reload names the settings that still wait for a restart; the restart applies them.
        QVERIFY(m_lab->sql(u"node3"_s, u"ALTER SYSTEM SET shared_buffers = '24MB'"_s));
        result = run(LabNodeOperation::Kind::Reload, u"node3"_s, m_policy);
        QVERIFY2(succeeded(result), qPrintable(describe(result)));
        QVERIFY2(result.outcome.message.contains(u"waiting for a restart: shared_buffers"_s), qPrintable(describe(result)));
        result = run(LabNodeOperation::Kind::Restart, u"node3"_s, ActionPolicy{m_policy.cluster, true});
        QVERIFY2(refused(result, u"read-only"_s), qPrintable(describe(result)));
        result = run(LabNodeOperation::Kind::Restart, u"node3"_s, m_policy);
        QVERIFY2(succeeded(result), qPrintable(describe(result)));
        QCOMPARE(m_lab->sql(u"node3"_s, u"SHOW shared_buffers"_s), std::optional<QString>(u"24MB"_s));
        QVERIFY(m_lab->sql(u"node3"_s, u"ALTER SYSTEM RESET shared_buffers"_s));

        // Stop and start: each refuses the state it would not change.
        result = run(LabNodeOperation::Kind::Start, u"node3"_s, m_policy);
        QVERIFY2(refused(result, u"already running"_s), qPrintable(describe(result)));
        result = run(LabNodeOperation::Kind::Stop, u"node3"_s, m_policy);
        QVERIFY2(succeeded(result), qPrintable(describe(result)));
        QVERIFY(!m_lab->lab().runningPid(u"node3"_s));
        result = run(LabNodeOperation::Kind::Stop, u"node3"_s, m_policy);
        QVERIFY2(refused(result, u"node3 is running"_s), qPrintable(describe(result)));
        result = run(LabNodeOperation::Kind::Start, u"node3"_s, m_policy);
        QVERIFY2(succeeded(result), qPrintable(describe(result)));
        QTRY_COMPARE_WITH_TIMEOUT(probeLab(m_lab->lab()).node(u"node3"_s)->state, u"streaming"_s, 15000);
        QCOMPARE(m_lab->sql(u"node3"_s, u"SHOW shared_buffers"_s), std::optional<QString>(u"32MB"_s));

        // Each run is in the audit log, with the commands it ran.
        const QList<QJsonObject> entries = audit.entries();
        QStringList finished;
        for (const QJsonObject &entry : entries) {
            if (entry.value("phase"_L1).toString() == u"finished" && entry.value("result"_L1).toString() == u"succeeded")
                finished << entry.value("action"_L1).toString();
        }
        QVERIFY2(finished.size() >= 6, qPrintable(finished.join(u' ')));
        const QStringList lastSix = finished.mid(finished.size() - 6);
        QCOMPARE(lastSix, (QStringList{u"pause-replay"_s, u"resume-replay"_s, u"reload"_s, u"restart"_s, u"stop"_s, u"start"_s}));
        QVERIFY(QJsonDocument(entries.last()).toJson().contains("pg_ctl"));
        QCOMPARE(audit.firstBrokenEntry(), 0);

        // The CLI twin: --json, and its exit codes.
        const auto paused = test::runPgversectl({u"node"_s, u"pause-replay"_s, u"node2"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s});
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.err));
        const QJsonObject json = QJsonDocument::fromJson(paused.out.toUtf8()).object();
        QCOMPARE(json.value("action"_L1).toString(), u"pause-replay"_s);
        QCOMPARE(json.value("result"_L1).toString(), u"succeeded"_s);
        QCOMPARE(json.value("parameters"_L1).toObject().value("node"_L1).toString(), u"node2"_s);
        QCOMPARE(replayState(), u"paused"_s);
        QCOMPARE(test::runPgversectl({u"node"_s, u"resume-replay"_s, u"node2"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s}).exitCode, 0);
        QCOMPARE(replayState(), u"not paused"_s);
        QCOMPARE(test::runPgversectl({u"node"_s, u"start"_s, u"node2"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s}).exitCode, 1);
        const auto unknown = test::runPgversectl({u"node"_s, u"frobnicate"_s, u"node2"_s, u"--lab"_s, m_lab->dir()});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"\"frobnicate\" is not an operation"_s), qPrintable(unknown.err));
        const auto unconfirmed = test::runPgversectl({u"node"_s, u"stop"_s, u"node2"_s, u"--lab"_s, m_lab->dir()});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY(m_lab->lab().runningPid(u"node2"_s));
        QCOMPARE(primaryOf(m_lab->lab()), u"node1"_s);
    }

    void crashFailoverToTheMostAdvancedStandbyThenRejoin()
    {
        test::SequenceWriter writer(m_lab->writableConnInfo(), nextSequenceStart());
        writer.start();
        QTest::qWait(800);
        const int timeline = probeLab(m_lab->lab()).node(u"node1")->timeline;
        QVERIFY(m_lab->crash(u"node1"_s));
        QTest::qWait(300);
        writer.stop();
        // Standbys that lost their upstream report the timeline they follow, not what their control file last saw.
        const TopologySnapshot orphaned = probeLab(m_lab->lab());
        for (const QString &node : {u"node2"_s, u"node3"_s}) {
            QCOMPARE(orphaned.node(node)->timeline, timeline);
        }
        for (const Problem &problem : orphaned.problems)
            QVERIFY2(problem.kind != ProblemKind::TimelineDivergence, qPrintable(problem.message));

        LabFailover failover(m_lab->lab(), {}, false);
        Silent observer;
        const ActionRun run = runAction(failover, m_policy, nullptr, observer);
        QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(run)));
        QVERIFY2(!anyFailed(run.verification), qPrintable(describe(run)));
        const QString promoted = failover.candidate();
        QVERIFY(promoted == u"node2" || promoted == u"node3");
        // Read from node1's files: what it wrote and never sent. The acknowledged commits lost are among those counted.
        const int lost = test::lostCommits(*m_lab, promoted, writer.committed());
        qInfo("failover: %d acknowledged commits lost, %d reported, %lld bytes", lost, failover.lostCommits(), static_cast<long long>(failover.dataLossBytes()));
        QVERIFY2(lost <= failover.lostCommits(), qPrintable(describe(run)));
        QVERIFY(failover.lostCommits() == 0 || failover.dataLossBytes() > 0);
        QVERIFY(std::any_of(run.checks.cbegin(), run.checks.cend(), [](const ActionCheck &c) { return c.name == u"WAL only node1 has"; }));
        QCOMPARE(primaryOf(m_lab->lab()), promoted);

        // The old primary is fenced, and shown so: not an ordinary "down".
        const TopologySnapshot fencedView = probeLab(m_lab->lab());
        QCOMPARE(fencedView.node(u"node1"_s)->state, u"fenced"_s);
        const auto fencedProblem = std::find_if(fencedView.problems.cbegin(), fencedView.problems.cend(),
                                                [](const Problem &problem) { return problem.node == u"node1"; });
        QVERIFY(fencedProblem != fencedView.problems.cend());
        QCOMPARE(fencedProblem->severity, ProblemSeverity::Warning);
        QVERIFY2(fencedProblem->message.contains(u"pgversectl rejoin node1"_s), qPrintable(fencedProblem->message));
        // It refuses to start as a second primary.
        QString error;
        QVERIFY(!m_lab->lab().startNode(u"node1"_s, &error));
        QVERIFY2(error.contains(u"fenced"_s), qPrintable(error));
        {
            LabNodeOperation start(m_lab->lab(), LabNodeOperation::Kind::Start, u"node1"_s);
            const ActionRun refusedStart = runAction(start, m_policy, nullptr, observer);
            QCOMPARE(refusedStart.outcome.result, ActionOutcome::Result::Refused);
            QVERIFY2(refusedStart.outcome.message.contains(u"fenced"_s), qPrintable(describe(refusedStart)));
        }

        LabRejoin rejoin(m_lab->lab(), u"node1"_s);
        const ActionRun rejoined = runAction(rejoin, m_policy, nullptr, observer);
        QVERIFY2(rejoined.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(rejoined)));
        QVERIFY2(!anyFailed(rejoined.verification), qPrintable(describe(rejoined)));
        // The rewind undid exactly what the failover said would be lost.
        QVERIFY2(rejoin.discarded().has_value(), qPrintable(describe(rejoined)));
        QVERIFY2(rejoin.discarded()->commits == failover.lostCommits(), qPrintable(describe(run) + u"\n----\n"_s + describe(rejoined)));
        // pg_rewind's own words are in the run log: what it rewound, from where.
        const QString rejoinLog = rejoined.log.join(u'\n');
        QVERIFY2(rejoinLog.contains(u"$ pg_rewind"_s) && rejoinLog.contains(u"    | "_s), qPrintable(rejoinLog));
        QVERIFY2(run.log.join(u'\n').contains(u"the fence"_s), qPrintable(run.log.join(u'\n')));
        const TopologySnapshot after = probeLab(m_lab->lab());
        QCOMPARE(after.node(u"node1")->upstream, promoted);
        QCOMPARE(after.node(u"node1")->state, u"streaming"_s);
        QVERIFY(!m_lab->lab().isFenced(u"node1"_s));
    }

    void aFailoverToALessAdvancedStandbyLeavesTheOneAheadAlone()
    {
        const QString primary = primaryOf(m_lab->lab());
        QStringList standbys{u"node1"_s, u"node2"_s, u"node3"_s};
        standbys.removeAll(primary);
        const QString behind = standbys.at(0);
        const QString ahead = standbys.at(1);
        // "behind" stops receiving; "ahead" gets writes it never sees.
        QVERIFY(m_lab->sql(behind, u"ALTER SYSTEM SET primary_conninfo = ''"_s));
        QVERIFY(m_lab->sql(behind, u"SELECT pg_reload_conf()"_s));
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->sql(behind, u"SELECT count(*) FROM pg_stat_wal_receiver"_s), std::optional<QString>(u"0"_s), 10000);
        QVERIFY(m_lab->sql(primary, u"CREATE TABLE ahead_only AS SELECT g FROM generate_series(1, 1000) g"_s));
        const QString end = m_lab->sql(primary, u"SELECT pg_current_wal_lsn()"_s).value_or(QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_lab->sql(ahead, u"SELECT pg_last_wal_receive_lsn() >= '%1'"_s.arg(end)), std::optional<QString>(u"t"_s), 10000);
        QVERIFY(m_lab->crash(primary));

        LabFailover failover(m_lab->lab(), behind, false);
        Silent observer;
        const ActionRun run = runAction(failover, m_policy, nullptr, observer);
        QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(run)));
        QVERIFY2(!anyFailed(run.verification), qPrintable(describe(run)));
        QCOMPARE(failover.cannotFollow(), QStringList{ahead});
        QVERIFY(failover.dataLossBytes() > 0);
        QVERIFY2(run.outcome.clusterState.contains(u"pgversectl rejoin "_s + ahead), qPrintable(run.outcome.clusterState));
        // Not repointed: it still waits for the dead primary, in recovery, with its WAL intact.
        const TopologySnapshot after = probeLab(m_lab->lab());
        QCOMPARE(after.node(ahead)->role, NodeRole::Standby);
        QCOMPARE(m_lab->sql(ahead, u"SELECT count(*) FROM pg_stat_wal_receiver WHERE sender_port = %1"_s.arg(m_lab->manifest().node(behind)->port)),
                 std::optional<QString>(u"0"_s));

        // A rejoin of each brings the lab back: the one ahead is rewound onto the new timeline.
        for (const QString &node : {ahead, primary}) {
            LabRejoin rejoin(m_lab->lab(), node);
            const ActionRun rejoined = runAction(rejoin, m_policy, nullptr, observer);
            QVERIFY2(rejoined.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(rejoined)));
        }
        const TopologySnapshot healed = probeLab(m_lab->lab());
        for (const QString &node : {ahead, primary})
            QCOMPARE(healed.node(node)->upstream, behind);
    }

private:
    qint64 nextSequenceStart() { return m_sequenceBase += 1'000'000'000; }

    test::IsolatedEnvironment m_environment;
    qint64 m_sequenceBase = 0;
    std::unique_ptr<test::TestLab> m_lab;
    ActionPolicy m_policy;
};

QTEST_GUILESS_MAIN(TestSwitchover)
#include "tst_switchover.moc"
