// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpage.h"
#include "sessions/sessionlocks.h"
#include "sessions/sessionsignal.h"
#include "sessions/vacuumhealth.h"

#include <functional>

class QAbstractItemView;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace pgv {

class BlockingTreeModel;
class HorizonModel;
class SessionFilterModel;
class SessionListModel;
class SessionLockModel;
class VacuumTableModel;

/// The on-call triage page: who blocks whom (the blocking tree), every session with a search and filters, the
/// selected session's whole query and locks, and beside them what holds the xmin horizon back and the tables
/// VACUUM should look at. It refreshes every few seconds while shown and not at all while hidden; it asks for
/// reads and for cancel or terminate through its signals, and whoever owns the cluster's connections answers.
class SessionsPage final : public ClusterPage
{
    Q_OBJECT
public:
    explicit SessionsPage(QWidget *parent = nullptr);
    ~SessionsPage() override;

    QString pageTitle() const override;
    void setClusterContext(const ClusterContext &context) override;
    void pageShown() override;
    /// F5 refreshes the sessions here, not the topology.
    QList<QKeySequence> claimedShortcuts() const override;

    void showSessions(const QList<NodeSessions> &nodes);
    void showVacuum(const QList<NodeVacuum> &nodes);
    void showLocks(const SessionLocks &locks);
    void setLoading(bool loading);
    /// How often the page asks for a refresh while shown; 0: only when asked (Refresh, F5).
    int refreshIntervalMs() const;
    void setRefreshIntervalMs(int milliseconds);
    /// Whether the page is where its refreshes are wanted: shown, in a shown window.
    bool isActive() const { return m_active; }

    BlockingTreeModel *treeModel() const { return m_treeModel; }
    SessionListModel *listModel() const { return m_listModel; }
    SessionFilterModel *filterModel() const { return m_filter; }
    SessionLockModel *lockModel() const { return m_lockModel; }
    HorizonModel *horizonModel() const { return m_horizonModel; }
    VacuumTableModel *vacuumModel() const { return m_vacuumModel; }
    QTreeView *treeView() const { return m_tree; }
    QTableView *listView() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stateFilter() const { return m_state; }
    QCheckBox *quietToggle() const { return m_showQuiet; }
    QPlainTextEdit *queryView() const { return m_query; }
    QLabel *statusLabel() const { return m_status; }
    QTabWidget *detailTabs() const { return m_details; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *terminateAction() const { return m_terminate; }
    QAction *terminateRootAction() const { return m_terminateRoot; }
    QAction *terminateLikeAction() const { return m_terminateLike; }
    QAction *explainAction() const { return m_explain; }
    QAction *refreshAction() const { return m_refresh; }
    /// Selects \a pid on \a node in the list (or the tree when the list hides it), as a click would.
    bool selectSession(const QString &node, int pid);
    /// The session the details show: its node and pid (pid 0: none).
    std::pair<QString, int> currentSession() const { return m_current; }

Q_SIGNALS:
    /// A read of the sessions is shown (tests, screenshots).
    void sessionsShown();
    /// A read of vacuum health is shown.
    void vacuumShown();
    void refreshRequested();
    /// The page was shown (true) or hidden (false): refreshes are wanted only while it is shown.
    void activeChanged(bool active);
    void locksRequested(const QString &node, int pid);
    void signalRequested(pgv::SessionSignal::Kind kind, const QString &node, const pgv::SessionSelection &selection);
    /// Put \a sql into the Plans page's runner, to run on \a node in \a database.
    void explainRequested(const QString &sql, const QString &node, const QString &database);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createTreePane();
    QWidget *createListPane();
    QWidget *createDetailPane();
    void createActions();
    /// The session's actions, at \a at in \a view (the tree or the list).
    void showSessionMenu(QAbstractItemView *view, const QPoint &at);
    /// Runs \a change (a refresh, a filter) without taking the views' moves of "current" for the user's choice.
    void reshape(const std::function<void()> &change);
    void setCurrent(const QString &node, int pid);
    void showCurrent();
    void updateActions();
    void requestSignal(SessionSignal::Kind kind, bool rootBlocker);
    void copyShown();
    const SessionInfo *currentInfo() const;

    BlockingTreeModel *m_treeModel;
    SessionListModel *m_listModel;
    SessionFilterModel *m_filter;
    SessionLockModel *m_lockModel;
    HorizonModel *m_horizonModel;
    VacuumTableModel *m_vacuumModel;
    QTreeView *m_tree = nullptr;
    QTableView *m_list = nullptr;
    QTableView *m_locks = nullptr;
    QTableView *m_horizon = nullptr;
    QTableView *m_vacuum = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_node = nullptr;
    QCheckBox *m_showQuiet = nullptr;
    QSpinBox *m_interval = nullptr;
    QPlainTextEdit *m_query = nullptr;
    QLabel *m_sessionHeader = nullptr;
    QLabel *m_locksNote = nullptr; ///< why the locks could not be read, or that more are held than listed
    QLabel *m_treeTitle = nullptr;
    QLabel *m_horizonSummary = nullptr;
    QLabel *m_vacuumSummary = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_details = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_terminate = nullptr;
    QAction *m_terminateRoot = nullptr;
    QAction *m_terminateLike = nullptr;
    QAction *m_explain = nullptr;
    QAction *m_copy = nullptr;
    QTimer *m_refreshTimer;
    QTimer *m_tickTimer;
    QList<NodeSessions> m_nodes;
    std::pair<QString, int> m_current{QString(), 0};
    bool m_active = false;
    bool m_loading = false;
    bool m_reshaping = false;
};

} // namespace pgv
