// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "action.h"
#include "patroni/patronicluster.h"
#include "profiles/profile.h"

#include <QJsonObject>

namespace pgv {

/// Before a Patroni switchover or failover: whether each logical slot its consumers stream from will be on the
/// candidate once it leads. Patroni keeps a copy of each of its permanent logical slots on every replica and advances
/// it every loop_wait; a slot that is not one of them, or whose copy is not on the candidate yet, is gone there — and a
/// slot made anew later starts at that moment, so its subscriber silently misses every change in between. Reads
/// pg_replication_slots on \a leader (when there is one) and \a candidate through the profile's connection settings,
/// each with a 3 s connect and 5 s statement deadline; \a dynamicConfig is Patroni's /config. A slot that will be
/// missing fails the check, or with \a force warns. Blocking: for the action's worker thread.
QList<ActionCheck> patroniLogicalSlotChecks(const Profile &profile, const QString &password, const PatroniMember *leader,
                                           const PatroniMember &candidate, const QJsonObject &dynamicConfig, qint64 maximumLagBytes,
                                           bool force);

} // namespace pgv
