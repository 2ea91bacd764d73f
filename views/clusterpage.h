// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/clustercontext.h"
#include "topology/topology.h"

#include <QKeySequence>
#include <QWidget>

namespace pgv {

/// The one shape of a page in the window. A page is told the cluster's context when the cluster changes (never a
/// password per poll) and each new snapshot; it says what the user wants through signals of its own, which a
/// controller or a backend worker carries out. The window registers pages in one line each and reaches into none
/// of their widgets.
class ClusterPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterPage(QWidget *parent = nullptr);

    /// The tab's title, with its mnemonic.
    virtual QString pageTitle() const = 0;
    /// The cluster was opened or closed (an empty context). Pages that override it call this one first.
    virtual void setClusterContext(const ClusterContext &context);
    /// The latest snapshot of the cluster, once per poll round; ignored unless a page needs it.
    virtual void setSnapshot(const SnapshotPtr &snapshot);
    /// The page became the one shown: a chance to refresh what may have changed while it was hidden.
    virtual void pageShown();
    /// Keys the page binds itself while shown (Plans: Ctrl+O opens a plan file); the window's actions with the
    /// same keys step aside meanwhile so that neither becomes ambiguous.
    virtual QList<QKeySequence> claimedShortcuts() const;

    const ClusterContext &clusterContext() const { return m_context; }

Q_SIGNALS:
    /// A line for the window's status bar (\a timeoutMs 0: until replaced).
    void statusMessage(const QString &message, int timeoutMs);

private:
    ClusterContext m_context;
};

} // namespace pgv
