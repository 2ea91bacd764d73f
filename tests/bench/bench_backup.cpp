// SPDX-License-Identifier: GPL-3.0-or-later
// Backup throughput through PostgresVerse against the same command run directly on the same data, in pairs run
// back to back, alternating which goes first; and how often the progress bar hears from a running base backup.
// Targets (README "Measured figures"): ratio ≤ 1.05; a progress report at least once a second.
// The lab, its backups and its pgBackRest repository live in memory (/dev/shm) when it has room: on this VM's disk,
// writing back and syncing a few hundred megabytes varies by ±15 % from one run to the next, both sides alike, which
// hides a 5 % difference; in memory both sides are bound by the CPU, where our polling would show.
#include "actions/actionrunner.h"
#include "backup/basebackup.h"
#include "backup/pgbackrest.h"
#include "backup/pgbackrestbackup.h"
#include "testlab.h"

#include <QDir>
#include <QElapsedTimer>
#include <QStorageInfo>
#include <QTest>

#include <algorithm>
#include <functional>

#include <sched.h>
#include <unistd.h>

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
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

struct Timing
{
    double milliseconds = 0;
    QString error;
};

/// Direct and through-PostgresVerse runs, in pairs run back to back: a pair shares the machine's mood of the moment,
/// so the ratio within each pair is what is compared, and the median of those ratios is the figure.
struct Comparison
{
    QList<double> direct, through;
    QString error;

    QList<double> ratios() const
    {
        QList<double> ratios;
        for (qsizetype i = 0; i < std::min(direct.size(), through.size()); ++i)
            ratios << through.at(i) / direct.at(i);
        std::sort(ratios.begin(), ratios.end());
        return ratios;
    }
    QByteArray summary() const
    {
        const auto [lowest, highest] = std::minmax_element(direct.begin(), direct.end());
        const auto [lowestThrough, highestThrough] = std::minmax_element(through.begin(), through.end());
        const QList<double> sorted = ratios();
        return u"direct %1 ms (%2–%3), through PostgresVerse %4 ms (%5–%6): medians of %7; ratio %8 (median of the paired ratios; "
               u"middle half %9–%10)"_s
            .arg(median(direct), 0, 'f', 0)
            .arg(*lowest, 0, 'f', 0)
            .arg(*highest, 0, 'f', 0)
            .arg(median(through), 0, 'f', 0)
            .arg(*lowestThrough, 0, 'f', 0)
            .arg(*highestThrough, 0, 'f', 0)
            .arg(direct.size())
            .arg(median(sorted), 0, 'f', 3)
            .arg(sorted.at(sorted.size() / 4), 0, 'f', 3)
            .arg(sorted.at(sorted.size() - 1 - sorted.size() / 4), 0, 'f', 3)
            .toUtf8();
    }
};

/// pairs: even, so that each side goes first equally often.
/// How many pairs: \a full with PGV_BENCH_BACKUP_FULL=1 (the figures in the notes), half of it in CI (the full run's
/// time budget), never fewer than 4.
int pairCount(int full)
{
    const int half = std::max(4, full / 2);
    return qEnvironmentVariableIntValue("PGV_BENCH_BACKUP_FULL") == 1 ? full : half + half % 2;
}

Comparison compare(int pairs, const std::function<Timing(int)> &runDirect, const std::function<Timing(int)> &runThrough)
{
    Comparison comparison;
    for (int run = 0; run < pairs && comparison.error.isEmpty(); ++run) {
        for (const bool directFirst : {run % 2 == 0, run % 2 != 0}) {
            const Timing timing = directFirst ? runDirect(run) : runThrough(run);
            if (!timing.error.isEmpty()) {
                comparison.error = timing.error;
                break;
            }
            (directFirst ? comparison.direct : comparison.through) << timing.milliseconds;
        }
    }
    return comparison;
}

// The previous run's deleted files and the journal behind them are written out before the next run starts,
// so that no run pays for its predecessor.
void quietDisk()
{
    ::sync();
}

/// Counts the progress reports of the runs being timed, to show that the polling did run during them.
class ProgressCounter : public ActionObserver
{
public:
    void progressed(const ActionProgress &) override { ++reports; }
    int reports = 0;
};

constexpr qint64 MemoryFolderRoom = 3LL * 1024 * 1024 * 1024;

/// Moves this process's temporary folders (and so the test lab's) into memory when /dev/shm has room for the lab,
/// one backup and the pgBackRest repository; says where they are.
void preferMemoryForTemporaryFolders()
{
    const QStorageInfo memory(u"/dev/shm"_s);
    if (memory.isValid() && memory.fileSystemType() == "tmpfs" && QFileInfo(u"/dev/shm"_s).isWritable()
        && memory.bytesAvailable() >= MemoryFolderRoom) {
        qputenv("TMPDIR", "/dev/shm");
        qInfo("lab and backups in memory (/dev/shm)");
    } else {
        qInfo("lab and backups on disk in %s: /dev/shm is missing or has less than 3 GiB free, so disk write-back adds its "
              "noise to every figure",
              qPrintable(QDir::tempPath()));
    }
}

/// Runs the checks and stops before anything runs.
class DryRun final : public ActionObserver
{
public:
    bool confirm(const QList<ActionCheck> &, const QList<ActionStep> &) override { return false; }
};

/// Quiets the disk after every step, so the backup step starts as the direct command does.
class QuietDiskBetweenSteps final : public ProgressCounter
{
public:
    void stepFinished(int, StepStatus, qint64, const QString &) override { quietDisk(); }
};

// This machine's two vCPUs differ in speed by up to 1.6×: whichever one a backup lands on would decide the ratio.
// The lab's servers, the commands and our polling all inherit this thread's affinity, so both sides share one core,
// and our progress polling competes with the backup for it: the least flattering setting for us.
void pinToOneCore()
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return;
    int last = -1;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &allowed))
            last = cpu;
    }
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(last, &one);
    if (last >= 0)
        sched_setaffinity(0, sizeof one, &one);
}

} // namespace

class BenchBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        pinToOneCore();
        preferMemoryForTemporaryFolders();
        m_lab = std::make_unique<test::TestLab>(0);
        QVERIFY2(m_lab->isValid(), qPrintable(m_lab->error()));
        // Enough data for a base backup to last about a second in memory, so that the progress polls run during it.
        QVERIFY(m_lab->sql(u"node1"_s, u"CREATE TABLE filler AS SELECT g, md5(g::text) AS payload FROM generate_series(1, 6000000) g"_s));
        QVERIFY(m_lab->sql(u"node1"_s, u"CHECKPOINT"_s));
        m_databaseBytes = m_lab->sql(u"node1"_s, u"SELECT sum(pg_database_size(oid))::bigint FROM pg_database"_s).value_or(u"0"_s).toLongLong();
    }
    void cleanupTestCase() { m_lab.reset(); }

    void baseBackupThroughput()
    {
        const LabManifest &lab = m_lab->manifest();
        const QString backups = lab.dir + u"/bench-backups"_s;
        int polled = 0;
        QVERIFY(QDir().mkpath(backups));
        QVERIFY(m_lab->lab().serverUser().adopt(backups, false, nullptr));
        const Comparison comparison = compare(
            pairCount(8), [&](int run) {
                const QString target = backups + u"/direct-%1"_s.arg(run);
                quietDisk();
                QElapsedTimer clock;
                clock.start();
                const CommandResult result = m_lab->lab().runner().run(
                    lab.binDir + u"/pg_basebackup"_s,
                    {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(lab.nodes.first().port), u"-U"_s, lab.replicationUser, u"-D"_s,
                     target, u"-F"_s, u"p"_s, u"-X"_s, u"stream"_s, u"-c"_s, u"fast"_s, u"--manifest-checksums=CRC32C"_s, u"-w"_s},
                    600000);
                const double milliseconds = clock.nsecsElapsed() / 1e6;
                QDir(target).removeRecursively();
                return Timing{milliseconds, result.ok() ? QString() : result.output};
            },
            [&](int run) {
                BaseBackupOptions options;
                options.targetDir = backups + u"/through-%1"_s.arg(run);
                LabBaseBackup action(m_lab->lab(), options);
                ProgressCounter progress;
                quietDisk();
                const ActionRun ran = runAction(action, {lab.name, false}, nullptr, progress);
                polled += progress.reports;
                QDir(options.targetDir).removeRecursively();
                QFile::remove(options.targetDir + u".json"_s);
                return Timing{double(ran.steps.first().milliseconds),
                              ran.outcome.result == ActionOutcome::Result::Succeeded ? QString() : ran.outcome.message};
            });
        QVERIFY2(comparison.error.isEmpty(), qPrintable(comparison.error));
        qInfo("pg_basebackup of %.0f MB (stream step, %.1f progress reports per backup): %s; %.0f MB/s", m_databaseBytes / 1e6,
              double(polled) / comparison.through.size(), comparison.summary().constData(),
              m_databaseBytes / 1e6 / (median(comparison.through) / 1000));
        // Whether the timed backups get polled at all depends on how fast this machine copies (a faster one finished
        // them in half a second between two polls); the slowed backup below lasts seconds anywhere and carries the check.

        // Cadence, on a backup slowed to 64 MB/s so that it lasts several seconds.
        BaseBackupOptions slow;
        slow.targetDir = backups + u"/slow"_s;
        slow.maxRateKbPerSecond = 64 * 1024;
        LabBaseBackup action(m_lab->lab(), slow);
        ProgressClock progress;
        const ActionRun ran = runAction(action, {lab.name, false}, nullptr, progress);
        QVERIFY2(ran.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(ran.outcome.message));
        qInfo("progress reports over a %.1f s backup: %d, longest gap %lld ms", ran.steps.first().milliseconds / 1000.0,
              progress.reports, progress.longestGapMs);
        // The target: at least one report per second of backup.
        QVERIFY2(progress.reports >= ran.steps.first().milliseconds / 1000, "the backup reported its progress less than once a second");
    }

    void pgBackRestThroughput()
    {
        PgBackRest pgbackrest(m_lab->lab());
        int polled = 0;
        // The first full backup sets up the repository and archiving; the measured ones all copy everything.
        PgBackRestBackup initial(m_lab->lab(), PgBackRestBackup::Type::Full);
        ActionObserver quiet;
        const ActionRun setUp = runAction(initial, {m_lab->manifest().name, false}, nullptr, quiet);
        QVERIFY2(setUp.outcome.result == ActionOutcome::Result::Succeeded, qPrintable(setUp.outcome.message));
        // pgBackRest's own run time varies by ±10 % from one run to the next on this VM (its copy phase, even with the
        // repository in memory; its log shows the other phases steady), so it takes more pairs than pg_basebackup.
        const Comparison comparison = compare(
            pairCount(10), [&](int) {
                // The state the action's backup step starts from: after its checks, configuration and `pgbackrest check`.
                PgBackRestBackup checksOnly(m_lab->lab(), PgBackRestBackup::Type::Full);
                DryRun dry;
                runAction(checksOnly, {m_lab->manifest().name, false}, nullptr, dry);
                QString error;
                if (!pgbackrest.enableArchiving(&error))
                    return Timing{0, error};
                quietDisk();
                const CommandResult checked = pgbackrest.run({u"check"_s}, 120000);
                if (!checked.ok())
                    return Timing{0, checked.output};
                quietDisk();
                QElapsedTimer clock;
                clock.start();
                const CommandResult result = pgbackrest.run({u"--type=full"_s, u"backup"_s}, 600000);
                return Timing{clock.nsecsElapsed() / 1e6, result.ok() ? QString() : result.output};
            },
            [&](int) {
                PgBackRestBackup action(m_lab->lab(), PgBackRestBackup::Type::Full);
                QuietDiskBetweenSteps between;
                const ActionRun ran = runAction(action, {m_lab->manifest().name, false}, nullptr, between);
                polled += between.reports;
                return Timing{double(ran.steps.last().milliseconds),
                              ran.outcome.result == ActionOutcome::Result::Succeeded ? QString() : ran.outcome.message};
            });
        QVERIFY2(comparison.error.isEmpty(), qPrintable(comparison.error));
        qInfo("pgbackrest full backup of %.0f MB (backup step, %.1f progress reports per backup): %s", m_databaseBytes / 1e6,
              double(polled) / comparison.through.size(), comparison.summary().constData());
        QVERIFY2(polled >= comparison.through.size(), "the timed backups ended before their progress was polled");
    }

private:
    test::IsolatedEnvironment m_environment;
    std::unique_ptr<test::TestLab> m_lab;
    qint64 m_databaseBytes = 0;
};

QTEST_MAIN(BenchBackup)
#include "bench_backup.moc"
