// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilelistmodel.h"
#include "statecolors.h"

#include "problemlistmodel.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace pgv {

ProfileListModel::ProfileListModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ProfileListModel::setProfiles(const QList<Profile> &profiles)
{
    beginResetModel();
    m_profiles = profiles;
    endResetModel();
}

void ProfileListModel::setActiveProfile(const QString &name)
{
    if (name == m_active)
        return;
    m_active = name;
    m_snapshot = emptySnapshot();
    emitAllChanged();
}

void ProfileListModel::setSnapshot(const SnapshotPtr &snapshot)
{
    m_snapshot = snapshot ? snapshot : emptySnapshot();
    const QModelIndex profile = indexOfProfile(m_active);
    if (profile.isValid() && rowCount(profile) > 0)
        Q_EMIT dataChanged(index(0, 0, profile), index(rowCount(profile) - 1, 0, profile));
}

void ProfileListModel::emitAllChanged()
{
    if (m_profiles.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_profiles.size()) - 1, 0));
    for (int row = 0; row < m_profiles.size(); ++row) {
        const QModelIndex profile = index(row, 0);
        if (rowCount(profile) > 0)
            Q_EMIT dataChanged(index(0, 0, profile), index(rowCount(profile) - 1, 0, profile));
    }
}

QModelIndex ProfileListModel::indexOfProfile(const QString &name) const
{
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles[row].name == name)
            return index(row, 0);
    }
    return {};
}

QModelIndex ProfileListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column != 0)
        return {};
    if (!parent.isValid())
        return row < m_profiles.size() ? createIndex(row, 0, kProfileItem) : QModelIndex();
    if (parent.internalId() != kProfileItem || row >= m_profiles[parent.row()].nodes.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row()) + 1);
}

QModelIndex ProfileListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kProfileItem)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kProfileItem);
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_profiles.size());
    if (parent.internalId() != kProfileItem || parent.column() != 0)
        return 0;
    return int(m_profiles[parent.row()].nodes.size());
}

int ProfileListModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kProfileItem)
        return profileData(m_profiles[index.row()], role);
    const Profile &profile = m_profiles[int(index.internalId() - 1)];
    return nodeData(profile, profile.nodes[index.row()], role);
}

QVariant ProfileListModel::profileData(const Profile &profile, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return profile.readOnly ? tr("%1 (read-only)").arg(profile.name) : profile.name;
    case Qt::FontRole: {
        QFont font;
        font.setBold(profile.name == m_active);
        return font;
    }
    case Qt::ToolTipRole:
        return profile.labDir.isEmpty() ? tr("nodes: %1").arg(profile.nodes.size())
                                        : tr("Lab in %1, nodes: %2").arg(profile.labDir).arg(profile.nodes.size());
    case ProfileNameRole:
        return profile.name;
    case IsProfileRole:
        return true;
    case ActiveRole:
        return profile.name == m_active;
    case ReadOnlyRole:
        return profile.readOnly;
    case LabDirRole:
        return profile.labDir;
    }
    return {};
}

QVariant ProfileListModel::nodeData(const Profile &profile, const ProfileNode &node, int role) const
{
    const bool active = profile.name == m_active;
    const TopologyNode *live = active ? m_snapshot->node(node.name) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return live && live->isUp() ? u"%1 · %2"_s.arg(node.name, roleName(live->role)) : node.name;
    case Qt::ToolTipRole:
        return ConnInfo::parse(node.conninfo).value_or(ConnInfo()).toDisplayString();
    case Qt::DecorationRole: {
        if (!live)
            return statecolors::swatch(Qt::gray);
        std::optional<ProblemSeverity> worst;
        for (const Problem &problem : m_snapshot->problems) {
            if (problem.node == node.name && (!worst || problem.severity > *worst))
                worst = problem.severity;
        }
        if (worst)
            return statecolors::swatch(severityColor(*worst));
        return statecolors::swatch(live->isUp() ? statecolors::good() : QColor(Qt::gray));
    }
    case ProfileNameRole:
        return profile.name;
    case NodeNameRole:
        return node.name;
    case IsProfileRole:
        return false;
    case ActiveRole:
        return active;
    case ReadOnlyRole:
        return profile.readOnly;
    case LabDirRole:
        return profile.labDir;
    }
    return {};
}

} // namespace pgv
