// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/nodeprobe.h"
#include "pg/conninfo.h"
#include "pg/pgsession.h"

namespace pgv {

/// A node as the monitor sees it: the profile's name and how to reach it.
struct NodeEndpoint
{
    QString name;
    ConnInfo connInfo;
    QString password; // from the keychain; empty when libpq finds one itself (.pgpass, passfile, PGPASSWORD)
};

struct ProbeSettings
{
    int intervalMs = 1000;
    int connectTimeoutMs = 3000;
    int queryTimeoutMs = 2000;
    int maxBackoffMs = 5000;
    /// A PostgresVerse lab's folder: a node that does not answer while its fence marker is there is fenced, not down.
    QString labDir;
};

/// Probes one node over one persistent connection: one round trip per probe once connected.
class NodeProber
{
public:
    NodeProber(NodeEndpoint endpoint, ProbeSettings settings);

    NodeProbe probe();
    const NodeEndpoint &endpoint() const { return m_endpoint; }

    /// The connection settings actually used: the user's, plus the timeouts that keep a hung node from stalling us.
    static ConnInfo monitoringConnInfo(const ConnInfo &userConnInfo, const ProbeSettings &settings);
    /// The probe statement (resources/sql/probe.sql).
    /// The probe statement for a server of \a serverVersion (server_version_num), read by a superuser or not: the
    /// parts that name views or columns some versions lack, or that only a superuser may read, are filled in here.
    static QString probeSql(int serverVersion, bool superuser);

private:
    NodeEndpoint m_endpoint;
    ProbeSettings m_settings;
    ConnInfo m_connInfo;
    PgSession m_session;
};

} // namespace pgv
