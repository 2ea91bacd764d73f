// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords go to the system keychain (a real Secret Service here) and nowhere else.
#include "monitor/clustersession.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "testlab.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

class TestSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passwordsRoundTripThroughTheKeychain()
    {
        const QString secret = u"s3cret-ü-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        QString error;
        QVERIFY2(SecretStore::writePasswordAndWait(u"prod"_s, secret, &error), qPrintable(error));
        QCOMPARE(SecretStore::readPasswordAndWait(u"prod"_s, &error), secret);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        SecretStore store;
        QSignalSpy deleted(&store, &SecretStore::passwordDeleted);
        store.deletePassword(u"prod"_s);
        QVERIFY(deleted.wait(5000));
        QCOMPARE(deleted.first().at(1).toString(), QString());
        QCOMPARE(SecretStore::readPasswordAndWait(u"prod"_s, &error), QString());
        QVERIFY(error.contains(u"no password"_s));
    }

    void thePasswordNeverLandsInTheSettingsFolder()
    {
        test::IsolatedEnvironment environment;
        const QString secret = u"never-on-disk-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        Profile profile;
        profile.name = u"cluster"_s;
        profile.nodes = {{u"a"_s, u"host=127.0.0.1 port=5432"_s}};
        profile.passwordInKeychain = true;
        QString error;
        QVERIFY(SecretStore::writePasswordAndWait(profile.name, secret, &error));
        ProfileStore store;
        QVERIFY(store.save(profile, &error));
        QVERIFY(store.find(u"cluster"_s)->passwordInKeychain);
        QDirIterator files(environment.configDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    void aPasswordFromTheKeychainOpensTheCluster()
    {
        test::IsolatedEnvironment environment;
        test::TestLab lab(0);
        QVERIFY2(lab.isValid(), qPrintable(lab.error()));
        // The lab's superuser password, as a user would type it into the profile dialog.
        QFile passFile(lab.manifest().passFile());
        QVERIFY(passFile.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(passFile.readAll()).section(u'\n', 1, 1).section(u':', 4);
        QVERIFY(!password.isEmpty());

        Profile profile;
        profile.name = u"keychain-lab"_s;
        profile.passwordInKeychain = true;
        // No passfile: without the keychain's password this connection is refused.
        profile.nodes = {{u"node1"_s, u"host=127.0.0.1 port=%1 user=postgres dbname=postgres passfile=/nonexistent"_s.arg(
                                          lab.manifest().nodes.first().port)}};
        {
            ClusterSession withoutPassword;
            withoutPassword.open(profile);
            QTRY_VERIFY_WITH_TIMEOUT(withoutPassword.snapshot().complete, 10000);
            QCOMPARE(withoutPassword.snapshot().node(u"node1")->role, NodeRole::Down);
            QVERIFY2(withoutPassword.snapshot().node(u"node1")->error.contains(u"password"_s),
                     qPrintable(withoutPassword.snapshot().node(u"node1")->error));
        }
        QString error;
        QVERIFY2(SecretStore::writePasswordAndWait(profile.name, password, &error), qPrintable(error));
        ClusterSession session;
        session.open(profile);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot().complete, 10000);
        QCOMPARE(session.snapshot().node(u"node1")->role, NodeRole::Primary);
    }

    void aPoolersAdminPasswordFromTheKeychainReadsIt()
    {
        test::IsolatedEnvironment environment;
        test::TestLab lab(0);
        QVERIFY2(lab.isValid(), qPrintable(lab.error()));
        const auto added = test::runPgversectl({u"lab"_s, u"pooler"_s, u"add"_s, u"--dir"_s, lab.dir()});
        QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
        QVERIFY(lab.reload());
        const int port = lab.manifest().poolers.first().port;
        // The pooler's admin password, from the lab's password file, as an operator would have it.
        QFile passFile(lab.manifest().passFile());
        QVERIFY(passFile.open(QIODevice::ReadOnly));
        const QRegularExpression line(u"^127\\.0\\.0\\.1:%1:\\*:pgverse_pooler:(.+)$"_s.arg(port), QRegularExpression::MultilineOption);
        const QString password = line.match(QString::fromUtf8(passFile.readAll())).captured(1);
        QVERIFY(!password.isEmpty());

        // A profile of the cluster whose pooler's conninfo finds no password anywhere but in the keychain.
        const auto profileAdd = test::runPgversectl(
            {u"profile"_s, u"add"_s, u"pooled"_s, u"--node"_s, u"node1@"_s + lab.conninfo(u"node1"_s), u"--pooler"_s,
             u"pooler1@host=127.0.0.1 port=%1 user=pgverse_pooler dbname=pgbouncer passfile=/nonexistent"_s.arg(port)});
        QVERIFY2(profileAdd.exitCode == 0, qPrintable(profileAdd.out + profileAdd.err));
        const auto refused = test::runPgversectl({u"pooler"_s, u"--profile"_s, u"pooled"_s, u"--json"_s});
        QCOMPARE(refused.exitCode, 2); // no pooler could be reached at all
        QVERIFY2(refused.out.contains(u"pooler_unreachable"_s) && refused.out.contains(u"password"_s), qPrintable(refused.out));

        QProcess setPassword;
        setPassword.start(QStringLiteral(PGV_BIN_DIR) + u"/pgversectl"_s, {u"profile"_s, u"set-password"_s, u"pooled"_s, u"--pooler"_s, u"pooler1"_s});
        QVERIFY(setPassword.waitForStarted());
        setPassword.write(password.toUtf8() + '\n');
        setPassword.closeWriteChannel();
        QVERIFY(setPassword.waitForFinished(30000));
        QVERIFY2(setPassword.exitCode() == 0, setPassword.readAllStandardError().constData());
        const auto shown = test::runPgversectl({u"profile"_s, u"show"_s, u"pooled"_s});
        QVERIFY2(QJsonDocument::fromJson(shown.out.toUtf8()).object().value("poolers"_L1).toArray().first().toObject()
                     .value("password_in_keychain"_L1).toBool(), qPrintable(shown.out));

        const auto read = test::runPgversectl({u"pooler"_s, u"--profile"_s, u"pooled"_s, u"--json"_s});
        QVERIFY2(read.exitCode == 0, qPrintable(read.out + read.err));
        const QJsonObject pooler = QJsonDocument::fromJson(read.out.toUtf8()).object().value("poolers"_L1).toArray().first().toObject();
        QVERIFY(pooler.value("reachable"_L1).toBool());
        QCOMPARE(pooler.value("routes_to"_L1).toString(), u"node1"_s);
        // The window's monitor reads it from the keychain too, before it starts.
        ClusterSession session;
        session.open(*ProfileStore().find(u"pooled"_s));
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot().complete && session.snapshot().pooler(u"pooler1"), 15000);
        QVERIFY2(session.snapshot().pooler(u"pooler1")->reachable, qPrintable(session.snapshot().pooler(u"pooler1")->error));
        // And the password is in no file of the settings folder.
        QDirIterator files(environment.configDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(password.toUtf8()), qPrintable(file.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
