// SPDX-License-Identifier: GPL-3.0-or-later
#include "explaincontroller.h"

#include "core/backgroundwork.h"
#include "explain/databaselist.h"
#include "explain/explainrunner.h"
#include "planpage.h"
#include "monitor/clustersession.h"
#include "topology/topology.h"


using namespace Qt::StringLiterals;

namespace pgv {

ExplainController::ExplainController(ClusterSession *session, PlanPage *page, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_page(page)
    , m_runner(new ExplainRunner(this))
    , m_historyWork(new BackgroundWork(this, BackgroundWork::EveryResult, &m_historyPool))
    , m_statsWork(new BackgroundWork(this))
    , m_databasesWork(new BackgroundWork(this))
{
    // One thread: reads and appends of the history file happen one after the other, in the order asked.
    m_historyPool.setMaxThreadCount(1);
    connect(m_page, &PlanPage::explainRequested, this, &ExplainController::run);
    connect(m_page, &PlanPage::explainCancelRequested, m_runner, &ExplainRunner::cancel);
    connect(m_page, &PlanPage::statementsRequested, this, &ExplainController::fetchStatements);
    connect(m_runner, &ExplainRunner::started, m_page, [this] { m_page->setExplainRunning(true); });
    connect(m_runner, &ExplainRunner::finished, this, &ExplainController::onFinished);
    connect(m_session, &ClusterSession::contextChanged, this, &ExplainController::fetchDatabases);
    fetchDatabases();
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
    m_historyWork->run([history = m_history] { return history.entries(); }, [this](const QList<ExplainHistoryEntry> &entries) {
        // Runs that ended while the file was read are already in the model; the file has them too.
        m_page->setHistory(entries);
    });
}

void ExplainController::run(ExplainRequest request)
{
    const std::optional<NodeEndpoint> endpoint = m_session->endpoint(request.node);
    if (!endpoint) {
        ExplainOutcome outcome;
        outcome.node = request.node;
        outcome.error = tr("%1 is not a node of the open cluster any more. Choose another node.").arg(request.node);
        m_page->showOutcome(outcome);
        return;
    }
    request.profile = m_session->profile().name;
    request.connInfo = endpoint->connInfo;
    request.password = endpoint->password;
    if (!request.database.isEmpty())
        request.connInfo.set(u"dbname"_s, request.database);
    // The profile decides, not the pane: a read-only profile never runs writes, whatever the widget says.
    request.allowWrites = !m_session->profile().readOnly;
    m_runner->start(request);
}

void ExplainController::onFinished(const ExplainOutcome &outcome)
{
    m_page->showOutcome(outcome);
    const ExplainHistoryEntry entry = ExplainHistoryEntry::fromOutcome(outcome);
    m_page->addToHistory(entry);
    m_historyWork->run(
        [history = m_history, entry] {
            QString error;
            return history.append(entry, &error) ? QString() : error;
        },
        [this](const QString &error) {
            if (error.isEmpty())
                return;
            m_page->appendRunnerStatus(tr("(The history could not be saved: %1)").arg(error));
        });
}

void ExplainController::fetchStatements(const QString &node, StatementOrder order)
{
    const std::optional<NodeEndpoint> endpoint = m_session->endpoint(node);
    if (!endpoint) {
        m_page->showStatements({{}, tr("Open a cluster and choose a node first.")});
        return;
    }
    m_statsWork->run([endpoint = *endpoint, order] { return fetchStatementStats(endpoint, order, 50); },
                     [this](const StatementStatsResult &result) { m_page->showStatements(result); });
}

void ExplainController::fetchDatabases()
{
    QList<NodeEndpoint> endpoints;
    for (const QString &node : m_session->nodeNames()) {
        if (std::optional<NodeEndpoint> endpoint = m_session->endpoint(node))
            endpoints << std::move(*endpoint);
    }
    if (endpoints.isEmpty()) {
        m_page->setDatabases({}, {});
        return;
    }
    // Physical standbys have the primary's databases: the first node that answers speaks for all.
    m_databasesWork->run(
        [endpoints] {
            DatabaseList list;
            for (const NodeEndpoint &endpoint : endpoints) {
                list = pgv::fetchDatabases(endpoint);
                if (list.error.isEmpty())
                    break;
            }
            return list;
        },
        [this](const DatabaseList &list) { m_page->setDatabases(list.names, list.current); });
}

} // namespace pgv
