// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/nodeprober.h"

#include <QMetaType>
#include <QStringList>

namespace pgv {

struct DatabaseList
{
    QStringList names;   ///< databases that accept connections, templates left out, by name
    QString current;     ///< the one the endpoint's connection names (libpq's default when it names none)
    QString error;       ///< why the list could not be read; names is empty then
};

/// The databases a statement can be explained in on \a endpoint's server. Blocking (one connection, one query,
/// deadlines throughout): call it from a worker thread.
DatabaseList fetchDatabases(const NodeEndpoint &endpoint);

} // namespace pgv

Q_DECLARE_METATYPE(pgv::DatabaseList)
