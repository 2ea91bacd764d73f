// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"

#include <QWidget>

class QTreeView;

namespace pgv {

class ProfileListModel;

/// The cluster list: every profile with its nodes, the open one showing live states. Activating a profile (or one
/// of its nodes) asks for it to be opened; the list's own actions (open, edit, lab commands) come from the window.
class ClusterListPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterListPane(QWidget *parent = nullptr);

    ProfileListModel *model() const { return m_model; }
    /// Shows \a profiles with \a active open, keeping the selection (or selecting the active one).
    void setProfiles(const QList<Profile> &profiles, const QString &active);
    /// Marks \a name as the open profile and selects it.
    void setActiveProfile(const QString &name);
    QString selectedProfile() const;
    /// The lab folder of the selected profile (empty when it is no lab), and whether it is read-only.
    QString selectedLabDir() const;
    bool selectedReadOnly() const;
    /// \a actions in the list's context menu (and their keys while the list has focus).
    void addContextActions(const QList<QAction *> &actions);

Q_SIGNALS:
    void openRequested(const QString &profile);
    /// A node row was activated: show that node.
    void nodeRequested(const QString &profile, const QString &node);
    void selectionChanged();

private:
    ProfileListModel *m_model;
    QTreeView *m_view;
};

} // namespace pgv
