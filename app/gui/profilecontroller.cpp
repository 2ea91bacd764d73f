// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilecontroller.h"

#include "monitor/workspace.h"
#include "profiledialog.h"
#include "profiles/profilecatalog.h"
#include "profiles/secretstore.h"

#include <QAction>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace pgv {

ProfileController::ProfileController(ProfileCatalog *catalog, Workspace *workspace, QWidget *window)
    : QObject(window)
    , m_catalog(catalog)
    , m_workspace(workspace)
    , m_window(window)
    , m_secrets(new SecretStore(this))
    , m_newAction(new QAction(QIcon::fromTheme(u"list-add"_s), tr("&New profile…"), this))
    , m_editAction(new QAction(tr("&Edit profile…"), this))
    , m_removeAction(new QAction(tr("&Remove profile"), this))
{
    m_newAction->setShortcut(QKeySequence::New);
    m_editAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &ProfileController::newProfile);
    connect(m_editAction, &QAction::triggered, this, &ProfileController::editProfile);
    connect(m_removeAction, &QAction::triggered, this, &ProfileController::removeProfile);
    connect(m_secrets, &SecretStore::passwordWritten, this, [this](const QString &profile, const QString &error) {
        if (!error.isEmpty())
            Q_EMIT message(tr("Profile %1: %2").arg(profile, error), 20000);
    });
    setSelectedProfile({});
}

void ProfileController::setSelectedProfile(const QString &name)
{
    m_selected = name;
    m_editAction->setEnabled(!name.isEmpty());
    m_removeAction->setEnabled(!name.isEmpty());
}

void ProfileController::newProfile()
{
    ProfileDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Profile profile = dialog.profile();
    if (m_catalog->find(profile.name)) {
        QMessageBox::warning(m_window, tr("Profile exists"), tr("A profile named \"%1\" exists already; edit it instead.").arg(profile.name));
        return;
    }
    profile.passwordInKeychain = !dialog.password().isEmpty();
    // The password goes to the keychain only once the profile is saved: a refused name must not overwrite the
    // secret of the profile that has it.
    m_catalog->save(profile, [this, name = profile.name, password = dialog.password()](const QString &error) {
        if (!error.isEmpty()) {
            QMessageBox::warning(m_window, tr("Profile not saved"), error);
            return;
        }
        storePassword(name, password);
        Q_EMIT openRequested(name);
    });
}

void ProfileController::editProfile()
{
    const auto original = m_catalog->find(m_selected);
    if (!original)
        return;
    ProfileDialog dialog(m_window);
    dialog.setProfile(*original);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Profile profile = dialog.profile();
    if (!dialog.password().isEmpty())
        profile.passwordInKeychain = true;
    const bool wasOpen = m_workspace->current()->profile().name == original->name;
    // As for a new profile: a rename onto a name that is taken must not overwrite that profile's secret.
    m_catalog->save(profile, [this, name = profile.name, password = dialog.password(), wasOpen](const QString &error) {
        if (!error.isEmpty()) {
            QMessageBox::warning(m_window, tr("Profile not saved"), error);
            return;
        }
        storePassword(name, password);
        if (wasOpen)
            Q_EMIT openRequested(name);
    }, original->name);
}

void ProfileController::storePassword(const QString &profile, const QString &password)
{
    if (password.isEmpty())
        return;
    m_workspace->setSessionPassword(profile, password);
    m_secrets->writePassword(profile, password);
}

void ProfileController::removeProfile()
{
    const QString name = m_selected;
    if (name.isEmpty())
        return;
    if (QMessageBox::question(m_window, tr("Remove profile"), tr("Forget the profile \"%1\"? The cluster itself is not touched.").arg(name))
        != QMessageBox::Yes)
        return;
    if (m_workspace->current()->profile().name == name)
        m_workspace->current()->close();
    m_workspace->unwatch(name);
    m_catalog->remove(name);
    m_secrets->deletePassword(name);
}

} // namespace pgv
