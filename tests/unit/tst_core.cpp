// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/walbeyond.h"
#include "core/commandtranscript.h"
#include "core/lsn.h"
#include "core/units.h"

#include <QTest>
#include <QTimeZone>

#include <thread>

using namespace Qt::StringLiterals;
using pgv::Lsn;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void walDumpCountsCommitsPastTheStart()
    {
        // pg_waldump 15 as LC_ALL=C TZ=UTC prints it; the first record lies before the start and does not count.
        const QString output = QStringLiteral(
            "rmgr: Heap        len (rec/tot):     54/    54, tx:        744, lsn: 0/03000028, prev 0/03000000, desc: INSERT off 2 flags 0x00, blkref #0: rel 1663/5/16384 blk 0\n"
            "rmgr: Transaction len (rec/tot):     34/    34, tx:        744, lsn: 0/03000060, prev 0/03000028, desc: COMMIT 2026-12-02 01:24:03.856703 UTC\n"
            "rmgr: Heap        len (rec/tot):     54/    54, tx:        745, lsn: 0/03000088, prev 0/03000060, desc: INSERT off 3 flags 0x00, blkref #0: rel 1663/5/16384 blk 0\n"
            "rmgr: Transaction len (rec/tot):     34/    34, tx:        745, lsn: 0/030000C0, prev 0/03000088, desc: COMMIT 2026-12-02 01:24:04.500000 UTC\n"
            "pg_waldump: error: error in WAL record at 0/30000C0: invalid record length at 0/30000E8: wanted 24, got 0\n");
        const pgv::WalBeyond beyond = pgv::parseWalDump(output, *pgv::Lsn::parse(QStringLiteral("0/3000060")));
        QCOMPARE(beyond.commits, 2);
        QCOMPARE(beyond.end.toString(), QStringLiteral("0/30000E2"));
        QCOMPARE(beyond.bytes, qint64(0xE2 - 0x60));
        QCOMPARE(beyond.firstCommit, QDateTime(QDate(2026, 12, 2), QTime(1, 24, 3, 856), QTimeZone::utc()));
        QCOMPARE(beyond.lastCommit, QDateTime(QDate(2026, 12, 2), QTime(1, 24, 4, 500), QTimeZone::utc()));
        QVERIFY(beyond.describe().contains(QStringLiteral("2 commit")));
        QCOMPARE(pgv::parseWalDump(QString(), *pgv::Lsn::parse(QStringLiteral("0/3000060"))).bytes, 0);
    }
    void parsesLsn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint64>("value");
        QTest::newRow("zero") << u"0/0"_s << true << quint64(0);
        QTest::newRow("low") << u"0/3000060"_s << true << quint64(0x3000060);
        QTest::newRow("high") << u"16/B374D848"_s << true << ((quint64(0x16) << 32) | 0xB374D848);
        QTest::newRow("lower case") << u"a/ff"_s << true << ((quint64(0xa) << 32) | 0xff);
        QTest::newRow("max") << u"FFFFFFFF/FFFFFFFF"_s << true << quint64(0xFFFFFFFFFFFFFFFFull);
        QTest::newRow("empty") << QString() << false << quint64(0);
        QTest::newRow("no slash") << u"3000060"_s << false << quint64(0);
        QTest::newRow("missing low") << u"0/"_s << false << quint64(0);
        QTest::newRow("missing high") << u"/10"_s << false << quint64(0);
        QTest::newRow("not hex") << u"0/xyz"_s << false << quint64(0);
        QTest::newRow("too wide") << u"100000000/0"_s << false << quint64(0);
    }
    void parsesLsn()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(quint64, value);
        const auto lsn = Lsn::parse(text);
        QCOMPARE(lsn.has_value(), valid);
        if (valid) {
            QCOMPARE(lsn->value(), value);
            QCOMPARE(Lsn::parse(lsn->toString()), lsn);
        }
    }
    void printsLsnAsPostgresDoes()
    {
        QCOMPARE(Lsn((quint64(0x16) << 32) | 0xB374D848).toString(), u"16/B374D848"_s);
        QCOMPARE(Lsn(0x3000060).toString(), u"0/3000060"_s);
    }
    void findsWhereAWalSegmentStarts()
    {
        // pg_walfile_name('16/B374D848') is 0000000x00000016000000B3 with 16 MiB segments.
        QCOMPARE(Lsn::ofSegmentStart(u"0000000200000016000000B3"_s)->toString(), u"16/B3000000"_s);
        QCOMPARE(Lsn::ofSegmentStart(u"000000010000000000000001"_s)->toString(), u"0/1000000"_s);
        // With 1 GiB segments the last part counts 0–3.
        QCOMPARE(Lsn::ofSegmentStart(u"000000010000000500000003"_s, 1024 * 1024 * 1024)->toString(), u"5/C0000000"_s);
        QVERIFY(!Lsn::ofSegmentStart(u"000000010000000500000004"_s, 1024 * 1024 * 1024));
        QVERIFY(!Lsn::ofSegmentStart(u"00000002.history"_s));
        QVERIFY(!Lsn::ofSegmentStart(u"0000000100000000000000ZZ"_s));
    }
    void diffsLsns()
    {
        const Lsn a(0x3000000);
        const Lsn b(0x3000060);
        QCOMPARE(b.bytesSince(a), qint64(0x60));
        QCOMPARE(a.bytesSince(b), qint64(-0x60));
        QCOMPARE(pgv::lsnDiff(b, a), std::optional<qint64>(0x60));
        QCOMPARE(pgv::lsnDiff(std::nullopt, a), std::optional<qint64>());
        // Across the 4 GiB boundary of the low half.
        QCOMPARE(Lsn::parse(u"1/0"_s)->bytesSince(*Lsn::parse(u"0/FFFFFFFF"_s)), qint64(1));
    }
    void formatsBytes()
    {
        QCOMPARE(pgv::formatBytes(0), u"0 B"_s);
        QCOMPARE(pgv::formatBytes(1023), u"1023 B"_s);
        QCOMPARE(pgv::formatBytes(1536), u"1.5 KiB"_s);
        QCOMPARE(pgv::formatBytes(48ll * 1024 * 1024), u"48.0 MiB"_s);
        QCOMPARE(pgv::formatBytes(-2048), u"-2.0 KiB"_s);
    }
    void formatsSeconds()
    {
        QCOMPARE(pgv::formatSeconds(0), u"0.000 s"_s);
        QCOMPARE(pgv::formatSeconds(12.54), u"12.5 s"_s);
        QCOMPARE(pgv::formatSeconds(192), u"3 min 12 s"_s);
        QCOMPARE(pgv::formatSeconds(7260), u"2 h 1 min"_s);
    }
    void theTranscriptRecordsWhatThisThreadRunsWithoutSecrets()
    {
        using namespace pgv::CommandTranscript;
        QStringList lines;
        QVERIFY(!isRecording());
        sql(u"127.0.0.1:1"_s, u"SELECT 1"_s); // nobody listens: nothing happens
        {
            const Scope scope([&lines](const QString &line) { lines << line; });
            QVERIFY(isRecording());
            sql(u"127.0.0.1:55433"_s, u"SELECT pg_promote(true, 60)"_s);
            for (int i = 0; i < 4; ++i)
                sql(u"127.0.0.1:55433"_s, u"SELECT pg_is_in_recovery()"_s);
            sql(u"127.0.0.1:55433"_s, u"ALTER SYSTEM SET primary_conninfo = 'host=h port=5 password=s3cret user=u'"_s);
            sql(u"127.0.0.1:55433"_s, u"ALTER ROLE app PASSWORD 'it''s secret'"_s);
            program(u"/usr/lib/postgresql/15/bin/pg_rewind"_s, {u"--target-pgdata=/d/node1"_s, u"--source-server=port=5 password=pw"_s}, 0, 1340,
                    u"pg_rewind: servers diverged at WAL location 0/5000060 on timeline 1\npg_rewind: Done!\n"_s);
            std::thread([] { sql(u"other"_s, u"SELECT 'another thread'"_s); }).join();
            // A statement from a resource file: its comment lines are left out, a comment after code stays.
            sql(u"127.0.0.1:55432"_s, u"-- The sessions of one node.\n  -- 2000: the longest query text\nSELECT pid -- one per session\nFROM pg_stat_activity"_s);
        }
        QVERIFY(!isRecording());
        const QString all = lines.join(u'\n');
        QVERIFY2(!all.contains(u"s3cret"_s) && !all.contains(u"secret'"_s) && !all.contains(u"=pw"_s), qPrintable(all));
        QVERIFY(!all.contains(u"another thread"_s));
        QCOMPARE(lines.value(0), u"127.0.0.1:55433> SELECT pg_promote(true, 60)"_s);
        QCOMPARE(lines.value(1), u"127.0.0.1:55433> SELECT pg_is_in_recovery()"_s);
        QVERIFY2(lines.value(2).contains(u"3 more time"_s), qPrintable(all)); // a poll is one line, with a count
        QVERIFY(lines.value(3).contains(u"password=***"_s));
        QVERIFY(lines.value(4).contains(u"PASSWORD '***'"_s));
        QVERIFY2(lines.value(5).startsWith(u"$ pg_rewind --target-pgdata=/d/node1 '--source-server=port=5 password=***'   (exit 0, 1.3 s)"_s),
                 qPrintable(lines.value(5)));
        QCOMPARE(lines.value(6), u"    | pg_rewind: servers diverged at WAL location 0/5000060 on timeline 1"_s);
        QCOMPARE(lines.value(8), u"127.0.0.1:55432> SELECT pid -- one per session FROM pg_stat_activity"_s);
        QCOMPARE(lines.size(), 9);
    }
    void transcriptScopesNest()
    {
        using namespace pgv::CommandTranscript;
        QStringList outer;
        QStringList inner;
        {
            const Scope outerScope([&outer](const QString &line) { outer << line; });
            note(u"outer before"_s);
            {
                const Scope innerScope([&inner](const QString &line) { inner << line; });
                note(u"inner"_s);
            }
            QVERIFY(isRecording()); // the outer scope records again, it was not ended by the inner one
            note(u"outer after"_s);
        }
        QVERIFY(!isRecording());
        QCOMPARE(outer, QStringList({u"outer before"_s, u"outer after"_s}));
        QCOMPARE(inner, QStringList({u"inner"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
