// SPDX-License-Identifier: GPL-3.0-or-later
// The Patroni driver against a real Patroni lab (etcd and three members from Debian's packages), with the analytics
// subscriber, whose slot is one of Patroni's permanent slots.
#include "actions/actionlock.h"
#include "actions/actionrunner.h"
#include "actions/patroniaction.h"
#include "actions/patronilogicalslots.h"
#include "actions/patronimaintenance.h"
#include "patroni/patronicluster.h"
#include "monitor/probenow.h"
#include "sequencewriter.h"
#include "testlab.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
QString describe(const ActionRun &run)
{
    QStringList lines{resultName(run.outcome.result) + u": "_s + run.outcome.message};
    for (const ActionCheck &check : run.checks + run.verification)
        lines << u"[%1] %2: %3"_s.arg(checkStatusName(check.status), check.name, check.reason);
    return lines.join(u'\n');
}
} // namespace

class TestPatroni : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(2, true, test::TestLab::Subscriber::Analytics);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        m_profile = m_lab->manifest().toProfile();
        QVERIFY(!m_profile.patroniUrl.isEmpty());
        QVERIFY(m_lab->sql(leader(), u"CREATE TABLE seq (n bigint PRIMARY KEY)"_s));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void switchoverUnderAWriterLosesNothing()
    {
        const QString from = leader();
        const QString to = from == u"node2" ? u"node3"_s : u"node2"_s;
        const auto before = PatroniCluster::fromJson(PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s).json().object());
        QVERIFY(before && before->leader());
        const QString leaderApiBefore = QUrl(before->leader()->apiUrl).adjusted(QUrl::RemovePath).toString();
        test::SequenceWriter writer(m_lab->writableConnInfo(), 1);
        writer.start();
        QTest::qWait(1000);
        // The profile names a replica's REST API (the candidate's): the request must still go to the leader.
        PatroniEndpoint viaReplica = m_profile.patroniEndpoint();
        viaReplica.url = QUrl(before->member(to)->apiUrl).adjusted(QUrl::RemovePath);
        QVERIFY(viaReplica.url.toString() != leaderApiBefore);
        PatroniRoleChange switchover(PatroniRoleChange::Kind::Switchover, m_profile, viaReplica, to);
        ActionObserver observer;
        const ActionRun run = runAction(switchover, {m_profile.name, false}, nullptr, observer);
        QTest::qWait(1000);
        writer.stop();
        QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(run)));
        QVERIFY2(!anyFailed(run.verification), qPrintable(describe(run)));
        // As patronictl does, the request went to the old leader's own REST API, so it started at once.
        QCOMPARE(switchover.parameters().value(u"posted_to"_s).toString(), leaderApiBefore);
        // Show me the commands: the REST calls are in the run log as curl would make them, credentials left out.
        const QString log = run.log.join(u'\n');
        QVERIFY2(log.contains(u"$ curl -s -X POST %1/switchover -d '"_s.arg(leaderApiBefore)), qPrintable(log));
        QVERIFY2(log.contains(u"(HTTP 200, "_s), qPrintable(log));
        QVERIFY2(log.contains(u"$ curl -s "_s + viaReplica.url.toString() + u"/cluster"_s), qPrintable(log));
        QVERIFY(!log.contains(m_profile.patroniEndpoint().password) || m_profile.patroniEndpoint().password.isEmpty());

        // Patroni and the servers agree on the new leader.
        QCOMPARE(leader(), to);
        const TopologySnapshot snapshot = probeTopologyNow(m_profile.name, m_profile.endpoints());
        QCOMPARE(snapshot.node(to)->role, NodeRole::Primary);
        QCOMPARE(snapshot.node(from)->role, NodeRole::Standby);
        // The timeline reported is the one the new primary is on.
        QVERIFY2(run.outcome.message.contains(u"on timeline %1;"_s.arg(snapshot.node(to)->timeline)), qPrintable(run.outcome.message));

        const std::vector<qint64> committed = writer.committed();
        QSet<qint64> stored;
        for (const QString &value : m_lab->sql(to, u"SELECT string_agg(n::text, ',') FROM seq"_s).value_or(QString()).split(u','))
            stored.insert(value.toLongLong());
        int lost = 0;
        for (qint64 n : committed)
            lost += !stored.contains(n);
        qInfo("Patroni switchover %s -> %s: %zu commits, %d lost, longest write gap %lld ms", qPrintable(from), qPrintable(to),
              committed.size(), lost, static_cast<long long>(writer.longestGapMs()));
        QVERIFY(committed.size() > 50);
        QCOMPARE(lost, 0);
    }

    void aRequestWithoutCredentialsIsRefusedByPatroniAndSaysSo()
    {
        const QString before = leader();
        const QString to = before == u"node2" ? u"node3"_s : u"node2"_s;
        PatroniEndpoint anonymous = m_profile.patroniEndpoint();
        anonymous.password.clear();
        anonymous.user.clear();
        PatroniRoleChange switchover(PatroniRoleChange::Kind::Switchover, m_profile, anonymous, to);
        ActionObserver observer;
        const ActionRun run = runAction(switchover, {m_profile.name, false}, nullptr, observer);
        QVERIFY(std::any_of(run.checks.cbegin(), run.checks.cend(), [](const ActionCheck &c) {
            return c.status == CheckStatus::Warn && c.name == u"REST credentials";
        }));
        QCOMPARE(run.outcome.result, ActionOutcome::Result::Failed);
        QVERIFY2(run.outcome.message.contains(u"401"_s) && run.outcome.message.contains(u"no auth header received"_s)
                     && run.outcome.message.contains(u"REST user and password"_s),
                 qPrintable(run.outcome.message));
        QCOMPARE(run.outcome.clusterState, u"Nothing was changed."_s);
        QCOMPARE(leader(), before);
    }

    void patronisRulesAreCheckedBeforeAnythingIsPosted()
    {
        const QString current = leader();
        ActionObserver observer;
        auto refusedBecause = [&](PatroniRoleChange::Kind kind, const QString &candidate, const QString &reason) {
            PatroniRoleChange action(kind, m_profile, m_profile.patroniEndpoint(), candidate);
            const ActionRun run = runAction(action, {m_profile.name, false}, nullptr, observer);
            if (run.outcome.result != ActionOutcome::Result::Refused || !run.outcome.message.contains(reason))
                qWarning("%s", qPrintable(describe(run)));
            return run.outcome.result == ActionOutcome::Result::Refused && run.outcome.message.contains(reason);
        };
        QVERIFY(refusedBecause(PatroniRoleChange::Kind::Switchover, u"node9"_s, u"no member \"node9\""_s));
        QVERIFY(refusedBecause(PatroniRoleChange::Kind::Switchover, current, u"already leads"_s));
        QVERIFY(refusedBecause(PatroniRoleChange::Kind::Failover, current == u"node1" ? u"node2"_s : u"node1"_s, u"still leads"_s));
        {
            PatroniRoleChange readOnly(PatroniRoleChange::Kind::Switchover, m_profile, m_profile.patroniEndpoint(), u"node1"_s);
            const ActionRun run = runAction(readOnly, {m_profile.name, true}, nullptr, observer);
            QCOMPARE(run.outcome.result, ActionOutcome::Result::Refused);
        }
        QCOMPARE(leader(), current);
    }

    void maintenanceOperationsChangeWhatTheySay()
    {
        ActionObserver observer;
        auto run = [&](PatroniMaintenance::Kind kind, const QString &member = {}) {
            PatroniMaintenance action(kind, m_profile, m_profile.patroniEndpoint(), member);
            const ActionRun result = runAction(action, {m_profile.name, false}, nullptr, observer);
            if (result.outcome.result != ActionOutcome::Result::Succeeded)
                qWarning("%s", qPrintable(describe(result)));
            return result;
        };
        auto paused = [&] {
            return PatroniCluster::fromJson(PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s).json().object())->paused;
        };
        QCOMPARE(run(PatroniMaintenance::Kind::Pause).outcome.result, ActionOutcome::Result::Succeeded);
        QVERIFY(paused());
        QCOMPARE(run(PatroniMaintenance::Kind::Pause).outcome.result, ActionOutcome::Result::Refused); // already paused
        QCOMPARE(run(PatroniMaintenance::Kind::Resume).outcome.result, ActionOutcome::Result::Succeeded);
        QVERIFY(!paused());

        const QString replica = leader() == u"node3" ? u"node1"_s : u"node3"_s;
        const QString postmasterBefore = m_lab->sql(replica, u"SELECT pg_postmaster_start_time()::text"_s).value_or(QString());
        QCOMPARE(run(PatroniMaintenance::Kind::Restart, replica).outcome.result, ActionOutcome::Result::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->sql(replica, u"SELECT pg_postmaster_start_time()::text"_s).value_or(postmasterBefore) != postmasterBefore, 20000);

        const QString systemBefore = m_lab->sql(replica, u"SELECT pg_postmaster_start_time()::text"_s).value_or(QString());
        QCOMPARE(run(PatroniMaintenance::Kind::Reinitialize, replica).outcome.result, ActionOutcome::Result::Succeeded);
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->sql(replica, u"SELECT pg_is_in_recovery()::text"_s) == u"true"_s, 30000);
        QVERIFY(m_lab->sql(replica, u"SELECT pg_postmaster_start_time()::text"_s) != systemBefore);
        PatroniMaintenance leaderReinit(PatroniMaintenance::Kind::Reinitialize, m_profile, m_profile.patroniEndpoint(), leader());
        QCOMPARE(runAction(leaderReinit, {m_profile.name, false}, nullptr, observer).outcome.result, ActionOutcome::Result::Refused);
    }

    void anotherToolsSwitchoverIsReportedAtOnce()
    {
        // Someone on another workstation asks Patroni (with curl, as patronictl would) for a switchover to another
        // member 0.3 s after ours was posted: our lock does not reach them, Patroni follows the later request, and
        // our action must say so at once, with the leader and timeline there really are, instead of waiting its
        // whole follow limit for a candidate that will not lead.
        const QString from = leader();
        QStringList replicas{u"node1"_s, u"node2"_s, u"node3"_s};
        replicas.removeAll(from);
        const QString ours = replicas.at(0);
        const QString theirs = replicas.at(1);
        const auto before = PatroniCluster::fromJson(PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s).json().object());
        QVERIFY(before && before->leader());
        const PatroniEndpoint endpoint = m_profile.patroniEndpoint();
        const QString leaderApi = QUrl(before->leader()->apiUrl).adjusted(QUrl::RemovePath).toString();
        const QByteArray request = QJsonDocument(QJsonObject{{"leader"_L1, from}, {"candidate"_L1, theirs}}).toJson(QJsonDocument::Compact);

        struct OtherTool : ActionObserver
        {
            QProcess curl;
            QStringList arguments;
            void stepStarted(int step) override
            {
                if (step == 1 && curl.state() == QProcess::NotRunning) // asking Patroni (0 pauses the poolers: none here)
                    curl.start(u"sh"_s, QStringList{u"-c"_s, u"sleep 0.3; exec curl \"$@\""_s, u"sh"_s} + arguments);
            }
        } other;
        other.arguments = {u"-sS"_s, u"-m"_s, u"60"_s, u"-u"_s, endpoint.user + u':' + endpoint.password, u"-H"_s, u"Content-Type: application/json"_s,
                           u"-d"_s, QString::fromUtf8(request), leaderApi + u"/switchover"_s};
        PatroniRoleChange switchover(PatroniRoleChange::Kind::Switchover, m_profile, m_profile.patroniEndpoint(), ours);
        QElapsedTimer clock;
        clock.start();
        const ActionRun run = runAction(switchover, {m_profile.name, false}, nullptr, other);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(other.curl.state() == QProcess::NotRunning || other.curl.waitForFinished(70000)); // already done, most often
        QCOMPARE(other.curl.exitCode(), 0);
        const QString theirAnswer = QString::fromUtf8(other.curl.readAllStandardOutput() + other.curl.readAllStandardError());
        qInfo("ours (to %s): %s %s after %lld ms; theirs (to %s): %s", qPrintable(ours), qPrintable(run.outcome.message),
              qPrintable(run.outcome.clusterState), elapsed, qPrintable(theirs), qPrintable(theirAnswer));

        QTRY_VERIFY_WITH_TIMEOUT(!leader().isEmpty() && leader() != from, 30000);
        QCOMPARE(leader(), theirs); // Patroni followed the later request
        QCOMPARE(run.outcome.result, ActionOutcome::Result::Failed);
        QVERIFY2(run.outcome.message.contains(u"did not make %1 the leader"_s.arg(ours)), qPrintable(describe(run)));
        QVERIFY2(run.outcome.message.contains(theirs), qPrintable(run.outcome.message));
        QVERIFY2(elapsed < 30000, qPrintable(u"%1 ms: the action waited for a candidate Patroni had given up on"_s.arg(elapsed)));
        // What it reports is where the cluster is: the leader Patroni made, on the timeline that leader is on.
        QTRY_VERIFY_WITH_TIMEOUT(probeTopologyNow(m_profile.name, m_profile.endpoints()).node(theirs)->role == NodeRole::Primary, 20000);
        const int timeline = probeTopologyNow(m_profile.name, m_profile.endpoints()).node(theirs)->timeline;
        QVERIFY2(run.outcome.clusterState.contains(u"%1 leads on timeline %2"_s.arg(theirs).arg(timeline)), qPrintable(run.outcome.clusterState));
        QTRY_VERIFY2_WITH_TIMEOUT(everyReplicaStreams(), qPrintable(QString::fromUtf8(PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s).body)),
                                  60000); // the next test starts from a settled cluster
    }

    void theCliPicksThePatroniDriver()
    {
        const QString to = leader() == u"node1" ? u"node3"_s : u"node1"_s;
        const auto result = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, to, u"--yes"_s, u"--json"_s}, QProcessEnvironment::systemEnvironment(), 180000);
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value("parameters"_L1).toObject().value("driver"_L1).toString(), u"patroni"_s);
        QCOMPARE(json.value("result"_L1).toString(), u"succeeded"_s);
        QCOMPARE(leader(), to);
    }

    void theSubscriberKeepsItsSlotAcrossSwitchovers()
    {
        // Patroni keeps a copy of the permanent slot on every replica; the subscription lists every member with
        // target_session_attrs=read-write and finds the new leader itself. Under a writer, two switchovers: the
        // subscriber ends with exactly the leader's orders, none twice (a repeat would stop it on the primary key).
        auto writerInfo = ConnInfo::parse(m_lab->writableConnInfo());
        QVERIFY(writerInfo);
        writerInfo->set(u"dbname"_s, u"shop"_s);
        test::SequenceWriter writer(writerInfo->toDisplayString(), 1, u"INSERT INTO orders (order_id, customer_id, total) VALUES (%1, %1 % 97, 4.20)"_s);
        writer.start();
        QTest::qWait(500);
        for (int i = 0; i < 2; ++i) {
            const QString from = leader();
            const QString to = from == u"node2" ? u"node3"_s : u"node2"_s;
            PatroniRoleChange switchover(PatroniRoleChange::Kind::Switchover, m_profile, m_profile.patroniEndpoint(), to);
            ActionObserver observer;
            const ActionRun run = runAction(switchover, {m_profile.name, false}, nullptr, observer);
            QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(run)));
            const auto slotCheck = std::find_if(run.checks.cbegin(), run.checks.cend(),
                                                [&](const ActionCheck &check) { return check.name == u"Logical slot orders_sub on "_s + to; });
            QVERIFY2(slotCheck != run.checks.cend() && slotCheck->status == CheckStatus::Pass, qPrintable(describe(run)));
            qInfo("%s -> %s: %s", qPrintable(from), qPrintable(to), qPrintable(slotCheck->reason));
            QTest::qWait(500);
        }
        writer.stop();
        const QString now = leader();
        const QString digest = u"SELECT count(*) || ' ' || md5(string_agg(order_id::text, ',' ORDER BY order_id)) FROM orders"_s;
        const QString onLeader = m_lab->sqlIn(now, u"shop"_s, digest).value_or(QString());
        QVERIFY(onLeader.section(u' ', 0, 0).toLongLong() >= qint64(writer.committed().size()));
        QVERIFY(writer.committed().size() > 20);
        QElapsedTimer waited;
        waited.start();
        QString onSubscriber;
        while (waited.elapsed() < 30000 && (onSubscriber = m_lab->sqlIn(u"analytics"_s, u"shop"_s, digest).value_or(QString())) != onLeader)
            QTest::qWait(200);
        QCOMPARE(onSubscriber, onLeader);
        // It streams from the new leader, drawn so (the edge follows the walsender among the listed hosts), and the
        // replicas' copies of the slot are not called problems.
        const auto logical = test::runPgversectl({u"logical"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        const QJsonObject read = QJsonDocument::fromJson(logical.out.toUtf8()).object();
        const QJsonObject subscription = read.value("subscriptions"_L1).toArray().first().toObject();
        QCOMPARE(subscription.value("state"_L1).toString(), u"streaming"_s);
        QCOMPARE(subscription.value("publisher"_L1).toString(), now);
        QCOMPARE(read.value("slots"_L1).toArray().size(), 3);
        QVERIFY2(read.value("problems"_L1).toArray().isEmpty(), qPrintable(logical.out));
        QCOMPARE(logical.exitCode, 0);
    }

    void slotChecksNameWhatPatroniWouldNotKeep()
    {
        const auto cluster = PatroniCluster::fromJson(PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s).json().object());
        QVERIFY(cluster && cluster->leader());
        const PatroniMember *replica = nullptr;
        for (const PatroniMember &member : cluster->members) {
            if (!member.isLeader())
                replica = &member;
        }
        QVERIFY(replica);
        QJsonObject config = PatroniClient(m_profile.patroniEndpoint()).get(u"/config"_s).json().object();
        // As Patroni has it: the copy is there.
        QList<ActionCheck> checks = patroniLogicalSlotChecks(m_profile, {}, cluster->leader(), *replica, config, 1 << 20, false);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().status, CheckStatus::Pass);
        // A configuration without the slot: the leader's slot is not a permanent one, and the switchover would lose it.
        QJsonObject without = config;
        without.remove("slots"_L1);
        checks = patroniLogicalSlotChecks(m_profile, {}, cluster->leader(), *replica, without, 1 << 20, false);
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().status, CheckStatus::Fail);
        QVERIFY2(checks.first().reason.contains(u"not one of Patroni's permanent slots"_s), qPrintable(checks.first().reason));
        QCOMPARE(patroniLogicalSlotChecks(m_profile, {}, cluster->leader(), *replica, without, 1 << 20, true).first().status, CheckStatus::Warn);
        // The leader gone (a failover): a permanent slot the candidate has no copy of is named.
        QJsonObject ghost = config;
        QJsonObject slots = ghost.value("slots"_L1).toObject();
        slots.insert(u"ghost_sub"_s, QJsonObject{{"type"_L1, u"logical"_s}, {"database"_L1, u"shop"_s}, {"plugin"_L1, u"pgoutput"_s}});
        ghost.insert("slots"_L1, slots);
        checks = patroniLogicalSlotChecks(m_profile, {}, nullptr, *replica, ghost, 1 << 20, false);
        QCOMPARE(checks.size(), 2);
        for (const ActionCheck &check : checks) {
            if (check.name.contains(u"ghost_sub"_s)) {
                QCOMPARE(check.status, CheckStatus::Fail);
                QVERIFY2(check.reason.contains(u"has not copied ghost_sub"_s), qPrintable(check.reason));
            } else {
                QCOMPARE(check.status, CheckStatus::Pass);
            }
        }
    }

    void poolersHoldTheirClientsThroughAPatroniSwitchover()
    {
        const auto added = test::runPgversectl({u"lab"_s, u"pooler"_s, u"add"_s, u"2"_s, u"--dir"_s, m_lab->dir()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
        QVERIFY(m_lab->reload());
        QCOMPARE(m_lab->manifest().poolers.size(), 2);
        // Plain connections to the poolers: the clients never learn that the leader changed.
        test::SequenceWriter first(m_lab->poolerConnInfo(u"pooler1"_s), 1000000);
        test::SequenceWriter second(m_lab->poolerConnInfo(u"pooler2"_s), 2000000);
        first.start();
        second.start();
        QTest::qWait(500);
        QStringList held;
        for (int i = 0; i < 2; ++i) {
            const QString to = leader() == u"node2" ? u"node3"_s : u"node2"_s;
            const auto switched = test::runPgversectl({u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, to, u"--yes"_s, u"--json"_s},
                                                      QProcessEnvironment::systemEnvironment(), 180000);
            QVERIFY2(switched.exitCode == 0, qPrintable(switched.out.left(4000) + switched.err.right(2000)));
            const QJsonObject run = QJsonDocument::fromJson(switched.out.toUtf8()).object();
            const QJsonObject parameters = run.value("parameters"_L1).toObject();
            QCOMPARE(parameters.value("driver"_L1).toString(), u"patroni"_s);
            QCOMPARE(parameters.value("pooler_pause"_L1).toBool(), true);
            const qint64 heldMs = parameters.value("pooler_clients_held_ms"_L1).toInteger(-1);
            QVERIFY2(heldMs > 0 && heldMs < 30000, qPrintable(QString::number(heldMs)));
            held << QString::number(heldMs);
            const QJsonArray steps = run.value("steps"_L1).toArray();
            QCOMPARE(steps.at(0).toObject().value("status"_L1).toString(), u"done"_s);
            QVERIFY2(steps.at(3).toObject().value("note"_L1).toString().contains(u"routed to %1"_s.arg(to)), qPrintable(switched.out.left(4000)));
            QCOMPARE(leader(), to);
            QTest::qWait(300);
        }
        first.stop();
        second.stop();
        qInfo("Patroni switchovers, clients held %s ms; %zu + %zu commits, longest gaps %lld / %lld ms", qPrintable(held.join(u", "_s)),
              first.committed().size(), second.committed().size(), static_cast<long long>(first.longestGapMs()),
              static_cast<long long>(second.longestGapMs()));
        QCOMPARE(first.failedAttempts(), 0);
        QCOMPARE(second.failedAttempts(), 0);
        QVERIFY(first.committed().size() > 20 && second.committed().size() > 20);
        QCOMPARE(test::lostCommits(*m_lab, leader(), first.committed()), 0);
        QCOMPARE(test::lostCommits(*m_lab, leader(), second.committed()), 0);
        const auto read = test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QVERIFY2(read.exitCode == 0, qPrintable(read.out));
        for (const QJsonValue &pooler : QJsonDocument::fromJson(read.out.toUtf8()).object().value("poolers"_L1).toArray())
            QCOMPARE(pooler.toObject().value("routes_to"_L1).toString(), leader());
    }

    void aPatroniSwitchoverKilledWhileItHoldsTheClientsIsRecovered()
    {
        const QString to = leader() == u"node1" ? u"node3"_s : u"node1"_s;
        QProcess switchover;
        switchover.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, {u"switchover"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, to, u"--yes"_s});
        QVERIFY(switchover.waitForStarted());
        const LockScope scope = profileLockScope(m_lab->manifest().toProfile(), {});
        bool hit = false;
        QElapsedTimer timer;
        timer.start();
        while (!hit && timer.elapsed() < 60000 && switchover.state() != QProcess::NotRunning) {
            const auto journal = readActionJournal(scope);
            hit = journal && journal->stepIndex == 1 && journal->stepStatus == u"running"; // paused, asking Patroni
            if (!hit)
                QThread::usleep(200);
        }
        if (hit)
            ::kill(pid_t(switchover.processId()), SIGKILL);
        switchover.waitForFinished(30000);
        QVERIFY2(hit, qPrintable(QString::fromUtf8(switchover.readAllStandardOutput().right(3000))));
        const auto status = test::runPgversectl({u"status"_s, u"--lab"_s, m_lab->dir()});
        QVERIFY2(status.out.contains(u"pooler_left_paused"_s) && status.out.contains(u"action_interrupted"_s), qPrintable(status.out));
        // Whichever way Patroni went with the request it had (or had not) received, recover routes the poolers to the
        // leader, resumes them and clears the journal.
        const auto recovered = test::runPgversectl({u"recover"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s},
                                                   QProcessEnvironment::systemEnvironment(), 180000);
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.out.left(4000) + recovered.err.right(1500)));
        QCOMPARE(QJsonDocument::fromJson(recovered.out.toUtf8()).object().value("parameters"_L1).toObject().value("interrupted"_L1).toString(),
                 u"switchover"_s);
        QVERIFY(!readActionJournal(scope));
        const auto read = test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QVERIFY2(read.exitCode == 0, qPrintable(read.out));
        for (const QJsonValue &pooler : QJsonDocument::fromJson(read.out.toUtf8()).object().value("poolers"_L1).toArray()) {
            QCOMPARE(pooler.toObject().value("routes_to"_L1).toString(), leader());
            QCOMPARE(pooler.toObject().value("paused"_L1).toBool(), false);
        }
        test::SequenceWriter writer(m_lab->poolerConnInfo(u"pooler1"_s), 5000000);
        writer.start();
        QTest::qWait(500);
        writer.stop();
        QVERIFY(!writer.committed().empty());
        QCOMPARE(writer.failedAttempts(), 0);
    }

    void recoverRoutesPoolersLeftOnAReplica()
    {
        // As after a failover Patroni made by itself: the poolers still route to a member that is a replica now, one
        // of them paused by hand. recover, with no journal left, routes them to the leader and resumes them.
        const QString now = leader();
        const QString replica = now == u"node1" ? u"node2"_s : u"node1"_s;
        QString error;
        for (const LabPooler &pooler : m_lab->manifest().poolers)
            QVERIFY2(m_lab->lab().routePooler(pooler, *m_lab->manifest().node(replica), &error), qPrintable(error));
        const auto paused = test::runPgversectl({u"pooler"_s, u"pause"_s, u"pooler2"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s});
        QVERIFY2(paused.exitCode == 0, qPrintable(paused.out + paused.err));
        const auto status = test::runPgversectl({u"status"_s, u"--lab"_s, m_lab->dir()});
        QVERIFY2(status.out.contains(u"pooler_routes_to_standby"_s) && status.out.contains(u"pooler_left_paused"_s), qPrintable(status.out));
        const auto recovered = test::runPgversectl({u"recover"_s, u"--lab"_s, m_lab->dir(), u"--yes"_s, u"--json"_s},
                                                   QProcessEnvironment::systemEnvironment(), 180000);
        QVERIFY2(recovered.exitCode == 0, qPrintable(recovered.out.left(4000) + recovered.err.right(1500)));
        const auto read = test::runPgversectl({u"pooler"_s, u"--lab"_s, m_lab->dir(), u"--json"_s});
        QVERIFY2(read.exitCode == 0, qPrintable(read.out));
        for (const QJsonValue &pooler : QJsonDocument::fromJson(read.out.toUtf8()).object().value("poolers"_L1).toArray()) {
            QCOMPARE(pooler.toObject().value("routes_to"_L1).toString(), now);
            QCOMPARE(pooler.toObject().value("paused"_L1).toBool(), false);
        }
    }

private:
    bool everyReplicaStreams() const
    {
        const auto cluster = PatroniCluster::fromJson(PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s).json().object());
        if (!cluster || !cluster->leader() || cluster->members.size() != 3)
            return false;
        return std::all_of(cluster->members.cbegin(), cluster->members.cend(), [&](const PatroniMember &member) {
            return member.isLeader()
                || ((member.state == u"streaming" || member.state == u"running") && member.timeline == cluster->leader()->timeline);
        });
    }

    QString leader() const
    {
        const PatroniReply reply = PatroniClient(m_profile.patroniEndpoint()).get(u"/cluster"_s);
        const auto cluster = PatroniCluster::fromJson(reply.json().object());
        return cluster && cluster->leader() ? cluster->leader()->name : QString();
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    Profile m_profile;
};

QTEST_GUILESS_MAIN(TestPatroni)
#include "tst_patroni.moc"
