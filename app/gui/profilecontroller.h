// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace pgv {

class ProfileCatalog;
class SecretStore;
class Workspace;

/// Adds, edits and removes connection profiles for the window: the dialog, the password into the keychain (and
/// into the workspace's memory, so a session works when no keychain answers), never into a settings file.
class ProfileController : public QObject
{
    Q_OBJECT
public:
    ProfileController(ProfileCatalog *catalog, Workspace *workspace, QWidget *window);

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *removeAction() const { return m_removeAction; }
    /// The profile the edit and remove actions work on (the one selected in the cluster list).
    void setSelectedProfile(const QString &name);

Q_SIGNALS:
    void openRequested(const QString &name);
    void message(const QString &text, int timeoutMs);

private:
    void newProfile();
    void editProfile();
    void removeProfile();
    void storePassword(const QString &profile, const QString &password);

    ProfileCatalog *m_catalog;
    Workspace *m_workspace;
    QWidget *m_window;
    SecretStore *m_secrets;
    QString m_selected;
    QAction *m_newAction;
    QAction *m_editAction;
    QAction *m_removeAction;
};

} // namespace pgv
