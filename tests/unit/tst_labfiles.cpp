// SPDX-License-Identifier: GPL-3.0-or-later
#include "lab/labfiles.h"
#include "lab/labmanifest.h"
#include "testenvironment.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
LabManifest sampleLab(const QString &dir = u"/var/tmp/my lab"_s)
{
    LabManifest lab;
    lab.dir = dir;
    lab.name = u"lab"_s;
    lab.nodes = {{u"node1"_s, 55432}, {u"node2"_s, 55433}};
    return lab;
}

QString shellEcho(const QString &script, const QString &variable)
{
    QProcess shell;
    shell.start(u"sh"_s, {u"-c"_s, script + u"\nprintf %s \"$"_s + variable + u'"'});
    shell.waitForFinished();
    return QString::fromUtf8(shell.readAllStandardOutput());
}
} // namespace

class TestLabFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passFileEscapesColonsAndBackslashes()
    {
        const QString text = LabFiles::passFile(sampleLab(), {{u"postgres"_s, u"a:b\\c"_s}});
        QVERIFY(text.contains(u"127.0.0.1:*:*:postgres:a\\:b\\\\c\n"_s));
        QVERIFY(text.contains(u"localhost:*:*:postgres:"_s));
        QVERIFY(text.contains(u"/var/tmp/my lab/sock:*:*:postgres:"_s));
    }
    void aPasswordIsReadBackFromThePassFile()
    {
        const QString text = LabFiles::passFile(sampleLab(), {{u"replicator"_s, u"r"_s}, {u"postgres"_s, u"a:b\\c"_s}});
        QCOMPARE(LabFiles::passFilePassword(text, u"postgres"_s), std::optional<QString>(u"a:b\\c"_s));
        QCOMPARE(LabFiles::passFilePassword(text, u"replicator"_s), std::optional<QString>(u"r"_s));
        QCOMPARE(LabFiles::passFilePassword(text, u"nobody"_s), std::nullopt);
    }
    void aLabWithASubscriberDecodesLogicallyAndServesIt()
    {
        LabManifest lab = sampleLab();
        QVERIFY(LabFiles::serverSettings(lab, LabFiles::WalLevel::Replica).contains(u"wal_level = replica\n"_s));
        QVERIFY(LabFiles::serverSettings(lab, LabFiles::WalLevel::Logical).contains(u"wal_level = logical\n"_s));
        QVERIFY(LabFiles::logicalSettings().contains(u"\nwal_level = logical\n"_s));
        QVERIFY(!LabFiles::serviceFile(lab).contains(u"[analytics]"_s));
        lab.subscriber = LabNode{u"analytics"_s, 55440, 0};
        QVERIFY(LabFiles::serviceFile(lab).contains(u"[analytics]\nhost=127.0.0.1\nport=55440\n"_s));
        // A cluster of its own: it archives nothing into the lab's archive, where its segment names would clash.
        const QString settings = LabFiles::subscriberSettings(lab);
        QVERIFY(settings.contains(u"unix_socket_directories = '/var/tmp/my lab/sock'"_s));
        QVERIFY(!settings.contains(u"archive"_s));
        QCOMPARE(lab.member(u"analytics")->port, 55440);
        QVERIFY(!lab.node(u"analytics"));
        const auto profile = lab.subscriberProfile();
        QVERIFY(profile);
        QCOMPARE(profile->nodes.size(), 1);
        QVERIFY(profile->labDir.isEmpty()); // lab actions are the cluster's, never offered on its subscriber
    }
    void serviceFileHasANodePerServiceAndAWritablePrimary()
    {
        const QString text = LabFiles::serviceFile(sampleLab());
        QVERIFY(text.contains(u"[node1]\nhost=127.0.0.1\nport=55432\n"_s));
        QVERIFY(text.contains(u"[node2]\nhost=127.0.0.1\nport=55433\n"_s));
        QVERIFY(text.contains(u"[primary]\nhost=127.0.0.1,127.0.0.1\nport=55432,55433\n"_s));
        QVERIFY(text.contains(u"target_session_attrs=read-write"_s));
        QVERIFY(text.contains(u"passfile=/var/tmp/my lab/pgpass"_s));
    }
    void environmentScriptSurvivesTheShell()
    {
        const LabManifest lab = sampleLab(u"/tmp/it's a lab"_s);
        const QString script = LabFiles::environmentScript(lab);
        QCOMPARE(shellEcho(script, u"PGSERVICEFILE"_s), u"/tmp/it's a lab/pg_service.conf"_s);
        QCOMPARE(shellEcho(script, u"PGPASSFILE"_s), u"/tmp/it's a lab/pgpass"_s);
        QCOMPARE(shellEcho(script, u"PGSERVICE"_s), u"primary"_s);
        QCOMPARE(shellEcho(script, u"PGVERSE_LAB"_s), lab.dir);
    }
    void serverSettingsQuoteTheLabFolder()
    {
        const QString settings = LabFiles::serverSettings(sampleLab(), LabFiles::WalLevel::Replica);
        QVERIFY(settings.contains(u"unix_socket_directories = '/var/tmp/my lab/sock'"_s));
        QVERIFY(settings.contains(u"wal_log_hints = on"_s));
        QVERIFY(settings.contains(u"hot_standby = on"_s));
        QVERIFY(settings.contains(u"archive_mode = on"_s));
        // The shell sees the archive folder quoted; postgresql.conf sees that quoting doubled.
        QVERIFY2(settings.contains(u"archive_command = 'test ! -f ''/var/tmp/my lab/archive/''%f && cp %p ''/var/tmp/my lab/archive/''%f || cmp -s %p ''/var/tmp/my lab/archive/''%f'"_s),
                 qPrintable(settings));
        QVERIFY(!settings.contains(u"port ="_s)); // per node, on the command line
    }
    void standbySettingsNameTheStandby()
    {
        const LabManifest lab = sampleLab();
        const QString settings = LabFiles::standbySettings(lab, lab.nodes[0], lab.nodes[1]);
        QVERIFY2(settings.contains(u"application_name=node2"_s), qPrintable(settings));
        QVERIFY(settings.contains(u"port=55432"_s));
        QVERIFY(settings.contains(u"passfile=''/var/tmp/my lab/pgpass''"_s));
        QVERIFY(settings.contains(u"primary_slot_name = 'node2'"_s));
        QCOMPARE(LabFiles::nodeServerOptions(lab.nodes[1]), u"-c port=55433 -c cluster_name=node2"_s);
    }
    void labFoldersThatCannotWorkAreRefused_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("plain") << u"/var/tmp/pgverse/labs/lab"_s << true;
        QTest::newRow("spaces") << u"/var/tmp/my lab"_s << true;
        QTest::newRow("unicode") << u"/var/tmp/läb"_s << true;
        QTest::newRow("quote") << u"/var/tmp/it's"_s << false;
        QTest::newRow("percent") << u"/var/tmp/100%"_s << false;
        QTest::newRow("colon") << u"/var/tmp/a:b"_s << false;
        QTest::newRow("newline") << u"/var/tmp/a\nb"_s << false;
        QTest::newRow("too long") << u"/var/tmp/"_s + QString(90, u'x') << false;
    }
    void labFoldersThatCannotWorkAreRefused()
    {
        QFETCH(QString, dir);
        QFETCH(bool, acceptable);
        QCOMPARE(labDirectoryProblem(dir).isEmpty(), acceptable);
    }
    void manifestRoundTripsAndRefusesOtherFolders()
    {
        test::ServerReachableTempDir dir;
        LabManifest lab = sampleLab(dir.path());
        lab.binDir = u"/usr/lib/postgresql/15/bin"_s;
        lab.created = QDateTime::fromString(u"2026-11-26T01:00:00Z"_s, Qt::ISODate);
        QString error;
        QVERIFY(!LabManifest::isLab(dir.path()));
        QVERIFY(!LabManifest::load(dir.path(), &error));
        QVERIFY2(error.contains(u"not a PostgresVerse lab"_s), qPrintable(error));
        QVERIFY(lab.save(&error));
        const auto loaded = LabManifest::load(dir.path(), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->name, lab.name);
        QCOMPARE(loaded->nodes.size(), 2);
        QCOMPARE(loaded->nodes[1].port, 55433);
        QCOMPARE(loaded->created, lab.created);
        const Profile profile = loaded->toProfile();
        QCOMPARE(profile.labDir, dir.path());
        QVERIFY(profile.validate().isEmpty());
        QVERIFY(profile.nodes[0].conninfo.contains(u"passfile="_s));
    }
};

QTEST_GUILESS_MAIN(TestLabFiles)
#include "tst_labfiles.moc"
