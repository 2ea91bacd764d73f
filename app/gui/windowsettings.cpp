// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsettings.h"

#include "core/apppaths.h"
#include "core/backgroundwork.h"

#include <QMainWindow>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {
/// Beside profiles.ini, so PGVERSE_CONFIG_DIR moves both.
QSettings uiSettings()
{
    return QSettings(AppPaths::configDir() + u"/pgverse.ini"_s, QSettings::IniFormat);
}

/// The settings name the last cluster opened: written, then made owner-only (QSettings replaces the file).
void saveUiSetting(const QString &key, const QVariant &value)
{
    QSettings settings = uiSettings();
    settings.setValue(key, value);
    settings.sync();
    AppPaths::makePrivateFile(settings.fileName());
}

struct StoredSettings
{
    QByteArray geometry;
    QByteArray state;
    QString lastProfile;
};
} // namespace

WindowSettings::WindowSettings(QObject *parent)
    : QObject(parent)
    , m_work(new BackgroundWork(this, BackgroundWork::EveryResult, &m_pool))
{
    m_pool.setMaxThreadCount(1);
    m_work->run(
        [] {
            const QSettings settings = uiSettings();
            return StoredSettings{settings.value(u"ui/geometry"_s).toByteArray(), settings.value(u"ui/state"_s).toByteArray(),
                                  settings.value(u"ui/lastProfile"_s).toString()};
        },
        [this](const StoredSettings &stored) {
            m_geometry = stored.geometry;
            m_state = stored.state;
            if (!m_lastProfileChanged) // a cluster opened before the file was read is the newer answer
                m_lastProfile = stored.lastProfile;
            m_loaded = true;
            Q_EMIT loaded();
        });
}

WindowSettings::~WindowSettings()
{
    m_work->waitForFinished();
}

void WindowSettings::restoreLayout(QMainWindow *window) const
{
    window->restoreGeometry(m_geometry);
    window->restoreState(m_state);
}

void WindowSettings::setLastProfile(const QString &name)
{
    m_lastProfile = name;
    m_lastProfileChanged = true;
    m_work->run([name] { saveUiSetting(u"ui/lastProfile"_s, name); });
}

void WindowSettings::saveLayoutAndWait(const QMainWindow *window)
{
    m_work->run([geometry = window->saveGeometry(), state = window->saveState()] {
        saveUiSetting(u"ui/geometry"_s, geometry);
        saveUiSetting(u"ui/state"_s, state);
    });
    m_work->waitForFinished();
}

} // namespace pgv
