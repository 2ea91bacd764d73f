// SPDX-License-Identifier: GPL-3.0-or-later
#include "explaincontroller.h"

#include "explain/explainrunner.h"
#include "explainhistorymodel.h"
#include "explainpane.h"
#include "planpage.h"
#include "probe/clustersession.h"
#include "topology/topology.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace pgv {

ExplainController::ExplainController(ClusterSession *session, PlanPage *page, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
    , m_runner(new ExplainRunner(this))
{
    m_historyPool.setMaxThreadCount(1);
    ExplainPane *pane = m_page->explainPane();
    connect(pane, &ExplainPane::runRequested, this, &ExplainController::run);
    connect(pane, &ExplainPane::cancelRequested, m_runner, &ExplainRunner::cancel);
    connect(pane, &ExplainPane::statementsRequested, this, &ExplainController::fetchStatements);
    connect(m_runner, &ExplainRunner::started, pane, [pane] { pane->setRunning(true); });
    connect(m_runner, &ExplainRunner::finished, this, &ExplainController::onFinished);
    connect(m_session, &ClusterSession::topologyChanged, this, &ExplainController::updateNodes);
    updateNodes(m_session->snapshot());
    loadHistory();
}

ExplainController::~ExplainController()
{
    waitForHistory();
}

void ExplainController::waitForHistory()
{
    m_historyPool.waitForDone();
}

void ExplainController::loadHistory()
{
    auto *watcher = new QFutureWatcher<QList<ExplainHistoryEntry>>(this);
    connect(watcher, &QFutureWatcher<QList<ExplainHistoryEntry>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        // Runs that ended while the file was read are already in the model; the file has them too.
        m_page->explainPane()->historyModel()->setEntries(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_historyPool, [history = m_history] { return history.entries(); }));
}

void ExplainController::updateNodes(const TopologySnapshot &snapshot)
{
    QList<std::pair<QString, QString>> nodes;
    if (m_session->isOpen()) {
        for (const QString &name : m_session->nodeNames()) {
            const TopologyNode *node = snapshot.node(name);
            nodes.append({name, node ? roleName(node->role) : QString()});
        }
    }
    m_page->explainPane()->setNodes(nodes);
    m_page->explainPane()->setReadOnly(m_session->profile().readOnly);
}

void ExplainController::run(ExplainRequest request)
{
    const std::optional<NodeEndpoint> endpoint = m_session->endpoint(request.node);
    if (!endpoint) {
        ExplainOutcome outcome;
        outcome.node = request.node;
        outcome.error = tr("%1 is not a node of the open cluster any more. Choose another node.").arg(request.node);
        m_page->explainPane()->showOutcome(outcome);
        return;
    }
    request.profile = m_session->profile().name;
    request.connInfo = endpoint->connInfo;
    request.password = endpoint->password;
    // The profile decides, not the pane: a read-only profile never runs writes, whatever the widget says.
    request.allowWrites = !m_session->profile().readOnly;
    m_runner->start(request);
}

void ExplainController::onFinished(const ExplainOutcome &outcome)
{
    m_page->showOutcome(outcome);
    const ExplainHistoryEntry entry = ExplainHistoryEntry::fromOutcome(outcome);
    m_page->explainPane()->historyModel()->prepend(entry);
    // The destructor waits for this pool, so `this` outlives the task.
    m_historyPool.start([this, history = m_history, entry] {
        QString error;
        if (history.append(entry, &error) || error.isEmpty())
            return;
        QMetaObject::invokeMethod(this, [this, error] {
            QLabel *status = m_page->explainPane()->statusLabel();
            status->setText(status->text() + u' ' + tr("(The history could not be saved: %1)").arg(error));
        }, Qt::QueuedConnection);
    });
}

void ExplainController::fetchStatements(const QString &node, StatementOrder order)
{
    const std::optional<NodeEndpoint> endpoint = m_session->endpoint(node);
    if (!endpoint) {
        m_page->explainPane()->showStatements({{}, tr("Open a cluster and choose a node first.")});
        return;
    }
    auto *watcher = new QFutureWatcher<StatementStatsResult>(this);
    connect(watcher, &QFutureWatcher<StatementStatsResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_page->explainPane()->showStatements(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([endpoint = *endpoint, order] { return fetchStatementStats(endpoint, order, 50); }));
}

} // namespace pgv
