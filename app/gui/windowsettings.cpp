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
} // namespace

WindowSettings::WindowSettings(QObject *parent)
    : QObject(parent)
    , m_work(new BackgroundWork(this, BackgroundWork::EveryResult, &m_pool))
{
    m_pool.setMaxThreadCount(1);
}

WindowSettings::~WindowSettings()
{
    m_work->waitForFinished();
}

void WindowSettings::restoreLayout(QMainWindow *window) const
{
    const QSettings settings = uiSettings();
    window->restoreGeometry(settings.value(u"ui/geometry"_s).toByteArray());
    window->restoreState(settings.value(u"ui/state"_s).toByteArray());
}

QString WindowSettings::lastProfile() const
{
    return uiSettings().value(u"ui/lastProfile"_s).toString();
}

void WindowSettings::setLastProfile(const QString &name)
{
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
