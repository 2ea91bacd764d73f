// SPDX-License-Identifier: GPL-3.0-or-later
// pgBackRest's `info --output=json` read into the catalogue, and the recoverable window derived from it.
#include "backup/backupcatalog.h"
#include "backup/pgbackrestexpire.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {

// Shaped like pgBackRest 2.45's output for two stanzas; the times are 2026-11-26 05:00:00 UTC and later.
const QByteArray Info = R"([
 {"name": "other", "status": {"code": 0, "message": "ok"}, "backup": [], "archive": []},
 {"name": "lab", "status": {"code": 0, "message": "ok", "lock": {"backup": {"held": true}}}, "cipher": "none",
  "db": [{"id": 1, "system-id": 7712281345800000000, "version": "15"}],
  "archive": [{"id": "15-1", "min": "000000010000000000000003", "max": "000000010000000000000009"},
              {"id": "15-2", "min": "000000010000000000000002", "max": "00000001000000000000000C"}],
  "backup": [
   {"label": "20261126-050500F_20261126-051000I", "type": "incr", "prior": "20261126-050500F",
    "timestamp": {"start": 1795669800, "stop": 1795669805}, "lsn": {"start": "0/7000028", "stop": "0/7000100"},
    "archive": {"start": "000000010000000000000007", "stop": "000000010000000000000007"},
    "info": {"size": 31000000, "delta": 1000, "repository": {"size": 4000000, "delta": 300}}, "error": false},
   {"label": "20261126-050500F", "type": "full", "prior": null,
    "timestamp": {"start": 1795669500, "stop": 1795669504}, "lsn": {"start": "0/5000028", "stop": "0/5000138"},
    "archive": {"start": "000000010000000000000005", "stop": "000000010000000000000005"},
    "info": {"size": 30000000, "delta": 30000000, "repository": {"size": 4000000, "delta": 4000000}}, "error": false}
  ]}
])";

} // namespace

class TestBackupCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheStanzasBackupsOldestFirst()
    {
        QString error;
        const auto catalog = parsePgBackRestInfo(Info, u"lab"_s, &error);
        QVERIFY2(catalog, qPrintable(error));
        QCOMPARE(catalog->backups.size(), 2);
        QVERIFY(catalog->backupRunning);
        QCOMPARE(catalog->archiveMin, u"000000010000000000000002"_s);
        QCOMPARE(catalog->archiveMax, u"00000001000000000000000C"_s);
        const BackupRecord &full = catalog->backups.first();
        QCOMPARE(full.label, u"20261126-050500F"_s);
        QCOMPARE(full.type, u"full"_s);
        QCOMPARE(full.tool, u"pgbackrest"_s);
        QCOMPARE(full.started, QDateTime(QDate(2026, 11, 26), QTime(5, 5, 0), Qt::UTC));
        QCOMPARE(full.stopped, QDateTime(QDate(2026, 11, 26), QTime(5, 5, 4), Qt::UTC));
        QCOMPARE(full.sizeBytes, 30000000);
        QCOMPARE(full.storedBytes, 4000000);
        QCOMPARE(full.lsnStop, u"0/5000138"_s);
        QCOMPARE(full.walStart, u"000000010000000000000005"_s);
        const BackupRecord &incremental = catalog->backups.last();
        QCOMPARE(incremental.type, u"incr"_s);
        QCOMPARE(incremental.prior, u"20261126-050500F"_s);
        QCOMPARE(incremental.storedBytes, 300);
        const QJsonObject json = backupRecordToJson(incremental);
        QCOMPARE(json.value("stopped"_L1).toString(), u"2026-11-26T05:10:05Z"_s);
        QVERIFY(json.value("verified"_L1).isNull());
    }

    void saysWhatIsWrongWithOtherInput()
    {
        QString error;
        QVERIFY(!parsePgBackRestInfo(Info, u"missing"_s, &error));
        QVERIFY2(error.contains(u"no stanza named missing"_s), qPrintable(error));
        QVERIFY(!parsePgBackRestInfo("ERROR: [055]: unable to load info file", u"lab"_s, &error));
        QVERIFY2(error.contains(u"no JSON"_s), qPrintable(error));
        QVERIFY(!parsePgBackRestInfo(R"({"name": "lab"})", u"lab"_s, &error));
        QVERIFY(error.contains(u"not a list"_s));
    }

    void theWindowRunsFromTheOldestUsableBackupToTheNewestArchivedWal()
    {
        const auto catalog = parsePgBackRestInfo(Info, u"lab"_s, nullptr);
        QVERIFY(catalog);
        const QDateTime archived(QDate(2026, 11, 26), QTime(6, 0), Qt::UTC);
        const RecoveryWindow window = recoveryWindow(catalog->backups, archived);
        QVERIFY(window.isValid());
        // pgBackRest wants the stop strictly before the target, in whole seconds.
        QCOMPARE(window.earliest, QDateTime(QDate(2026, 11, 26), QTime(5, 5, 5), Qt::UTC));
        QCOMPARE(window.latest, archived);
        QVERIFY(window.contains(QDateTime(QDate(2026, 11, 26), QTime(5, 30), Qt::UTC)));
        QVERIFY(!window.contains(QDateTime(QDate(2026, 11, 26), QTime(5, 5, 4), Qt::UTC)));
        QVERIFY(!window.contains(archived.addSecs(1)));
        QVERIFY(window.toDisplayString().contains(u"2026-11-26 05:05:05 to 2026-11-26 06:00:00"_s));

        // A backup with errors does not count; with none left there is no window.
        QList<BackupRecord> damaged = catalog->backups;
        damaged[0].error = true;
        QCOMPARE(recoveryWindow(damaged, archived).earliest, QDateTime(QDate(2026, 11, 26), QTime(5, 10, 6), Qt::UTC));
        damaged[1].error = true;
        QVERIFY(!recoveryWindow(damaged, archived).isValid());
        QVERIFY(!recoveryWindow(catalog->backups, QDateTime()).isValid());
    }

    void retentionExpiresEverythingOlderThanTheSecondNewestFullBackup()
    {
        const auto backup = [](const QString &label, const QString &type) {
            BackupRecord record;
            record.label = label;
            record.type = type;
            return record;
        };
        const QList<BackupRecord> backups{backup(u"F1"_s, u"full"_s), backup(u"I1"_s, u"incr"_s), backup(u"F2"_s, u"full"_s),
                                          backup(u"D2"_s, u"diff"_s), backup(u"F3"_s, u"full"_s), backup(u"I3"_s, u"incr"_s)};
        QCOMPARE(PgBackRestExpire::expiredLabels(backups), QStringList({u"F1"_s, u"I1"_s}));
        QCOMPARE(PgBackRestExpire::expiredLabels(backups.mid(2)), QStringList());
        QCOMPARE(PgBackRestExpire::expiredLabels({}), QStringList());
    }
};

QTEST_MAIN(TestBackupCatalog)
#include "tst_backupcatalog.moc"
