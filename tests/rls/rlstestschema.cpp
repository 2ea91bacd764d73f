// SPDX-License-Identifier: GPL-3.0-or-later
#include "rlstestschema.h"

#include "monitor/probenow.h"

using namespace Qt::StringLiterals;

namespace pgv::test {

std::optional<RlsTarget> saasTarget(const TestLab &lab, QString *error)
{
    const Profile profile = lab.manifest().toProfile();
    const TopologySnapshot snapshot = probeTopologyNow(profile.name, profile.endpoints());
    return rlsTargetFor(profile, snapshot, {}, kDatabase, error);
}

std::optional<QueryResult> execSaas(const TestLab &lab, const QString &sql, QString *error)
{
    ConnInfo info = ConnInfo::parse(lab.conninfo(lab.manifest().nodes.first().name)).value_or(ConnInfo());
    info.set(u"dbname"_s, kDatabase);
    PgSession session;
    PgError failure;
    if (session.open(info, {}, QDeadlineTimer(10000), &failure)) {
        if (auto result = session.exec(sql, QDeadlineTimer(30000), &failure))
            return result;
    }
    if (error)
        *error = failure.message;
    return std::nullopt;
}

bool createSaasSchema(const TestLab &lab, QString *error)
{
    const QString primary = lab.manifest().nodes.first().name;
    if (!lab.sql(primary, u"CREATE ROLE saas_owner NOLOGIN"_s, error)
        || !lab.sql(primary, u"CREATE ROLE app LOGIN PASSWORD '%1'"_s.arg(kAppPassword), error)
        || !lab.sql(primary, u"CREATE DATABASE saas OWNER saas_owner"_s, error))
        return false;
    const QString schema = uR"(
        CREATE TABLE tenants (id uuid PRIMARY KEY, name text NOT NULL);
        CREATE TABLE invoices (id serial PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES tenants, amount integer NOT NULL,
                               owner_name text);
        CREATE INDEX invoices_tenant_id_idx ON invoices (tenant_id);
        INSERT INTO tenants VALUES ('%1', 'Alpha'), ('%2', 'Beta'), ('%3', 'Gamma');
        INSERT INTO invoices (tenant_id, amount, owner_name) VALUES
            ('%1', 100, 'alice'), ('%1', 200, 'alice'), ('%1', 300, 'anna'), ('%2', 400, 'bob'), ('%2', 500, 'bert');
        ALTER TABLE tenants OWNER TO saas_owner;
        ALTER TABLE invoices OWNER TO saas_owner;
        GRANT SELECT, INSERT, UPDATE, DELETE ON tenants, invoices TO app;
        GRANT USAGE ON SEQUENCE invoices_id_seq TO app;
    )"_s.arg(kTenantA, kTenantB, kTenantC);
    return execSaas(lab, schema, error).has_value();
}

} // namespace pgv::test
