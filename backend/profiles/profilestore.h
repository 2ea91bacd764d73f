// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <optional>

namespace pgv {

/// Profiles in an INI file (AppPaths::configDir()/profiles.ini by default), shared by pgverse and pgversectl.
/// Passwords are never written here.
class ProfileStore
{
public:
    ProfileStore();
    explicit ProfileStore(QString filePath);

    const QString &filePath() const { return m_filePath; }

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString &name) const;
    /// Adds the profile or replaces the one with the same name. Refuses invalid profiles, with the reasons.
    bool save(const Profile &profile, QString *error = nullptr);
    bool rename(const QString &from, const QString &to, QString *error = nullptr);
    bool remove(const QString &name);

private:
    bool writeAll(const QList<Profile> &profiles, QString *error) const;

    QString m_filePath;
};

} // namespace pgv
