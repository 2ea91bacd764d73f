// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlsworkbench.h"

#include "core/backgroundwork.h"
#include "pg/pgsession.h"
#include "rlscatalogloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace pgv {

namespace {

struct CatalogLoad
{
    std::optional<RlsCatalog> catalog;
    QList<RlsLint> lints;
    QString error;
    qint64 loadMs = 0;
    qint64 lintMs = 0;
};

struct ValuesAnswer
{
    QStringList values;
    QString error;
};

} // namespace

RlsWorkbench::RlsWorkbench(QObject *parent)
    : QObject(parent)
    , m_work(new BackgroundWork(this, BackgroundWork::EveryResult))
{
    connect(m_work, &BackgroundWork::runningChanged, this, &RlsWorkbench::busyChanged);
}

// Work still running keeps only copies of what it needs; its answer is dropped with m_work.
RlsWorkbench::~RlsWorkbench() = default;

int RlsWorkbench::pendingRequests() const
{
    return m_work->runningCount();
}

void RlsWorkbench::setTarget(const RlsTarget &target)
{
    m_work->cancel(); // answers about the previous database are not this one's
    m_target = target;
    m_catalog = {};
    m_lints.clear();
    m_hasCatalog = false;
}

bool RlsWorkbench::canApply(QString *why) const
{
    QString reason;
    if (!m_target.isValid())
        reason = tr("No database is open.");
    else if (m_target.readOnly)
        reason = tr("Profile %1 is read-only: policies can be shown and tested, not changed.").arg(m_target.cluster);
    if (why)
        *why = reason;
    return reason.isEmpty();
}

template<typename Result>
int RlsWorkbench::run(std::function<Result()> work, std::function<void(int, const Result &)> done)
{
    if (!m_target.isValid())
        return 0;
    const int request = m_nextRequest++;
    m_work->run(std::move(work), [request, done = std::move(done)](const Result &result) { done(request, result); });
    return request;
}

int RlsWorkbench::reload()
{
    const RlsTarget target = m_target;
    return run<CatalogLoad>(
        [target] {
            CatalogLoad load;
            QElapsedTimer timer;
            timer.start();
            PgSession session;
            PgError error;
            if (target.open(session, &error))
                load.catalog = loadRlsCatalog(session, target.statementDeadline(), &error);
            load.loadMs = timer.elapsed();
            if (!load.catalog) {
                load.error = error.message;
                return load;
            }
            timer.restart();
            load.lints = lintRls(*load.catalog, SqlQuoter::forSession(session));
            load.lintMs = timer.elapsed();
            return load;
        },
        [this](int, const CatalogLoad &load) {
            if (!load.catalog) {
                Q_EMIT catalogFailed(load.error);
                return;
            }
            m_catalog = *load.catalog;
            m_lints = load.lints;
            m_hasCatalog = true;
            Q_EMIT catalogLoaded(load.loadMs, load.lintMs);
        });
}

int RlsWorkbench::runDdl(const RlsChange &change, DdlMode mode)
{
    const RlsTarget target = m_target;
    const AuditLog audit = m_audit;
    return run<DdlOutcome>([target, change, mode, audit] { return runRlsChange(target, change, mode, &audit); },
                           [this, mode](int request, const DdlOutcome &outcome) { Q_EMIT ddlFinished(request, outcome, mode == DdlMode::Apply); });
}

int RlsWorkbench::validate(const RlsChange &change)
{
    return runDdl(change, DdlMode::Validate);
}

int RlsWorkbench::apply(const RlsChange &change)
{
    return runDdl(change, DdlMode::Apply);
}

int RlsWorkbench::viewAs(const ViewAsRequest &request)
{
    const RlsTarget target = m_target;
    return run<ViewAsResult>(
        [target, request] {
            PgSession session;
            PgError error;
            if (!target.open(session, &error)) {
                ViewAsResult result;
                result.request = request;
                result.error = error.message;
                return result;
            }
            return pgv::viewAs(session, request, target.statementTimeoutMs);
        },
        [this](int id, const ViewAsResult &result) { Q_EMIT viewAsFinished(id, result); });
}

int RlsWorkbench::tryWrite(const WriteTrial &trial)
{
    const RlsTarget target = m_target;
    return run<WriteTrialOutcome>(
        [target, trial] {
            PgSession session;
            PgError error;
            if (!target.open(session, &error)) {
                WriteTrialOutcome outcome;
                outcome.message = error.message;
                return outcome;
            }
            return pgv::tryWrite(session, trial, target.statementTimeoutMs);
        },
        [this](int id, const WriteTrialOutcome &outcome) { Q_EMIT writeTried(id, outcome); });
}

int RlsWorkbench::matrix(const MatrixRequest &request)
{
    const RlsTarget target = m_target;
    return run<RlsMatrix>(
        [target, request] {
            PgSession session;
            PgError error;
            if (!target.open(session, &error)) {
                RlsMatrix result;
                result.request = request;
                result.error = error.message;
                return result;
            }
            return tenantMatrix(session, request, target.statementTimeoutMs);
        },
        [this](int id, const RlsMatrix &result) { Q_EMIT matrixFinished(id, result); });
}

int RlsWorkbench::distinctValues(const RlsTableRef &table, const QString &column)
{
    const RlsTarget target = m_target;
    return run<ValuesAnswer>(
        [target, table, column] {
            ValuesAnswer answer;
            PgSession session;
            PgError error;
            if (!target.open(session, &error)) {
                answer.error = error.message;
                return answer;
            }
            answer.values = pgv::distinctValues(session, table, column, 50, target.statementTimeoutMs, &answer.error);
            return answer;
        },
        [this](int id, const ValuesAnswer &answer) { Q_EMIT valuesFound(id, answer.values, answer.error); });
}

} // namespace pgv
