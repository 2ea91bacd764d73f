// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterlistpane.h"

#include "profilelistmodel.h"

#include <QTreeView>
#include <QVBoxLayout>

namespace pgv {

ClusterListPane::ClusterListPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProfileListModel(this))
    , m_view(new QTreeView)
{
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setFocusProxy(m_view);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString profile = index.data(ProfileListModel::ProfileNameRole).toString();
        const bool isProfile = index.data(ProfileListModel::IsProfileRole).toBool();
        if (isProfile || index.parent().isValid())
            Q_EMIT openRequested(profile);
        if (!isProfile)
            Q_EMIT nodeRequested(profile, index.data(ProfileListModel::NodeNameRole).toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClusterListPane::selectionChanged);
}

void ClusterListPane::addContextActions(const QList<QAction *> &actions)
{
    m_view->addActions(actions);
}

void ClusterListPane::setProfiles(const QList<Profile> &profiles, const QString &active)
{
    const QString selected = selectedProfile();
    m_model->setProfiles(profiles);
    m_model->setActiveProfile(active);
    m_view->expandAll();
    const QModelIndex restored = m_model->indexOfProfile(selected.isEmpty() ? active : selected);
    if (restored.isValid())
        m_view->setCurrentIndex(restored);
}

void ClusterListPane::setActiveProfile(const QString &name)
{
    m_model->setActiveProfile(name);
    m_view->setCurrentIndex(m_model->indexOfProfile(name));
}

QString ClusterListPane::selectedProfile() const
{
    return m_view->currentIndex().data(ProfileListModel::ProfileNameRole).toString();
}

QString ClusterListPane::selectedLabDir() const
{
    return m_view->currentIndex().data(ProfileListModel::LabDirRole).toString();
}

bool ClusterListPane::selectedReadOnly() const
{
    return m_view->currentIndex().data(ProfileListModel::ReadOnlyRole).toBool();
}

} // namespace pgv
