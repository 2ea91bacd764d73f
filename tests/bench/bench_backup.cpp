// SPDX-License-Identifier: GPL-3.0-or-later
// Backup throughput through PostgresVerse against the same command run directly on the same data, five runs
// each, alternating; and how often the progress bar hears from a running base backup.
// Targets (README "Measured figures"): ratio ≤ 1.05; a progress report at least once a second.
#include "actions/actionrunner.h"
#include "backup/basebackup.h"
#include "backup/pgbackrest.h"
#include "backup/pgbackrestbackup.h"
#include "testlab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

class ProgressClock final : public ActionObserver
{
public:
    ProgressClock() { m_clock.start(); }
    void progressed(const ActionProgress &) override
    {
        const qint64 now = m_clock.elapsed();
        if (m_last >= 0)
            longestGapMs = std::max(longestGapMs, now - m_last);
        m_last = now;
        ++reports;
    }
    qint64 longestGapMs = 0;
    int reports = 0;

private:
    QElapsedTimer m_clock;
    qint64 m_last = -1;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class BenchBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_lab = std::make_unique<test::TestLab>(0);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE filler AS SELECT g, md5(g::text) AS payload FROM generate_series(1, 2000000) g"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"CHECKPOINT"_s));
        m_databaseBytes = m_lab->sql(u"node1"_s, u"SELECT sum(pg_database_size(oid))::bigint FROM pg_database"_s).value_or(u"0"_s).toLongLong();
    }
    void cleanupTestCase() { m_lab.reset(); }

    void baseBackupThroughput()
    {
        const LabManifest &lab = m_lab->manifest();
        const QString backups = lab.dir + u"/bench-backups"_s;
        QVERIFY(QDir().mkpath(backups));
        QVERIFY(m_lab->lab().serverUser().adopt(backups, false, nullptr));
        QList<double> direct, through;
        const auto runDirect = [&](int run) {
            const QString directTarget = backups + u"/direct-%1"_s.arg(run);
            QElapsedTimer clock;
            clock.start();
            const CommandResult result = m_lab->lab().runner().run(
                lab.binDir + u"/pg_basebackup"_s,
                {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(lab.nodes.first().port), u"-U"_s, lab.replicationUser, u"-D"_s,
                 directTarget, u"-F"_s, u"p"_s, u"-X"_s, u"stream"_s, u"-c"_s, u"fast"_s, u"--manifest-checksums=CRC32C"_s, u"-w"_s},
                600000);
            direct << clock.nsecsElapsed() / 1e6;
            QDir(directTarget).removeRecursively();
            return result.ok() ? QString() : result.output;
        };
        const auto runThrough = [&](int run) {
            BaseBackupOptions options;
            options.targetDir = backups + u"/through-%1"_s.arg(run);
            LabBaseBackup action(m_lab->lab(), options);
            ActionObserver quiet;
            const ActionRun ran = runAction(action, {lab.name, false}, nullptr, quiet);
            through << double(ran.steps.first().milliseconds);
            QDir(options.targetDir).removeRecursively();
            QFile::remove(options.targetDir + u".json"_s);
            return ran.outcome.result == ActionOutcome::Result::Succeeded ? QString() : ran.outcome.message;
        };
        for (int run = 0; run < 5; ++run) {
            // Alternating which goes first: the second of a pair writes right after the first's 159 MB were deleted.
            const QString first = run % 2 == 0 ? runDirect(run) : runThrough(run);
            QVERIFY2(first.isEmpty(), qPrintable(first));
            const QString second = run % 2 == 0 ? runThrough(run) : runDirect(run);
            QVERIFY2(second.isEmpty(), qPrintable(second));
        }
        qInfo("pg_basebackup of %.0f MB: direct %.0f ms, through PostgresVerse (stream step, progress polled) %.0f ms "
              "(median of 5; ratio %.3f; %.0f MB/s)", m_databaseBytes / 1e6, median(direct), median(through),
              median(through) / median(direct), m_databaseBytes / 1e6 / (median(through) / 1000));

        // Cadence, on a backup slowed to 32 MB/s so that it lasts several seconds.
        BaseBackupOptions slow;
        slow.targetDir = backups + u"/slow"_s;
        slow.maxRateKbPerSecond = 32 * 1024;
        LabBaseBackup action(m_lab->lab(), slow);
        ProgressClock progress;
        const ActionRun ran = runAction(action, {lab.name, false}, nullptr, progress);
        QVERIFY2(ran.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(ran.outcome.message));
        qInfo("progress reports over a %.1f s backup: %d, longest gap %lld ms", ran.steps.first().milliseconds / 1000.0,
              progress.reports, progress.longestGapMs);
    }

    void pgBackRestThroughput()
    {
        PgBackRest pgbackrest(m_lab->lab());
        // The first full backup sets up the repository and archiving; the measured ones all copy everything.
        PgBackRestBackup initial(m_lab->lab(), PgBackRestBackup::Type::Full);
        ActionObserver quiet;
        const ActionRun setUp = runAction(initial, {m_lab->manifest().name, false}, nullptr, quiet);
        QVERIFY2(setUp.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(setUp.outcome.message));
        QList<double> direct, through;
        const auto runDirect = [&] {
            QElapsedTimer clock;
            clock.start();
            const CommandResult result = pgbackrest.run({u"--type=full"_s, u"backup"_s}, 600000);
            direct << clock.nsecsElapsed() / 1e6;
            return result.ok() ? QString() : result.output;
        };
        const auto runThrough = [&] {
            PgBackRestBackup action(m_lab->lab(), PgBackRestBackup::Type::Full);
            const ActionRun ran = runAction(action, {m_lab->manifest().name, false}, nullptr, quiet);
            through << double(ran.steps.last().milliseconds);
            return ran.outcome.result == ActionOutcome::Result::Succeeded ? QString() : ran.outcome.message;
        };
        for (int run = 0; run < 5; ++run) {
            const QString first = run % 2 == 0 ? runDirect() : runThrough();
            QVERIFY2(first.isEmpty(), qPrintable(first));
            const QString second = run % 2 == 0 ? runThrough() : runDirect();
            QVERIFY2(second.isEmpty(), qPrintable(second));
        }
        qInfo("pgbackrest full backup of %.0f MB: direct %.0f ms, through PostgresVerse (backup step, progress polled) %.0f ms "
              "(median of 5; ratio %.3f)", m_databaseBytes / 1e6, median(direct), median(through), median(through) / median(direct));
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    qint64 m_databaseBytes = 0;
};

QTEST_MAIN(BenchBackup)
#include "bench_backup.moc"
