// SPDX-License-Identifier: GPL-3.0-or-later
// Backups of a real lab: pg_basebackup with progress, verification and cancel; pgBackRest full backup and a
// point-in-time restore that brings back exactly what existed at the chosen time; backups that survive a
// switchover (a restore to a time after it has the rows written after it); a restore that falls short of the
// archive, or whose server exits, fails at once and says why, with the primary running or down; bad restore
// requests refused.
#include "actions/actionrunner.h"
#include "actions/auditlog.h"
#include "actions/labswitchover.h"
#include "actions/timelinearchiving.h"
#include "backup/basebackup.h"
#include "backup/pgbackrest.h"
#include "backup/pgbackrestbackup.h"
#include "backup/pitrrestore.h"
#include "backup/restoredserver.h"
#include "profiles/profilestore.h"
#include "testlab.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

/// Keeps every progress report, and asks for a cancel once bytes are flowing when told to.
class ProgressRecorder final : public ActionObserver
{
public:
    explicit ProgressRecorder(std::atomic_bool *cancelOnProgress = nullptr) : m_cancel(cancelOnProgress) {}
    void progressed(const ActionProgress &progress) override
    {
        reports << progress;
        if (m_cancel && progress.done > 0)
            m_cancel->store(true);
    }
    QList<ActionProgress> reports;

private:
    std::atomic_bool *m_cancel;
};

QString describe(const ActionRun &run)
{
    QStringList lines{resultName(run.outcome.result) + u": "_s + run.outcome.message, run.outcome.clusterState};
    for (const ActionCheck &check : run.checks + run.verification)
        lines << u"[%1] %2: %3"_s.arg(checkStatusName(check.status), check.name, check.reason);
    lines << run.log;
    return lines.join(u'\n');
}

int freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress(QHostAddress::LocalHost), 0) ? server.serverPort() : 0;
}

QString failedCheckReasons(const ActionRun &run)
{
    QStringList reasons;
    for (const ActionCheck &check : run.checks) {
        if (check.status == CheckStatus::Fail)
            reasons << check.reason;
    }
    return reasons.join(u'\n');
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(1); // a standby to switch over to
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        // About 40 MB more, so that a rate-limited backup runs long enough to be watched and cancelled.
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE filler AS SELECT g, md5(g::text) AS payload FROM generate_series(1, 400000) g"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE marker (id int)"_s));
    }
    void cleanupTestCase() { m_lab.reset(); }

    void baseBackupReportsProgressAndVerifies()
    {
        BaseBackupOptions options;
        options.maxRateKbPerSecond = 16 * 1024;
        LabBaseBackup action(m_lab->lab(), options);
        ProgressRecorder recorder;
        const ActionRun run = runAction(action, policy(), &m_audit, recorder);
        QVERIFY2(run.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(run)));
        QVERIFY2(recorder.reports.size() >= 2, qPrintable(QString::number(recorder.reports.size())));
        qint64 previous = 0;
        for (const ActionProgress &progress : std::as_const(recorder.reports)) {
            QVERIFY(progress.done >= previous);
            previous = progress.done;
        }
        const ActionProgress &last = recorder.reports.constLast();
        QVERIFY2(last.total > 50'000'000 && last.done > last.total / 2, qPrintable(u"%1/%2"_s.arg(last.done).arg(last.total)));
        QVERIFY(std::any_of(recorder.reports.cbegin(), recorder.reports.cend(), [](const ActionProgress &p) { return p.bytesPerSecond > 0; }));
        QCOMPARE(action.record().verified, std::optional<bool>(true));
        QVERIFY(QFile::exists(action.targetDir() + u"/backup_manifest"_s));
        QVERIFY(!action.record().lsnStart.isEmpty());
        const QList<BackupRecord> listed = LabBaseBackup::list(m_lab->lab());
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().location, action.targetDir());
        QVERIFY(anyCheckPassed(run.verification, u"Verified"_s));
    }

    void cancellingABaseBackupLeavesNothingBehind()
    {
        BaseBackupOptions options;
        options.maxRateKbPerSecond = 1024;
        LabBaseBackup action(m_lab->lab(), options);
        std::atomic_bool cancel = false;
        ProgressRecorder recorder(&cancel);
        const ActionRun run = runAction(action, policy(), &m_audit, recorder, &cancel);
        QVERIFY2(run.outcome.result == ActionOutcome::Result::Cancelled, qPrintable(describe(run)));
        QVERIFY(!QFileInfo::exists(action.targetDir()));
        QCOMPARE(LabBaseBackup::list(m_lab->lab()).size(), 1);
    }

    void pgBackRestRestoresToAPointInTime()
    {
        PgBackRestBackup backup(m_lab->lab(), PgBackRestBackup::Type::Full);
        ProgressRecorder recorder;
        const ActionRun backedUp = runAction(backup, policy(), &m_audit, recorder);
        QVERIFY2(backedUp.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(backedUp)));
        QCOMPARE(backup.record().type, u"full"_s);
        // One backup process per two cores we may use (a single-core or pinned run gets one).
        QFile config(PgBackRest(m_lab->lab()).configFile());
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QByteArray processes = QByteArray::number(std::clamp(QThread::idealThreadCount() / 2, 1, 4));
        QVERIFY2(config.readAll().contains(QByteArray("\nprocess-max=" + processes + '\n')), qPrintable(config.fileName()));

        // pgBackRest's stop times have whole seconds: the window opens a second after the backup ended.
        QThread::msleep(1100);
        QVERIFY(m_lab->sql(u"node1"_s, u"INSERT INTO marker VALUES (1)"_s));
        const auto target = m_lab->sql(u"node1"_s, u"SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"_s);
        QVERIFY(target);
        QThread::msleep(1100);
        QVERIFY(m_lab->sql(u"node1"_s, u"INSERT INTO marker VALUES (2)"_s));

        test::ServerReachableTempDir folder;
        RestoreOptions options;
        options.destination = folder.filePath(u"restored"_s);
        options.port = freePort();
        options.target.kind = RestoreTarget::Kind::Time;
        options.target.time = QDateTime::fromString(*target, Qt::ISODateWithMs);
        QVERIFY(options.target.time.isValid());
        options.checkQuery = u"SELECT string_agg(id::text, ',' ORDER BY id) FROM marker"_s;
        PgBackRestRestore restore(m_lab->lab(), options);
        const ActionRun restored = runAction(restore, policy(), &m_audit, recorder);
        const auto stop = qScopeGuard([&] {
            m_lab->lab().runner().run(m_lab->manifest().binDir + u"/pg_ctl"_s, {u"-D"_s, options.destination, u"-m"_s, u"fast"_s, u"stop"_s}, 60000);
        });
        QVERIFY2(restored.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(restored)));
        QCOMPARE(restore.checkResult(), u"1"_s);
        // The lab keeps both rows; the restored server is writable and separate.
        QCOMPARE(m_lab->sql(u"node1"_s, u"SELECT count(*) FROM marker"_s), std::optional<QString>(u"2"_s));
        QVERIFY(anyCheckPassed(restored.verification, u"Restored server"_s));
    }

    void backupsSurviveASwitchover()
    {
        ProgressRecorder recorder;
        LabSwitchover switchover(m_lab->lab(), u"node2"_s);
        const ActionRun switched = runAction(switchover, policy(), &m_audit, recorder);
        QVERIFY2(switched.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(switched)));
        // The last step saw the new timeline's history file archived, and pgBackRest's configuration follows.
        QVERIFY2(switched.steps.constLast().status == StepStatus::Done, qPrintable(switched.steps.constLast().note + u'\n' + describe(switched)));
        QVERIFY2(switched.steps.constLast().note.contains(u"archived"_s), qPrintable(switched.steps.constLast().note));
        QVERIFY(anyCheckPassed(switched.verification, u"WAL archiving works"_s));
        QFile config(PgBackRest(m_lab->lab()).configFile());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(config.readAll().contains(QByteArray("\npg1-path=" + m_lab->manifest().dataDir(u"node2"_s).toUtf8() + '\n')));

        QVERIFY(m_lab->sql(u"node2"_s, u"INSERT INTO marker VALUES (3)"_s));
        const auto target = m_lab->sql(u"node2"_s, u"SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"_s);
        QVERIFY(target);
        QThread::msleep(1100);
        QVERIFY(m_lab->sql(u"node2"_s, u"INSERT INTO marker VALUES (4)"_s));

        // To a time after the switchover: recovery follows the new timeline through its history file.
        RestoreOptions atTime = restoreOptions(u"after-switchover"_s);
        atTime.target.kind = RestoreTarget::Kind::Time;
        atTime.target.time = QDateTime::fromString(*target, Qt::ISODateWithMs);
        QCOMPARE(restoreAndCheck(atTime).value_or(u"failed"_s), u"1,2,3"_s);

        // To the latest WAL: every row, and the position it reached.
        RestoreOptions latest = restoreOptions(u"latest"_s);
        PgBackRestRestore restore(m_lab->lab(), latest);
        const ActionRun restored = runAction(restore, policy(), &m_audit, recorder);
        stopRestored(latest);
        QVERIFY2(restored.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(restored)));
        QCOMPARE(restore.checkResult(), u"1,2,3,4"_s);
        QVERIFY(!restore.reachedLsn().isEmpty());
        QVERIFY(restore.reachedTime().isValid());
        QVERIFY2(restored.outcome.message.contains(u"replayed up to "_s + restore.reachedLsn()), qPrintable(restored.outcome.message));

        // Without the new timeline's history file the archive cannot be followed past the switchover: the restore
        // to the latest WAL ends early, and says so instead of reporting success.
        const QString history = findInRepository(TimelineArchiving::historyFileName(2));
        QVERIFY2(!history.isEmpty(), "the repository holds no history file of timeline 2");
        const QString aside = m_restores.filePath(u"history-aside"_s);
        QVERIFY(QFile::rename(history, aside));
        RestoreOptions hidden = restoreOptions(u"no-history"_s);
        PgBackRestRestore shortRestore(m_lab->lab(), hidden);
        const ActionRun cut = runAction(shortRestore, policy(), &m_audit, recorder);
        stopRestored(hidden);
        const test::CliResult verified = test::runPgversectl({u"backup"_s, u"verify"_s, u"--json"_s, u"--lab"_s, m_lab->dir()}, QProcessEnvironment::systemEnvironment(), 300000);
        QVERIFY(QFile::rename(aside, history));
        QVERIFY2(std::any_of(cut.checks.cbegin(), cut.checks.cend(), [](const ActionCheck &c) {
                     return c.name == u"Timeline history" && c.status == CheckStatus::Warn && c.reason.contains(u"00000002.history"_s);
                 }),
                 qPrintable(describe(cut)));
        // backup verify says so too, where pgbackrest verify alone passes.
        QCOMPARE(verified.exitCode, 1);
        bool timelinesFailed = false;
        for (const QJsonValue &result : QJsonDocument::fromJson(verified.out.toUtf8()).object().value("results"_L1).toArray())
            timelinesFailed = timelinesFailed || (result.toObject().value("label"_L1) == u"timelines"_s && result.toObject().value("result"_L1) == u"failed"_s);
        QVERIFY2(timelinesFailed, qPrintable(verified.out));
        QVERIFY2(cut.outcome.result == ActionOutcome::Result::Failed, qPrintable(describe(cut)));
        QVERIFY2(cut.outcome.message.contains(u"short of the archive's end"_s), qPrintable(cut.outcome.message));
    }

    void aGapInTheArchiveIsFoundAndEndsTheWindow()
    {
        const PgBackRest pgbackrest(m_lab->lab());
        QString error;
        const auto catalog = pgbackrest.info(&error);
        QVERIFY2(catalog && !catalog->backups.isEmpty(), qPrintable(error));
        const QString start = catalog->backups.constFirst().walStart;
        QCOMPARE(pgbackrest.firstArchiveGap(start, nullptr), QString());
        // The first segment archived after the backup's own, moved out of the repository.
        QStringList segments;
        QDirIterator files(pgbackrest.repositoryFolder() + u"/archive"_s, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString name = QFileInfo(path).fileName().left(24);
            if (name.size() == 24 && name.left(8) == start.left(8) && name > start && !path.contains(u".partial"_s))
                segments << path;
        }
        std::sort(segments.begin(), segments.end(), [](const QString &a, const QString &b) { return QFileInfo(a).fileName() < QFileInfo(b).fileName(); });
        QVERIFY2(segments.size() >= 2, qPrintable(segments.join(u'\n')));
        const QString hidden = segments.first();
        const QString aside = m_restores.filePath(u"segment-aside"_s);
        QVERIFY(QFile::rename(hidden, aside));
        QDateTime before;
        const QString gap = pgbackrest.firstArchiveGap(start, &before);
        const test::CliResult verified = test::runPgversectl({u"backup"_s, u"verify"_s, u"--json"_s, u"--lab"_s, m_lab->dir()}, QProcessEnvironment::systemEnvironment(), 300000);
        const test::CliResult listed = test::runPgversectl({u"backup"_s, u"list"_s, u"--json"_s, u"--lab"_s, m_lab->dir()});
        QVERIFY(QFile::rename(aside, hidden));
        QCOMPARE(gap, QFileInfo(hidden).fileName().left(24));
        QVERIFY(before.isValid());
        QCOMPARE(verified.exitCode, 1);
        bool walFailed = false;
        for (const QJsonValue &result : QJsonDocument::fromJson(verified.out.toUtf8()).object().value("results"_L1).toArray())
            walFailed = walFailed || (result.toObject().value("label"_L1) == u"wal"_s && result.toObject().value("result"_L1) == u"failed"_s
                                      && result.toObject().value("message"_L1).toString().contains(gap));
        QVERIFY2(walFailed, qPrintable(verified.out));
        // The recoverable window ends where the archive stops being continuous, not now; it cannot end before it
        // opens (the first backup's end), which can be a moment after the last segment before the gap was archived.
        const QJsonObject window = QJsonDocument::fromJson(listed.out.toUtf8()).object().value("recovery_window"_L1).toObject();
        const QDateTime earliest = QDateTime::fromString(window.value("earliest"_L1).toString(), Qt::ISODateWithMs);
        const QDateTime latest = QDateTime::fromString(window.value("latest"_L1).toString(), Qt::ISODateWithMs);
        QVERIFY2(latest.isValid() && earliest.isValid() && latest <= std::max(before, earliest).addSecs(1),
                 qPrintable(u"window %1 to %2, the archive's gap starts after %3"_s.arg(earliest.toString(Qt::ISODateWithMs),
                                                                                     latest.toString(Qt::ISODateWithMs),
                                                                                     before.toString(Qt::ISODateWithMs))));
        QCOMPARE(pgbackrest.firstArchiveGap(start, nullptr), QString());
    }

    void aLatestRestoreWithThePrimaryDownReachesTheNewestArchivedSegment()
    {
        const auto primary = m_lab->lab().runningPrimary();
        QVERIFY(primary);
        QVERIFY(m_lab->sql(*primary, u"INSERT INTO marker VALUES (5)"_s));
        const auto segment = m_lab->sql(*primary, u"SELECT pg_walfile_name(pg_switch_wal())"_s);
        QVERIFY(segment);
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->sql(*primary, u"SELECT last_archived_wal >= '%1' FROM pg_stat_archiver"_s.arg(*segment)) == u"t"_s, 60000);
        QString error;
        QVERIFY2(m_lab->lab().stopNode(*primary, &error), qPrintable(error));

        // Nothing to switch and wait for: the end to reach is the repository's newest segment, and it is reached.
        RestoreOptions latest = restoreOptions(u"primary-down"_s);
        PgBackRestRestore restore(m_lab->lab(), latest);
        ProgressRecorder recorder;
        const ActionRun restored = runAction(restore, policy(), &m_audit, recorder);
        stopRestored(latest);
        QVERIFY2(restored.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(describe(restored)));
        QCOMPARE(restore.checkResult(), u"1,2,3,4,5"_s);
        QCOMPARE(restored.steps.first().status, StepStatus::Skipped);
        QVERIFY2(restored.steps.first().note.contains(u"newest archived segment"_s), qPrintable(restored.steps.first().note));

        // The newest timeline's first archived segment moved out: recovery stops before it, short of that end, and
        // the restore says so instead of reporting success.
        QStringList onTimeline;
        QDirIterator files(PgBackRest(m_lab->lab()).repositoryFolder() + u"/archive"_s, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            const QString name = QFileInfo(path).fileName().left(24);
            if (name.size() == 24 && name.left(8) == segment->left(8) && !path.contains(u".partial"_s) && !path.contains(u".history"_s))
                onTimeline << path;
        }
        std::sort(onTimeline.begin(), onTimeline.end(), [](const QString &a, const QString &b) { return QFileInfo(a).fileName() < QFileInfo(b).fileName(); });
        QVERIFY2(onTimeline.size() >= 2, qPrintable(onTimeline.join(u'\n')));
        const QString aside = m_restores.filePath(u"first-of-timeline-aside"_s);
        QVERIFY(QFile::rename(onTimeline.first(), aside));
        RestoreOptions gapped = restoreOptions(u"primary-down-gap"_s);
        PgBackRestRestore shortRestore(m_lab->lab(), gapped);
        const ActionRun cut = runAction(shortRestore, policy(), &m_audit, recorder);
        stopRestored(gapped);
        QVERIFY(QFile::rename(aside, onTimeline.first()));
        QVERIFY2(m_lab->lab().startNode(*primary, &error), qPrintable(error));
        QVERIFY2(cut.outcome.result == ActionOutcome::Result::Failed, qPrintable(describe(cut)));
        QVERIFY2(cut.outcome.message.contains(u"short of the archive's end"_s), qPrintable(cut.outcome.message));
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->sql(*primary, u"SELECT NOT pg_is_in_recovery()"_s) == u"t"_s, 30000);
    }

    void aRestoreWhoseServerExitsFailsAtOnceQuotingIt()
    {
        RestoreOptions beyond = restoreOptions(u"beyond"_s);
        beyond.target.kind = RestoreTarget::Kind::Lsn;
        beyond.target.value = u"FF/0"_s; // far past anything archived: recovery ends first and the server exits
        PgBackRestRestore restore(m_lab->lab(), beyond);
        ProgressRecorder recorder;
        QElapsedTimer clock;
        clock.start();
        const ActionRun run = runAction(restore, policy(), &m_audit, recorder);
        stopRestored(beyond);
        QCOMPARE(run.outcome.result, ActionOutcome::Result::Failed);
        QVERIFY2(run.outcome.message.contains(u"FATAL:"_s) && run.outcome.message.contains(u"recovery target"_s), qPrintable(run.outcome.message));
        // Seconds, not the ten minutes a server that is still recovering is given.
        QVERIFY2(clock.elapsed() < 120000, qPrintable(QString::number(clock.elapsed())));
    }

    void badRestoreRequestsAreRefusedWithTheWindow()
    {
        test::ServerReachableTempDir folder;
        RestoreOptions options;
        options.destination = folder.filePath(u"refused"_s);
        options.port = freePort();
        options.target.kind = RestoreTarget::Kind::Time;
        ProgressRecorder recorder;

        options.target.time = QDateTime(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        PgBackRestRestore tooEarly(m_lab->lab(), options);
        ActionRun run = runAction(tooEarly, policy(), &m_audit, recorder);
        QCOMPARE(run.outcome.result, ActionOutcome::Result::Refused);
        QVERIFY2(failedCheckReasons(run).contains(u"outside the recoverable window"_s), qPrintable(failedCheckReasons(run)));
        QVERIFY(failedCheckReasons(run).contains(tooEarly.window().earliest.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)));

        options.target.time = QDateTime::currentDateTimeUtc().addSecs(3600);
        PgBackRestRestore tooLate(m_lab->lab(), options);
        run = runAction(tooLate, policy(), &m_audit, recorder);
        QCOMPARE(run.outcome.result, ActionOutcome::Result::Refused);
        QVERIFY(failedCheckReasons(run).contains(u"outside the recoverable window"_s));

        options.target.kind = RestoreTarget::Kind::Latest;
        QVERIFY(QDir().mkpath(options.destination));
        QFile occupant(options.destination + u"/keep.txt"_s);
        QVERIFY(occupant.open(QIODevice::WriteOnly) && occupant.write("mine") == 4);
        occupant.close();
        options.port = m_lab->manifest().nodes.first().port;
        PgBackRestRestore occupied(m_lab->lab(), options);
        run = runAction(occupied, policy(), &m_audit, recorder);
        QCOMPARE(run.outcome.result, ActionOutcome::Result::Refused);
        QVERIFY(failedCheckReasons(run).contains(u"is not empty"_s));
        QVERIFY(failedCheckReasons(run).contains(u"is taken"_s));
        QVERIFY(QFile::exists(options.destination + u"/keep.txt"_s));
    }

    void aMissingPgBackRestNamesThePackage()
    {
        qputenv("PGVERSE_PGBACKREST", "/nonexistent/pgbackrest");
        const auto restore = qScopeGuard([] { qunsetenv("PGVERSE_PGBACKREST"); });
        PgBackRestBackup backup(m_lab->lab(), PgBackRestBackup::Type::Full);
        ProgressRecorder recorder;
        const ActionRun run = runAction(backup, policy(), &m_audit, recorder);
        QCOMPARE(run.outcome.result, ActionOutcome::Result::Refused);
        QVERIFY2(failedCheckReasons(run).contains(u"apt install pgbackrest"_s), qPrintable(failedCheckReasons(run)));
    }

    void theCliListsTheCatalogue()
    {
        const test::CliResult result = test::runPgversectl({u"backup"_s, u"list"_s, u"--json"_s, u"--lab"_s, m_lab->dir()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject list = QJsonDocument::fromJson(result.out.toUtf8()).object();
        const QJsonArray backups = list.value("backups"_L1).toArray();
        QCOMPARE(backups.size(), 2);
        QStringList tools;
        for (const QJsonValue &backup : backups)
            tools << backup.toObject().value("tool"_L1).toString();
        tools.sort();
        QCOMPARE(tools, QStringList({u"basebackup"_s, u"pgbackrest"_s}));
        QVERIFY(list.value("recovery_window"_L1).toObject().contains("earliest"_L1));
        QVERIFY(list.value("archiver"_L1).toObject().value("archived_count"_L1).toDouble() > 0);

        const test::CliResult usage = test::runPgversectl({u"backup"_s, u"restore"_s, u"--lab"_s, m_lab->dir()});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.err.contains(u"--to DIR and --port PORT"_s));
    }

    void aCliRestoreRegistersAProfileForTheRestoredServer()
    {
        const RestoreOptions options = restoreOptions(u"cli-restored"_s);
        const test::CliResult result = test::runPgversectl({u"backup"_s, u"restore"_s, u"--lab"_s, m_lab->dir(), u"--to"_s, options.destination,
                                                            u"--port"_s, QString::number(options.port), u"--latest"_s, u"--yes"_s, u"--json"_s});
        const auto stop = qScopeGuard([&] { stopRestored(options); });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString name = u"%1-restored-%2"_s.arg(m_lab->manifest().name).arg(options.port);
        QVERIFY2(result.err.contains(u"Profile %1 saved"_s.arg(name)), qPrintable(result.err));
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value("result"_L1).toString(), u"succeeded"_s);
        // It opens like any cluster: status through the profile reaches the restored server.
        const test::CliResult status = test::runPgversectl({u"status"_s, u"--profile"_s, name, u"--json"_s});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err + status.out));
        QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value("nodes"_L1).toArray().size(), 1);
        // `lab destroy` would remove it with the lab: it is among the lab's restored servers.
        QVERIFY(restoredServerProfiles(m_lab->lab()).contains(name));
        QVERIFY(ProfileStore().remove(name));
    }

private:
    RestoreOptions restoreOptions(const QString &folder)
    {
        RestoreOptions options;
        options.destination = m_restores.filePath(folder);
        options.port = freePort();
        options.checkQuery = u"SELECT string_agg(id::text, ',' ORDER BY id) FROM marker"_s;
        return options;
    }
    void stopRestored(const RestoreOptions &options) const
    {
        if (QFile::exists(options.destination + u"/postmaster.pid"_s))
            m_lab->lab().runner().run(m_lab->manifest().binDir + u"/pg_ctl"_s, {u"-D"_s, options.destination, u"-m"_s, u"fast"_s, u"stop"_s}, 60000);
    }
    /// Restores with \a options and returns the check query's answer, or nothing (with the run printed) on failure.
    std::optional<QString> restoreAndCheck(const RestoreOptions &options)
    {
        PgBackRestRestore restore(m_lab->lab(), options);
        ProgressRecorder recorder;
        const ActionRun run = runAction(restore, policy(), &m_audit, recorder);
        stopRestored(options);
        if (run.outcome.result != ActionOutcome::Result::Succeeded) {
            qWarning("%s", qPrintable(describe(run)));
            return std::nullopt;
        }
        return restore.checkResult();
    }
    QString findInRepository(const QString &fileName) const
    {
        QDirIterator files(PgBackRest(m_lab->lab()).repositoryFolder() + u"/archive"_s, {fileName + u"*"_s}, QDir::Files, QDirIterator::Subdirectories);
        return files.hasNext() ? files.next() : QString();
    }

    ActionPolicy policy() const { return {m_lab->manifest().name, false}; }
    static bool anyCheckPassed(const QList<ActionCheck> &checks, const QString &name)
    {
        return std::any_of(checks.cbegin(), checks.cend(), [&](const ActionCheck &c) { return c.name == name && c.status == CheckStatus::Pass; });
    }

    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    test::ServerReachableTempDir m_restores;
    AuditLog m_audit;
};

QTEST_MAIN(TestBackup)
#include "tst_backup.moc"
