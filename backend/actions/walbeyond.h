// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lsn.h"
#include "lab/lab.h"

#include <QDateTime>
#include <optional>

namespace pgv {

/// The WAL a stopped (crashed, or hung) server holds in its data folder past a position: what a failover to a
/// standby that received only up to that position loses, or what pg_rewind discards when it rewinds the server
/// to where the timelines forked.
struct WalBeyond
{
    Lsn from;
    Lsn end;          ///< the end of the last valid record
    qint64 bytes = 0; ///< end - from; 0 when nothing follows
    int commits = 0;  ///< COMMIT records among them: transactions clients saw acknowledged
    QDateTime firstCommit, lastCommit;

    /// "4 commits (01:02:03.123 to 01:02:04.456 UTC) in 12.3 KiB of WAL", or "no WAL"
    QString describe() const;
};

/// Reads the WAL of \a node's data folder with pg_waldump, which needs no running server, from the record boundary
/// \a readFrom on \a timeline, and counts the records that end past \a from (a record another server holds only
/// part of is lost whole). \a timeline 0: the one of the node's latest checkpoint. Nothing, with \a error, when the files cannot be read (the segment is gone, no folder).
std::optional<WalBeyond> readWalBeyond(const Lab &lab, const QString &node, Lsn readFrom, Lsn from, int timeline, QString *error);

/// What pg_rewind of the stopped \a node from \a source would discard: \a node's WAL past the point where its
/// timeline forked, as the newest timeline history file in \a source's data folder records it. Call it before the
/// rewind, which replaces those files.
std::optional<WalBeyond> readWalDiscardedByRewind(const Lab &lab, const QString &node, const QString &source, QString *error);

/// One line of a timeline history file: timeline \a parent ended at \a switchPoint, where \a parent + 1 began.
struct TimelineFork
{
    int parent = 0;
    Lsn switchPoint;
};
/// The newest timeline history file among \a walFolders (pg_wal folders), parsed; empty when none has one. It
/// lists every fork of that timeline's past.
QList<TimelineFork> newestTimelineHistory(const QStringList &walFolders);

/// Parses pg_waldump's output (LC_ALL=C, TZ=UTC): the records that end past \a from.
WalBeyond parseWalDump(const QString &output, Lsn from);

} // namespace pgv
