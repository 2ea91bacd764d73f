// SPDX-License-Identifier: GPL-3.0-or-later
#include "pg/conninfo.h"
#include "monitor/nodeprober.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pgv::ConnInfo;

class TestConnInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesKeywordValueLists()
    {
        const auto info = ConnInfo::parse(u"host=db1.example port=5433 user=app dbname='my db' sslmode=require"_s);
        QVERIFY(info);
        QCOMPARE(info->value(u"host"), u"db1.example"_s);
        QCOMPARE(info->firstPort(), 5433);
        QCOMPARE(info->value(u"dbname"), u"my db"_s);
        QCOMPARE(info->displayAddress(), u"db1.example:5433"_s);
    }
    void parsesUris()
    {
        const auto info = ConnInfo::parse(u"postgresql://app@10.0.0.5:6432,10.0.0.6:6433/sales?target_session_attrs=read-write"_s);
        QVERIFY(info);
        QCOMPARE(info->firstHost(), u"10.0.0.5"_s);
        QCOMPARE(info->firstPort(), 6432);
        QCOMPARE(info->value(u"user"), u"app"_s);
        QCOMPARE(info->value(u"dbname"), u"sales"_s);
        QCOMPARE(info->value(u"target_session_attrs"), u"read-write"_s);
    }
    void keepsServiceEntriesForLibpq()
    {
        const auto info = ConnInfo::parse(u"service=node2"_s);
        QVERIFY(info);
        QCOMPARE(info->value(u"service"), u"node2"_s);
        QCOMPARE(info->displayAddress(), u"service=node2"_s);
    }
    void reportsWhatIsWrong()
    {
        QString error;
        QVERIFY(!ConnInfo::parse(u"host=a bogus"_s, &error));
        QVERIFY2(error.contains(u"bogus"_s), qPrintable(error));
        QVERIFY(!ConnInfo::parse(u"nosuchkeyword=1"_s, &error));
        QVERIFY2(error.contains(u"nosuchkeyword"_s), qPrintable(error));
        QVERIFY(!ConnInfo::parse(u"host='unterminated"_s, &error));
        QVERIFY(!error.isEmpty());
    }
    void displayStringNeverShowsThePassword()
    {
        const auto info = ConnInfo::parse(u"host=h user=u password=s3cret dbname=d"_s);
        QVERIFY(info);
        QVERIFY(!info->toDisplayString().contains(u"s3cret"_s));
        QVERIFY(!info->toDisplayString().contains(u"password"_s));
    }
    void quotedValuesRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << u"postgres"_s;
        QTest::newRow("space") << u"my database"_s;
        QTest::newRow("quote") << u"it's"_s;
        QTest::newRow("backslash") << u"C:\\path\\x"_s;
        QTest::newRow("equals") << u"a=b"_s;
        QTest::newRow("unicode") << u"Größe ☃"_s;
        QTest::newRow("empty") << QString();
    }
    void quotedValuesRoundTrip()
    {
        QFETCH(QString, value);
        ConnInfo info;
        info.set(u"host"_s, u"127.0.0.1"_s);
        info.set(u"dbname"_s, value);
        const auto parsed = ConnInfo::parse(info.toDisplayString());
        QVERIFY2(parsed, qPrintable(info.toDisplayString()));
        QCOMPARE(parsed->value(u"dbname"), value);
    }
    void appendsServerOptions()
    {
        auto info = ConnInfo::parse(u"host=h options='-c search_path=app'"_s);
        QVERIFY(info);
        info->appendOptions(u"-c statement_timeout=2000"_s);
        QCOMPARE(info->value(u"options"), u"-c search_path=app -c statement_timeout=2000"_s);
    }
    void monitoringConnectionsCarryTheirTimeouts()
    {
        const auto user = ConnInfo::parse(u"host=h port=5432 target_session_attrs=read-write"_s);
        QVERIFY(user);
        pgv::ProbeSettings settings;
        settings.connectTimeoutMs = 3000;
        settings.queryTimeoutMs = 2000;
        const ConnInfo info = pgv::NodeProber::monitoringConnInfo(*user, settings);
        QCOMPARE(info.value(u"connect_timeout"), u"3"_s);
        QCOMPARE(info.value(u"target_session_attrs"), u"any"_s); // every node is watched, primary or not
        QVERIFY(info.value(u"options").contains(u"statement_timeout=2000"_s));
        QVERIFY(info.value(u"options").contains(u"lock_timeout="_s));
        QVERIFY(info.value(u"options").contains(u"default_transaction_read_only=on"_s));
        QCOMPARE(info.value(u"fallback_application_name"), u"pgverse-monitor"_s);
        QVERIFY(ConnInfo::parse(info.toDisplayString()));
    }
};

QTEST_GUILESS_MAIN(TestConnInfo)
#include "tst_conninfo.moc"
