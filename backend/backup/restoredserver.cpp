// SPDX-License-Identifier: GPL-3.0-or-later
#include "restoredserver.h"

#include "lab/lab.h"
#include "profiles/profilestore.h"

#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace pgv {

QString defaultRestoreFolder(const Lab &lab)
{
    // Beside the lab's folder: the servers' OS user reaches it as it reaches the lab (root's own folders are private).
    const QFileInfo labDir(lab.manifest().dir);
    return labDir.absolutePath() + u"/%1-restore-%2"_s.arg(labDir.fileName(), QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s));
}

Profile restoredServerProfile(const Lab &lab, int port)
{
    Profile restored;
    restored.name = u"%1-restored-%2"_s.arg(lab.manifest().name).arg(port);
    ConnInfo info;
    info.set(u"host"_s, u"127.0.0.1"_s);
    info.set(u"port"_s, QString::number(port));
    info.set(u"user"_s, lab.manifest().superuser);
    info.set(u"dbname"_s, u"postgres"_s);
    info.set(u"passfile"_s, lab.manifest().passFile());
    restored.nodes << ProfileNode{u"restored"_s, info.toDisplayString()};
    return restored;
}

bool registerRestoredServer(const Lab &lab, int port, QString *error)
{
    return ProfileStore().save(restoredServerProfile(lab, port), error);
}

QStringList restoredServerProfiles(const Lab &lab)
{
    const QString passFile = lab.manifest().passFile();
    QStringList names;
    for (const Profile &profile : ProfileStore().profiles()) {
        if (!profile.labDir.isEmpty())
            continue; // the lab's own profile
        const bool usesLabPassFile = std::any_of(profile.nodes.cbegin(), profile.nodes.cend(), [&](const ProfileNode &node) {
            const auto info = ConnInfo::parse(node.conninfo);
            return info && info->value(u"passfile") == passFile;
        });
        if (usesLabPassFile && profile.name.contains(u"-restored-"_s))
            names << profile.name;
    }
    return names;
}

} // namespace pgv
