// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/explainhistory.h"
#include "explain/statstatements.h"

#include <QObject>
#include <QThreadPool>

namespace pgv {

class BackgroundWork;
class ClusterSession;
class ExplainRunner;
class PlanPage;

/// Connects the Plans page's runner to the open cluster: fills each request with the node's connection and the
/// session's password, runs it with ExplainRunner, records it in the history and shows the plan. History file
/// reads and writes and pg_stat_statements queries run on a worker thread, never on the GUI thread.
class ExplainController : public QObject
{
    Q_OBJECT
public:
    ExplainController(ClusterSession *session, PlanPage *page, QObject *parent = nullptr);
    ~ExplainController() override;

    ExplainRunner *runner() const { return m_runner; }
    /// Waits for pending history writes (tests, shutdown).
    void waitForHistory();

private:
    void run(ExplainRequest request);
    void onFinished(const ExplainOutcome &outcome);
    void fetchStatements(const QString &node, StatementOrder order);
    /// The open cluster's databases for the runner's choice, read from its first node.
    void fetchDatabases();
    void loadHistory();

    ClusterSession *m_session;
    PlanPage *m_page;
    ExplainRunner *m_runner;
    ExplainHistory m_history;
    /// One thread, so appends land in the order the runs ended.
    QThreadPool m_historyPool;
    BackgroundWork *m_historyWork; ///< every read and append of the history file, on m_historyPool
    BackgroundWork *m_statsWork;   ///< pg_stat_statements: the newest request wins
    BackgroundWork *m_databasesWork; ///< the database list: the newest cluster wins
};

} // namespace pgv
