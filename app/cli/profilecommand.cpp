// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecommand.h"

#include "cliio.h"
#include "core/jsonnulls.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace pgv::cli {

namespace {


QJsonObject profileToJson(const Profile &profile)
{
    QJsonArray nodes;
    for (const ProfileNode &node : profile.nodes)
        nodes.append(QJsonObject{{"name"_L1, node.name}, {"conninfo"_L1, node.conninfo}});
    QJsonArray poolers;
    for (const ProfilePooler &pooler : profile.poolers)
        poolers.append(QJsonObject{{"name"_L1, pooler.name}, {"conninfo"_L1, pooler.conninfo}, {"password_in_keychain"_L1, pooler.passwordInKeychain}});
    return QJsonObject{{"name"_L1, profile.name},
                       {"read_only"_L1, profile.readOnly},
                       {"sslmode"_L1, textOrNull(profile.sslmode)},
                       {"poll_interval_ms"_L1, profile.pollIntervalMs},
                       {"password_in_keychain"_L1, profile.passwordInKeychain},
                       {"lab_dir"_L1, textOrNull(profile.labDir)},
                       {"nodes"_L1, nodes},
                       {"poolers"_L1, poolers}};
}

int setPassword(ProfileStore &store, Profile profile, const QString &pooler)
{
    auto target = std::find_if(profile.poolers.begin(), profile.poolers.end(), [&](const ProfilePooler &candidate) { return candidate.name == pooler; });
    if (!pooler.isEmpty() && target == profile.poolers.end())
        return fail(QCoreApplication::translate("cli", "Profile %1 has no pooler named %2.").arg(profile.name, pooler), ExitProblems);
    err() << (pooler.isEmpty() ? QCoreApplication::translate("cli", "Password for profile %1 (read from standard input): ").arg(profile.name)
                               : QCoreApplication::translate("cli", "Admin password of pooler %2 of profile %1 (read from standard input): ")
                                     .arg(profile.name, pooler))
          << Qt::flush;
    QTextStream input(stdin);
    const QString password = input.readLine();
    QString error;
    if (!SecretStore::writePasswordAndWait(pooler.isEmpty() ? profile.name : profile.poolerSecretKey(pooler), password, &error))
        return fail(error, ExitProblems);
    if (pooler.isEmpty())
        profile.passwordInKeychain = true;
    else
        target->passwordInKeychain = true;
    if (!store.save(profile, &error))
        return fail(error, ExitProblems);
    err() << QCoreApplication::translate("cli", "stored in the system keychain.") << Qt::endl;
    return ExitOk;
}

} // namespace

int runProfile(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Manage cluster profiles.\n\n"
                                        "Commands:\n"
                                        "  list                 the saved profiles\n"
                                        "  show NAME            one profile\n"
                                        "  add NAME --node …    add or replace a profile\n"
                                        "  remove NAME          forget a profile\n"
                                        "  set-password NAME    store its password in the system keychain (read from stdin);\n"
                                        "                       with --pooler P, the admin password of its pooler P"));
    addHelpOption(parser);
    parser.addPositionalArgument(u"command"_s, QCoreApplication::translate("cli", "list, show, add, remove or set-password"));
    parser.addOption({u"node"_s, QCoreApplication::translate("cli", "add: a node as NAME@CONNINFO; repeat for each node."), u"node"_s});
    parser.addOption({u"sslmode"_s, QCoreApplication::translate("cli", "add: sslmode for every node."), u"mode"_s});
    parser.addOption({u"read-only"_s, QCoreApplication::translate("cli", "add: never allow actions on this cluster.")});
    parser.addOption({u"interval"_s, QCoreApplication::translate("cli", "add: poll interval in milliseconds (default 1000)."), u"ms"_s});
    parser.addOption({u"pooler"_s, QCoreApplication::translate("cli", "add: a PgBouncer admin console as NAME@CONNINFO (dbname=pgbouncer); repeat "
                                                                      "for each (without it, add keeps the poolers the profile has). "
                                                                      "set-password: whose password."),
                      u"pooler"_s});
    parser.addOption({u"json"_s, QCoreApplication::translate("cli", "Print JSON.")});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(u"help"_s) || positional.isEmpty()) {
        out() << commandHelp(parser);
        return parser.isSet(u"help"_s) ? int(ExitOk) : int(ExitUsageOrConnect);
    }
    ProfileStore store;
    const QString &command = positional.first();
    const QString name = positional.value(1);
    if (command == u"list") {
        const QList<Profile> profiles = store.profiles();
        if (parser.isSet(u"json"_s)) {
            QJsonArray array;
            for (const Profile &profile : profiles)
                array.append(profileToJson(profile));
            printJson(QJsonObject{{"profiles"_L1, array}});
            return ExitOk;
        }
        TextTable table({u"PROFILE"_s, u"NODES"_s, u"MODE"_s, u"LAB"_s});
        for (const Profile &profile : profiles) {
            table.addRow({profile.name, QString::number(profile.nodes.size()), profile.readOnly ? QCoreApplication::translate("cli", "read-only") : QCoreApplication::translate("cli", "read-write"),
                          profile.labDir.isEmpty() ? u"-"_s : profile.labDir});
        }
        out() << table.toString() << Qt::flush;
        return ExitOk;
    }
    if (name.isEmpty())
        return fail(QCoreApplication::translate("cli", "%1 needs a profile name.").arg(command));
    if (command == u"add") {
        Profile profile = profileFromNodeArguments(parser.values(u"node"_s));
        profile.name = name;
        profile.sslmode = parser.value(u"sslmode"_s);
        profile.readOnly = parser.isSet(u"read-only"_s);
        if (parser.isSet(u"interval"_s))
            profile.pollIntervalMs = parser.value(u"interval"_s).toInt();
        const auto existing = store.find(name);
        if (existing)
            profile.passwordInKeychain = existing->passwordInKeychain;
        if (!parser.isSet(u"pooler"_s) && existing) {
            profile.poolers = existing->poolers;
        } else {
            for (const QString &value : parser.values(u"pooler"_s)) {
                const qsizetype at = value.indexOf(u'@');
                if (at <= 0)
                    return fail(QCoreApplication::translate("cli", "--pooler takes NAME@CONNINFO, not \"%1\".").arg(value));
                ProfilePooler pooler{value.left(at), value.mid(at + 1), false};
                // A password stored for a pooler of that name stays its.
                if (existing) {
                    for (const ProfilePooler &before : existing->poolers)
                        pooler.passwordInKeychain = pooler.passwordInKeychain || (before.name == pooler.name && before.passwordInKeychain);
                }
                profile.poolers << pooler;
            }
        }
        QString error;
        if (!store.save(profile, &error))
            return fail(error);
        out() << QCoreApplication::translate("cli", "Profile %1 saved with %2 nodes and %3 poolers.\n").arg(name).arg(profile.nodes.size()).arg(profile.poolers.size())
              << Qt::flush;
        return ExitOk;
    }
    const auto profile = store.find(name);
    if (!profile)
        return fail(QCoreApplication::translate("cli", "No profile is named \"%1\".").arg(name), ExitProblems);
    if (command == u"show") {
        printJson(profileToJson(*profile));
        return ExitOk;
    }
    if (command == u"remove") {
        store.remove(name);
        out() << QCoreApplication::translate("cli", "Profile %1 removed.\n").arg(name) << Qt::flush;
        return ExitOk;
    }
    if (command == u"set-password")
        return setPassword(store, *profile, parser.value(u"pooler"_s));
    return fail(QCoreApplication::translate("cli", "Unknown profile command \"%1\"; see pgversectl profile --help.").arg(command));
}

} // namespace pgv::cli
