// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

const QStringList &sslModes()
{
    static const QStringList modes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}
} // namespace

QStringList Profile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QCoreApplication::translate("Profile", "Give the profile a name.");
    if (nodes.isEmpty())
        problems << QCoreApplication::translate("Profile", "Add at least one node.");
    if (!sslmode.isEmpty() && !sslModes().contains(sslmode))
        problems << QCoreApplication::translate("Profile", "sslmode \"%1\" is not one of %2.").arg(sslmode, sslModes().join(u", "_s));
    if (pollIntervalMs < 100 || pollIntervalMs > 3600000)
        problems << QCoreApplication::translate("Profile", "The poll interval must be between 100 ms and one hour.");
    QSet<QString> names;
    for (const ProfileNode &node : nodes) {
        if (node.name.trimmed().isEmpty())
            problems << QCoreApplication::translate("Profile", "Every node needs a name.");
        else if (names.contains(node.name))
            problems << QCoreApplication::translate("Profile", "Two nodes are named \"%1\"; node names must be unique.").arg(node.name);
        names.insert(node.name);
        QString error;
        const auto info = ConnInfo::parse(node.conninfo, &error);
        if (!info)
            problems << QCoreApplication::translate("Profile", "Node \"%1\": the connection string is not valid: %2").arg(node.name, error);
        else if (info->contains(u"password"))
            problems << QCoreApplication::translate("Profile", "Node \"%1\": remove password= from the connection string. Store the password in the keychain "
                           "(Edit profile → Password) or in a .pgpass file, so it never lands in a settings file.")
                            .arg(node.name);
    }
    for (const ProfilePooler &pooler : poolers) {
        if (pooler.name.trimmed().isEmpty())
            problems << QCoreApplication::translate("Profile", "Every pooler needs a name.");
        else if (names.contains(pooler.name))
            problems << QCoreApplication::translate("Profile", "\"%1\" names a node or another pooler already; names must be unique.").arg(pooler.name);
        names.insert(pooler.name);
        QString error;
        const auto info = ConnInfo::parse(pooler.conninfo, &error);
        if (!info)
            problems << QCoreApplication::translate("Profile", "Pooler \"%1\": the connection string is not valid: %2").arg(pooler.name, error);
        else if (info->contains(u"password"))
            problems << QCoreApplication::translate("Profile", "Pooler \"%1\": remove password= from the connection string and put the admin "
                                                               "password in a .pgpass file, so it never lands in a settings file.")
                            .arg(pooler.name);
    }
    return problems;
}

ConnInfo Profile::connInfoFor(const ProfileNode &node) const
{
    ConnInfo info = ConnInfo::parse(node.conninfo).value_or(ConnInfo());
    if (!sslmode.isEmpty())
        info.set(u"sslmode"_s, sslmode);
    return info;
}

QList<NodeEndpoint> Profile::endpoints(const QString &password) const
{
    QList<NodeEndpoint> result;
    for (const ProfileNode &node : nodes)
        result << NodeEndpoint{node.name, connInfoFor(node), password};
    return result;
}

QList<PoolerEndpoint> Profile::poolerEndpoints(const QHash<QString, QString> &passwords) const
{
    QList<PoolerEndpoint> result;
    for (const ProfilePooler &pooler : poolers) {
        auto info = ConnInfo::parse(pooler.conninfo);
        if (!info)
            continue; // validate() names it
        if (!sslmode.isEmpty() && !info->contains(u"sslmode"))
            info->set(QStringLiteral("sslmode"), sslmode);
        result << PoolerEndpoint{pooler.name, *info, passwords.value(pooler.name)};
    }
    return result;
}

ProbeSettings Profile::probeSettings() const
{
    ProbeSettings settings;
    settings.intervalMs = pollIntervalMs;
    settings.labDir = labDir;
    return settings;
}

PatroniEndpoint Profile::patroniEndpoint() const
{
    PatroniEndpoint endpoint;
    endpoint.url = QUrl(patroniUrl);
    endpoint.user = patroniUser;
    endpoint.caFile = patroniCaFile;
    if (!patroniPasswordFile.isEmpty())
        endpoint.password = PatroniClient::readPasswordFile(patroniPasswordFile);
    return endpoint;
}

Profile profileFromNodeArguments(const QStringList &arguments)
{
    Profile profile;
    profile.name = u"command line"_s;
    static const QRegularExpression namedNode(u"^([A-Za-z0-9_.-]+)@(.*)$"_s);
    for (const QString &argument : arguments) {
        ProfileNode node;
        const auto match = namedNode.match(argument);
        node.conninfo = match.hasMatch() ? match.captured(2) : argument;
        if (match.hasMatch()) {
            node.name = match.captured(1);
        } else {
            const auto info = ConnInfo::parse(node.conninfo);
            node.name = info ? info->displayAddress() : argument;
        }
        profile.nodes << node;
    }
    return profile;
}

} // namespace pgv
