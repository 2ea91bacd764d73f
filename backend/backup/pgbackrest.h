// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupcatalog.h"
#include "lab/commandrunner.h"
#include "lab/lab.h"

#include <QCoreApplication>

namespace pgv {

/// pgBackRest for a lab: a repository, a configuration and a stanza kept in the lab folder (pgbackrest/), every
/// command run as the server user, as pgBackRest must. Blocking: call it from a worker thread or pgversectl.
class PgBackRest
{
    Q_DECLARE_TR_FUNCTIONS(pgv::PgBackRest)
public:
    explicit PgBackRest(Lab lab);

    /// The pgbackrest program (PGVERSE_PGBACKREST overrides the search); empty, with \a error naming the
    /// package to install, when there is none.
    static QString findProgram(QString *error);

    const Lab &lab() const { return m_lab; }
    QString stanza() const;
    QString folder() const;
    QString configFile() const;
    QString repositoryFolder() const;
    /// The stanza exists in the repository (a first backup, or stanza-create, made it).
    bool hasStanza() const;
    /// archive_command for the lab's servers: the lab's own archive copy first, then archive-push.
    QString archiveCommand() const;

    /// Writes the configuration with \a primary as the server to back up (pgBackRest reads its data folder).
    bool writeConfig(const QString &primary, QString *error) const;
    /// Sets archive_command on every running node (ALTER SYSTEM and a reload; archive_mode is on in labs).
    bool enableArchiving(QString *error) const;

    CommandResult run(const QStringList &arguments, int timeoutMs, const std::atomic_bool *cancel = nullptr) const;
    std::optional<BackupCatalog> info(QString *error) const;
    /// The timeline history files (00000002.history … up to \a currentTimeline) the repository lacks: without one, a
    /// restore cannot follow the cluster past that timeline's start, whatever its WAL holds. Read from the
    /// repository's folder (a lab's is local).
    QStringList missingTimelineHistories(int currentTimeline) const;
    /// The first WAL segment missing from the repository on the way from \a fromSegment (the oldest backup's first
    /// segment) to the newest segment archived, following the primary's timeline history (a segment on the
    /// timeline that holds it at that point); empty when there is no gap. \a lastBefore: when the segment before
    /// the gap was archived (its file's time), where a restore's window really ends.
    QString firstArchiveGap(const QString &fromSegment, QDateTime *lastBefore) const;
    /// The primary's current timeline, from its WAL file name; 0 when it does not answer.
    int primaryTimeline() const;
    /// How far the running backup has come, in percent; -1 when none runs or it has not started copying.
    double runningBackupPercent() const;

private:
    Lab m_lab;
    QString m_program;
};

} // namespace pgv
