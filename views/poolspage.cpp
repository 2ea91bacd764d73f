// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolspage.h"

#include "core/units.h"
#include "modeltext.h"
#include "poolermodels.h"
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
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pgv {

PoolsPage::PoolsPage(QWidget *parent)
    : ClusterPage(parent)
    , m_poolers(new PoolerListModel(this))
    , m_pools(new PoolListModel(this))
{
    setObjectName(u"poolsPage"_s);
    createActions();

    auto *toolBar = new QToolBar;
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({m_pause, m_resume, m_resumeAll});
    toolBar->addSeparator();
    toolBar->addActions({m_reconnect, m_reload});
    toolBar->addSeparator();
    toolBar->addActions({m_chart, m_copy});

    m_summary = new QLabel;
    m_summary->setObjectName(u"poolsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_poolerView = createListTable(m_poolers, PoolerListModel::SortRole, u"poolers"_s);
    m_poolerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_poolerView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_poolerView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_poolerView->horizontalHeader()->setStretchLastSection(true);
    QWidget *top = createCaptionedPane(tr("Poolers"), m_poolerView);

    m_poolView = createListTable(m_pools, PoolListModel::SortRole, u"pools"_s);
    m_poolView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_poolView->horizontalHeader()->setStretchLastSection(true);
    QWidget *bottom = createCaptionedPane(tr("Pools (database/user), traffic since the last poll"), m_poolView);

    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(u"poolsSplitter"_s);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolBar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_poolerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PoolsPage::updateActions);
    connect(m_poolerView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (!m_poolerView->indexAt(at).isValid())
            return;
        QMenu menu;
        menu.addActions({m_pause, m_resume, m_reconnect, m_reload});
        menu.addSeparator();
        menu.addAction(m_copy);
        menu.exec(m_poolerView->viewport()->mapToGlobal(at));
    });
    m_summary->setText(tr("Open a cluster to see its connection poolers."));
    updateActions();
}

QString PoolsPage::pageTitle() const
{
    return tr("Poo&ls");
}

void PoolsPage::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    m_pause = make(tr("&Pause"), Qt::CTRL | Qt::SHIFT | Qt::Key_P,
                   tr("PAUSE the selected pooler: its clients wait (for a server's maintenance, say) until it is resumed"));
    m_resume = make(tr("&Resume"), Qt::CTRL | Qt::SHIFT | Qt::Key_E, tr("RESUME the selected pooler: its waiting clients go on"));
    m_resumeAll = make(tr("Resume &all"), Qt::CTRL | Qt::SHIFT | Qt::Key_A,
                       tr("RESUME every pooler of the cluster (after an action that paused them died, say)"));
    m_reconnect = make(tr("Re&connect"), Qt::CTRL | Qt::SHIFT | Qt::Key_K,
                       tr("RECONNECT: close the selected pooler's server connections as they become free, so they reconnect"));
    m_reload = make(tr("Re&load"), Qt::CTRL | Qt::SHIFT | Qt::Key_L, tr("RELOAD: the selected pooler reads its configuration file again"));
    connect(m_pause, &QAction::triggered, this, [this] { Q_EMIT commandRequested(u"pause"_s, selectedPooler()); });
    connect(m_resume, &QAction::triggered, this, [this] { Q_EMIT commandRequested(u"resume"_s, selectedPooler()); });
    connect(m_resumeAll, &QAction::triggered, this, [this] { Q_EMIT commandRequested(u"resume"_s, {}); });
    connect(m_reconnect, &QAction::triggered, this, [this] { Q_EMIT commandRequested(u"reconnect"_s, selectedPooler()); });
    connect(m_reload, &QAction::triggered, this, [this] { Q_EMIT commandRequested(u"reload"_s, selectedPooler()); });

    m_chart = make(tr("C&hart waiting clients"), {}, tr("Show the poolers' waiting clients on the Lag page, on its time axis with the cluster's events"));
    connect(m_chart, &QAction::triggered, this, &PoolsPage::chartRequested);
    m_copy = make(tr("&Copy"), QKeySequence::Copy, tr("Copy the poolers and their pools, as tab-separated text"));
    connect(m_copy, &QAction::triggered, this, &PoolsPage::copyShown);
}

void PoolsPage::setClusterContext(const ClusterContext &context)
{
    ClusterPage::setClusterContext(context);
    m_readOnly = context.profile.readOnly;
    setSnapshot(emptySnapshot());
    m_summary->setText(context.profile.name.isEmpty() ? tr("Open a cluster to see its connection poolers.")
                       : context.profile.poolers.isEmpty()
                           ? tr("%1 lists no connection poolers. Add a PgBouncer admin endpoint to the profile (Edit profile…), or to a lab: "
                                "pgversectl lab pooler add.")
                                 .arg(context.profile.name)
                           : tr("Reading the poolers of %1…").arg(context.profile.name));
}

void PoolsPage::setSnapshot(const SnapshotPtr &snapshot)
{
    const SnapshotPtr shown = snapshot ? snapshot : emptySnapshot();
    const QString selected = selectedPooler();
    m_poolers->setSnapshot(*shown);
    m_pools->setPoolers(shown->poolers);
    if (!selected.isEmpty() && selectedPooler() != selected)
        selectPooler(selected);
    if (!shown->poolers.isEmpty())
        updateSummary(*shown);
    else if (shown->complete && !clusterContext().profile.poolers.isEmpty())
        m_summary->setText(tr("No pooler of %1 has been read yet.").arg(shown->cluster));
    updateActions();
}

void PoolsPage::updateSummary(const TopologySnapshot &snapshot)
{
    QStringList parts;
    int paused = 0;
    int unreachable = 0;
    for (int row = 0; row < m_poolers->rowCount(); ++row) {
        const PoolerStatus *pooler = m_poolers->pooler(row);
        if (!pooler->reachable) {
            ++unreachable;
            continue;
        }
        paused += pooler->paused();
        const QModelIndex first = m_poolers->index(row, 0);
        parts << tr("%1 routes to %2 (%3 clients, %4 waiting)")
                     .arg(pooler->name, m_poolers->index(row, PoolerListModel::RoutesToColumn).data().toString())
                     .arg(first.siblingAtColumn(PoolerListModel::ClientsColumn).data().toInt())
                     .arg(first.siblingAtColumn(PoolerListModel::WaitingColumn).data().toInt());
    }
    QString text = tr("%n pooler(s) in front of %1", nullptr, int(snapshot.poolers.size())).arg(snapshot.cluster);
    if (!parts.isEmpty())
        text += u": "_s + parts.join(u"; "_s) + u'.';
    if (paused > 0)
        text += u' ' + tr("%n paused: their clients wait until resumed.", nullptr, paused);
    if (unreachable > 0)
        text += u' ' + tr("%n cannot be read.", nullptr, unreachable);
    m_summary->setText(text);
}

QString PoolsPage::summaryText() const
{
    return m_summary->text();
}

QString PoolsPage::selectedPooler() const
{
    const QModelIndex current = m_poolerView->currentIndex();
    return current.isValid() ? current.data(PoolerListModel::NameRole).toString() : QString();
}

bool PoolsPage::selectPooler(const QString &name)
{
    const int row = m_poolers->rowOf(name);
    if (row < 0)
        return false;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_poolerView->model());
    m_poolerView->setCurrentIndex(proxy->mapFromSource(m_poolers->index(row, 0)));
    return true;
}

void PoolsPage::updateActions()
{
    const QModelIndex current = m_poolerView->currentIndex();
    const bool reachable = current.isValid() && current.data(PoolerListModel::ReachableRole).toBool();
    const bool paused = current.isValid() && current.data(PoolerListModel::PausedRole).toBool();
    const QString name = selectedPooler();
    const QString readOnly = tr("%1 is read-only: actions are refused").arg(clusterContext().profile.name);
    m_pause->setEnabled(!m_readOnly && reachable && !paused);
    m_resume->setEnabled(!m_readOnly && reachable);
    m_reconnect->setEnabled(!m_readOnly && reachable);
    m_reload->setEnabled(!m_readOnly && reachable);
    m_resumeAll->setEnabled(!m_readOnly && m_poolers->rowCount() > 0);
    m_pause->setText(name.isEmpty() ? tr("&Pause") : tr("&Pause %1").arg(name));
    m_resume->setText(name.isEmpty() ? tr("&Resume") : tr("&Resume %1").arg(name));
    for (QAction *action : {m_pause, m_resume, m_resumeAll, m_reconnect, m_reload})
        action->setToolTip(m_readOnly ? readOnly : action->statusTip());
    m_chart->setEnabled(m_poolers->rowCount() > 0);
    m_copy->setEnabled(m_poolers->rowCount() > 0);
}

void PoolsPage::copyShown()
{
    QApplication::clipboard()->setText(modelAsTabSeparated(*m_poolers) + u'\n' + modelAsTabSeparated(*m_pools));
    Q_EMIT statusMessage(tr("Copied %n pooler(s) and their pools.", nullptr, m_poolers->rowCount()), 3000);
}

} // namespace pgv
