// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/auditlog.h"
#include "rlscatalog.h"
#include "rlsddlrunner.h"
#include "rlslinter.h"
#include "rlstarget.h"
#include "rlstester.h"

#include <QObject>
#include <functional>

namespace pgv {

class BackgroundWork;

/// The RLS page's link to its database: every request opens its own connection on Qt's thread pool and reports
/// back by signal on the thread that owns the workbench, so nothing touching the server runs on the GUI thread.
/// Answers for an earlier target (the cluster or database changed meanwhile) are dropped.
class RlsWorkbench : public QObject
{
    Q_OBJECT
public:
    explicit RlsWorkbench(QObject *parent = nullptr);
    ~RlsWorkbench() override;

    /// Points the workbench at another database; forgets the catalogue. An invalid target closes it.
    void setTarget(const RlsTarget &target);
    const RlsTarget &target() const { return m_target; }
    bool hasTarget() const { return m_target.isValid(); }
    void setAuditLog(const AuditLog &log) { m_audit = log; }

    const RlsCatalog &catalog() const { return m_catalog; }
    const QList<RlsLint> &lints() const { return m_lints; }
    bool hasCatalog() const { return m_hasCatalog; }
    /// Whether Apply is allowed; otherwise \a why says what stands in the way (a read-only profile, no database).
    bool canApply(QString *why = nullptr) const;
    int pendingRequests() const;

    /// Each returns a request number that its answer carries, or 0 when there is no target.
    int reload();
    int validate(const RlsChange &change);
    int apply(const RlsChange &change);
    int viewAs(const ViewAsRequest &request);
    int tryWrite(const WriteTrial &trial);
    int matrix(const MatrixRequest &request);
    int distinctValues(const RlsTableRef &table, const QString &column);

Q_SIGNALS:
    void catalogLoaded(qint64 loadMs, qint64 lintMs);
    void catalogFailed(const QString &error);
    void ddlFinished(int request, const pgv::DdlOutcome &outcome, bool applied);
    void viewAsFinished(int request, const pgv::ViewAsResult &result);
    void writeTried(int request, const pgv::WriteTrialOutcome &outcome);
    void matrixFinished(int request, const pgv::RlsMatrix &matrix);
    void valuesFound(int request, const QStringList &values, const QString &error);
    void busyChanged(bool busy);

private:
    /// Runs \a work off this thread; \a done gets its result here unless the target changed in between.
    template<typename Result>
    int run(std::function<Result()> work, std::function<void(int, const Result &)> done);
    int runDdl(const RlsChange &change, DdlMode mode);

    RlsTarget m_target;
    AuditLog m_audit;
    RlsCatalog m_catalog;
    QList<RlsLint> m_lints;
    bool m_hasCatalog = false;
    BackgroundWork *m_work;
    int m_nextRequest = 1;
};

} // namespace pgv
