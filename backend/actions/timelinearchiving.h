// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lab/lab.h"
#include "pg/pgsession.h"

#include <QCoreApplication>
#include <functional>

namespace pgv {

/// After a promotion, backups and point-in-time recovery must go on from the new primary. The first file a promoted
/// server archives is its new timeline's history file: until that is in the archive, a restore cannot follow the
/// cluster past the promotion. This step points the lab's pgBackRest configuration at the new primary (when the
/// lab has one) and waits until pg_stat_archiver on the new primary reports the history file, or a later segment of
/// the new timeline, archived (its archive_status/.done marker) — proof that archive_command, and archive-push in
/// it, works from there.
class TimelineArchiving
{
    Q_DECLARE_TR_FUNCTIONS(pgv::TimelineArchiving)
public:
    TimelineArchiving(const Lab &lab, QString primary);

    /// What the plan shows for the step.
    QString planDetail() const;
    /// Blocks up to \a timeoutMs. True with \a note saying what was archived (or that archive_mode is off); false
    /// with \a error saying what failed and what it means for backups.
    bool follow(PgSession &session, int timeline, int timeoutMs, const std::function<bool()> &cancelled, QString *note, QString *error) const;

    /// "0000000A.history": the timeline's history file name, as PostgreSQL writes it.
    static QString historyFileName(int timeline);

private:
    const Lab &m_lab;
    QString m_primary;
};

} // namespace pgv
