// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinearchiving.h"

#include "backup/archiverstatus.h"
#include "backup/pgbackrest.h"
#include "labnodeops.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace pgv {

TimelineArchiving::TimelineArchiving(const Lab &lab, QString primary)
    : m_lab(lab)
    , m_primary(std::move(primary))
{
}

QString TimelineArchiving::historyFileName(int timeline)
{
    return u"%1"_s.arg(timeline, 8, 16, QLatin1Char('0')).toUpper() + u".history"_s;
}

QString TimelineArchiving::planDetail() const
{
    const PgBackRest pgbackrest(m_lab);
    return QFile::exists(pgbackrest.configFile())
               ? tr("pgBackRest's configuration names %1; its archive receives the new timeline's history file").arg(m_primary)
               : tr("the archive receives the new timeline's history file from %1").arg(m_primary);
}

bool TimelineArchiving::follow(PgSession &session, int timeline, int timeoutMs, const std::function<bool()> &cancelled, QString *note,
                               QString *error) const
{
    const PgBackRest pgbackrest(m_lab);
    // archive-push runs with the archiving server's own folder (archive_command passes it), so this is for the
    // commands that read the configuration alone (backup, check) and for a person reading it.
    if (QFile::exists(pgbackrest.configFile()) && !pgbackrest.writeConfig(m_primary, error))
        return false;

    const LabNodeOps ops(m_lab);
    const QString history = historyFileName(timeline);
    const QString prefix = history.left(8);
    const QString doneMarker = m_lab.manifest().dataDir(m_primary) + u"/pg_wal/archive_status/"_s + history + u".done"_s;
    std::optional<ArchiverStatus> status;
    QString readError;
    const bool archived = pollUntil(
        [&] {
            if (!session.isOpen() && !ops.connect(m_primary, session, &readError, 2000))
                return false;
            status = readArchiverStatus(session, &readError);
            if (!status) {
                session.close();
                return false;
            }
            // archive_status/<file>.done appears once archive_command succeeded for it. pg_stat_archiver's last file
            // is no proof either way: the old timeline's .partial segment is archived after the history file.
            return !status->archiveMode || QFile::exists(doneMarker) || status->lastArchivedWal.left(8).compare(prefix, Qt::CaseInsensitive) == 0;
        },
        timeoutMs, cancelled);
    if (archived) {
        *note = status->archiveMode ? tr("%1 archived").arg(history) : tr("archive_mode is off on %1: nothing to archive").arg(m_primary);
        return true;
    }
    if (status && status->isFailing()) {
        *error = tr("archiving from %1 fails (%2 at %3): backups cannot restore past the promotion until archive_command works on %1; "
                    "its server log says why.")
                     .arg(m_primary, status->lastFailedWal, status->lastFailedTime.toUTC().toString(u"HH:mm:ss 'UTC'"_s));
    } else {
        *error = tr("%1 did not reach the archive from %2 within %3 s%4: backups cannot restore past the promotion until it does.")
                     .arg(history, m_primary)
                     .arg(timeoutMs / 1000)
                     .arg(readError.isEmpty() ? QString() : u" ("_s + readError + u')');
    }
    return false;
}

} // namespace pgv
