// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <sys/types.h>

namespace pgv {

/// The operating-system user that lab servers run as. PostgreSQL refuses to run as root, so when we are root
/// the servers run as an unprivileged user (postgres by default) through runuser; otherwise as ourselves.
class ServerUser
{
public:
    /// \a requested may be empty: then PGVERSE_SERVER_USER, then "postgres" when we are root.
    static std::optional<ServerUser> resolve(const QString &requested, QString *error);

    const QString &name() const { return m_name; }
    bool switchesUser() const { return m_switches; }

    /// The program and arguments that run \a program as this user.
    std::pair<QString, QStringList> wrap(const QString &program, const QStringList &arguments) const;
    /// Like wrap(), but the wrapper replaces itself with \a program (setpriv), so a detached start's PID is the
    /// program's own: for daemons such as patroni and etcd that are stopped later by signal.
    std::pair<QString, QStringList> wrapExec(const QString &program, const QStringList &arguments) const;
    /// Makes \a path (and everything below it when \a recursive) belong to this user; a no-op when not switching.
    bool adopt(const QString &path, bool recursive, QString *error) const;
    /// Whether this user can reach \a path; on failure names the first folder that blocks it.
    bool canReach(const QString &path, QString *blockingFolder) const;

private:
    QString m_name;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    bool m_switches = false;
};

} // namespace pgv
