// SPDX-License-Identifier: GPL-3.0-or-later
// Passwords go to the system keychain (a real Secret Service here) and nowhere else.
#include "monitor/clustersession.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "testlab.h"

#include <QDirIterator>
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
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
