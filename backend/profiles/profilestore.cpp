// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "core/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pgv {

ProfileStore::ProfileStore()
    : ProfileStore(AppPaths::configDir() + u"/profiles.ini"_s)
{
}

ProfileStore::ProfileStore(QString filePath)
    : m_filePath(std::move(filePath))
{
}

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    QList<Profile> result;
    const int count = settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile profile;
        profile.name = settings.value(u"name"_s).toString();
        profile.sslmode = settings.value(u"sslmode"_s).toString();
        profile.readOnly = settings.value(u"readOnly"_s, false).toBool();
        profile.passwordInKeychain = settings.value(u"passwordInKeychain"_s, false).toBool();
        profile.pollIntervalMs = settings.value(u"pollIntervalMs"_s, 1000).toInt();
        profile.labDir = settings.value(u"labDir"_s).toString();
        profile.patroniUrl = settings.value(u"patroniUrl"_s).toString();
        profile.patroniUser = settings.value(u"patroniUser"_s).toString();
        profile.patroniPasswordFile = settings.value(u"patroniPasswordFile"_s).toString();
        profile.patroniCaFile = settings.value(u"patroniCaFile"_s).toString();
        profile.beside = settings.value(u"beside"_s).toStringList();
        const int nodes = settings.beginReadArray(u"nodes"_s);
        for (int n = 0; n < nodes; ++n) {
            settings.setArrayIndex(n);
            profile.nodes << ProfileNode{settings.value(u"name"_s).toString(), settings.value(u"conninfo"_s).toString()};
        }
        settings.endArray();
        const int poolers = settings.beginReadArray(u"poolers"_s);
        for (int n = 0; n < poolers; ++n) {
            settings.setArrayIndex(n);
            profile.poolers << ProfilePooler{settings.value(u"name"_s).toString(), settings.value(u"conninfo"_s).toString(),
                                             settings.value(u"passwordInKeychain"_s, false).toBool()};
        }
        settings.endArray();
        if (!profile.name.isEmpty())
            result << profile;
    }
    settings.endArray();
    return result;
}

std::optional<Profile> ProfileStore::find(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(u'\n');
        return false;
    }
    QList<Profile> all = profiles();
    const auto it = std::find_if(all.begin(), all.end(), [&](const Profile &p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all << profile;
    return writeAll(all, error);
}

bool ProfileStore::rename(const QString &from, const QString &to, QString *error)
{
    QList<Profile> all = profiles();
    if (std::any_of(all.cbegin(), all.cend(), [&](const Profile &p) { return p.name == to; })) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore", "A profile named \"%1\" already exists.").arg(to);
        return false;
    }
    for (Profile &profile : all) {
        if (profile.name == from)
            profile.name = to;
    }
    return writeAll(all, error);
}

bool ProfileStore::remove(const QString &name)
{
    QList<Profile> all = profiles();
    const auto removed = all.removeIf([&](const Profile &p) { return p.name == name; });
    return removed > 0 && writeAll(all, nullptr);
}

bool ProfileStore::writeAll(const QList<Profile> &profiles, QString *error) const
{
    AppPaths::makePrivateDir(QFileInfo(m_filePath).absolutePath());
    AppPaths::makePrivateFile(m_filePath);
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(u"profiles"_s);
    settings.beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const Profile &profile = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, profile.name);
        settings.setValue(u"sslmode"_s, profile.sslmode);
        settings.setValue(u"readOnly"_s, profile.readOnly);
        settings.setValue(u"passwordInKeychain"_s, profile.passwordInKeychain);
        settings.setValue(u"pollIntervalMs"_s, profile.pollIntervalMs);
        settings.setValue(u"labDir"_s, profile.labDir);
        settings.setValue(u"patroniUrl"_s, profile.patroniUrl);
        settings.setValue(u"patroniUser"_s, profile.patroniUser);
        settings.setValue(u"patroniPasswordFile"_s, profile.patroniPasswordFile);
        settings.setValue(u"patroniCaFile"_s, profile.patroniCaFile);
        if (profile.beside.isEmpty())
            settings.remove(u"beside"_s);
        else
            settings.setValue(u"beside"_s, profile.beside);
        settings.beginWriteArray(u"nodes"_s, int(profile.nodes.size()));
        for (int n = 0; n < profile.nodes.size(); ++n) {
            settings.setArrayIndex(n);
            settings.setValue(u"name"_s, profile.nodes[n].name);
            settings.setValue(u"conninfo"_s, profile.nodes[n].conninfo);
        }
        settings.endArray();
        settings.beginWriteArray(u"poolers"_s, int(profile.poolers.size()));
        for (int n = 0; n < profile.poolers.size(); ++n) {
            settings.setArrayIndex(n);
            settings.setValue(u"name"_s, profile.poolers[n].name);
            settings.setValue(u"conninfo"_s, profile.poolers[n].conninfo);
            settings.setValue(u"passwordInKeychain"_s, profile.poolers[n].passwordInKeychain);
        }
        settings.endArray();
    }
    settings.endArray();
    settings.sync();
    AppPaths::makePrivateFile(m_filePath); // QSettings writes a new file and renames it over the old one
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = QCoreApplication::translate("ProfileStore", "Could not write %1: check that the folder is writable.").arg(m_filePath);
        return false;
    }
    return true;
}

} // namespace pgv
