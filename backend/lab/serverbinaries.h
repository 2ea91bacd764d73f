// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace pgv {

/// Where the PostgreSQL server programs (initdb, pg_ctl, pg_basebackup, postgres…) are.
struct ServerBinaries
{
    QString binDir;
    int majorVersion = 0;

    QString tool(const QString &name) const { return binDir + u'/' + name; }

    /// \a requested (--bindir) wins, then PGVERSE_PG_BINDIR, then the newest /usr/lib/postgresql/N/bin,
    /// then `pg_config --bindir`, then PATH.
    static std::optional<ServerBinaries> locate(const QString &requested, QString *error);
};

} // namespace pgv
