// SPDX-License-Identifier: GPL-3.0-or-later
#include "logicalpage.h"

#include "core/units.h"
#include "logicalmodels.h"
#include "modeltext.h"
#include "resulttable.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

enum DetailTab { TablesTab, SlotsTab, PublicationsTab, ProblemsTab };

} // namespace

LogicalPage::LogicalPage(QWidget *parent)
    : ClusterPage(parent)
    , m_subscriptions(new LogicalSubscriptionModel(this))
    , m_tables(new SubscriptionTableModel(this))
    , m_slots(new LogicalSlotModel(this))
    , m_publications(new PublicationModel(this))
    , m_problems(new LogicalProblemModel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"logicalPage"_s);
    createActions();

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_refresh);
    toolBar->addSeparator();
    toolBar->addAction(m_enable);
    toolBar->addAction(m_disable);
    toolBar->addAction(m_refreshPublication);
    toolBar->addSeparator();
    toolBar->addAction(m_copy);

    m_summary = new QLabel;
    m_summary->setObjectName(u"logicalSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_subscriptionView = createListTable(m_subscriptions, LogicalSubscriptionModel::SortRole, u"logicalSubscriptions"_s);
    m_subscriptionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_subscriptionView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_subscriptionView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_subscriptionView->horizontalHeader()->setStretchLastSection(true);
    QWidget *top = createCaptionedPane(tr("Subscriptions"), m_subscriptionView);

    m_details = new QTabWidget;
    m_details->setObjectName(u"logicalDetails"_s);
    auto *tablesPane = new QWidget;
    auto *tablesLayout = new QVBoxLayout(tablesPane);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    m_tablesNote = new QLabel;
    m_tablesNote->setWordWrap(true);
    m_tableView = createListTable(m_tables, -1, u"logicalTables"_s);
    tablesLayout->addWidget(m_tablesNote);
    tablesLayout->addWidget(m_tableView, 1);
    m_details->insertTab(TablesTab, tablesPane, tr("Tables"));
    auto *slotView = createListTable(m_slots, LogicalSlotModel::SortRole, u"logicalSlots"_s);
    slotView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_details->insertTab(SlotsTab, slotView, tr("Slots"));
    m_details->insertTab(PublicationsTab, createListTable(m_publications, -1, u"logicalPublications"_s), tr("Publications"));
    auto *problemView = createResultTable(m_problems);
    problemView->setObjectName(u"logicalProblems"_s);
    m_details->insertTab(ProblemsTab, problemView, tr("Problems"));

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"logicalSplitter"_s);
    split->addWidget(top);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    m_refreshTimer->setInterval(RefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &LogicalPage::refreshRequested);
    connect(m_subscriptionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_subscriptionView->model());
        if (const LogicalSubscription *subscription = m_subscriptions->subscription(proxy->mapToSource(index).row()))
            m_currentKey = {subscription->cluster, subscription->node, subscription->name};
        showCurrent();
    });
    connect(m_subscriptionView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_subscriptionView->indexAt(at).isValid())
            return;
        QMenu menu;
        menu.addActions({m_enable, m_disable, m_refreshPublication});
        menu.addSeparator();
        menu.addAction(m_copy);
        menu.exec(m_subscriptionView->viewport()->mapToGlobal(at));
    });
    m_summary->setText(tr("Open a cluster to see its logical replication."));
    showCurrent();
}

LogicalPage::~LogicalPage() = default;

QString LogicalPage::pageTitle() const
{
    return tr("Lo&gical replication");
}

void LogicalPage::createActions()
{
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_refresh->setStatusTip(tr("Read the subscriptions, their tables, the slots and the publications again (also every %1 s while shown)")
                                .arg(RefreshMs / 1000));
    connect(m_refresh, &QAction::triggered, this, &LogicalPage::refreshRequested);
    addAction(m_refresh);

    m_enable = new QAction(tr("&Enable"), this);
    m_enable->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_disable = new QAction(tr("&Disable"), this);
    m_disable->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
    m_refreshPublication = new QAction(tr("Refresh &publication"), this);
    m_refreshPublication->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    for (QAction *action : {m_enable, m_disable, m_refreshPublication}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_enable, &QAction::triggered, this, [this] { request(SubscriptionChange::Kind::Enable); });
    connect(m_disable, &QAction::triggered, this, [this] { request(SubscriptionChange::Kind::Disable); });
    connect(m_refreshPublication, &QAction::triggered, this, [this] { request(SubscriptionChange::Kind::RefreshPublication); });

    m_copy = new QAction(tr("&Copy"), this);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setStatusTip(tr("Copy the subscriptions and the tab shown below them, as tab-separated text"));
    connect(m_copy, &QAction::triggered, this, &LogicalPage::copyShown);
    addAction(m_copy);
}

QList<QKeySequence> LogicalPage::claimedShortcuts() const
{
    return {m_refresh->shortcut()};
}

void LogicalPage::setClusterContext(const ClusterContext &context)
{
    ClusterPage::setClusterContext(context);
    m_currentKey.clear();
    m_readOnlyClusters.clear();
    showEstate({}, {});
    m_summary->setText(context.profile.name.isEmpty() ? tr("Open a cluster to see its logical replication.")
                                                      : tr("Reading the logical replication of %1…").arg(context.profile.name));
    if (m_active && !context.profile.name.isEmpty())
        Q_EMIT refreshRequested();
}

void LogicalPage::pageShown()
{
    if (!clusterContext().profile.name.isEmpty())
        Q_EMIT refreshRequested();
}

void LogicalPage::showEvent(QShowEvent *event)
{
    ClusterPage::showEvent(event);
    if (m_active)
        return;
    m_active = true;
    m_refreshTimer->start();
    Q_EMIT activeChanged(true);
}

void LogicalPage::hideEvent(QHideEvent *event)
{
    ClusterPage::hideEvent(event);
    if (!m_active)
        return;
    m_active = false;
    m_refreshTimer->stop();
    Q_EMIT activeChanged(false);
}

void LogicalPage::showEstate(const LogicalEstate &estate, const QStringList &readOnlyClusters)
{
    m_readOnlyClusters = readOnlyClusters;
    m_subscriptions->setSubscriptions(estate.subscriptions);
    m_slots->setSlots(estate.replicationSlots);
    m_publications->setPublications(estate.publications);
    m_problems->setEstate(estate.problems, estate.errors);
    const int problems = int(estate.problems.size() + estate.errors.size());
    m_details->setTabText(ProblemsTab, problems > 0 ? tr("Problems (%1)").arg(problems) : tr("Problems"));
    m_details->setTabText(SlotsTab, tr("Slots (%1)").arg(estate.replicationSlots.size()));
    m_details->setTabText(PublicationsTab, tr("Publications (%1)").arg(estate.publications.size()));
    // The selection follows its subscription, not its row; the first is chosen when none was.
    int row = m_currentKey.size() == 3 ? m_subscriptions->rowOf(m_currentKey[0], m_currentKey[1], m_currentKey[2]) : -1;
    if (row < 0 && m_subscriptions->rowCount() > 0)
        row = 0;
    if (row >= 0) {
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_subscriptionView->model());
        const QModelIndex index = proxy->mapFromSource(m_subscriptions->index(row, 0));
        if (m_subscriptionView->currentIndex().row() != index.row())
            m_subscriptionView->setCurrentIndex(index);
        const LogicalSubscription *subscription = m_subscriptions->subscription(row);
        m_currentKey = {subscription->cluster, subscription->node, subscription->name};
    } else {
        m_currentKey.clear();
    }
    updateSummary(estate);
    showCurrent();
    Q_EMIT estateShown();
}

void LogicalPage::updateSummary(const LogicalEstate &estate)
{
    if (clusterContext().profile.name.isEmpty()) {
        m_summary->setText(tr("Open a cluster to see its logical replication."));
        return;
    }
    if (estate.subscriptions.isEmpty()) {
        m_summary->setText(
            tr("No subscription in %1 or the clusters drawn beside it%2. A subscription on another server streams a publication's "
               "changes from this cluster's primary through a logical slot; draw that server's cluster beside this one (Cluster › Show "
               "beside) to see it here. A lab gets one with \"pgversectl lab subscriber add\" or the New lab dialog.")
                .arg(clusterContext().profile.name,
                     estate.replicationSlots.isEmpty() ? QString() : tr(" (its %n logical slot(s) are listed below)", nullptr, int(estate.replicationSlots.size()))));
        return;
    }
    const qsizetype streaming = std::count_if(estate.subscriptions.cbegin(), estate.subscriptions.cend(),
                                              [](const LogicalSubscription &subscription) { return subscription.state == u"streaming"; });
    std::optional<qint64> worstBytes;
    std::optional<double> worstSeconds;
    for (const LogicalSubscription &subscription : estate.subscriptions) {
        if (subscription.lagBytes)
            worstBytes = std::max(worstBytes.value_or(0), *subscription.lagBytes);
        if (subscription.lagSeconds)
            worstSeconds = std::max(worstSeconds.value_or(0), *subscription.lagSeconds);
    }
    QString text = tr("%n subscription(s), ", nullptr, int(estate.subscriptions.size())) + tr("%1 streaming").arg(streaming);
    if (worstBytes || worstSeconds)
        text += tr("; most behind: %1%2").arg(worstBytes ? formatBytes(*worstBytes) : QString(),
                                                worstSeconds ? u" / "_s + formatSeconds(*worstSeconds) : QString());
    text += estate.problems.isEmpty() ? tr(". No logical problem.") : tr(". %n problem(s): see Problems below.", nullptr, int(estate.problems.size()));
    if (!estate.errors.isEmpty())
        text += tr(" Not everything could be read: %1").arg(estate.errors.first());
    m_summary->setText(text);
}

QString LogicalPage::summaryText() const
{
    return m_summary->text();
}

void LogicalPage::setLoading(bool loading)
{
    m_loading = loading;
    m_refresh->setEnabled(!loading);
}

const LogicalSubscription *LogicalPage::current() const
{
    if (m_currentKey.size() != 3)
        return nullptr;
    return m_subscriptions->subscription(m_subscriptions->rowOf(m_currentKey[0], m_currentKey[1], m_currentKey[2]));
}

bool LogicalPage::selectSubscription(const QString &cluster, const QString &node, const QString &name)
{
    const int row = m_subscriptions->rowOf(cluster, node, name);
    if (row < 0)
        return false;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_subscriptionView->model());
    m_subscriptionView->setCurrentIndex(proxy->mapFromSource(m_subscriptions->index(row, 0)));
    m_currentKey = {cluster, node, name};
    showCurrent();
    return true;
}

void LogicalPage::showCurrent()
{
    const LogicalSubscription *subscription = current();
    m_tables->setSubscription(subscription);
    m_tablesNote->setText(subscription ? tr("Tables of %1 on %2 (%3): %4").arg(subscription->name, subscription->node, subscription->database,
                                                                               LogicalSubscriptionModel::tablesText(*subscription))
                                             + (m_tables->emptyReason().isEmpty() ? QString() : u" — "_s + m_tables->emptyReason())
                                       : m_tables->emptyReason());
    updateActions();
}

void LogicalPage::updateActions()
{
    const LogicalSubscription *subscription = current();
    QString why;
    if (!subscription)
        why = tr("Select a subscription first.");
    else if (clusterContext().profile.readOnly || m_readOnlyClusters.contains(subscription->cluster))
        why = tr("%1 is read-only here: subscriptions are not changed from a read-only profile.").arg(subscription->cluster);
    const bool can = why.isEmpty();
    m_enable->setEnabled(can && !subscription->enabled);
    m_disable->setEnabled(can && subscription->enabled);
    m_refreshPublication->setEnabled(can && subscription->enabled);
    const QString name = subscription ? subscription->name : QString();
    m_enable->setStatusTip(!can ? why
                                : subscription->enabled ? tr("%1 is enabled.").arg(name)
                                                        : tr("ALTER SUBSCRIPTION … ENABLE: its apply worker starts and streams what its slot kept"));
    m_disable->setStatusTip(!can ? why
                                 : !subscription->enabled ? tr("%1 is disabled.").arg(name)
                                                          : tr("ALTER SUBSCRIPTION … DISABLE: nothing is applied until it is enabled; the publisher's slot keeps the changes"));
    m_refreshPublication->setStatusTip(!can ? why
                                            : !subscription->enabled ? tr("PostgreSQL refreshes only an enabled subscription.")
                                                                     : tr("ALTER SUBSCRIPTION … REFRESH PUBLICATION: copies tables added to its publications"));
    for (QAction *action : {m_enable, m_disable, m_refreshPublication})
        action->setToolTip(action->statusTip());
}

void LogicalPage::request(SubscriptionChange::Kind kind)
{
    const LogicalSubscription *subscription = current();
    if (!subscription)
        return;
    Q_EMIT changeRequested(kind, subscription->cluster, subscription->node, subscription->database, subscription->name);
}

void LogicalPage::copyShown()
{
    QString text = modelAsTabSeparated(*m_subscriptions);
    // A whole sentence per tab: a tab's title (mnemonic, count) is no phrase to build one from, in any language.
    QString copied = tr("Copied the subscriptions.");
    switch (m_details->currentIndex()) {
    case TablesTab:
        text += u'\n' + modelAsTabSeparated(*m_tables);
        copied = tr("Copied the subscriptions and the tables shown.");
        break;
    case SlotsTab:
        text += u'\n' + modelAsTabSeparated(*m_slots);
        copied = tr("Copied the subscriptions and the slots.");
        break;
    case PublicationsTab:
        text += u'\n' + modelAsTabSeparated(*m_publications);
        copied = tr("Copied the subscriptions and the publications.");
        break;
    case ProblemsTab:
        text += u'\n' + modelAsTabSeparated(*m_problems);
        copied = tr("Copied the subscriptions and the problems.");
        break;
    default: break;
    }
    QApplication::clipboard()->setText(text);
    Q_EMIT statusMessage(copied, 4000);
}

} // namespace pgv
