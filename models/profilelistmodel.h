// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profile.h"
#include "topology/topology.h"

#include <QAbstractItemModel>

namespace pgv {

/// Profiles and their nodes for the cluster list. The active profile's nodes carry their live state.
class ProfileListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles { ProfileNameRole = Qt::UserRole + 1, NodeNameRole, IsProfileRole, ActiveRole, ReadOnlyRole, LabDirRole };

    explicit ProfileListModel(QObject *parent = nullptr);

    void setProfiles(const QList<Profile> &profiles);
    const QList<Profile> &profiles() const { return m_profiles; }
    void setActiveProfile(const QString &name);
    const QString &activeProfile() const { return m_active; }
    /// Live node states of the active profile.
    void setSnapshot(const SnapshotPtr &snapshot);
    QModelIndex indexOfProfile(const QString &name) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    // internalId 0 marks a profile row; n > 0 marks a node of profile n-1.
    static constexpr quintptr kProfileItem = 0;
    QVariant profileData(const Profile &profile, int role) const;
    QVariant nodeData(const Profile &profile, const ProfileNode &node, int role) const;
    void emitAllChanged();

    QList<Profile> m_profiles;
    QString m_active;
    SnapshotPtr m_snapshot = emptySnapshot();
};

} // namespace pgv
