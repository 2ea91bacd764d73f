// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clusterpage.h"
#include "logical/logicalestate.h"
#include "logical/subscriptionchange.h"

class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QTimer;

namespace pgv {

class LogicalProblemModel;
class LogicalSlotModel;
class LogicalSubscriptionModel;
class PublicationModel;
class SubscriptionTableModel;

/// Logical replication across the open cluster and the clusters drawn beside it: every subscription with its
/// publisher, state, lag and errors; the selected one's tables; the logical slots; the publications; the problems
/// with their fixes. Enable, Disable and Refresh publication go out as requests (audited actions, refused for
/// read-only profiles). It refreshes every few seconds while shown and not at all while hidden.
class LogicalPage final : public ClusterPage
{
    Q_OBJECT
public:
    explicit LogicalPage(QWidget *parent = nullptr);
    ~LogicalPage() override;

    QString pageTitle() const override;
    void setClusterContext(const ClusterContext &context) override;
    void pageShown() override;
    /// F5 reads the estate again here, not the topology.
    QList<QKeySequence> claimedShortcuts() const override;

    /// The latest reading; \a readOnlyClusters are those whose subscriptions may not be changed from here.
    void showEstate(const LogicalEstate &estate, const QStringList &readOnlyClusters);
    void setLoading(bool loading);
    bool isActive() const { return m_active; }
    /// How often the page asks for a reading while shown.
    static constexpr int RefreshMs = 5000;

    LogicalSubscriptionModel *subscriptionModel() const { return m_subscriptions; }
    SubscriptionTableModel *tableModel() const { return m_tables; }
    LogicalSlotModel *slotModel() const { return m_slots; }
    PublicationModel *publicationModel() const { return m_publications; }
    LogicalProblemModel *problemModel() const { return m_problems; }
    QTableView *subscriptionView() const { return m_subscriptionView; }
    QTabWidget *detailTabs() const { return m_details; }
    QLabel *summaryLabel() const { return m_summary; }
    QAction *refreshAction() const { return m_refresh; }
    QAction *enableAction() const { return m_enable; }
    QAction *disableAction() const { return m_disable; }
    QAction *refreshPublicationAction() const { return m_refreshPublication; }
    QAction *copyAction() const { return m_copy; }
    /// Selects the subscription \a name on \a node of \a cluster, as a click would; false when it is not listed.
    bool selectSubscription(const QString &cluster, const QString &node, const QString &name);
    /// The one-paragraph account above the lists (tests, screenshots).
    QString summaryText() const;

Q_SIGNALS:
    void refreshRequested();
    /// A reading is shown (tests, screenshots).
    void estateShown();
    void activeChanged(bool active);
    void changeRequested(pgv::SubscriptionChange::Kind kind, const QString &cluster, const QString &node, const QString &database,
                         const QString &subscription);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    const LogicalSubscription *current() const;
    void showCurrent();
    void updateActions();
    void request(SubscriptionChange::Kind kind);
    void copyShown();
    void updateSummary(const LogicalEstate &estate);

    LogicalSubscriptionModel *m_subscriptions;
    SubscriptionTableModel *m_tables;
    LogicalSlotModel *m_slots;
    PublicationModel *m_publications;
    LogicalProblemModel *m_problems;
    QTableView *m_subscriptionView = nullptr;
    QTableView *m_tableView = nullptr;
    QLabel *m_tablesNote = nullptr;
    QTabWidget *m_details = nullptr;
    QLabel *m_summary = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_enable = nullptr;
    QAction *m_disable = nullptr;
    QAction *m_refreshPublication = nullptr;
    QAction *m_copy = nullptr;
    QTimer *m_refreshTimer;
    QStringList m_readOnlyClusters;
    /// The selected subscription, by cluster, node and name: rows move when subscriptions come and go.
    QStringList m_currentKey;
    bool m_active = false;
    bool m_loading = false;
};

} // namespace pgv
