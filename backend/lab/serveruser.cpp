// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveruser.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

bool inGroup(const char *user, gid_t primary, gid_t group)
{
    if (primary == group)
        return true;
    int count = 64;
    std::vector<gid_t> groups(count);
    if (getgrouplist(user, primary, groups.data(), &count) < 0) {
        groups.resize(count);
        getgrouplist(user, primary, groups.data(), &count);
    }
    groups.resize(std::max(count, 0));
    return std::find(groups.cbegin(), groups.cend(), group) != groups.cend();
}
} // namespace

std::optional<ServerUser> ServerUser::resolve(const QString &requested, QString *error)
{
    const bool root = ::geteuid() == 0;
    QString name = requested.isEmpty() ? qEnvironmentVariable("PGVERSE_SERVER_USER") : requested;
    if (name.isEmpty() && root)
        name = u"postgres"_s;

    ServerUser user;
    if (name.isEmpty()) {
        const passwd *self = ::getpwuid(::geteuid());
        user.m_name = self ? QString::fromLocal8Bit(self->pw_name) : QString::number(::geteuid());
        user.m_uid = ::geteuid();
        user.m_gid = ::getegid();
        return user;
    }
    const passwd *entry = ::getpwnam(name.toLocal8Bit().constData());
    if (!entry) {
        if (error) {
            *error = QCoreApplication::translate("ServerUser", "The servers must run as an unprivileged user, and user \"%1\" does not exist. "
                        "Install PostgreSQL (apt-get install postgresql creates \"postgres\"), create a user "
                        "(useradd --system %1), or name another one with --server-user.")
                         .arg(name);
        }
        return std::nullopt;
    }
    if (entry->pw_uid == 0) {
        if (error)
            *error = QCoreApplication::translate("ServerUser", "PostgreSQL refuses to run as root; choose an unprivileged --server-user.");
        return std::nullopt;
    }
    if (!root && entry->pw_uid != ::geteuid()) {
        if (error)
            *error = QCoreApplication::translate("ServerUser", "Only root can run the servers as another user (\"%1\"); run without --server-user.").arg(name);
        return std::nullopt;
    }
    user.m_name = name;
    user.m_uid = entry->pw_uid;
    user.m_gid = entry->pw_gid;
    user.m_switches = root;
    return user;
}

std::pair<QString, QStringList> ServerUser::wrap(const QString &program, const QStringList &arguments) const
{
    if (!m_switches)
        return {program, arguments};
    return {u"runuser"_s, QStringList{u"-u"_s, m_name, u"--"_s, program} + arguments};
}

std::pair<QString, QStringList> ServerUser::wrapExec(const QString &program, const QStringList &arguments) const
{
    if (!m_switches)
        return {program, arguments};
    return {u"setpriv"_s, QStringList{u"--reuid=%1"_s.arg(m_uid), u"--regid=%1"_s.arg(m_gid), u"--init-groups"_s, u"--"_s, program} + arguments};
}

bool ServerUser::adopt(const QString &path, bool recursive, QString *error) const
{
    if (!m_switches)
        return true;
    auto change = [&](const QString &file) {
        if (::lchown(QFile::encodeName(file).constData(), m_uid, m_gid) != 0) {
            if (error)
                *error = QCoreApplication::translate("ServerUser", "Could not hand %1 to user %2: %3").arg(file, m_name, QString::fromLocal8Bit(strerror(errno)));
            return false;
        }
        return true;
    };
    if (!change(path))
        return false;
    if (recursive && QFileInfo(path).isDir()) {
        QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (!change(it.next()))
                return false;
        }
    }
    return true;
}

bool ServerUser::canReach(const QString &path, QString *blockingFolder) const
{
    if (!m_switches)
        return true;
    const QByteArray userName = m_name.toLocal8Bit();
    QString folder = QFileInfo(path).absoluteFilePath();
    QStringList chain;
    while (!folder.isEmpty()) {
        chain.prepend(folder);
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            break;
        folder = parent;
    }
    for (const QString &step : std::as_const(chain)) {
        struct stat info {};
        if (::stat(QFile::encodeName(step).constData(), &info) != 0)
            break; // not created yet: we create it ourselves and hand it over
        mode_t needed = S_IXOTH;
        if (info.st_uid == m_uid)
            needed = S_IXUSR;
        else if (inGroup(userName.constData(), m_gid, info.st_gid))
            needed = S_IXGRP;
        if (!(info.st_mode & needed)) {
            if (blockingFolder)
                *blockingFolder = step;
            return false;
        }
    }
    return true;
}

} // namespace pgv
