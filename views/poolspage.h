// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpage.h"

class QAction;
class QLabel;
class QTableView;

namespace pgv {

class PoolListModel;
class PoolerListModel;

/// The cluster's connection poolers (PgBouncer), from the monitor's polls: each pooler with its state, where it
/// routes and its clients; below, every pool with its clients, server connections, longest wait and traffic since
/// the last poll. Pause, Resume, Reconnect and Reload go out as requests for the selected pooler or for all of them
/// (audited actions, refused for read-only profiles); the waiting clients are charted on the Lag page's time axis.
class PoolsPage final : public ClusterPage
{
    Q_OBJECT
public:
    explicit PoolsPage(QWidget *parent = nullptr);

    QString pageTitle() const override;
    void setClusterContext(const ClusterContext &context) override;
    void setSnapshot(const SnapshotPtr &snapshot) override;

    PoolerListModel *poolerModel() const { return m_poolers; }
    PoolListModel *poolModel() const { return m_pools; }
    QTableView *poolerView() const { return m_poolerView; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *resumeAllAction() const { return m_resumeAll; }
    QAction *reconnectAction() const { return m_reconnect; }
    QAction *reloadAction() const { return m_reload; }
    QAction *chartAction() const { return m_chart; }
    QAction *copyAction() const { return m_copy; }
    /// The one-paragraph account above the lists (tests, screenshots).
    QString summaryText() const;
    /// Selects the pooler \a name, as a click would; false when it is not listed.
    bool selectPooler(const QString &name);

Q_SIGNALS:
    /// \a command is "pause", "resume", "reconnect" or "reload" (pgversectl pooler's words); \a pooler empty: all.
    void commandRequested(const QString &command, const QString &pooler);
    /// Show the waiting clients on the Lag page.
    void chartRequested();

private:
    void createActions();
    QString selectedPooler() const;
    void updateActions();
    void updateSummary(const TopologySnapshot &snapshot);
    void copyShown();

    PoolerListModel *m_poolers;
    PoolListModel *m_pools;
    QTableView *m_poolerView = nullptr;
    QTableView *m_poolView = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_resumeAll = nullptr;
    QAction *m_reconnect = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_chart = nullptr;
    QAction *m_copy = nullptr;
    bool m_readOnly = false;
};

} // namespace pgv
