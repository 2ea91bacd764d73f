// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/auditlog.h"
#include "core/apppaths.h"
#include "lab/labmanifest.h"
#include "profiles/profilecatalog.h"
#include "profiles/profilestore.h"
#include "testenvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pgv;

namespace {
Profile sampleProfile(const QString &name = u"prod"_s)
{
    Profile profile;
    profile.name = name;
    profile.nodes = {{u"db1"_s, u"host=10.0.0.1 port=5432 user=monitor dbname=postgres"_s}, {u"db2"_s, u"service=db2"_s}};
    profile.sslmode = u"verify-full"_s;
    profile.readOnly = true;
    profile.pollIntervalMs = 2000;
    return profile;
}
} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theAuditLogAndOurDataFolderAreOwnerOnly()
    {
        test::IsolatedEnvironment environment;
        const AuditLog log;
        QVERIFY(log.append(QJsonObject{{QStringLiteral("action"), QStringLiteral("switchover")}, {QStringLiteral("cluster"), QStringLiteral("prod")}}));
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(log.filePath()) & others, QFile::Permissions());
        QCOMPARE(QFileInfo(log.filePath()).absolutePath(), QDir::cleanPath(AppPaths::dataDir()));
        QCOMPARE(QFile::permissions(AppPaths::dataDir()) & others, QFile::Permissions());
    }
    void validProfilesPass()
    {
        QVERIFY(sampleProfile().validate().isEmpty());
    }
    void invalidProfilesSayWhatToChange_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("expected");
        Profile noName = sampleProfile();
        noName.name = u"  "_s;
        QTest::newRow("no name") << noName << u"name"_s;
        Profile noNodes = sampleProfile();
        noNodes.nodes.clear();
        QTest::newRow("no nodes") << noNodes << u"at least one node"_s;
        Profile duplicate = sampleProfile();
        duplicate.nodes[1].name = u"db1"_s;
        QTest::newRow("duplicate node") << duplicate << u"unique"_s;
        Profile broken = sampleProfile();
        broken.nodes[0].conninfo = u"host=a bogus"_s;
        QTest::newRow("bad conninfo") << broken << u"not valid"_s;
        Profile password = sampleProfile();
        password.nodes[0].conninfo = u"host=a password=hunter2"_s;
        QTest::newRow("password in conninfo") << password << u"keychain"_s;
        Profile ssl = sampleProfile();
        ssl.sslmode = u"always"_s;
        QTest::newRow("bad sslmode") << ssl << u"sslmode"_s;
        Profile fast = sampleProfile();
        fast.pollIntervalMs = 10;
        QTest::newRow("interval") << fast << u"poll interval"_s;
    }
    void invalidProfilesSayWhatToChange()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, expected);
        const QString problems = profile.validate().join(u'\n');
        QVERIFY2(problems.contains(expected, Qt::CaseInsensitive), qPrintable(problems));
    }
    void sslmodeAppliesToEveryNode()
    {
        const Profile profile = sampleProfile();
        QCOMPARE(profile.connInfoFor(profile.nodes[0]).value(u"sslmode"), u"verify-full"_s);
        QCOMPARE(profile.endpoints().size(), 2);
        QCOMPARE(profile.endpoints(u"pw"_s).at(1).password, u"pw"_s);
        QCOMPARE(profile.probeSettings().intervalMs, 2000);
    }
    void storeRoundTripsProfiles()
    {
        test::ServerReachableTempDir dir;
        ProfileStore store(dir.filePath(u"profiles.ini"_s));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(store.save(sampleProfile(u"prod"_s)));
        Profile lab = sampleProfile(u"lab with spaces/and=odd;chars"_s);
        lab.labDir = u"/var/tmp/lab"_s;
        lab.readOnly = false;
        QVERIFY(store.save(lab));
        // Profiles name clusters, hosts and users: owner-only.
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(store.filePath()) & others, QFile::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(store.filePath()).absolutePath()) & others, QFile::Permissions());
        ProfileStore reopened(store.filePath());
        QCOMPARE(reopened.profiles().size(), 2);
        QCOMPARE(*reopened.find(u"prod"_s), sampleProfile(u"prod"_s));
        QCOMPARE(*reopened.find(lab.name), lab);

        Profile changed = sampleProfile(u"prod"_s);
        changed.pollIntervalMs = 5000;
        QVERIFY(reopened.save(changed));
        QCOMPARE(reopened.profiles().size(), 2);
        QCOMPARE(reopened.find(u"prod"_s)->pollIntervalMs, 5000);

        QString error;
        QVERIFY(!reopened.rename(u"prod"_s, lab.name, &error));
        QVERIFY(error.contains(u"exists"_s));
        QVERIFY(reopened.rename(u"prod"_s, u"production"_s));
        QVERIFY(!reopened.find(u"prod"_s));
        QVERIFY(reopened.find(u"production"_s));
        QVERIFY(reopened.remove(u"production"_s));
        QCOMPARE(reopened.profiles().size(), 1);
        QVERIFY(!reopened.remove(u"production"_s));
    }
    void theCatalogWritesChangesInTheOrderAskedOffTheCallingThread()
    {
        test::ServerReachableTempDir dir;
        const QString file = dir.filePath(u"profiles.ini"_s);
        QVERIFY(ProfileStore(file).save(sampleProfile(u"prod"_s)));
        ProfileCatalog catalog(file);
        QSignalSpy changed(&catalog, &ProfileCatalog::changed);
        QVERIFY(!catalog.isLoaded());
        QVERIFY(catalog.profiles().isEmpty()); // nothing is read on the caller's thread
        catalog.reload();
        QVERIFY(changed.wait());
        QVERIFY(catalog.isLoaded());
        QCOMPARE(catalog.profiles().size(), 1);
        QCOMPARE(*catalog.find(u"prod"_s), sampleProfile(u"prod"_s));

        // Asked one after another without waiting: each one sees the file the one before it wrote.
        QStringList ends;
        const auto noted = [&ends](const QString &step) { return [&ends, step](const QString &error) { ends << step + u':' + error; }; };
        Profile staging = sampleProfile(u"staging"_s);
        catalog.save(staging, noted(u"save"_s));
        staging.pollIntervalMs = 5000;
        catalog.save(staging, noted(u"rename"_s), u"prod"_s); // prod becomes staging: refused, staging exists
        Profile renamed = sampleProfile(u"production"_s);
        catalog.save(renamed, noted(u"replace"_s), u"prod"_s);
        catalog.remove(u"nobody"_s, noted(u"remove"_s));
        Profile leaky = sampleProfile(u"leaky"_s);
        leaky.nodes[0].conninfo = u"host=a password=hunter2"_s;
        catalog.save(leaky, noted(u"leaky"_s));
        Profile refusedRename = leaky;
        refusedRename.name = u"renamed"_s;
        catalog.save(refusedRename, noted(u"refused-rename"_s), u"staging"_s); // refused before the rename: staging keeps its name
        QTRY_COMPARE(ends.size(), 6);
        QCOMPARE(ends.at(0), u"save:"_s);
        QVERIFY2(ends.at(1).startsWith(u"rename:"_s) && ends.at(1).contains(u"exists"_s), qPrintable(ends.at(1)));
        QCOMPARE(ends.at(2), u"replace:"_s);
        QVERIFY2(ends.at(3).startsWith(u"remove:"_s) && ends.at(3).contains(u"nobody"_s), qPrintable(ends.at(3)));
        QVERIFY2(ends.at(4).startsWith(u"leaky:"_s) && ends.at(4).size() > 6, qPrintable(ends.at(4)));
        QVERIFY2(ends.at(5).startsWith(u"refused-rename:"_s) && ends.at(5).contains(u"password"_s), qPrintable(ends.at(5)));
        QStringList names;
        for (const Profile &profile : catalog.profiles())
            names << profile.name;
        names.sort();
        QCOMPARE(names, QStringList({u"production"_s, u"staging"_s}));
        QCOMPARE(catalog.find(u"staging"_s)->pollIntervalMs, 2000); // the refused change left it as it was
        QCOMPARE(ProfileStore(file).profiles().size(), 2);

        // A change asked for just before the catalog goes (the window closing) is still written.
        {
            ProfileCatalog closing(file);
            closing.save(sampleProfile(u"last"_s));
        }
        QVERIFY(ProfileStore(file).find(u"last"_s));
    }
    void theCatalogAdoptsALabOnce()
    {
        test::ServerReachableTempDir dir;
        const QString file = dir.filePath(u"profiles.ini"_s);
        LabManifest manifest;
        manifest.dir = dir.filePath(u"lab"_s);
        manifest.name = u"practice"_s;
        manifest.binDir = u"/usr/lib/postgresql/15/bin"_s;
        manifest.serverUser = u"postgres"_s;
        manifest.nodes << LabNode{u"node1"_s, 47001, 0};
        QVERIFY(QDir().mkpath(manifest.dir));
        QString error;
        QVERIFY2(manifest.save(&error), qPrintable(error));

        ProfileCatalog catalog(file);
        std::optional<Profile> adopted;
        QString adoptError = u"unset"_s;
        catalog.adoptLab(manifest.dir, [&](const std::optional<Profile> &profile, const QString &why) {
            adopted = profile;
            adoptError = why;
        });
        QTRY_VERIFY(adopted.has_value());
        QCOMPARE(adoptError, QString());
        QCOMPARE(adopted->labDir, manifest.dir);
        QCOMPARE(catalog.profiles().size(), 1);
        QVERIFY(ProfileStore(file).find(u"practice"_s));

        adopted.reset();
        adoptError = u"unset"_s;
        catalog.adoptLab(dir.filePath(u"no-lab-here"_s), [&](const std::optional<Profile> &profile, const QString &why) {
            adopted = profile;
            adoptError = why;
        });
        QTRY_VERIFY(adoptError != u"unset"_s);
        QVERIFY(!adopted);
        QVERIFY2(!adoptError.isEmpty(), "a folder without a lab says so");
        QCOMPARE(catalog.profiles().size(), 1);
    }
    void storeRefusesInvalidProfilesAndNeverWritesPasswords()
    {
        test::ServerReachableTempDir dir;
        ProfileStore store(dir.filePath(u"profiles.ini"_s));
        Profile leaky = sampleProfile();
        leaky.nodes[0].conninfo = u"host=a password=hunter2"_s;
        QString error;
        QVERIFY(!store.save(leaky, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(store.save(sampleProfile()));
        QFile file(store.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hunter2"));
    }
    void nodeArgumentsBecomeAProfile()
    {
        const Profile profile = profileFromNodeArguments({u"primary@host=127.0.0.1 port=5432"_s, u"host=127.0.0.1 port=5433"_s,
                                                          u"postgresql://u@h:5434/db"_s});
        QCOMPARE(profile.nodes.size(), 3);
        QCOMPARE(profile.nodes[0].name, u"primary"_s);
        QCOMPARE(profile.nodes[0].conninfo, u"host=127.0.0.1 port=5432"_s);
        QCOMPARE(profile.nodes[1].name, u"127.0.0.1:5433"_s);
        QCOMPARE(profile.nodes[2].name, u"h:5434"_s); // a URI's user@ is not a node name
        QVERIFY(profile.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
