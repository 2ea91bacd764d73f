// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <optional>

namespace pgv {

class BackgroundWork;
class ProfileStore;

/// The profiles as a window sees them: a copy in memory, read from ProfileStore's file on a worker and written back
/// there one change at a time, in the order asked, so the GUI thread never opens the file. Each change reads the file
/// again afterwards, so what pgversectl added meanwhile shows up too.
class ProfileCatalog : public QObject
{
    Q_OBJECT
public:
    /// A change's end: empty, or why the file was left as it was.
    using Done = std::function<void(const QString &error)>;

    /// `filePath` empty: ProfileStore's default file.
    explicit ProfileCatalog(const QString &filePath = {}, QObject *parent = nullptr);
    /// Waits for the changes still being written: a profile saved just before the window closed is kept.
    ~ProfileCatalog() override;

    /// Empty until the first read has ended; see isLoaded().
    const QList<Profile> &profiles() const { return m_profiles; }
    std::optional<Profile> find(const QString &name) const;
    bool isLoaded() const { return m_loaded; }

    /// Reads the file again.
    void reload();
    /// Adds the profile, or replaces the one named `replacing` (by default the one of the same name).
    void save(const Profile &profile, Done done = {}, const QString &replacing = {});
    void remove(const QString &name, Done done = {});
    /// The profile of the lab in `dir`, read from its manifest and saved unless the file has it for that folder.
    void adoptLab(const QString &dir, std::function<void(const std::optional<Profile> &profile, const QString &error)> done);

Q_SIGNALS:
    /// profiles() changed, or was read for the first time.
    void changed();

private:
    struct Outcome;
    /// Runs \a work on the writer thread against the file, then reads the file back; delivers both here.
    void change(std::function<Outcome(ProfileStore &)> work, Done done);
    void apply(const Outcome &outcome);

    QString m_filePath;
    QList<Profile> m_profiles;
    bool m_loaded = false;
    QThreadPool m_writer; ///< one thread: changes are written in the order they were asked for
    BackgroundWork *m_work;
};

} // namespace pgv
