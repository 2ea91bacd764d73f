// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vacuumhealth.h"

#include <QJsonObject>

namespace pgv {

/// Percent of the way from a fresh freeze to the wraparound stop (2^31 transactions).
double wraparoundPercent(qint64 xidAge);

/// The holder that sets the cluster's horizon: the oldest over every node read (null when none holds one).
const HorizonHolder *clusterOldest(const QList<NodeVacuum> &nodes, QString *node = nullptr);

/// The documented `vacuum --json` shape: {"horizon":[{"node","kind","holder","xmin","age_xids","age_s"}],
/// "tables":[{"node","database","table","dead_tuples","live_tuples","last_autovacuum","last_vacuum","xid_age"}],
/// "databases":[{"node","database","xid_age","freeze_max_age"}],"running":[…],"conflicts":[…]}, with "errors" as
/// the other commands. Extensions: a horizon row's "oldest" (it sets its node's horizon) and "pid"; a table's
/// last_analyze, last_autoanalyze, their counts, mxid_age, autovacuum_enabled and autovacuum_threshold; a database's
/// mxid_age, multixact_freeze_max_age and wraparound_percent; "cluster_oldest" (the horizon row that is oldest over
/// every node, or null) and "warnings".
QJsonObject vacuumToJson(const QList<NodeVacuum> &nodes);

} // namespace pgv
