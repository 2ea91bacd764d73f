// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pg/conninfo.h"

#include <QDeadlineTimer>
#include <QMetaType>
#include <QString>
#include <optional>

namespace pgv {

class PgSession;
struct PgError;
struct Profile;
struct TopologySnapshot;

/// The database the RLS workbench works on: the cluster's primary (policies are changed where writes go), one
/// database on it, and whether the profile allows changes.
struct RlsTarget
{
    QString cluster;
    QString node;
    ConnInfo connInfo; // the profile's settings for the node, database included
    QString password;
    bool readOnly = false;
    int connectTimeoutMs = 5000;
    int lockTimeoutMs = 3000;        // DDL waits this long for its table lock, then gives up
    int statementTimeoutMs = 30000;  // counts and samples of the tester

    bool isValid() const { return !node.isEmpty(); }
    QString database() const;
    /// Opens \a session on the target with the timeouts applied; false with libpq's message in \a error.
    bool open(PgSession &session, PgError *error) const;
    QDeadlineTimer statementDeadline() const { return QDeadlineTimer(statementTimeoutMs + 5000); }
};

/// The target for \a profile's primary as \a snapshot last saw it, optionally in another \a database.
/// Nothing (with the reason) when no node is primary, or more than one is.
std::optional<RlsTarget> rlsTargetFor(const Profile &profile, const TopologySnapshot &snapshot, const QString &password,
                                      const QString &database, QString *error);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::RlsTarget)
