// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecatalog.h"

#include "core/backgroundwork.h"
#include "lab/labmanifest.h"
#include "profilestore.h"

#include <QCoreApplication>

namespace pgv {

struct ProfileCatalog::Outcome
{
    QList<Profile> profiles;
    QString error;
    std::optional<Profile> profile; ///< what adoptLab found
};

ProfileCatalog::ProfileCatalog(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_filePath(filePath.isEmpty() ? ProfileStore().filePath() : filePath)
    , m_work(new BackgroundWork(this, BackgroundWork::EveryResult, &m_writer))
{
    m_writer.setMaxThreadCount(1);
}

ProfileCatalog::~ProfileCatalog()
{
    m_writer.waitForDone();
}

std::optional<Profile> ProfileCatalog::find(const QString &name) const
{
    for (const Profile &profile : m_profiles) {
        if (profile.name == name)
            return profile;
    }
    return std::nullopt;
}

void ProfileCatalog::apply(const Outcome &outcome)
{
    m_profiles = outcome.profiles;
    m_loaded = true;
    Q_EMIT changed();
}

void ProfileCatalog::change(std::function<Outcome(ProfileStore &)> work, Done done)
{
    m_work->run(
        [path = m_filePath, work = std::move(work)] {
            ProfileStore store(path);
            Outcome outcome = work(store);
            outcome.profiles = store.profiles();
            return outcome;
        },
        [this, done = std::move(done)](const Outcome &outcome) {
            apply(outcome);
            if (done)
                done(outcome.error);
        });
}

void ProfileCatalog::reload()
{
    change([](ProfileStore &) { return Outcome{}; }, {});
}

void ProfileCatalog::save(const Profile &profile, Done done, const QString &replacing)
{
    change(
        [profile, replacing](ProfileStore &store) {
            Outcome outcome;
            // Checked before the rename, so that a profile the store refuses leaves its old name in place too.
            if (const QStringList problems = profile.validate(); !problems.isEmpty())
                outcome.error = problems.join(u'\n');
            else if (!replacing.isEmpty() && replacing != profile.name)
                store.rename(replacing, profile.name, &outcome.error);
            if (outcome.error.isEmpty())
                store.save(profile, &outcome.error);
            return outcome;
        },
        std::move(done));
}

void ProfileCatalog::remove(const QString &name, Done done)
{
    change(
        [name](ProfileStore &store) {
            Outcome outcome;
            if (!store.remove(name))
                outcome.error = QCoreApplication::translate("pgv::ProfileCatalog", "No profile is named \"%1\".").arg(name);
            return outcome;
        },
        std::move(done));
}

void ProfileCatalog::adoptLab(const QString &dir, std::function<void(const std::optional<Profile> &, const QString &)> done)
{
    m_work->run(
        [path = m_filePath, dir] {
            ProfileStore store(path);
            Outcome outcome;
            const auto manifest = LabManifest::load(dir, &outcome.error);
            if (manifest) {
                const auto existing = store.find(manifest->name);
                if (existing && existing->labDir == manifest->dir)
                    outcome.profile = existing;
                else if (store.save(manifest->toProfile(), &outcome.error))
                    outcome.profile = store.find(manifest->name);
                // Its subscriber is a cluster of its own, drawn beside it: the lab's profile names it, so it must exist.
                if (const std::optional<Profile> subscriber = manifest->subscriberProfile(); outcome.profile && subscriber && !store.find(subscriber->name))
                    store.save(*subscriber, &outcome.error);
            }
            outcome.profiles = store.profiles();
            return outcome;
        },
        [this, done = std::move(done)](const Outcome &outcome) {
            apply(outcome);
            done(outcome.profile, outcome.error);
        });
}

} // namespace pgv
