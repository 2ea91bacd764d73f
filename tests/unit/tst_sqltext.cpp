// SPDX-License-Identifier: GPL-3.0-or-later
// What the explain runner reads from typed SQL before it sends anything: statements, the leading keyword, writes,
// parameters — with quotes, comments and dollar quoting in the way — and the EXPLAIN command it builds.
#include "explain/explainrequest.h"
#include "pg/sqlresource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestSqlText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void facts_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("statements");
        QTest::addColumn<QString>("keyword");
        QTest::addColumn<bool>("writes");
        QTest::addColumn<QStringList>("placeholders");
        QTest::addColumn<QString>("statement");

        QTest::newRow("select") << u"  select * from t;  \n"_s << 1 << u"SELECT"_s << false << QStringList() << u"select * from t"_s;
        QTest::newRow("comments first") << u"-- report\n/* nested /* twice */ */ SELECT 1"_s << 1 << u"SELECT"_s << false
                                        << QStringList() << u"-- report\n/* nested /* twice */ */ SELECT 1"_s;
        QTest::newRow("semicolon in string") << u"SELECT ';' , \"a;b\" FROM t"_s << 1 << u"SELECT"_s << false << QStringList()
                                             << u"SELECT ';' , \"a;b\" FROM t"_s;
        QTest::newRow("escape string") << u"SELECT E'it\\'s; $1'"_s << 1 << u"SELECT"_s << false << QStringList()
                                       << u"SELECT E'it\\'s; $1'"_s;
        QTest::newRow("dollar quoted") << u"SELECT $fn$ ; $1 $fn$, $$;$$"_s << 1 << u"SELECT"_s << false << QStringList()
                                       << u"SELECT $fn$ ; $1 $fn$, $$;$$"_s;
        QTest::newRow("two statements") << u"SELECT 1; SELECT 2;"_s << 2 << u"SELECT"_s << false << QStringList() << u"SELECT 1"_s;
        QTest::newRow("placeholders") << u"SELECT * FROM t WHERE a = $2 AND b = $1 AND c = $2"_s << 1 << u"SELECT"_s << false
                                      << QStringList{u"$2"_s, u"$1"_s} << u"SELECT * FROM t WHERE a = $2 AND b = $1 AND c = $2"_s;
        QTest::newRow("update") << u"update t set a = 1"_s << 1 << u"UPDATE"_s << true << QStringList() << u"update t set a = 1"_s;
        QTest::newRow("select for update") << u"SELECT * FROM t FOR UPDATE"_s << 1 << u"SELECT"_s << false << QStringList()
                                           << u"SELECT * FROM t FOR UPDATE"_s;
        QTest::newRow("writing cte") << u"WITH d AS (DELETE FROM t RETURNING *) SELECT count(*) FROM d"_s << 1 << u"WITH"_s << true
                                     << QStringList() << u"WITH d AS (DELETE FROM t RETURNING *) SELECT count(*) FROM d"_s;
        QTest::newRow("select into") << u"SELECT * INTO copy FROM t"_s << 1 << u"SELECT"_s << true << QStringList()
                                     << u"SELECT * INTO copy FROM t"_s;
        QTest::newRow("word in identifier") << u"SELECT \"delete\" FROM updates"_s << 1 << u"SELECT"_s << false << QStringList()
                                            << u"SELECT \"delete\" FROM updates"_s;
        QTest::newRow("only comments") << u"-- nothing\n;;"_s << 0 << QString() << false << QStringList() << QString();
        QTest::newRow("unterminated string") << u"SELECT 'oops"_s << 1 << u"SELECT"_s << false << QStringList() << u"SELECT 'oops"_s;
    }

    void facts()
    {
        QFETCH(QString, sql);
        const SqlTextFacts facts = inspectSql(sql);
        QTEST(facts.statements, "statements");
        QTEST(facts.firstKeyword, "keyword");
        QTEST(facts.modifiesData, "writes");
        QTEST(facts.placeholders, "placeholders");
        QTEST(facts.statement, "statement");
    }

    void problemsSayWhatToChange()
    {
        const ExplainOptions analyze;
        QVERIFY(explainProblem(analyze, inspectSql(u"SELECT 1"_s)).isEmpty());
        QVERIFY(explainProblem(analyze, inspectSql(u""_s)).contains(u"Type a statement"_s));
        QVERIFY(explainProblem(analyze, inspectSql(u"SELECT 1; SELECT 2"_s)).contains(u"2 statements"_s));
        QVERIFY(explainProblem(analyze, inspectSql(u"EXPLAIN SELECT 1"_s)).contains(u"Remove the EXPLAIN"_s));
        QVERIFY(explainProblem(analyze, inspectSql(u"VACUUM t"_s)).contains(u"VACUUM statements cannot be explained"_s));
        QVERIFY(explainProblem(analyze, inspectSql(u"SELECT $1"_s)).contains(u"Replace the parameters $1"_s));
        ExplainOptions planOnly;
        planOnly.analyze = false;
        planOnly.wal = true;
        QVERIFY(explainProblem(planOnly, inspectSql(u"SELECT 1"_s)).contains(u"WAL needs ANALYZE"_s));
    }

    void commandCarriesTheOptions()
    {
        ExplainOptions options;
        options.verbose = true;
        options.wal = true;
        options.timing = false;
        QCOMPARE(explainCommand(options, u"SELECT 1 -- last"_s),
                 u"EXPLAIN (FORMAT JSON, ANALYZE, BUFFERS, VERBOSE, WAL, TIMING OFF)\nSELECT 1 -- last\n"_s);
        ExplainOptions plain;
        plain.analyze = false;
        plain.buffers = false;
        QCOMPARE(explainCommand(plain, u"SELECT 1"_s), u"EXPLAIN (FORMAT JSON)\nSELECT 1\n"_s);
        QCOMPARE(ExplainOptions::fromJson(options.toJson()), options);
    }
    void everySqlFileIsInTheBuild()
    {
        // A file in resources/sql that backend/CMakeLists.txt does not list would stop the first process asking for it.
        const QStringList files = QDir(QStringLiteral(PGV_SQL_SOURCE_DIR)).entryList({u"*.sql"_s}, QDir::Files);
        QVERIFY(files.size() >= 6);
        for (const QString &name : files) {
            QFile source(QStringLiteral(PGV_SQL_SOURCE_DIR) + u'/' + name);
            QVERIFY(source.open(QIODevice::ReadOnly));
            const QByteArray resource = QFileInfo(name).completeBaseName().toUtf8();
            QCOMPARE(sqlResource(resource.constData()), QString::fromUtf8(source.readAll()).trimmed());
        }
        QCOMPARE(QDir(u":/sql"_s).entryList(QDir::Files).size(), files.size());
    }
};

QTEST_APPLESS_MAIN(TestSqlText)
#include "tst_sqltext.moc"
