// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgbackrestexpire.h"

#include "actions/labactionsupport.h"

using namespace Qt::StringLiterals;

namespace pgv {

PgBackRestExpire::PgBackRestExpire(Lab lab)
    : m_lab(lab)
    , m_pgbackrest(std::move(lab))
{
}

QString PgBackRestExpire::title() const
{
    return tr("Expire old pgBackRest backups of lab %1").arg(m_lab.manifest().name);
}

QVariantMap PgBackRestExpire::parameters() const
{
    return {{u"retention_full"_s, RetainedFullBackups}, {u"expiring"_s, m_expiring}};
}

QStringList PgBackRestExpire::expiredLabels(const QList<BackupRecord> &backups)
{
    int fullSeen = 0;
    int keepFrom = 0;
    for (int i = int(backups.size()) - 1; i >= 0; --i) {
        if (backups.at(i).type == u"full" && ++fullSeen == RetainedFullBackups) {
            keepFrom = i;
            break;
        }
    }
    if (fullSeen < RetainedFullBackups)
        return {};
    QStringList labels;
    for (int i = 0; i < keepFrom; ++i)
        labels << backups.at(i).label;
    return labels;
}

QList<ActionCheck> PgBackRestExpire::preflight()
{
    QString error;
    if (PgBackRest::findProgram(&error).isEmpty())
        return {failed(tr("pgBackRest"), error)};
    const auto catalog = m_pgbackrest.info(&error);
    if (!catalog)
        return {failed(tr("Repository"), error)};
    m_expiring = expiredLabels(catalog->backups);
    QList<ActionCheck> checks{passed(tr("Repository"), tr("%1 backup(s)").arg(catalog->backups.size()))};
    if (catalog->backupRunning)
        checks << failed(tr("Running backup"), tr("A backup is running: expire after it ends."));
    checks << (m_expiring.isEmpty() ? warned(tr("Retention"), tr("Nothing to expire: fewer than %1 full backups are older than the newest ones.")
                                                                   .arg(RetainedFullBackups))
                                    : passed(tr("Retention"), tr("%1 full backups stay, with what builds on them").arg(RetainedFullBackups)));
    return checks;
}

QList<ActionStep> PgBackRestExpire::plan() const
{
    return {{tr("Remove expired backups"),
             m_expiring.isEmpty() ? tr("none") : tr("pgbackrest expire removes: %1, and WAL only they needed").arg(m_expiring.join(u", "_s)),
             true}};
}

ActionOutcome PgBackRestExpire::execute(ActionContext &context)
{
    context.startStep(0);
    const CommandResult result = m_pgbackrest.run({u"--repo1-retention-full=%1"_s.arg(RetainedFullBackups), u"expire"_s}, 3600 * 1000);
    if (!result.ok()) {
        context.finishStep(0, StepStatus::Failed, result.failureSummary(u"pgbackrest expire"_s));
        return {ActionOutcome::Result::Failed, result.failureSummary(u"pgbackrest expire"_s), tr("Run pgversectl backup list to see what remains.")};
    }
    context.finishStep(0, StepStatus::Done, tr("%1 removed").arg(m_expiring.size()));
    return {ActionOutcome::Result::Succeeded,
            m_expiring.isEmpty() ? tr("Nothing was expired.") : tr("Expired %1.").arg(m_expiring.join(u", "_s)), {}};
}

QList<ActionCheck> PgBackRestExpire::verify()
{
    QString error;
    const auto catalog = m_pgbackrest.info(&error);
    if (!catalog)
        return {failed(tr("Repository"), error)};
    for (const BackupRecord &backup : catalog->backups) {
        if (m_expiring.contains(backup.label))
            return {failed(tr("Repository"), tr("%1 is still listed").arg(backup.label))};
    }
    return {passed(tr("Repository"), tr("%1 backup(s) remain").arg(catalog->backups.size()))};
}

} // namespace pgv
