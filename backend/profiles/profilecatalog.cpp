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

void ProfileCatalog::reload()
{
    m_work->run([path = m_filePath] { return Outcome{ProfileStore(path).profiles(), {}, {}}; },
                [this](const Outcome &outcome) { apply(outcome); });
}

void ProfileCatalog::save(const Profile &profile, Done done, const QString &replacing)
{
    m_work->run(
        [path = m_filePath, profile, replacing] {
            ProfileStore store(path);
            QString error;
            if (!replacing.isEmpty() && replacing != profile.name)
                store.rename(replacing, profile.name, &error);
            if (error.isEmpty())
                store.save(profile, &error);
            return Outcome{store.profiles(), error, {}};
        },
        [this, done = std::move(done)](const Outcome &outcome) {
            apply(outcome);
            if (done)
                done(outcome.error);
        });
}

void ProfileCatalog::remove(const QString &name, Done done)
{
    m_work->run(
        [path = m_filePath, name] {
            ProfileStore store(path);
            const bool removed = store.remove(name);
            return Outcome{store.profiles(),
                           removed ? QString() : QCoreApplication::translate("pgv::ProfileCatalog", "No profile is named \"%1\".").arg(name), {}};
        },
        [this, done = std::move(done)](const Outcome &outcome) {
            apply(outcome);
            if (done)
                done(outcome.error);
        });
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
            }
            outcome.profiles = store.profiles();
            return outcome;
        },
        [this, done = std::move(done)](const Outcome &outcome) {
            apply(outcome);
            done(outcome.profile, outcome.error);
        });
}

void ProfileCatalog::waitForWrites()
{
    m_work->waitForFinished();
}

} // namespace pgv
