// SPDX-License-Identifier: GPL-3.0-or-later
#include "explainrunner.h"

#include "core/backgroundwork.h"

#include "pg/pgsession.h"
#include "plan/planparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

constexpr int ConnectTimeoutMs = 10'000;
/// How long the client waits beyond statement_timeout before it gives up on a server that stopped answering.
constexpr int ClientGraceMs = 15'000;
constexpr auto QueryCanceledState = "57014";

QString translated(const char *text)
{
    return QCoreApplication::translate("pgv::Explain", text);
}

} // namespace

void ExplainCancellation::cancel()
{
    m_cancelled = true;
    std::shared_ptr<PgCancelHandle> handle;
    {
        const std::lock_guard lock(m_mutex);
        handle = m_handle;
    }
    if (handle)
        handle->cancel(nullptr);
}

void ExplainCancellation::setHandle(std::shared_ptr<PgCancelHandle> handle)
{
    const std::lock_guard lock(m_mutex);
    m_handle = std::move(handle);
}

ExplainOutcome runExplain(const ExplainRequest &request, ExplainCancellation *cancellation)
{
    ExplainOutcome outcome;
    outcome.startedAt = QDateTime::currentDateTimeUtc();
    outcome.profile = request.profile;
    outcome.node = request.node;
    outcome.sql = request.sql;
    outcome.options = request.options;
    const SqlTextFacts facts = inspectSql(request.sql);
    outcome.modifiesData = facts.modifiesData;
    if (const QString problem = explainProblem(request.options, facts); !problem.isEmpty()) {
        outcome.error = problem;
        return outcome;
    }

    if (!request.allowWrites && request.options.analyze && facts.modifiesData) {
        outcome.error = translated("This profile is read-only: EXPLAIN ANALYZE would run this %1 statement (even though it is "
                                   "rolled back afterwards). Turn ANALYZE off to see its plan.").arg(facts.firstKeyword);
        return outcome;
    }

    PgSession session;
    PgError error;
    if (!session.open(request.connInfo, request.password, QDeadlineTimer(ConnectTimeoutMs), &error)) {
        outcome.error = translated("Could not connect to %1: %2. Check that the node is up and the profile's connection "
                                   "settings.").arg(request.node, error.message);
        return outcome;
    }
    outcome.server = session.host() + u':' + QString::number(session.port());
    outcome.database = session.database();
    if (cancellation) {
        cancellation->setHandle(session.cancelHandle());
        if (cancellation->isCancelled()) {
            outcome.status = ExplainOutcome::Status::Cancelled;
            return outcome;
        }
    }

    const QDeadlineTimer deadline = request.statementTimeoutMs > 0
        ? QDeadlineTimer(qint64(request.statementTimeoutMs) + ClientGraceMs)
        : QDeadlineTimer(QDeadlineTimer::Forever);
    // Always inside a transaction that is rolled back: EXPLAIN ANALYZE really runs the statement.
    const QString sql = u"BEGIN%1; SET LOCAL statement_timeout = %2; "_s.arg(request.allowWrites ? QString() : u" READ ONLY"_s)
                            .arg(std::max(0, request.statementTimeoutMs))
        + explainCommand(request.options, facts.statement);
    QElapsedTimer timer;
    timer.start();
    const std::optional<QueryResult> result = session.exec(sql, deadline, &error);
    outcome.elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    if (session.isOpen()) {
        PgError rollbackError;
        outcome.rolledBack = session.exec(u"ROLLBACK"_s, QDeadlineTimer(ConnectTimeoutMs), &rollbackError).has_value();
    }
    if (cancellation)
        cancellation->setHandle(nullptr);

    if (!result) {
        if (error.sqlState == QLatin1StringView(QueryCanceledState) || error.kind == PgError::Kind::Interrupted) {
            const bool byUser = cancellation && cancellation->isCancelled();
            outcome.status = byUser ? ExplainOutcome::Status::Cancelled : ExplainOutcome::Status::TimedOut;
            outcome.error = byUser ? translated("Cancelled: the server stopped the statement.")
                                   : translated("The statement ran longer than statement_timeout (%1 ms) and was stopped. "
                                                "Raise the timeout, or EXPLAIN without ANALYZE to see the plan only.")
                                         .arg(request.statementTimeoutMs);
        } else if (error.kind == PgError::Kind::TimedOut) {
            outcome.status = ExplainOutcome::Status::TimedOut;
            outcome.error = translated("The server did not answer within the statement timeout plus %1 s; the connection "
                                       "was closed.").arg(ClientGraceMs / 1000);
        } else {
            outcome.error = error.message;
            if (error.sqlState == u"25006")
                outcome.error += u' ' + translated("This node is a read-only standby: run statements that write on the primary.");
        }
        return outcome;
    }
    const std::optional<QString> json = result->scalar();
    if (!json) {
        outcome.error = translated("The server returned no plan.");
        return outcome;
    }
    outcome.planJson = json->toUtf8();
    PlanParseError parseError;
    std::optional<Plan> plan = parsePlan(outcome.planJson, &parseError);
    if (!plan) {
        outcome.error = translated("The server's plan could not be read: %1").arg(parseError.toString());
        return outcome;
    }
    outcome.analysis = std::make_shared<const PlanAnalysis>(analyzePlan(*plan));
    outcome.plan = std::make_shared<const Plan>(std::move(*plan));
    outcome.status = ExplainOutcome::Status::Ok;
    return outcome;
}

ExplainRunner::ExplainRunner(QObject *parent)
    : QObject(parent)
    , m_work(new BackgroundWork(this))
    , m_cancelWork(new BackgroundWork(this, BackgroundWork::EveryResult, &m_cancelPool))
{
    m_cancelPool.setMaxThreadCount(1);
}

ExplainRunner::~ExplainRunner()
{
    if (m_work->isRunning()) {
        // Shutting down: waiting for the cancel request here is fine, and the statement must not outlive us.
        m_cancellation->cancel();
        m_work->waitForFinished();
    }
    m_cancelPool.waitForDone();
}

bool ExplainRunner::isRunning() const
{
    return m_work->isRunning();
}

bool ExplainRunner::start(const ExplainRequest &request)
{
    if (m_work->isRunning())
        return false;
    m_cancellation = std::make_shared<ExplainCancellation>();
    m_work->run([request, cancellation = m_cancellation] { return runExplain(request, cancellation.get()); },
                [this](const ExplainOutcome &outcome) {
                    m_cancellation.reset();
                    Q_EMIT finished(outcome);
                });
    Q_EMIT started();
    return true;
}

void ExplainRunner::cancel()
{
    if (!m_cancellation || !m_work->isRunning())
        return;
    Q_EMIT cancelling();
    // PQcancel opens a connection of its own and may wait for it: never on the GUI thread, and on a pool of its
    // own so that it is not queued behind the very work it cancels.
    m_cancelWork->run([cancellation = m_cancellation] { cancellation->cancel(); });
}

} // namespace pgv
