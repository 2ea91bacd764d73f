// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterpage.h"

namespace pgv {

ClusterPage::ClusterPage(QWidget *parent)
    : QWidget(parent)
{
}

void ClusterPage::setClusterContext(const ClusterContext &context)
{
    m_context = context;
}

void ClusterPage::setSnapshot(const SnapshotPtr &)
{
}

void ClusterPage::pageShown()
{
}

QList<QKeySequence> ClusterPage::claimedShortcuts() const
{
    return {};
}

} // namespace pgv
