// SPDX-License-Identifier: GPL-3.0-or-later
// The one-action-at-a-time lock and its journal, without servers: what a second process sees while an action runs,
// after its holder died, and after it ended.
#include "actions/actionlock.h"
#include "actions/auditlog.h"
#include "core/filelock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
ActionJournal journalFor(const QString &action)
{
    ActionJournal journal;
    journal.action = action;
    journal.title = action + u" of lab to node2"_s;
    journal.parameters = QJsonObject{{"candidate"_L1, u"node2"_s}};
    return journal;
}
} // namespace

class TestActionLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSecondActionIsRefusedNamingTheFirst()
    {
        QTemporaryDir dir;
        const LockScope scope = labLockScope(u"lab"_s, dir.path());
        auto first = ActionLock::acquire(scope, journalFor(u"switchover"_s));
        QVERIFY2(first.lock, qPrintable(first.message));
        first.lock->recordStep(3, u"Promote node2"_s, u"running"_s, true);

        // A lock taken through another open file description, as another process's would be.
        const auto second = ActionLock::acquire(scope, journalFor(u"failover"_s));
        QVERIFY(!second.lock);
        QCOMPARE(second.refusal, ActionLock::Refusal::Busy);
        QVERIFY2(second.message.contains(u"switchover of lab to node2"_s), qPrintable(second.message));
        QVERIFY2(second.message.contains(u"at step 4 (Promote node2, running)"_s), qPrintable(second.message));
        bool held = false;
        const auto seen = readActionJournal(scope, &held);
        QVERIFY(held);
        QCOMPARE(seen->stepIndex, 3);
        QCOMPARE(QFile::permissions(scope.lockFile) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());

        first.lock->finish(false);
        QVERIFY(!readActionJournal(scope));
        QVERIFY(ActionLock::acquire(scope, journalFor(u"failover"_s)).lock);
    }

    void anActionBesideAnInterruptedOneLeavesItsJournal()
    {
        // A switchover failed past its point of no return; `pooler resume` runs beside its journal, which stays there
        // whatever the resume does (finishes, or dies half-way: its steps are never journalled).
        QTemporaryDir dir;
        const LockScope scope = labLockScope(u"lab"_s, dir.path());
        auto failed = ActionLock::acquire(scope, journalFor(u"switchover"_s));
        QVERIFY(failed.lock);
        failed.lock->recordStep(6, u"Promote node2"_s, u"done"_s, true);
        failed.lock->finish(true);
        QVERIFY(!ActionLock::acquire(scope, journalFor(u"pooler-resume"_s)).lock); // refused by default
        auto beside = ActionLock::acquire(scope, journalFor(u"pooler-resume"_s), true, true);
        QVERIFY2(beside.lock, qPrintable(beside.message));
        QCOMPARE(beside.journal->action, u"switchover"_s);
        beside.lock->recordStep(0, u"RESUME"_s, u"running"_s, false);
        bool held = false;
        QCOMPARE(readActionJournal(scope, &held)->action, u"switchover"_s);
        QVERIFY(held);
        beside.lock->finish(false);
        const auto left = readActionJournal(scope, &held);
        QVERIFY(left && !held);
        QCOMPARE(left->action, u"switchover"_s);
        QCOMPARE(left->stepIndex, 6);
    }

    void aDeadHoldersJournalStaysUntilRecoverTakesItOver()
    {
        QTemporaryDir dir;
        const LockScope scope = labLockScope(u"lab"_s, dir.path());
        {
            auto run = ActionLock::acquire(scope, journalFor(u"switchover"_s));
            QVERIFY(run.lock);
            run.lock->recordStep(3, u"Promote node2"_s, u"running"_s, true);
            // Gone without finish(): the kernel releases the lock, the journal stays, as after SIGKILL.
        }
        bool held = true;
        const auto left = readActionJournal(scope, &held);
        QVERIFY(left && !held);
        QVERIFY2(left->describeInterrupted().contains(u"during step 4 (Promote node2)"_s), qPrintable(left->describeInterrupted()));

        const auto refused = ActionLock::acquire(scope, journalFor(u"switchover"_s));
        QCOMPARE(refused.refusal, ActionLock::Refusal::Interrupted);
        QVERIFY(refused.message.contains(u"pgversectl recover"_s));

        // recover takes it over; a recover that changes nothing (a dry run) puts the journal back.
        auto dryRun = ActionLock::acquire(scope, journalFor(u"recover"_s), true);
        QVERIFY(dryRun.lock);
        QCOMPARE(dryRun.journal->action, u"switchover"_s);
        dryRun.lock->abandon();
        QCOMPARE(readActionJournal(scope)->action, u"switchover"_s);

        auto recover = ActionLock::acquire(scope, journalFor(u"recover"_s), true);
        QVERIFY(recover.lock);
        recover.lock->finish(false);
        QVERIFY(!readActionJournal(scope));
    }

    void aFailedRunThatNeedsRecoveryKeepsItsJournal()
    {
        QTemporaryDir dir;
        const LockScope scope = labLockScope(u"lab"_s, dir.path());
        auto run = ActionLock::acquire(scope, journalFor(u"failover"_s));
        run.lock->recordStep(2, u"Promote node2"_s, u"failed"_s, false);
        run.lock->finish(true);
        const auto left = readActionJournal(scope);
        QCOMPARE(left->state, u"failed"_s);
        QVERIFY2(left->describeInterrupted().contains(u"failed after step 3 (Promote node2, failed)"_s), qPrintable(left->describeInterrupted()));
        QCOMPARE(ActionJournal::fromJson(left->toJson())->toJson(), left->toJson());
    }

    void aJournalOverwrittenInPlaceNeverReadsAsNoAction()
    {
        // The writer overwrites the journal and then cuts the file to its length; killed between the two, it leaves
        // the new journal followed by the tail of the longer old one. That must read as the new journal.
        QTemporaryDir dir;
        const LockScope scope = labLockScope(u"lab"_s, dir.path());
        {
            auto run = ActionLock::acquire(scope, journalFor(u"switchover"_s));
            run.lock->setParameters(QJsonObject{{"candidate"_L1, u"node2"_s}, {"padding"_L1, QString(400, u'x')}});
            run.lock->recordStep(3, u"Promote node2"_s, u"running"_s, true);
        }
        QFile file(scope.lockFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray longer = file.readAll();
        file.close();
        ActionJournal shorter = *readActionJournal(scope);
        shorter.parameters = QJsonObject{{"candidate"_L1, u"node2"_s}};
        shorter.stepIndex = 4;
        QByteArray torn = QJsonDocument(shorter.toJson()).toJson(QJsonDocument::Compact) + '\n';
        QVERIFY(torn.size() < longer.size());
        torn += longer.mid(torn.size());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(torn);
        file.close();
        const auto seen = readActionJournal(scope);
        QVERIFY(seen);
        QCOMPARE(seen->stepIndex, 4);
        QVERIFY(!seen->parameters.contains("padding"_L1));
    }

    void anAuditLogsCutTailIsCaughtByItsAnchor()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(u"audit.jsonl"_s), dir.filePath(u"elsewhere/anchor.json"_s));
        for (int i = 0; i < 5; ++i)
            QVERIFY(log.append(QJsonObject{{"action"_L1, u"switchover"_s}, {"n"_L1, i}}));
        AuditLog::Verification intact = log.verify();
        QVERIFY2(intact.intact, qPrintable(intact.problem));
        QCOMPARE(intact.entries, 5);
        QCOMPARE(intact.anchoredEntries, 5);

        // Cut the last two entries: the chain of what is left is still whole, only the anchor tells.
        QFile file(log.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        file.close();
        lines.removeIf([](const QByteArray &line) { return line.isEmpty(); });
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(lines.mid(0, 3).join('\n') + '\n');
        file.close();
        QCOMPARE(log.firstBrokenEntry(), 0);
        const AuditLog::Verification cut = log.verify();
        QVERIFY(!cut.intact);
        QVERIFY2(cut.problem.contains(u"last 2 were removed"_s), qPrintable(cut.problem));

        // An edited entry breaks the chain at the next one.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray edited = lines[1];
        edited.replace("\"n\":1", "\"n\":7");
        file.write(lines[0] + '\n' + edited + '\n' + lines.mid(2).join('\n') + '\n');
        file.close();
        const AuditLog::Verification broken = log.verify();
        QCOMPARE(broken.firstBrokenEntry, 3);
        QVERIFY(!broken.intact);
    }

    void anAuditLogWriterKilledWhileLockingDoesNotStallTheNext()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(u"audit.jsonl"_s));
        // What a writer killed between creating its lock file and writing into it left (QLockFile then counted such
        // a file as held until it was 30 s old): the next entry is written at once.
        QFile leftover(log.filePath() + u".lock"_s);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.close();
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(log.append(QJsonObject{{"n"_L1, 1}}, &error), qPrintable(error));
        QVERIFY2(timer.elapsed() < 4000, "an empty lock file left by a killed writer was waited on");

        // A live holder in another process is waited for; once it is killed, its lock is gone with it.
        QProcess holder;
        holder.start(u"flock"_s, {u"-o"_s, log.filePath() + u".lock"_s, u"sleep"_s, u"60"_s});
        QVERIFY(holder.waitForStarted());
        const auto heldElsewhere = [&] {
            FileLock probe(log.filePath() + u".lock"_s);
            return !probe.tryLock(0);
        };
        QTRY_VERIFY_WITH_TIMEOUT(heldElsewhere(), 5000);
        QVERIFY(!log.append(QJsonObject{{"n"_L1, 2}}, &error));
        QVERIFY2(error.contains(u"locked by another program"_s), qPrintable(error));
        holder.kill();
        QVERIFY(holder.waitForFinished());
        timer.restart();
        QVERIFY2(log.append(QJsonObject{{"n"_L1, 3}}, &error), qPrintable(error));
        QVERIFY2(timer.elapsed() < 4000, "the lock of a killed holder was waited on");
        QCOMPARE(log.verify().entries, 2);
    }
};

QTEST_GUILESS_MAIN(TestActionLock)
#include "tst_actionlock.moc"
