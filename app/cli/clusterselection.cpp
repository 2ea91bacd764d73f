// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterselection.h"

#include "core/apppaths.h"
#include "lab/labmanifest.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "cliio.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pgv::cli {

void ClusterSelection::addOptions(QCommandLineParser &parser, NodeOption node)
{
    parser.addOption({u"profile"_s, QCoreApplication::translate("cli", "Use the saved profile <name>."), u"name"_s});
    parser.addOption({u"lab"_s, QCoreApplication::translate("cli", "Use the lab in folder <dir>."), u"dir"_s});
    if (node == NodeOption::NameOfOne) {
        parser.addOption({u"node"_s, QCoreApplication::translate("cli", "Only the node named <name> (default: every node)."), u"name"_s});
        return;
    }
    parser.addOption({u"node"_s,
                      QCoreApplication::translate("cli", "A node to watch, as a libpq connection string, optionally named: "
                                                         "node1@'host=… port=…'. Repeat for each node."),
                      u"conninfo"_s});
}

std::optional<ClusterSelection> ClusterSelection::resolve(const QCommandLineParser &parser, QString *error, NodeOption node)
{
    const bool nodesGiven = node == NodeOption::Conninfo && parser.isSet(u"node"_s);
    const int chosen = int(parser.isSet(u"profile"_s)) + int(parser.isSet(u"lab"_s)) + int(nodesGiven);
    if (chosen > 1) {
        *error = node == NodeOption::Conninfo ? QCoreApplication::translate("cli", "Give only one of --profile, --lab and --node.")
                                              : QCoreApplication::translate("cli", "Give only one of --profile and --lab.");
        return std::nullopt;
    }
    ClusterSelection selection;
    if (nodesGiven) {
        selection.profile = profileFromNodeArguments(parser.values(u"node"_s));
    } else if (parser.isSet(u"profile"_s)) {
        const QString name = parser.value(u"profile"_s);
        const auto profile = ProfileStore().find(name);
        if (!profile) {
            *error = QCoreApplication::translate("cli", "No profile is named \"%1\". List them with: pgversectl profile list").arg(name);
            return std::nullopt;
        }
        selection.profile = *profile;
        if (profile->passwordInKeychain) {
            QString keychainError;
            selection.password = SecretStore::readPasswordAndWait(name, &keychainError);
            if (!keychainError.isEmpty())
                err() << QCoreApplication::translate("cli", "warning: profile %1: %2").arg(name, keychainError) << Qt::endl;
        }
        for (const ProfilePooler &pooler : profile->poolers) {
            if (!pooler.passwordInKeychain)
                continue;
            QString keychainError;
            selection.poolerPasswords.insert(pooler.name, SecretStore::readPasswordAndWait(profile->poolerSecretKey(pooler.name), &keychainError));
            if (!keychainError.isEmpty())
                err() << QCoreApplication::translate("cli", "warning: profile %1, pooler %2: %3").arg(name, pooler.name, keychainError) << Qt::endl;
        }
    } else {
        QString dir = parser.value(u"lab"_s);
        if (dir.isEmpty())
            dir = qEnvironmentVariable("PGVERSE_LAB");
        if (dir.isEmpty() && LabManifest::isLab(AppPaths::defaultLabDir()))
            dir = AppPaths::defaultLabDir();
        if (dir.isEmpty()) {
            *error = QCoreApplication::translate("cli", "Which cluster? Give --profile NAME, --lab DIR or --node CONNINFO "
                                                        "(or create a lab first: pgversectl lab up).");
            return std::nullopt;
        }
        const auto manifest = LabManifest::load(dir, error);
        if (!manifest)
            return std::nullopt;
        selection.profile = manifest->toProfile();
    }
    if (const QStringList problems = selection.profile.validate(); !problems.isEmpty()) {
        *error = problems.join(u'\n');
        return std::nullopt;
    }
    return selection;
}

QList<Profile> besideProfiles(const Profile &profile)
{
    QList<Profile> beside;
    const std::optional<LabManifest> manifest = profile.labDir.isEmpty() ? std::nullopt : LabManifest::load(profile.labDir, nullptr);
    const std::optional<Profile> labSubscriber = manifest ? manifest->subscriberProfile() : std::nullopt;
    for (const QString &name : profile.beside) {
        if (auto stored = ProfileStore().find(name))
            beside << *stored;
        else if (labSubscriber && labSubscriber->name == name)
            beside << *labSubscriber;
    }
    return beside;
}

} // namespace pgv::cli
